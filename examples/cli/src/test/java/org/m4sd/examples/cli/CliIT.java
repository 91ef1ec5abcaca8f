package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar, {@code target/m4sd.jar}, as a user would, and checks output and exit codes. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("m4sd.jar", "target/m4sd.jar"));
    private static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run m4sd(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("m4sd finished").isTrue();
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) throws IOException {
        return JSON.readTree(line);
    }

    @Test
    void evaluateDecidesEveryCaseOfAJsonlFileAndExitsZero() throws Exception {
        Run run = m4sd(null, "evaluate", "-i", CASES.resolve("cases.jsonl").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode line = json(run.lines().get(i));
            assertThat(line.path("line").asInt()).isEqualTo(i + 1);
            assertThat(line.path("requestId").asText()).isEqualTo("c-00" + (i + 1));
            assertThat(line.path("decisions").get(0).path("determination").asText()).isEqualTo("health.emergency-care");
        }
        assertThat(run.err()).contains("3 records: 3 decided, 0 invalid").contains("health.emergency-care");
    }

    @Test
    void evaluateGivesEveryBadLineItsErrorLineInPlaceDropsNoneAndExitsOne() throws Exception {
        Path input = CASES.resolve("bad-lines.jsonl");
        Path output = dir.resolve("results.jsonl");
        Run run = m4sd(null, "evaluate", "-i", input.toString(), "-o", output.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(Files.readAllLines(input).size()).hasSize(7);
        List<Integer> decided = new ArrayList<>();
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json(lines.get(i));
            assertThat(line.path("line").asInt()).isEqualTo(i + 1);
            (line.has("decisions") ? decided : rejected).add(i + 1);
        }
        assertThat(decided).containsExactly(1, 7);
        assertThat(rejected).containsExactly(2, 3, 4, 5, 6);
        assertThat(json(lines.get(1)).path("errors").toString()).contains("$.asOf");
        assertThat(json(lines.get(3)).path("errors").toString()).contains("favouriteColour");
        assertThat(json(lines.get(5)).path("errors").toString()).contains("$.jurisdiction");
        assertThat(json(lines.get(3)).path("requestId").asText()).isEqualTo("b-004");
        assertThat(run.err()).contains("7 records: 2 decided, 5 invalid");
    }

    @Test
    void evaluateReadsCsvAndWritesOneCsvRowPerDecisionWithErrorRowsForBadRecords() throws Exception {
        Path output = dir.resolve("decisions.csv");
        Run run = m4sd(null, "evaluate", "-i", CASES.resolve("cases.csv").toString(), "-o", output.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> rows = Files.readAllLines(output);
        assertThat(rows.get(0)).startsWith("line,requestId,status,determination,outcome,criteria,explanation");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)).startsWith("1,c-001,DECIDED,health.emergency-care,");
        assertThat(rows.get(3)).startsWith("3,c-003,INVALID,").contains("$.person.contributionPeriods")
                .contains("$.person.residenceMonths");
        assertThat(rows.get(4)).startsWith("4,c-004,INVALID,").contains("$.person.presentInTerritory");
        assertThat(rows.get(5)).startsWith("5,c-005,DECIDED,");
        assertThat(run.err()).contains("5 records: 3 decided, 2 invalid");
    }

    @Test
    void evaluateReadsStdinAndAppliesTheAsOfAndLocaleOverrides() throws Exception {
        String cases = Files.readString(CASES.resolve("cases.jsonl"));
        Run plain = m4sd(cases, "evaluate");
        Run run = m4sd(cases, "evaluate", "--as-of", "2024-01-31", "--locale", "fr");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(3);
        for (String line : run.lines()) {
            JsonNode decision = json(line).path("decisions").get(0);
            assertThat(decision.path("asOf").asText()).isEqualTo("2024-01-31");
        }
        String before = json(plain.lines().get(0)).path("decisions").get(0).path("criteria").get(0).path("message").asText();
        String after = json(run.lines().get(0)).path("decisions").get(0).path("criteria").get(0).path("message").asText();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void evaluateExitsTwoOnUsageErrors() throws Exception {
        Run unknownOption = m4sd(null, "evaluate", "--no-such-option");
        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--no-such-option").contains("--help");

        Run missingFile = m4sd(null, "evaluate", "-i", dir.resolve("missing.jsonl").toString());
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).contains("missing.jsonl");

        Run badLocale = m4sd("", "evaluate", "--locale", "de");
        assertThat(badLocale.exit()).isEqualTo(2);
        assertThat(badLocale.err()).contains("--locale");

        Path unknownColumn = Files.writeString(dir.resolve("unknown.csv"), "requestId,shoeSize\nr-1,42\n");
        Run badCsv = m4sd(null, "evaluate", "-i", unknownColumn.toString());
        assertThat(badCsv.exit()).isEqualTo(2);
        assertThat(badCsv.err()).contains("shoeSize");

        Run noCommand = m4sd(null);
        assertThat(noCommand.exit()).isEqualTo(2);
    }

    @Test
    void evaluateExitsThreeWhenTheOutputCannotBeWritten() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "x");
        Run run = m4sd(null, "evaluate", "-i", CASES.resolve("cases.jsonl").toString(), "-o",
                notADirectory.resolve("results.jsonl").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("m4sd evaluate: a file is in the way of a directory: " + notADirectory);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rulesListsPacksDeterminationsAndParameters() throws Exception {
        Run text = m4sd(null, "rules", "--as-of", "2023-06-30");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("international").contains("ecu").contains("sha256")
                .contains("health.emergency-care").contains("Parameters in force on 2023-06-30");

        Run json = m4sd(null, "rules", "--as-of", "2023-06-30", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode root = json(json.out());
        assertThat(root.path("asOf").asText()).isEqualTo("2023-06-30");
        assertThat(root.path("packs")).hasSize(12);
        assertThat(root.path("packs").get(0).path("id").asText()).isEqualTo("international");
        // a pack per programme country, the international one without a jurisdiction
        List<String> jurisdictions = new java.util.ArrayList<>();
        root.path("packs").forEach(p -> {
            if (!p.path("jurisdiction").isNull()) {
                jurisdictions.add(p.path("jurisdiction").asText());
            }
        });
        assertThat(jurisdictions).containsExactlyInAnyOrder("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD",
                "JAM", "KGZ", "MDA");
        assertThat(text.out()).contains("jam", "kgz", "mda");
        assertThat(root.path("packs").get(1).path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(root.path("determinations").findValuesAsText("id")).contains("health.emergency-care");
        for (JsonNode p : root.path("parameters")) {
            assertThat(p.path("source").path("status").asText()).isIn("V", "S", "B");
            assertThat(p.path("validFrom").asText()).isLessThanOrEqualTo("2023-06-30");
        }

        assertThat(m4sd(null, "rules", "--pack", "atlantis").exit()).isEqualTo(2);
    }

    @Test
    void diffComparesTwoDatesAndReportsCasesInvalidUnderOne() throws Exception {
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), Files.readString(CASES.resolve("cases.jsonl"))
                + "{\"requestId\":\"c-born\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"SEN\","
                + "\"determinations\":[\"health.emergency-care\"],"
                + "\"person\":{\"id\":\"p-9\",\"birthDate\":\"2021-05-01\",\"presentInTerritory\":true}}\n");
        Run run = m4sd(null, "diff", "-i", cases.toString(), "--from-date", "2020-01-01", "--to-date", "2024-01-01",
                "--format", "jsonl");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        JsonNode invalid = json(run.lines().get(0));
        assertThat(invalid.path("line").asInt()).isEqualTo(4);
        assertThat(invalid.path("requestId").asText()).isEqualTo("c-born");
        assertThat(invalid.path("invalidBefore").asText()).contains("birthDate");
        assertThat(invalid.path("invalidAfter").asText()).isEqualTo("decided");
        assertThat(run.err()).contains("4 cases, 3 decisions compared").contains("0 changed").contains("1 cases invalid");

        assertThat(m4sd(null, "diff", "-i", cases.toString()).exit()).isEqualTo(2);
    }

    @Test
    void diffListsADecisionThatChangesBetweenTwoDatesWithTheCriteriaResponsible() throws Exception {
        JsonNode pension = JSON.readTree(Path.of("../../docs/examples/ecu-pension-request.json").toFile());
        Path cases = Files.writeString(dir.resolve("pension.jsonl"), pension.toString() + "\n");
        Run run = m4sd(null, "diff", "-i", cases.toString(), "--from-date", "2016-01-01", "--to-date", "2023-06-30",
                "--format", "jsonl");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode change = json(run.lines().get(0));
        assertThat(change.path("determination").asText()).isEqualTo("social-security.old-age-pension");
        assertThat(change.path("before").asText()).isEqualTo("INELIGIBLE");
        assertThat(change.path("after").asText()).isEqualTo("ELIGIBLE");
        assertThat(change.path("criteria")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.asText()).contains(" -> "));
        assertThat(run.err()).contains("1 changed");
    }

    @Test
    void diffOverScenarioFilesWritesTheImpactReportAndTheChangelogBlock() throws Exception {
        JsonNode pension = JSON.readTree(Path.of("../../docs/examples/ecu-pension-request.json").toFile());
        Path scenarios = Files.createDirectories(dir.resolve("scenarios/social-security.old-age-pension"));
        Files.writeString(scenarios.resolve("ecu-360-months.json"),
                "{\"name\": \"an example\", \"request\": " + pension + ", \"expect\": {}}");
        Files.writeString(scenarios.resolve("no-request.json"), "{\"name\": \"a scenario without its request\"}");
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n### Rule packs\n"
                + DiffSummary.CHANGELOG_BEGIN + " (generated) -->\nold text\n" + DiffSummary.CHANGELOG_END
                + "\n\n[Unreleased]: link\n");
        Path report = dir.resolve("impact.md");

        Run run = m4sd(null, "diff", "-i", dir.resolve("scenarios").toString(), "--from-date", "2016-01-01",
                "--to-date", "2023-06-30", "--format", "jsonl", "--summary", report.toString(), "--summary-title",
                "Scenario files", "--changelog", changelog.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(json(run.lines().get(1)).path("invalidBefore").asText()).isNotEqualTo("decided");
        String md = Files.readString(report);
        assertThat(md).startsWith("## Scenario files\n")
                .contains("2 cases, 2 decisions compared").contains(": 1 change outcome")
                .contains("Cases rejected: 1 by both, 0 by the first only")
                .contains("| `social-security.old-age-pension` | INELIGIBLE → ELIGIBLE | 1 |")
                .contains("| ECU | `social-security.old-age-pension` | 1 | 1 | 0 |")
                .contains("| social-security.old-age-pension/ecu-360-months.json | `social-security.old-age-pension` "
                        + "| INELIGIBLE → ELIGIBLE |");
        String log = Files.readString(changelog);
        assertThat(log).startsWith("# Changelog\n\n### Rule packs\n" + DiffSummary.CHANGELOG_BEGIN)
                .doesNotContain("old text")
                .contains("- `social-security.old-age-pension`: 1 of 1 decisions change outcome (INELIGIBLE → ELIGIBLE 1)")
                .contains("counts by jurisdiction and reason in " + report)
                .endsWith(DiffSummary.CHANGELOG_END + "\n\n[Unreleased]: link\n");
    }

    @Test
    void diffLoadsARulePackJarInItsOwnClassLoader() throws Exception {
        Path rulesJar = Path.of(System.getProperty("sdk-rules.jar", "../../sdk-rules/target/sdk-rules.jar"));
        assertThat(rulesJar).exists();
        Run run = m4sd(null, "diff", "-i", CASES.resolve("cases.jsonl").toString(), "--from-pack", rulesJar.toString(),
                "--all");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("3 cases, 3 decisions compared").contains("packs of " + rulesJar.getFileName())
                .contains("0 changed");

        Run notRules = m4sd(null, "diff", "-i", CASES.resolve("cases.jsonl").toString(), "--from-pack",
                Files.writeString(dir.resolve("empty.jar"), "").toString());
        assertThat(notRules.exit()).isIn(2, 3);
    }

    @Test
    void demoDecidesTheSyntheticPopulationAndWritesItsFiles() throws Exception {
        Path out = dir.resolve("demo");
        Run run = m4sd(null, "demo", "--people", "400", "--output-dir", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("400 records: 400 decided, 0 invalid").contains("health.emergency-care")
                .containsPattern("financed: ECU \\d+, MAR \\d+, NPL \\d+, SRB \\d+, SEN \\d+, TUN \\d+")
                .containsPattern("others: +BGD \\d+, JAM \\d+, KGZ \\d+, MDA \\d+, PHL \\d+");
        java.util.Set<String> countries = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(out.resolve("population.jsonl"))) {
            countries.add(JSON.readTree(line).path("jurisdiction").asText());
        }
        assertThat(countries).hasSize(11);
        assertThat(Files.readAllLines(out.resolve("decisions.jsonl"))).hasSize(400)
                .allSatisfy(l -> assertThat(l).contains("\"decisions\""));
        assertThat(Files.readAllLines(out.resolve("population.jsonl"))).hasSize(400);
        assertThat(Files.readAllLines(out.resolve("population.csv"))).hasSize(401);
        assertThat(run.out()).contains("indicator values");
        com.fasterxml.jackson.databind.JsonNode published = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(published.isObject()).isTrue();
        // the counts of people by country, sex and status are published from 5 up, or withheld without a number
        java.util.Set<String> counts = java.util.Set.of("HEA-1", "HEA-2", "EDU-1", "SOC-1", "EMP-3");
        assertThat(published.get("values")).filteredOn(v -> counts.contains(v.get("indicator").asText()))
                .isNotEmpty().allSatisfy(v -> assertThat(v.get("status").asText().equals("suppressed")
                        ? !v.has("value") : v.get("value").asDouble() == 0 || v.get("value").asDouble() >= 5)
                        .as("%s", v).isTrue());
        assertThat(published.get("values")).anySatisfy(v -> assertThat(v.get("status").asText())
                .isEqualTo("suppressed"));
        assertThat(Files.readString(out.resolve("report.csv"))).startsWith("indicator,country");
        assertThat(Files.readString(out.resolve("report-iati.xml"))).contains("<iati-activities");
        assertThat(Files.readString(out.resolve("dashboard.html"))).startsWith("<!DOCTYPE html>").contains("<svg")
                .doesNotContain("<script");

        Run again = m4sd(null, "evaluate", "-i", out.resolve("population.csv").toString(), "-o",
                out.resolve("again.jsonl").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("again.jsonl")))
                .isEqualTo(Files.readAllLines(out.resolve("decisions.jsonl")));
    }

    @Test
    void evaluateReadsAPrettyPrintedJsonDocumentAndAnArrayOfRequestsOneAnswerPerElement() throws Exception {
        Path example = Path.of("../../docs/examples/ecu-pension-request.json");
        Run one = m4sd(null, "evaluate", "-i", example.toString());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.lines()).singleElement().satisfies(l -> assertThat(json(l).path("requestId").asText())
                .isEqualTo("c-001"));

        Path array = Files.writeString(dir.resolve("requests.json"), "[\n" + Files.readString(example)
                + ",\n  {\"requestId\": \"x\", \"requestId\": \"y\"},\n" + Files.readString(example) + "\n]\n");
        Run three = m4sd(null, "evaluate", "-i", array.toString());
        assertThat(three.exit()).isEqualTo(1);
        assertThat(three.lines()).hasSize(3);
        assertThat(json(three.lines().get(0)).path("decisions")).isNotEmpty();
        JsonNode repeated = json(three.lines().get(1));
        assertThat(repeated.path("line").asInt()).isEqualTo(2);
        assertThat(repeated.path("errors").get(0).path("path").asText()).isEqualTo("$.requestId");
        assertThat(repeated.path("errors").get(0).path("message").asText()).contains("appears more than once");
        assertThat(json(three.lines().get(2)).path("line").asInt()).isEqualTo(3);

        Path truncated = Files.writeString(dir.resolve("truncated.json"), "{\"requestId\": \"a\",\n \"asOf\": ");
        Run broken = m4sd(null, "evaluate", "-i", truncated.toString());
        assertThat(broken.lines()).singleElement().satisfies(l -> {
            assertThat(json(l).path("errors").get(0).path("message").asText())
                    .startsWith("not valid JSON at line 2, column 10").doesNotContain("REDACTED", "Unexpected");
        });
    }

    @Test
    void csvForSpreadsheetsTrailingBlankLinesAndSemicolonSeparatedFiles() throws Exception {
        Path out = dir.resolve("demo");
        assertThat(m4sd(null, "demo", "--people", "20", "--output-dir", out.toString()).exit()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("population.csv"));
        Path trailing = Files.writeString(dir.resolve("trailing.csv"), String.join("\n", rows) + "\n\n");
        Path excel = dir.resolve("decisions.csv");

        Run run = m4sd(null, "evaluate", "-i", trailing.toString(), "-o", excel.toString(), "--excel");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("20 records: 20 decided, 0 invalid");
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\"\n");

        Path semicolons = Files.writeString(dir.resolve("semicolons.csv"),
                rows.get(0).replace(',', ';') + "\n" + rows.get(1).replace(',', ';') + "\n");
        Run semi = m4sd(null, "evaluate", "-i", semicolons.toString());
        assertThat(semi.exit()).isEqualTo(2);
        assertThat(semi.err()).contains("separated by semicolons (;), not commas").doesNotContain("Exception");

        assertThat(m4sd(null, "evaluate", "-i", trailing.toString(), "--excel").err())
                .contains("--excel applies to CSV output");
    }

    @Test
    void progressShowsOnStderrWhenItIsATerminalEvenWithStdoutRedirected() throws Exception {
        Path out = dir.resolve("demo");
        Run demo = m4sd(null, "demo", "--people", "300", "--output-dir", out.toString());
        assertThat(demo.err()).as("the demo says what it writes, and how big, first")
                .containsPattern("writing under .*: population\\.jsonl \\(\\d+ KB\\) and population\\.csv \\(cases\\), "
                        + "decisions\\.jsonl \\(about [\\d.]+ (KB|MB)\\)");
        assertThat(demo.err()).as("stderr is a pipe here: no progress").doesNotContain("records  ");
        String cases = out.resolve("population.jsonl").toString();

        Run forced = m4sd(null, "evaluate", "-i", cases, "--progress", "always");
        assertThat(forced.err()).containsPattern("\\r\\[#* *\\] +\\d+%  [\\d,]+ records  [\\d,]+/s");
        assertThat(forced.lines()).hasSize(300);

        Path script = Path.of("/usr/bin/script");
        if (Files.isExecutable(script)) {
            // script(1) gives the command a pseudo-terminal; stdout goes to a file, stderr stays on the terminal
            Path decisions = dir.resolve("decisions.jsonl");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(script.toString(), "-qec", java + " -jar " + JAR.toAbsolutePath()
                    + " evaluate -i " + cases + " > " + decisions, "/dev/null").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String terminal = read(p.getInputStream());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(terminal).isZero();
            assertThat(terminal).containsPattern("\\[#* *\\] +\\d+%  [\\d,]+ records").contains("300 records: 300 decided");
            assertThat(Files.readAllLines(decisions)).hasSize(300)
                    .allSatisfy(l -> assertThat(l).doesNotContain("records  "));
        }
    }

    @Test
    void reportTurnsCasesAndDecisionsIntoTheResultsFrameworkReport() throws Exception {
        Path cases = CASES.resolve("cases.jsonl");
        Path decisions = dir.resolve("decisions.jsonl");
        assertThat(m4sd(null, "evaluate", "-i", cases.toString(), "-o", decisions.toString()).exit()).isZero();

        Path csv = dir.resolve("report.csv");
        Run run = m4sd(null, "report", "--cases", cases.toString(), "--decisions", decisions.toString(),
                "--format", "csv", "-o", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 events").contains("indicator values");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("indicator,country,period_start,period_end");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("HEA-1,ECU,"));
        // three decisions: every count of people is below 5, so the published report withholds them
        assertThat(run.err()).contains("disclosure control (threshold 5)");
        assertThat(rows).filteredOn(r -> r.startsWith("HEA-2,ECU,")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).endsWith(",suppressed"));
        Run open = m4sd(null, "report", "--cases", cases.toString(), "--decisions", decisions.toString(),
                "--format", "csv", "--disclosure-threshold", "1");
        assertThat(open.exit()).as(open.err()).isZero();
        assertThat(open.err()).contains("disclosure control (threshold 1): 0 of");
        assertThat(open.out().lines().filter(r -> r.startsWith("HEA-2,ECU,"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r).endsWith(",published"));
        assertThat(m4sd(null, "report", "--cases", cases.toString(), "--decisions", decisions.toString(),
                "--disclosure-threshold", "0").exit()).isEqualTo(2);

        Run json = m4sd(null, "report", "--cases", cases.toString(), "--decisions", decisions.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(JSON.readTree(json.out()).isObject()).isTrue();

        Run otherCases = m4sd(null, "report", "--cases", CASES.resolve("bad-lines.jsonl").toString(),
                "--decisions", decisions.toString());
        assertThat(otherCases.exit()).isEqualTo(1);
        assertThat(otherCases.err()).contains("3 decisions skipped");

        assertThat(m4sd(null, "report", "--cases", cases.toString()).exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpWithAnExample() throws Exception {
        for (String command : List.of("evaluate", "report", "rules", "diff", "demo")) {
            Run run = m4sd(null, command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: m4sd " + command).contains("Examples:")
                    .contains("m4sd " + command + " ");
        }
        Run top = m4sd(null, "--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("evaluate").contains("report").contains("rules").contains("diff")
                .contains("demo");
    }

    @Test
    void askReadsTheRequestAndTheAnswersFromOnePipeAndStopsOnceDecided() throws Exception {
        String request = "{\"requestId\":\"ask-it\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"KGZ\","
                + "\"determinations\":[\"social-security.old-age-pension\"],\"person\":{\"id\":\"p\","
                + "\"contributionPeriods\":[{\"country\":\"KGZ\",\"from\":\"1990-01-01\",\"to\":\"2022-12-31\"}]}}";

        Run run = m4sd(request + "\nF\n1958-03-01\n", "ask");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("What is the person's sex as recorded?")
                .contains("What is the person's date of birth?")
                .doesNotContain("social-security.old-age-pension: UNDETERMINED");
    }
}
