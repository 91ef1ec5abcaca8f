package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine;

/** {@code m4sd explain} on a request, a scenario, a decision and a decision set. */
class ExplainCommandTest {
    static final Path SCENARIOS = LetterScenariosTest.SCENARIOS;
    static final String PENSION = SCENARIOS.resolve("social-security.old-age-pension/ecu-62-200-short.json").toString();
    static final Path REQUEST = Path.of("../../docs/examples/ecu-pension-request.json");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = M4sdCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aScenarioInFrenchAsHtml() throws Exception {
        Path out = dir.resolve("letter.html");
        assertThat(run("explain", "-i", PENSION, "--locale", "fr", "--format", "html", "-o", out.toString()))
                .as(err.toString()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(LetterTest.parse(html).getDocumentElement().getAttribute("lang")).isEqualTo("fr");
        // decided in French: the rules' reasons are French as well as the letter's own sentences
        assertThat(html).contains("Décision : pension de vieillesse", "Non rempli", "mois de cotisation");
    }

    @Test
    void aRequestInItsOwnLanguageWithALetterForEachDecision() throws Exception {
        Path out = dir.resolve("letters.txt");
        assertThat(run("explain", "-i", REQUEST.toString(), "-o", out.toString())).as(err.toString()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        String[] letters = text.split("\f\n");
        assertThat(letters).hasSize(2);
        // the example request is in Spanish and asks for emergency care and a pension
        assertThat(letters[0]).startsWith("Decisión: atención médica de urgencia");
        assertThat(letters[1]).startsWith("Decisión: pensión de vejez");
    }

    @Test
    void decisionsReadFromAFileInEveryLanguageAndFormat() throws Exception {
        M4sdJson json = M4sdJson.create();
        Path decisions = dir.resolve("made.json");
        Files.writeString(decisions, json.writeDecisionSet(new DecisionSet("req-17",
                List.of(LetterTest.pensionShortOfRecord()))));
        Path decision = dir.resolve("asked.json");
        Files.writeString(decision, json.writeDecision(LetterTest.pensionWithQuestions()));
        Path letters = dir.resolve("letters");
        assertThat(run("explain", "-i", decisions.toString(), "-i", decision.toString(), "--locale", "en,fr,es",
                "--format", "text,html", "--output-dir", letters.toString())).as(err.toString()).isZero();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(letters)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertThat(names).hasSize(12).contains("made.social-security.old-age-pension.es.html",
                "asked.social-security.old-age-pension.fr.txt");
        assertThat(LetterTest.flat(Files.readString(letters.resolve("made.social-security.old-age-pension.es.txt"))))
                .contains("tendría que aumentar en 23 meses");
        assertThat(LetterTest.flat(Files.readString(letters.resolve("asked.social-security.old-age-pension.en.html"))))
                .contains("What is your date of birth? Answer with a date.");
    }

    @Test
    void theResultLinesOfEvaluate() throws Exception {
        Path results = dir.resolve("results.jsonl");
        assertThat(run("evaluate", "-i", SCENARIOS.resolve("health.emergency-care").toString(), "-o",
                results.toString())).as(err.toString()).isZero();
        long lines = Files.readAllLines(results).size();
        Path letters = dir.resolve("letters");
        assertThat(run("explain", "-i", results.toString(), "--locale", "es", "--output-dir", letters.toString()))
                .as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(letters)) {
            assertThat(files.count()).isEqualTo(lines);
        }
        assertThat(Files.readString(letters.resolve("results-1.health.emergency-care.es.txt")))
                .startsWith("Decisión: atención médica de urgencia");
    }

    @Test
    void onlyTheDeterminationAsked() throws Exception {
        Path out = dir.resolve("care.txt");
        assertThat(run("explain", "-i", REQUEST.toString(), "-d", "health.emergency-care", "--locale", "en", "-o",
                out.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(out)).startsWith("Decision on emergency medical care").doesNotContain("\f");
    }

    @Test
    void mistakesAreUsageErrorsAndABadInputIsReported() throws Exception {
        assertThat(run("explain", "-i", REQUEST.toString(), "--format", "html")).isEqualTo(M4sdCli.USAGE);
        assertThat(err.toString()).contains("--output-dir");
        assertThat(run("explain", "-i", REQUEST.toString(), "--locale", "de")).isEqualTo(M4sdCli.USAGE);
        assertThat(run("explain", "-i", REQUEST.toString(), "-d", "health.unknown")).isEqualTo(M4sdCli.USAGE);
        assertThat(run("explain", "-i", dir.resolve("missing.json").toString())).isEqualTo(M4sdCli.USAGE);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"requestId\": \"x\"}");
        Path out = dir.resolve("out.txt");
        assertThat(run("explain", "-i", broken.toString(), "-i", PENSION, "-o", out.toString()))
                .isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(err.toString()).contains("broken.json");
        assertThat(Files.readString(out)).as("the other input is still explained").startsWith("Decision on");
    }
}
