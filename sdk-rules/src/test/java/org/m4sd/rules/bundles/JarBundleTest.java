package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.rules.bundles.Bundles.KEYS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.internal.packs.BundleSigner;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.SigningKeys;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;
import org.m4sd.sdk.UnsignedBundles;

/**
 * A bundle in a jar as a Maven build makes it: the bundle's files at the jar's root, beside the jar's
 * {@code META-INF/MANIFEST.MF} and Maven's {@code META-INF/maven/<groupId>/<artifactId>/pom.xml} and
 * {@code pom.properties}. Those three are the jar's packaging, not bundle files; every other entry is verified.
 */
class JarBundleTest {
    private static final String TRUSTED_ID = SigningKeys.keyId(KEYS.getPublic());
    private static final String MAVEN = "META-INF/maven/org.example.gh/gha-pack/";

    @TempDir
    Path dir;

    private Path signedGhana() {
        Path bundle = Bundles.ghana(dir);
        BundleSigner.sign(bundle, KEYS);
        return bundle;
    }

    private PackBundleException refusal(EngineOptions options) {
        try {
            PackStore.load(options.packBundles());
        } catch (PackBundleException e) {
            return e;
        }
        throw new AssertionError("the bundle was loaded");
    }

    @Test
    void aSignedBundleInAMavenJarLoadsAndNamesItsKey() throws IOException {
        Path jar = mavenJar(signedGhana(), dir.resolve("gha-pack-0.1.0.jar"), Map.of());
        var gha = PackStore.load(Bundles.options(jar, dir).packBundles()).deciding("GHA");
        assertThat(gha.id()).isEqualTo("gha");
        assertThat(gha.signingKeyId()).contains(TRUSTED_ID);
        assertThat(BundleTool.verify(jar, List.of(Bundles.trustedKey(dir))).keyId()).isEqualTo(TRUSTED_ID);
        assertThat(BundleTool.validate(jar)).isEmpty();
        assertThat(BundleTool.files(jar).keySet()).containsExactly("MANIFEST", "MANIFEST.sig", "bundle.json",
                "scenarios/gha-60-179.json", "scenarios/gha-60-180.json", "socialsecurity.json");
    }

    @Test
    void aTamperedJarIsRefusedAsTheDirectoryWouldBe() throws IOException {
        Path bundle = signedGhana();
        String ss = Files.readString(bundle.resolve("socialsecurity.json"), StandardCharsets.UTF_8);
        String changed = ss.replaceFirst("180", "120");
        assertThat(changed).isNotEqualTo(ss);
        Path jar = mavenJar(bundle, dir.resolve("gha-pack-0.1.0.jar"), Map.of("socialsecurity.json", changed));
        PackBundleException e = refusal(Bundles.options(jar, dir));
        assertThat(e.refusal()).isEqualTo(Refusal.FILE_CHANGED);
        assertThat(e.getMessage()).startsWith("pack bundle " + jar + " refused (FILE_CHANGED): socialsecurity.json "
                + "has SHA-256 ");
        assertThat(refusal(Bundles.options(jar, dir, UnsignedBundles.ACCEPT_AND_RECORD)).refusal())
                .isEqualTo(Refusal.FILE_CHANGED);
    }

    @Test
    void anyOtherMetaInfEntryIsABundleFileAndCountsAsAdded() throws IOException {
        Path jar = mavenJar(signedGhana(), dir.resolve("gha-pack-0.1.0.jar"),
                Map.of("META-INF/LICENSE", "Apache-2.0"));
        PackBundleException e = refusal(Bundles.options(jar, dir));
        assertThat(e.getMessage()).isEqualTo("pack bundle " + jar + " refused (FILE_ADDED): META-INF/LICENSE is in "
                + "the bundle but not in MANIFEST");

        Path deeper = mavenJar(signedGhana2(), dir.resolve("deeper.jar"),
                Map.of("META-INF/maven/org.example.gh/gha-pack/extra/pom.xml", "<project/>"));
        assertThat(refusal(Bundles.options(deeper, dir)).refusal()).isEqualTo(Refusal.FILE_ADDED);
    }

    @Test
    void aZipIsNotAJarItsMetaInfIsCountedLikeAnyFile() throws IOException {
        Path bundle = signedGhana();
        Path zip = dir.resolve("gha.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var file : BundleTool.files(bundle).entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            z.write("Manifest-Version: 1.0\r\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(refusal(Bundles.options(zip, dir)).getMessage()).isEqualTo("pack bundle " + zip + " refused "
                + "(FILE_ADDED): META-INF/MANIFEST.MF is in the bundle but not in MANIFEST");
    }

    @Test
    void anUnsignedJarIsRefusedUnlessAcceptedAndThenRecorded() throws IOException {
        Path jar = mavenJar(Bundles.ghana(dir), dir.resolve("gha-pack-0.1.0.jar"), Map.of());
        assertThat(refusal(Bundles.options(jar, dir)).refusal()).isEqualTo(Refusal.UNSIGNED);
        assertThat(PackStore.load(Bundles.options(jar, dir, UnsignedBundles.ACCEPT_AND_RECORD).packBundles())
                .deciding("GHA").signingKeyId()).contains("unsigned");
    }

    private Path signedGhana2() {
        Path bundle = Bundles.ghana(dir.resolve("second"));
        BundleSigner.sign(bundle, KEYS);
        return bundle;
    }

    /**
     * The jar {@code mvn package} makes of a project whose resources are the bundle: directory entries, the jar
     * manifest first, the bundle's files, then Maven's descriptor; {@code replaced} files take other text, and
     * names not in the bundle are added.
     */
    private static Path mavenJar(Path bundle, Path jar, Map<String, String> replaced) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "Maven JAR Plugin 3.4.2");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (var file : BundleTool.files(bundle).entrySet()) {
            String text = replaced.get(file.getKey());
            entries.put(file.getKey(), text != null ? text.getBytes(StandardCharsets.UTF_8) : file.getValue());
        }
        replaced.forEach((name, text) -> entries.putIfAbsent(name, text.getBytes(StandardCharsets.UTF_8)));
        entries.put(MAVEN + "pom.xml", "<project/>".getBytes(StandardCharsets.UTF_8));
        entries.put(MAVEN + "pom.properties", "groupId=org.example.gh\nartifactId=gha-pack\nversion=0.1.0\n"
                .getBytes(StandardCharsets.UTF_8));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String directory : List.of("scenarios/", "META-INF/maven/", "META-INF/maven/org.example.gh/",
                    MAVEN)) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }
}
