package dev.careeragent.letters;

import dev.careeragent.letters.guard.Claim;
import java.util.List;
import java.util.stream.Collectors;

/** Export refused: the letter still states things the resume does not back and the user has not confirmed. */
public final class UnconfirmedClaimsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Claim> claims;

    public UnconfirmedClaimsException(List<Claim> claims) {
        super("Confirm or remove what your resume does not show before exporting: " + claims.stream()
                .map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + c.text() + "\"")
                .collect(Collectors.joining(", ")) + ".");
        this.claims = List.copyOf(claims);
    }

    public List<Claim> claims() {
        return claims;
    }
}
