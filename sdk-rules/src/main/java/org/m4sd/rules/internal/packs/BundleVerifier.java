package org.m4sd.rules.internal.packs;

import java.security.PublicKey;
import java.util.Map;
import java.util.SortedMap;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;
import org.m4sd.sdk.UnsignedBundles;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * Checks a bundle's signature and files before anything in it is read. A bundle with a signature file is always
 * verified: no option turns that off, and a bundle whose signature fails is refused even when unsigned bundles are
 * accepted (the lesson of OPA's GHSA-g2pf-6v5v-qcc8, where configuration could side-step verification). Only a
 * bundle with no signature file at all falls under {@link UnsignedBundles}, and then the decisions record it.
 */
public final class BundleVerifier {
    private final TrustStore trusted;
    private final UnsignedBundles unsigned;

    public BundleVerifier(TrustStore trusted, UnsignedBundles unsigned) {
        this.trusted = trusted;
        this.unsigned = unsigned;
    }

    /**
     * Verifies the files of one bundle.
     *
     * @param bundle the bundle as given, for messages
     * @param files  its files by path
     * @return the id of the key that signed it, or {@link RulePackRef#UNSIGNED}
     * @throws PackBundleException naming the refusal
     */
    public String verify(String bundle, SortedMap<String, byte[]> files) {
        byte[] signatureFile = files.get(BundleSignature.FILE);
        if (signatureFile == null) {
            if (unsigned != UnsignedBundles.ACCEPT_AND_RECORD) {
                throw new PackBundleException(bundle, Refusal.UNSIGNED, "it has no " + BundleSignature.FILE
                        + "; sign it, or accept unsigned bundles explicitly with UnsignedBundles.ACCEPT_AND_RECORD",
                        null);
            }
            // Unsigned and accepted: a manifest, where there is one, still has to match the files.
            if (files.containsKey(Manifest.FILE)) {
                checkFiles(bundle, manifest(bundle, files.get(Manifest.FILE)), files);
            }
            return RulePackRef.UNSIGNED;
        }
        BundleSignature signature;
        try {
            signature = BundleSignature.parse(signatureFile);
        } catch (IllegalArgumentException e) {
            throw new PackBundleException(bundle, Refusal.BAD_SIGNATURE, BundleSignature.FILE + " cannot be read: "
                    + e.getMessage(), BundleSignature.FILE);
        }
        PublicKey key = trusted.key(signature.keyId()).orElseThrow(() -> new PackBundleException(bundle,
                Refusal.UNKNOWN_KEY, "it is signed with key " + signature.keyId()
                        + ", which is not among the trusted keys", BundleSignature.FILE));
        byte[] manifestBytes = files.get(Manifest.FILE);
        if (manifestBytes == null) {
            throw new PackBundleException(bundle, Refusal.FILE_REMOVED, "it has a signature but no "
                    + Manifest.FILE, Manifest.FILE);
        }
        if (!signature.verifies(manifestBytes, key)) {
            throw new PackBundleException(bundle, Refusal.BAD_SIGNATURE, "the signature in " + BundleSignature.FILE
                    + " does not verify over " + Manifest.FILE + " with key " + signature.keyId(), Manifest.FILE);
        }
        checkFiles(bundle, manifest(bundle, manifestBytes), files);
        return signature.keyId();
    }

    /**
     * Compares files with a manifest: a file listed and missing, a file changed, a file not listed.
     *
     * @throws PackBundleException at the first difference, in path order
     */
    static void checkFiles(String bundle, Manifest manifest, Map<String, byte[]> files) {
        for (var listed : manifest.sha256ByPath().entrySet()) {
            byte[] bytes = files.get(listed.getKey());
            if (bytes == null) {
                throw new PackBundleException(bundle, Refusal.FILE_REMOVED, listed.getKey() + " is listed in "
                        + Manifest.FILE + " but is not in the bundle", listed.getKey());
            }
            String actual = Manifest.sha256(bytes);
            if (!actual.equals(listed.getValue())) {
                throw new PackBundleException(bundle, Refusal.FILE_CHANGED, listed.getKey() + " has SHA-256 "
                        + actual + ", " + Manifest.FILE + " says " + listed.getValue(), listed.getKey());
            }
        }
        for (String path : files.keySet()) {
            if (!manifest.sha256ByPath().containsKey(path) && !path.equals(Manifest.FILE)
                    && !path.equals(BundleSignature.FILE)) {
                throw new PackBundleException(bundle, Refusal.FILE_ADDED, path + " is in the bundle but not in "
                        + Manifest.FILE, path);
            }
        }
    }

    private static Manifest manifest(String bundle, byte[] bytes) {
        try {
            return Manifest.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new PackBundleException(bundle, Refusal.INVALID, Manifest.FILE + " cannot be read: "
                    + e.getMessage(), Manifest.FILE);
        }
    }
}
