package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk a ministry's maintainer takes with the packaged jar, {@code target/m4sd.jar}: a bundle for Ghana, a
 * country the SDK ships no pack for, from {@code pack init} to decisions that name it, then a second version and
 * what it changes.
 */
class PackBundlesCliIT {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path JAR = Path.of(System.getProperty("m4sd.jar", "target/m4sd.jar"));
    private static final Path GHA = Path.of("../../sdk-rules/src/test/resources/bundles/gha");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run m4sd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("m4sd finished").isTrue();
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run;
    }

    @Test
    void ghanaFromPackInitToSignedDecisionsAndTheDiffOfASecondVersion() throws Exception {
        Path bundle = dir.resolve("gha");
        ok(m4sd("pack", "init", "GHA", "--dir", bundle.toString()));
        // the two sourced parameters, moved in by hand as a maintainer would, and the scenarios
        ObjectNode topic = (ObjectNode) JSON.readTree(bundle.resolve("socialsecurity.json").toFile());
        topic.set("parameters", JSON.readTree(GHA.resolve("socialsecurity.json").toFile()).get("parameters"));
        Files.writeString(bundle.resolve("socialsecurity.json"), JSON.writeValueAsString(topic));
        Files.createDirectories(bundle.resolve("scenarios"));
        for (String s : new String[] {"gha-60-179.json", "gha-60-180.json"}) {
            Files.copy(GHA.resolve("scenarios").resolve(s), bundle.resolve("scenarios").resolve(s));
        }
        Path before = dir.resolve("gha-0.1.0");
        copy(bundle, before);

        assertThat(ok(m4sd("pack", "validate", bundle.toString())).out()).isEqualTo(bundle + ": valid\n");
        assertThat(ok(m4sd("pack", "test", bundle.toString())).out()).contains("2 scenarios: 2 passed, 0 failed");
        String keyId = PackCommandTest.keyId(ok(m4sd("pack", "keygen", "--out",
                dir.resolve("keys/ministry").toString())).out());
        assertThat(ok(m4sd("pack", "sign", bundle.toString(), "--key",
                dir.resolve("keys/ministry.private.pem").toString())).out())
                .startsWith("signed gha 0.1.0 with key " + keyId);
        String trusted = dir.resolve("keys/ministry.public.pem").toString();
        assertThat(ok(m4sd("pack", "verify", bundle.toString(), "--trusted-keys", trusted)).out())
                .isEqualTo("verified gha 0.1.0 (GHA), signed with key " + keyId + "\n");

        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                JSON.readTree(bundle.resolve("scenarios/gha-60-180.json").toFile()).get("request")) + "\n");
        Path decisions = dir.resolve("decisions.jsonl");
        ok(m4sd("evaluate", "-i", cases.toString(), "-o", decisions.toString(), "--packs", bundle.toString(),
                "--trusted-keys", trusted));
        JsonNode decision = JSON.readTree(Files.readAllLines(decisions).get(0)).path("decisions").get(0);
        assertThat(decision.path("outcome").asText()).isEqualTo("ELIGIBLE");
        JsonNode pack = decision.path("rulePack");
        assertThat(pack.path("id").asText()).isEqualTo("gha");
        assertThat(pack.path("version").asText()).isEqualTo("0.1.0");
        assertThat(pack.path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(pack.path("signingKeyId").asText()).isEqualTo(keyId);

        Run untrusted = m4sd("evaluate", "-i", cases.toString(), "--packs", bundle.toString());
        assertThat(untrusted.exit()).isEqualTo(M4sdCli.FAILED);
        assertThat(untrusted.err()).contains("pack bundle " + bundle + " refused (UNKNOWN_KEY): it is signed with key "
                + keyId + ", which is not among the trusted keys");

        // version 0.2.0: the pensionable age raised to 62
        ObjectNode identity = (ObjectNode) JSON.readTree(bundle.resolve("bundle.json").toFile());
        identity.put("version", "0.2.0");
        Files.writeString(bundle.resolve("bundle.json"), JSON.writeValueAsString(identity));
        ObjectNode raised = (ObjectNode) JSON.readTree(bundle.resolve("socialsecurity.json").toFile());
        ((ObjectNode) raised.get("parameters").get(0).get("values").get(0)).put("value", 62);
        Files.writeString(bundle.resolve("socialsecurity.json"), JSON.writeValueAsString(raised));
        ok(m4sd("pack", "sign", bundle.toString(), "--key", dir.resolve("keys/ministry.private.pem").toString()));

        Run diff = ok(m4sd("pack", "diff", before.toString(), bundle.toString(), "--trusted-keys", trusted,
                "--accept-unsigned", "--cases", cases.toString()));
        assertThat(diff.out()).contains("changed ss.pension.age", "1 parameter added, changed or ended",
                "gha-p-01  social-security.old-age-pension: ELIGIBLE -> INELIGIBLE", "1 requests: 1 decision changes");

        Run population = ok(m4sd("pack", "diff", before.toString(), bundle.toString(), "--trusted-keys", trusted,
                "--accept-unsigned", "--people", "500"));
        assertThat(population.out()).contains("changed ss.pension.age", "500 requests: ")
                .containsPattern("social-security.old-age-pension: ELIGIBLE -> INELIGIBLE")
                .doesNotContain("500 requests: 0 decisions change");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
