package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A rule-pack bundle was refused: the message names the bundle, the {@link Refusal class of refusal} and why, for
 * example {@code pack bundle /srv/packs/gha refused (FILE_CHANGED): socialsecurity.json has SHA-256 3f1c...,
 * the signed MANIFEST says 9ab0...}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PackBundleException extends M4sdException {
    private static final long serialVersionUID = 1L;

    /** Why a bundle was refused. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public enum Refusal {
        /** The bundle has no signature and unsigned bundles are not accepted ({@link UnsignedBundles#REFUSE}). */
        UNSIGNED,
        /** The signature names a key that is not among the trusted keys. */
        UNKNOWN_KEY,
        /** The signature does not verify over the MANIFEST with the key it names. */
        BAD_SIGNATURE,
        /** A file's SHA-256 differs from the one the MANIFEST lists. */
        FILE_CHANGED,
        /** A file is in the bundle but not in its MANIFEST. */
        FILE_ADDED,
        /** A file the MANIFEST lists is not in the bundle. */
        FILE_REMOVED,
        /** The running SDK version is outside the bundle's {@code sdkVersions} range. */
        SDK_VERSION,
        /** The pack the bundle extends is not loaded, or not in the version range the bundle names. */
        BASE_PACK_MISSING,
        /** The bundle's content does not validate: the message names the file and the field. */
        INVALID
    }

    private final String bundle;
    private final Refusal refusal;
    private final String reason;
    private final String file;

    /**
     * @param bundle  the bundle as it was given (its path)
     * @param refusal the class of refusal
     * @param reason  why, in words a maintainer can act on
     * @param file    the file of the bundle concerned, or null when the refusal is about the bundle as a whole
     */
    public PackBundleException(String bundle, Refusal refusal, String reason, String file) {
        super("pack bundle " + bundle + " refused (" + refusal + "): " + reason);
        this.bundle = Checks.requiredText(bundle, "bundle");
        this.refusal = Checks.required(refusal, "refusal");
        this.reason = Checks.requiredText(reason, "reason");
        this.file = file;
    }

    /** The bundle as it was given (its path). */
    public String bundle() {
        return bundle;
    }

    /** The class of refusal. */
    public Refusal refusal() {
        return refusal;
    }

    /** Why, without the bundle and the class. */
    public String reason() {
        return reason;
    }

    /** The file of the bundle concerned, for refusals about one file. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }
}
