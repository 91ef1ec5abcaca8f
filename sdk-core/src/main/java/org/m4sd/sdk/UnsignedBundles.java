package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What the engine does with a pack bundle that carries no signature. There is no setting for signed bundles: a
 * bundle with a signature is always verified, and refused when the signature or any file does not check.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum UnsignedBundles {
    /** Refuse it ({@link PackBundleException.Refusal#UNSIGNED}); the default. */
    REFUSE,
    /**
     * Load it, and record in every decision it makes that it was unsigned
     * ({@code rulePack.signingKeyId = "unsigned"}). For authoring and testing a bundle before it is signed.
     */
    ACCEPT_AND_RECORD
}
