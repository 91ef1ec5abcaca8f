package org.example.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.packs.tool.BundleIdentity;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.rules.packs.tool.ScenarioResult;
import org.m4sd.sdk.PackBundleException;

/**
 * {@code mvn verify}: the jar {@code mvn package} made holds the bundle, file for file, and is checked as the SDK
 * checks it when it loads the jar: valid, its scenarios passing, and, once signed, signed by a key in
 * {@code keys/}.
 */
class BundleJarIT {
    private static final Path JAR = Path.of(System.getProperty("bundle.jar"));

    @Test
    void theJarHoldsTheBundleFileForFile() {
        SortedMap<String, byte[]> sources = BundleTool.files(Bundle.directory());
        SortedMap<String, byte[]> packaged = BundleTool.files(JAR);
        assertEquals(sources.keySet(), packaged.keySet(), "the files of " + JAR);
        sources.forEach((name, bytes) -> assertArrayEquals(bytes, packaged.get(name), name + " in " + JAR));
    }

    @Test
    void theJarValidatesAndItsScenariosPass() {
        List<BundleProblem> problems = BundleTool.validate(JAR);
        assertTrue(problems.isEmpty(), () -> Bundle.describe(JAR, problems));
        List<ScenarioResult> results = BundleTool.test(JAR, Bundle.trustedKeys());
        assertTrue(results.stream().allMatch(ScenarioResult::passed), () -> Bundle.failures(results));
    }

    /** Signed, it verifies with a key of {@code keys/}; unsigned (before README.md, "Sign"), it is refused. */
    @Test
    void signedItVerifiesUnsignedItIsRefused() {
        if (BundleTool.files(JAR).containsKey("MANIFEST.sig")) {
            BundleIdentity verified = BundleTool.verify(JAR, Bundle.trustedKeys());
            assertTrue(verified.keyId().matches("[0-9a-f]{16}"), verified.toString());
        } else {
            PackBundleException refused = assertThrows(PackBundleException.class,
                    () -> BundleTool.verify(JAR, Bundle.trustedKeys()));
            assertEquals(PackBundleException.Refusal.UNSIGNED, refused.refusal());
        }
    }
}
