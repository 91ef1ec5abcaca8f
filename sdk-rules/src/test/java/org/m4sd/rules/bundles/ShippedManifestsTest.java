package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.BundleFiles;
import org.m4sd.rules.internal.packs.BundleSigner;
import org.m4sd.rules.internal.packs.Manifest;
import org.m4sd.rules.internal.packs.PackStore;

/**
 * The shipped packs' manifests, made by the tooling that makes a bundle's ({@link BundleSigner#writeManifest}),
 * are up to date with the pack files in the sources. Run with {@code -Dpacks.manifests=write} to rewrite them after
 * a pack file was changed on purpose; the change then shows in review beside the pack file.
 */
class ShippedManifestsTest {
    private static final Path PACKS = Path.of("src/main/resources/org/m4sd/rules/packs");

    @Test
    void everyShippedPackHasAnUpToDateManifest() throws IOException {
        boolean write = "write".equals(System.getProperty("packs.manifests"));
        List<String> stale = new ArrayList<>();
        for (var id : new ObjectMapper().readTree(PACKS.resolve("index.json").toFile()).path("packs")) {
            Path pack = PACKS.resolve(id.asText());
            Path manifestFile = pack.resolve(Manifest.FILE);
            if (write) {
                BundleSigner.writeManifest(pack);
            }
            Manifest expected = Manifest.of(BundleFiles.read(pack));
            if (!Files.exists(manifestFile)
                    || !java.util.Arrays.equals(Files.readAllBytes(manifestFile), expected.canonicalBytes())) {
                stale.add(id.asText());
            }
        }
        assertThat(stale).as("shipped packs whose MANIFEST is stale; run this test with -Dpacks.manifests=write")
                .isEmpty();
    }

    @Test
    void theManifestListsTheFilesTheContentHashCovers() throws IOException {
        Manifest jam = Manifest.parse(Files.readAllBytes(PACKS.resolve("jam").resolve(Manifest.FILE)));
        assertThat(jam.sha256ByPath()).containsOnlyKeys("pack.json", "education.json", "health.json",
                "socialsecurity.json");
        assertThat(PackStore.load().deciding("JAM").id()).isEqualTo("jam");
    }
}
