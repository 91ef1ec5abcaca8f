package org.example.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.m4sd.rules.packs.tool.BundleProblem;
import org.m4sd.rules.packs.tool.ScenarioResult;

/** Where the build's checks find the bundle and its keys (set in pom.xml), and how they say what is wrong. */
final class Bundle {
    private Bundle() {
    }

    /** The bundle's sources, {@code src/main/bundle}. */
    static Path directory() {
        return Path.of(System.getProperty("bundle.directory", "src/main/bundle"));
    }

    /** The public keys a signed bundle is checked against: {@code keys/} when it is there, else none. */
    static List<Path> trustedKeys() {
        Path keys = Path.of(System.getProperty("bundle.trustedKeys", "keys"));
        return Files.exists(keys) ? List.of(keys) : List.of();
    }

    /** The problems, one a line, as {@code m4sd pack validate} prints them. */
    static String describe(Path bundle, List<BundleProblem> problems) {
        return bundle + " has " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /** The scenarios that failed and why, as {@code m4sd pack test} prints them. */
    static String failures(List<ScenarioResult> results) {
        return results.stream().filter(r -> !r.passed())
                .map(r -> "FAIL " + r.file() + "\n    " + String.join("\n    ", r.differences()))
                .collect(Collectors.joining("\n"));
    }
}
