package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The identity of the rule pack that made a decision, so the decision can be replayed and diffed.
 *
 * @param id      pack id, for example {@code international} or {@code ecu}
 * @param version pack version (SemVer)
 * @param sha256  SHA-256 over the pack's content (rules and parameters), 64 lower-case hex digits
 */
@API(status = STABLE, since = "0.1")
public record RulePackRef(String id, String version, String sha256) {
    /** Rejects nulls and a malformed hash. */
    public RulePackRef {
        Checks.requiredText(id, "id");
        Checks.requiredText(version, "version");
        Checks.required(sha256, "sha256");
        if (!Decision.isHex64(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got \"" + sha256 + "\"");
        }
    }
}
