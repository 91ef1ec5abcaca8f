package org.example.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.BundleTool;
import org.m4sd.rules.packs.tool.ScenarioResult;

/**
 * {@code mvn test}: the bundle in {@code src/main/bundle} is valid ({@code m4sd pack validate}) and each of its
 * scenarios decides as it expects ({@code m4sd pack test}). A failure names every problem.
 */
class BundleTest {
    @Test
    void theBundleValidates() {
        Path bundle = Bundle.directory();
        List<BundleProblem> problems = BundleTool.validate(bundle);
        assertTrue(problems.isEmpty(), () -> Bundle.describe(bundle, problems));
    }

    @Test
    void everyScenarioDecidesAsItExpects() {
        List<ScenarioResult> results = BundleTool.test(Bundle.directory(), Bundle.trustedKeys());
        assertFalse(results.isEmpty(), "the bundle has no scenarios");
        assertTrue(results.stream().allMatch(ScenarioResult::passed), () -> Bundle.failures(results));
    }
}
