package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.m4sd.rules.internal.packs.BundleFiles;
import org.m4sd.rules.internal.packs.BundleReader;
import org.m4sd.rules.internal.packs.BundleSigner;
import org.m4sd.rules.internal.packs.BundleVerifier;
import org.m4sd.rules.internal.packs.SigningKeys;
import org.m4sd.rules.internal.packs.TrustStore;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.UnsignedBundles;

/**
 * Any single-byte change to any file of a signed bundle, the manifest and the signature file included, is refused,
 * whether or not unsigned bundles are accepted.
 */
class BundleTamperingProperties {
    private static final Path WORK = tempDir();
    private static final SortedMap<String, byte[]> SIGNED = signedGhana();
    private static final List<String> PATHS = List.copyOf(SIGNED.keySet());
    private static final TrustStore TRUSTED = TrustStore.of(List.of(Bundles.KEYS.getPublic()));

    /** One byte of one file, and what it is XOR-ed with (never 0, so the byte changes). */
    record Change(String path, int position, int xor) {
    }

    @Provide
    Arbitrary<Change> changes() {
        return Arbitraries.of(PATHS).flatMap(path -> Combinators.combine(
                Arbitraries.integers().between(0, SIGNED.get(path).length - 1),
                Arbitraries.integers().between(1, 255)).as((position, xor) -> new Change(path, position, xor)));
    }

    @Property(tries = 600)
    void anySingleByteChangeIsRefused(@ForAll("changes") Change change,
            @ForAll UnsignedBundles unsigned) throws IOException {
        Path bundle = Files.createTempDirectory(WORK, "bundle");
        for (Map.Entry<String, byte[]> file : SIGNED.entrySet()) {
            byte[] bytes = file.getValue().clone();
            if (file.getKey().equals(change.path())) {
                bytes[change.position()] = (byte) (bytes[change.position()] ^ change.xor());
            }
            Path target = bundle.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        }
        BundleReader reader = new BundleReader(new BundleVerifier(TRUSTED, unsigned));
        assertThatThrownBy(() -> reader.read(bundle)).as("%s", change).isInstanceOf(PackBundleException.class);
        delete(bundle);
    }

    @Property(tries = 1)
    void theUnchangedBundleIsRead() {
        Path bundle = WORK.resolve("unchanged");
        assertThat(new BundleReader(new BundleVerifier(TRUSTED, UnsignedBundles.REFUSE)).read(bundle)
                .signingKeyId()).isEqualTo(SigningKeys.keyId(Bundles.KEYS.getPublic()));
    }

    @AfterContainer
    static void cleanUp() {
        delete(WORK);
    }

    private static SortedMap<String, byte[]> signedGhana() {
        Path bundle = Bundles.ghana(WORK);
        BundleSigner.sign(bundle, Bundles.KEYS);
        try {
            Files.move(bundle, WORK.resolve("unchanged"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BundleFiles.read(WORK.resolve("unchanged"));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("m4sd-tampering");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
