package org.m4sd.rules.internal.packs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A bundle's detached signature: the Ed25519 signature over the bytes of its {@link Manifest} and the id of the
 * key that made it. The file is four lines, each ending in a line feed:
 *
 * <pre>
 * m4sd-signature 1
 * algorithm Ed25519
 * key-id 0123456789abcdef
 * signature &lt;base64 of the 64-byte signature&gt;
 * </pre>
 *
 * Only this canonical form is read, so that a changed byte anywhere in the file is a refusal, never a no-op.
 * Immutable.
 */
public final class BundleSignature {
    /** The signature's file name in a bundle. */
    public static final String FILE = "MANIFEST.sig";
    private static final String HEADER = "m4sd-signature 1";
    private static final Pattern FORM = Pattern.compile(HEADER + "\nalgorithm " + SigningKeys.ALGORITHM
            + "\nkey-id ([0-9a-f]{16})\nsignature ([A-Za-z0-9+/=]+)\n");

    private final String keyId;
    private final byte[] signature;

    private BundleSignature(String keyId, byte[] signature) {
        this.keyId = keyId;
        this.signature = signature.clone();
    }

    /** The id of the signing key ({@link SigningKeys#keyId}). */
    public String keyId() {
        return keyId;
    }

    /** Signs the manifest's canonical bytes with this key pair. */
    public static BundleSignature sign(Manifest manifest, KeyPair keys) {
        try {
            Signature ed = Signature.getInstance(SigningKeys.ALGORITHM);
            ed.initSign(keys.getPrivate());
            ed.update(manifest.canonicalBytes());
            return new BundleSignature(SigningKeys.keyId(keys.getPublic()), ed.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** Whether this signature verifies over {@code manifestBytes} with {@code key}. */
    public boolean verifies(byte[] manifestBytes, PublicKey key) {
        try {
            Signature ed = Signature.getInstance(SigningKeys.ALGORITHM);
            ed.initVerify(key);
            ed.update(manifestBytes);
            return ed.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length or encoding is one that does not verify.
            return false;
        }
    }

    public byte[] fileBytes() {
        return (HEADER + "\nalgorithm " + SigningKeys.ALGORITHM + "\nkey-id " + keyId + "\nsignature "
                + Base64.getEncoder().encodeToString(signature) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the signature file.
     *
     * @throws IllegalArgumentException when it is not in the canonical form
     */
    public static BundleSignature parse(byte[] bytes) {
        var m = FORM.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!m.matches()) {
            throw new IllegalArgumentException("it is not \"" + HEADER + "\", \"algorithm " + SigningKeys.ALGORITHM
                    + "\", \"key-id <16 hex digits>\" and \"signature <base64>\" on four lines");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the signature is not base64: " + e.getMessage(), e);
        }
        BundleSignature parsed = new BundleSignature(m.group(1), raw);
        // Base64 leaves some bits of the last character unused; a decoder ignores them, this check does not.
        if (!Arrays.equals(parsed.fileBytes(), bytes)) {
            throw new IllegalArgumentException("the signature is not in canonical base64");
        }
        return parsed;
    }
}
