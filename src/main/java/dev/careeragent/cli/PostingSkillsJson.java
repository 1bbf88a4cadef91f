package dev.careeragent.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.JobRequirements;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.Seniority;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillRequirement;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.List;

/** The skills a posting asks for, as JSON: required and preferred (with years where stated), seniority, years. */
final class PostingSkillsJson {

    private static final class Holder {
        static final RequirementExtractor EXTRACTOR = new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));
    }

    private PostingSkillsJson() {
    }

    static void add(ObjectNode node, JobPosting posting) {
        JobRequirements req = Holder.EXTRACTOR.extract(posting);
        ObjectNode skills = node.putObject("skills");
        write(skills.putArray("required"), req.required());
        write(skills.putArray("preferred"), req.preferred());
        node.put("seniority", Seniority.of(posting.title(), posting.seniority(), req.minYearsOverall()));
        if (req.minYearsOverall().isPresent()) {
            node.put("yearsRequired", req.minYearsOverall().getAsInt());
        } else {
            node.putNull("yearsRequired");
        }
    }

    private static void write(ArrayNode array, List<SkillRequirement> skills) {
        for (SkillRequirement s : skills) {
            ObjectNode one = array.addObject();
            one.put("name", s.skill().name());
            one.put("category", s.skill().category());
            if (s.minYears().isPresent()) {
                one.put("years", s.minYears().getAsInt());
            }
            one.put("evidence", s.evidence());
        }
    }
}
