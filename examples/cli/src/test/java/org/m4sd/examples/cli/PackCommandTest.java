package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code m4sd pack}: each subcommand in process, with the messages a user sees. */
class PackCommandTest {
    /** The Ghana test bundle of sdk-rules: its two sourced parameters and its scenarios. */
    static final Path GHA = Path.of("../../sdk-rules/src/test/resources/bundles/gha");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run m4sd(String... args) {
        CommandLine cli = M4sdCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code pack init GHA}, then the two parameters and the scenarios of the test bundle filled in. */
    static Path ghana(Path dir) throws IOException {
        Path bundle = dir.resolve("gha");
        Run init = m4sd("pack", "init", "GHA", "--dir", bundle.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        ObjectNode topic = (ObjectNode) JSON.readTree(bundle.resolve("socialsecurity.json").toFile());
        topic.set("parameters", JSON.readTree(GHA.resolve("socialsecurity.json").toFile()).get("parameters"));
        Files.writeString(bundle.resolve("socialsecurity.json"), JSON.writeValueAsString(topic));
        Files.createDirectories(bundle.resolve("scenarios"));
        for (String s : new String[] {"gha-60-179.json", "gha-60-180.json"}) {
            Files.copy(GHA.resolve("scenarios").resolve(s), bundle.resolve("scenarios").resolve(s));
        }
        return bundle;
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        Files.writeString(file, JSON.writeValueAsString(root));
    }

    private static ObjectNode value(ObjectNode topic, int parameter, int value) {
        return (ObjectNode) topic.get("parameters").get(parameter).get("values").get(value);
    }

    @Test
    void initWritesTheIdentityAndListsEveryInternationalParameterAsInherited() throws IOException {
        Path bundle = dir.resolve("gha");
        Run run = m4sd("pack", "init", "GHA", "--dir", bundle.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("bundle.json, health.json, education.json, socialsecurity.json, "
                + "employment.json");
        JsonNode identity = JSON.readTree(bundle.resolve("bundle.json").toFile());
        assertThat(identity.path("id").asText()).isEqualTo("gha");
        assertThat(identity.path("jurisdiction").asText()).isEqualTo("GHA");
        assertThat(identity.path("extends").path("id").asText()).isEqualTo("international");
        assertThat(identity.path("extends").path("versions").asText()).isEqualTo("[1.0.0,2.0.0)");
        assertThat(JSON.readTree(bundle.resolve("socialsecurity.json").toFile()).path("inherited").toString())
                .isEqualTo("[\"ss.pension.contribution-unit\",\"ss.totalisation.min-own-months\"]");
        assertThat(JSON.readTree(bundle.resolve("education.json").toFile()).path("inherited").toString())
                .isEqualTo("[\"education.school-age\"]");
        assertThat(m4sd("pack", "validate", bundle.toString()).out()).contains("valid");
    }

    @Test
    void initForACountryWithAShippedPackExtendsIt() throws IOException {
        Run run = m4sd("pack", "init", "JAM", "--dir", dir.resolve("jam").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode identity = JSON.readTree(dir.resolve("jam/bundle.json").toFile());
        assertThat(identity.path("id").asText()).isEqualTo("jam-local");
        assertThat(identity.path("extends").path("id").asText()).isEqualTo("jam");
        assertThat(JSON.readTree(dir.resolve("jam/socialsecurity.json").toFile()).path("inherited").toString())
                .contains("ss.pension.age");
    }

    @Test
    void initRefusesANonCountryAndADirectoryThatIsNotEmpty() throws IOException {
        Run bad = m4sd("pack", "init", "GHX", "--dir", dir.resolve("x").toString());
        assertThat(bad.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(bad.err()).contains("\"GHX\" is not an ISO 3166-1 alpha-3 country code in upper case");

        Files.writeString(dir.resolve("notes.txt"), "x");
        Run full = m4sd("pack", "init", "GHA", "--dir", dir.toString());
        assertThat(full.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(full.err()).contains(dir + " is not empty: pack init writes a new bundle");
    }

    @Test
    void validateAcceptsTheFilledGhanaBundle() throws IOException {
        Path bundle = ghana(dir);

        Run run = m4sd("pack", "validate", bundle.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(bundle + ": valid\n");
    }

    @Test
    void validateNamesEveryProblemByFileAndJsonPath() throws IOException {
        Path bundle = ghana(dir);
        edit(bundle.resolve("socialsecurity.json"), topic -> {
            ((ObjectNode) value(topic, 0, 0).get("source")).remove("status");
            ObjectNode second = value(topic, 1, 0).deepCopy();
            second.put("validFrom", "2020-01-01");
            ((ArrayNode) topic.get("parameters").get(1).get("values")).add(second);
            ((ObjectNode) topic.get("parameters").get(1)).put("unit", "");
            ((ArrayNode) topic.get("inherited")).add("ss.pension.age").add("no.such.parameter");
            ObjectNode agreement = topic.putObject("tables").putArray("agreements").addObject();
            agreement.put("id", "GHA-X");
            agreement.putArray("parties").add("GHA").add("XXX");
            agreement.putObject("source").put("instrument", "x").put("status", "Q");
        });

        Run run = m4sd("pack", "validate", bundle.toString());

        assertThat(run.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        String p = bundle + ": socialsecurity.json ";
        assertThat(run.err()).contains(
                p + "parameters[0].values[0].source.status: is required: V (verified in the text), S (secondary "
                        + "source) or B (best available, unconfirmed)",
                p + "parameters[1].unit: is required (the unit its values are in)",
                p + "parameters[1].values[1]: ss.pension.paths from 2020-01-01 overlaps values[0] from 2010-01-01",
                p + "inherited[2]: ss.pension.age is both inherited and given in \"parameters\"; remove it here",
                p + "inherited[3]: no.such.parameter is not a parameter of the pack this bundle extends",
                p + "tables.agreements[0].parties[1]: \"XXX\" is not an ISO 3166-1 alpha-3 country code",
                p + "tables.agreements[0].source.status: \"Q\" is not V, S or B",
                bundle + ": 7 problems");
    }

    @Test
    void validateReportsWhatTheEngineWouldRefuse() throws IOException {
        Path bundle = ghana(dir);
        edit(bundle.resolve("bundle.json"), identity -> identity.put("sdkVersions", "[9.0.0,10.0.0)"));

        Run run = m4sd("pack", "validate", bundle.toString());

        assertThat(run.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(run.err()).contains(bundle + ": bundle.json: it works with SDK versions [9.0.0,10.0.0), this SDK "
                + "is ").contains("(SDK_VERSION)");
    }

    @Test
    void testRunsEveryScenarioAndSaysWhichFail() throws IOException {
        Path bundle = ghana(dir);
        Run pass = m4sd("pack", "test", bundle.toString());
        assertThat(pass.exit()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.out()).contains("PASS scenarios/gha-60-179.json", "PASS scenarios/gha-60-180.json",
                "2 scenarios: 2 passed, 0 failed");

        edit(bundle.resolve("socialsecurity.json"), topic -> value(topic, 0, 0).put("value", 62));
        Run fail = m4sd("pack", "test", bundle.toString());
        assertThat(fail.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(fail.out()).contains("FAIL scenarios/gha-60-180.json",
                "social-security.old-age-pension: outcome INELIGIBLE, expected ELIGIBLE",
                "social-security.old-age-pension: criterion ss.pension.age NOT_MET, expected MET",
                "2 scenarios: 1 passed, 1 failed");
    }

    @Test
    void testWithoutScenariosIsAUsageError() throws IOException {
        Path bundle = dir.resolve("gha");
        m4sd("pack", "init", "GHA", "--dir", bundle.toString());

        Run run = m4sd("pack", "test", bundle.toString());

        assertThat(run.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(run.err()).contains(bundle + " has no scenarios: add scenarios/*.json");
    }

    @Test
    void signThenVerifyNamesTheKeyAndEveryRefusalHasItsClass() throws IOException {
        Path bundle = ghana(dir);
        Run keygen = m4sd("pack", "keygen", "--out", dir.resolve("keys/ministry").toString());
        assertThat(keygen.exit()).as(keygen.err()).isZero();
        String keyId = keyId(keygen.out());

        Run sign = m4sd("pack", "sign", bundle.toString(), "--key",
                dir.resolve("keys/ministry.private.pem").toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).startsWith("signed gha 0.1.0 with key " + keyId);
        assertThat(bundle.resolve("MANIFEST")).exists();

        String trusted = dir.resolve("keys/ministry.public.pem").toString();
        Run verify = m4sd("pack", "verify", bundle.toString(), "--trusted-keys", trusted);
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("verified gha 0.1.0 (GHA), signed with key " + keyId + "\n");

        m4sd("pack", "keygen", "--out", dir.resolve("keys/other").toString());
        Run unknown = m4sd("pack", "verify", bundle.toString(), "--trusted-keys",
                dir.resolve("keys/other.public.pem").toString());
        assertThat(unknown.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(unknown.err()).isEqualTo("refused (UNKNOWN_KEY): it is signed with key " + keyId
                + ", which is not among the trusted keys\n");

        Path file = bundle.resolve("socialsecurity.json");
        Files.writeString(file, Files.readString(file).replace("\"value\" : 60", "\"value\" : 61"));
        Run changed = m4sd("pack", "verify", bundle.toString(), "--trusted-keys", trusted);
        assertThat(changed.err()).startsWith("refused (FILE_CHANGED): socialsecurity.json has SHA-256 ");

        Files.delete(bundle.resolve("MANIFEST.sig"));
        Run unsigned = m4sd("pack", "verify", bundle.toString(), "--trusted-keys", trusted);
        assertThat(unsigned.err()).startsWith("refused (UNSIGNED): it has no MANIFEST.sig");
    }

    @Test
    void signRefusesAnInvalidBundleAndKeysThatAreNotOnePair() throws IOException {
        Path bundle = ghana(dir);
        m4sd("pack", "keygen", "--out", dir.resolve("a").toString());
        m4sd("pack", "keygen", "--out", dir.resolve("b").toString());

        Run mismatch = m4sd("pack", "sign", bundle.toString(), "--key", dir.resolve("a.private.pem").toString(),
                "--public-key", dir.resolve("b.public.pem").toString());
        assertThat(mismatch.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(mismatch.err()).contains("public key " + dir.resolve("b.public.pem") + " (key ")
                .contains(") is not the public key of " + dir.resolve("a.private.pem"));

        edit(bundle.resolve("socialsecurity.json"), topic -> value(topic, 0, 0).remove("validFrom"));
        Run invalid = m4sd("pack", "sign", bundle.toString(), "--key", dir.resolve("a.private.pem").toString());
        assertThat(invalid.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(invalid.err()).contains(bundle + " is not signed: it has 1 problem: socialsecurity.json "
                + "parameters[0].values[0].validFrom: is required (YYYY-MM-DD)");
        assertThat(bundle.resolve("MANIFEST.sig")).doesNotExist();

        Run again = m4sd("pack", "keygen", "--out", dir.resolve("a").toString());
        assertThat(again.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(again.err()).contains("a.private.pem exists already; keygen does not overwrite a key");
    }

    @Test
    void evaluateWithPacksRefusesAnUnsignedBundleUnlessAcceptedAndNamesItInDecisions() throws IOException {
        Path bundle = ghana(dir);
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                JSON.readTree(bundle.resolve("scenarios/gha-60-180.json").toFile()).get("request")) + "\n");

        Run refused = m4sd("evaluate", "-i", cases.toString(), "--packs", bundle.toString());
        assertThat(refused.exit()).isEqualTo(M4sdCli.FAILED);
        assertThat(refused.err()).contains("pack bundle " + bundle + " refused (UNSIGNED): it has no MANIFEST.sig");

        Path output = dir.resolve("decisions.jsonl");
        Run accepted = m4sd("evaluate", "-i", cases.toString(), "-o", output.toString(), "--packs",
                bundle.toString(), "--accept-unsigned");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        JsonNode pack = JSON.readTree(Files.readAllLines(output).get(0))
                .path("decisions").get(0).path("rulePack");
        assertThat(pack.path("id").asText()).isEqualTo("gha");
        assertThat(pack.path("signingKeyId").asText()).isEqualTo("unsigned");

        Run keysAlone = m4sd("evaluate", "-i", cases.toString(), "--accept-unsigned");
        assertThat(keysAlone.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(keysAlone.err()).contains("--trusted-keys and --accept-unsigned apply to bundles given with "
                + "--packs");
    }

    @Test
    void demoWithPacksRefusesAnUnsignedBundleBeforeDecidingAnyone() throws IOException {
        Path bundle = ghana(dir);

        Run run = m4sd("demo", "--people", "5", "--output-dir", dir.resolve("demo").toString(), "--packs",
                bundle.toString());

        assertThat(run.exit()).isEqualTo(M4sdCli.FAILED);
        assertThat(run.err()).contains("pack bundle " + bundle + " refused (UNSIGNED)");
        assertThat(dir.resolve("demo/decisions.jsonl")).doesNotExist();
    }

    @Test
    void diffListsTheChangedParameterAndTheDecisionsThatChange() throws IOException {
        Path before = ghana(dir);
        Path after = dir.resolve("gha-0.2.0");
        Files.createDirectories(after.resolve("scenarios"));
        try (var files = Files.walk(before)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, after.resolve(before.relativize(f).toString()));
            }
        }
        edit(after.resolve("bundle.json"), identity -> identity.put("version", "0.2.0"));
        edit(after.resolve("socialsecurity.json"), topic -> value(topic, 0, 0).put("value", 62));
        Path cases = dir.resolve("cases.jsonl");
        StringBuilder lines = new StringBuilder();
        for (String s : new String[] {"gha-60-179.json", "gha-60-180.json"}) {
            lines.append(JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    JSON.readTree(before.resolve("scenarios").resolve(s).toFile()).get("request"))).append('\n');
        }
        Files.writeString(cases, lines, StandardCharsets.UTF_8);

        Run run = m4sd("pack", "diff", before.toString(), after.toString(), "--accept-unsigned", "--cases",
                cases.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("changed ss.pension.age", "1 parameter added, changed or ended",
                "gha-p-01  social-security.old-age-pension: ELIGIBLE -> INELIGIBLE",
                "2 requests: 1 decision changes");
        assertThat(run.out()).doesNotContain("ss.pension.paths");
    }

    @Test
    void validateTestVerifyAndDiffTakeAZipOrAMavenJar() throws IOException {
        Path before = ghana(dir);
        m4sd("pack", "keygen", "--out", dir.resolve("keys/ministry").toString());
        String trusted = dir.resolve("keys/ministry.public.pem").toString();
        Run sign = m4sd("pack", "sign", before.toString(), "--key", dir.resolve("keys/ministry.private.pem").toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        Path zip = archive(before, dir.resolve("gha-0.1.0.zip"), false);
        edit(before.resolve("bundle.json"), identity -> identity.put("version", "0.2.0"));
        edit(before.resolve("socialsecurity.json"), topic -> value(topic, 0, 0).put("value", 62));
        m4sd("pack", "sign", before.toString(), "--key", dir.resolve("keys/ministry.private.pem").toString());
        Path jar = archive(before, dir.resolve("gha-pack-0.2.0.jar"), true);

        Run validate = m4sd("pack", "validate", jar.toString());
        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo(jar + ": valid\n");
        Run test = m4sd("pack", "test", zip.toString(), "--trusted-keys", trusted);
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("2 scenarios: 2 passed, 0 failed");
        Run verify = m4sd("pack", "verify", jar.toString(), "--trusted-keys", trusted);
        assertThat(verify.out()).startsWith("verified gha 0.2.0 (GHA), signed with key ");
        Run diff = m4sd("pack", "diff", zip.toString(), jar.toString(), "--trusted-keys", trusted, "--people", "50");
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("changed ss.pension.age", "1 parameter added, changed or ended");

        Path tampered = dir.resolve("tampered.jar");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
                var out = new java.util.jar.JarOutputStream(Files.newOutputStream(tampered))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("socialsecurity.json")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"value\" : 62", "\"value\" : 63")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Run refused = m4sd("pack", "verify", tampered.toString(), "--trusted-keys", trusted);
        assertThat(refused.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(refused.err()).startsWith("refused (FILE_CHANGED): socialsecurity.json has SHA-256 ");
    }

    /** The bundle as a zip, or as the jar a Maven build makes (its manifest and Maven descriptor beside it). */
    static Path archive(Path bundle, Path file, boolean jar) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file)); var walk = Files.walk(bundle)) {
            if (jar) {
                for (String[] entry : new String[][] {{"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n"},
                        {"META-INF/maven/org.example/gha-pack/pom.xml", "<project/>"},
                        {"META-INF/maven/org.example/gha-pack/pom.properties", "version=0.2.0\n"}}) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry[0]));
                    out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(bundle.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void diffCallsAParameterAddedChangedOrEnded() throws IOException {
        JsonNode open = JSON.readTree("{\"name\":\"x\",\"values\":[{\"validFrom\":\"2010-01-01\","
                + "\"validTo\":null,\"value\":60}]}");
        JsonNode closed = JSON.readTree("{\"name\":\"x\",\"values\":[{\"validFrom\":\"2010-01-01\","
                + "\"validTo\":\"2026-12-31\",\"value\":60}]}");
        JsonNode stepped = JSON.readTree("{\"name\":\"x\",\"values\":[{\"validFrom\":\"2010-01-01\","
                + "\"validTo\":\"2026-12-31\",\"value\":60},{\"validFrom\":\"2027-01-01\",\"validTo\":null,"
                + "\"value\":62}]}");

        assertThat(PackCommand.Diff.change(null, open)).isEqualTo("added  ");
        assertThat(PackCommand.Diff.change(open, null)).isEqualTo("ended  ");
        assertThat(PackCommand.Diff.change(open, closed)).isEqualTo("ended  ");
        assertThat(PackCommand.Diff.change(open, stepped)).isEqualTo("changed");
        assertThat(PackCommand.Diff.change(open, open.deepCopy())).isNull();
    }

    @Test
    void verifyWithAMissingKeyFileOrNoKeysSaysSo() throws IOException {
        Path bundle = ghana(dir);

        Run missing = m4sd("pack", "verify", bundle.toString(), "--trusted-keys", dir.resolve("nokey.pem").toString());
        assertThat(missing.exit()).isEqualTo(M4sdCli.FAILED);
        assertThat(missing.err()).contains("trusted key " + dir.resolve("nokey.pem") + " does not exist");

        Run none = m4sd("pack", "verify", bundle.toString());
        assertThat(none.exit()).isEqualTo(M4sdCli.USAGE);
        assertThat(none.err()).contains("Missing required option: '--trusted-keys=PEM'");
    }

    static String keyId(String keygenOut) {
        Matcher m = Pattern.compile("key ([0-9a-f]{16}):").matcher(keygenOut);
        assertThat(m.find()).as(keygenOut).isTrue();
        return m.group(1);
    }
}
