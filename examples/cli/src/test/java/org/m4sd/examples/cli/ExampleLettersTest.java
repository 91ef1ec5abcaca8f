package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The letters committed under docs/examples/letters are those the command in its README writes today: the test
 * runs {@code m4sd explain @docs/examples/letters/letters.args} (its paths, relative to the repository's root,
 * resolved from here) into a directory of its own and compares every file.
 */
class ExampleLettersTest {
    static final Path ROOT = Path.of("../..");
    static final Path LETTERS = ROOT.resolve("docs/examples/letters");
    static final String REGENERATE = "regenerate them from the repository's root with"
            + " ./m4sd explain @docs/examples/letters/letters.args";

    @TempDir
    Path written;

    @Test
    void theCommittedLettersAreThoseTheCommandWritesToday() throws Exception {
        List<String> args = new ArrayList<>();
        boolean pathNext = false;
        boolean outputNext = false;
        for (String line : Files.readAllLines(LETTERS.resolve("letters.args"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            for (String token : line.strip().split("\\s+")) {
                if (outputNext) {
                    assertThat(ROOT.resolve(token).normalize()).isEqualTo(LETTERS.normalize());
                    args.add(written.toString());
                } else {
                    args.add(pathNext ? ROOT.resolve(token).toString() : token);
                }
                pathNext = token.equals("-i") || token.equals("--input");
                outputNext = token.equals("--output-dir");
            }
        }
        assertThat(args).contains("--output-dir");
        args.add(0, "explain");
        StringWriter err = new StringWriter();
        CommandLine cli = M4sdCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();

        Set<String> expected = letters(written);
        assertThat(expected).as("five decisions, three languages, text and HTML").hasSize(30);
        assertThat(letters(LETTERS)).as(REGENERATE).isEqualTo(expected);
        for (String name : expected) {
            assertThat(Files.readString(LETTERS.resolve(name), StandardCharsets.UTF_8)).as(name + ": " + REGENERATE)
                    .isEqualTo(Files.readString(written.resolve(name), StandardCharsets.UTF_8));
        }
    }

    private static Set<String> letters(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html")).toList());
        }
    }
}
