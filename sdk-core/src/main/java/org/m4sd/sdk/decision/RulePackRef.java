package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The identity of the rule pack that made a decision, so the decision can be replayed and diffed.
 *
 * @param id      pack id, for example {@code international} or {@code ecu}
 * @param version pack version (SemVer)
 * @param sha256  SHA-256 over the pack's content (rules and parameters), 64 lower-case hex digits
 * @param signingKeyId for a pack loaded from a bundle, the id of the key that signed it (16 lower-case hex
 *                digits, the start of the SHA-256 of the key's X.509 encoding) or {@value #UNSIGNED} for an
 *                unsigned bundle accepted explicitly; empty for a pack shipped inside the SDK, whose jar is what
 *                is signed (since 0.2)
 */
@API(status = STABLE, since = "0.1")
public record RulePackRef(String id, String version, String sha256, Optional<String> signingKeyId) {
    /** The signing key id recorded for a bundle that was loaded without a signature. */
    public static final String UNSIGNED = "unsigned";

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    /** Rejects nulls, a malformed hash and a malformed key id. */
    public RulePackRef {
        Checks.requiredText(id, "id");
        Checks.requiredText(version, "version");
        Checks.required(sha256, "sha256");
        if (!Decision.isHex64(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got \"" + sha256 + "\"");
        }
        Checks.optional(signingKeyId, "signingKeyId");
        if (signingKeyId.isPresent() && !isSigningKeyId(signingKeyId.get())) {
            throw new IllegalArgumentException("signingKeyId must be 16 lower-case hex digits or \"" + UNSIGNED
                    + "\", got \"" + signingKeyId.get() + "\"");
        }
    }

    /** A pack shipped inside the SDK: no signing key of its own. */
    public RulePackRef(String id, String version, String sha256) {
        this(id, version, sha256, Optional.empty());
    }

    /** Whether {@code keyId} is a well-formed signing key id or {@value #UNSIGNED}. */
    public static boolean isSigningKeyId(String keyId) {
        return keyId != null && (keyId.equals(UNSIGNED) || KEY_ID.matcher(keyId).matches());
    }
}
