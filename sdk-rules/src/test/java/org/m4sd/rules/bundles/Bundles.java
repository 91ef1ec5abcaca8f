package org.m4sd.rules.bundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;
import org.m4sd.rules.internal.packs.SigningKeys;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.UnsignedBundles;

/**
 * The bundles the tests load: copies of {@code src/test/resources/bundles/gha} (Ghana, a country without a shipped
 * pack), signed with a key pair made for the test run, whose public key is written as a PEM file.
 */
final class Bundles {
    /** The key the tests sign with and trust. */
    static final KeyPair KEYS = SigningKeys.generate();
    /** A key the tests sign with and do not trust. */
    static final KeyPair STRANGER = SigningKeys.generate();

    private Bundles() {
    }

    /** A fresh copy of the Ghana bundle, unsigned, in {@code dir}. */
    static Path ghana(Path dir) {
        try {
            Path source = Path.of(Bundles.class.getClassLoader().getResource("bundles/gha").toURI());
            Path target = dir.resolve("gha");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path copy = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(p, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trusted public key as a PEM file in {@code dir}. */
    static Path trustedKey(Path dir) {
        try {
            Path pem = dir.resolve("trusted.pub.pem");
            Files.writeString(pem, SigningKeys.publicPem(KEYS.getPublic()), StandardCharsets.US_ASCII);
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options loading {@code bundle}, trusting {@link #KEYS}, refusing unsigned bundles. */
    static EngineOptions options(Path bundle, Path keyDir) {
        return EngineOptions.builder().bundles(List.of(bundle)).trustedKeys(List.of(trustedKey(keyDir))).build();
    }

    static EngineOptions options(Path bundle, Path keyDir, UnsignedBundles unsigned) {
        return EngineOptions.builder().bundles(List.of(bundle)).trustedKeys(List.of(trustedKey(keyDir)))
                .unsignedBundles(unsigned).build();
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no \"" + from + "\"");
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
