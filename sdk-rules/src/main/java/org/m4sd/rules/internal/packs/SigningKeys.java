package org.m4sd.rules.internal.packs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys through the JDK's own {@code java.security}: generation, PEM (X.509 for public keys, PKCS#8 for
 * private keys) and the key id a signature names.
 */
public final class SigningKeys {
    static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final String PRIVATE = "PRIVATE KEY";

    private SigningKeys() {
    }

    /** A new Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * The key id: the first 16 hex digits of the SHA-256 of the key's X.509 encoding. Stable for a key whatever
     * file or PEM layout it comes in, and short enough to print in every decision.
     */
    public static String keyId(PublicKey key) {
        return Manifest.sha256(key.getEncoded()).substring(0, 16);
    }

    public static String publicPem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    public static String privatePem(PrivateKey key) {
        return pem(PRIVATE, key.getEncoded());
    }

    /** Reads an Ed25519 public key from X.509 PEM. */
    public static PublicKey readPublic(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC)));
    }

    /** Reads an Ed25519 private key from PKCS#8 PEM. */
    public static PrivateKey readPrivate(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) throws GeneralSecurityException {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException("not a PEM \"" + type + "\" block");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the PEM \"" + type + "\" block is not base64: " + e.getMessage(), e);
        }
    }
}
