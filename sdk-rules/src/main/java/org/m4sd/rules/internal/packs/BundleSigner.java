package org.m4sd.rules.internal.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.SortedMap;

/**
 * Writes a bundle directory's {@code MANIFEST} and {@code MANIFEST.sig}: the tooling behind signing a bundle, and
 * behind the shipped packs' manifests.
 */
public final class BundleSigner {
    private BundleSigner() {
    }

    /**
     * Lists every file of the directory in a new {@code MANIFEST} (replacing an old one and any old signature) and
     * signs it.
     *
     * @return the id of the signing key
     */
    public static String sign(Path bundle, KeyPair keys) {
        Manifest manifest = writeManifest(bundle);
        BundleSignature signature = BundleSignature.sign(manifest, keys);
        write(bundle.resolve(BundleSignature.FILE), signature.fileBytes());
        return signature.keyId();
    }

    /** Writes the {@code MANIFEST} of the directory's files, and removes a signature that no longer applies. */
    public static Manifest writeManifest(Path bundle) {
        SortedMap<String, byte[]> files = BundleFiles.read(bundle);
        Manifest manifest = Manifest.of(files);
        write(bundle.resolve(Manifest.FILE), manifest.canonicalBytes());
        try {
            Files.deleteIfExists(bundle.resolve(BundleSignature.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
