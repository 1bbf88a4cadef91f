package dev.careeragent.skills;

import java.util.List;

/**
 * One skill of the taxonomy: its canonical name, its category and the other names it goes by
 * (aliases as written in the taxonomy, without matching marks).
 */
public record Skill(String name, String category, List<String> aliases) {

    public Skill {
        aliases = List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return name;
    }
}
