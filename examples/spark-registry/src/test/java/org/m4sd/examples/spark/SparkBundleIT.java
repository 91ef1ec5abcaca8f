package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.framework.Framework;
import picocli.CommandLine;

/**
 * The registry job with a rule-pack bundle: a registry of Ghana pension requests decided on {@code local[2]} with
 * the signed Ghana bundle (a copy of sdk-rules' test bundle, signed once with the key whose public half is in
 * {@code src/test/resources/bundles}), each decision naming the bundle, its version, its hash and its key; a
 * tampered bundle stops the job before Spark runs a task.
 */
class SparkBundleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path resource(String name) {
        try {
            return Path.of(SparkBundleIT.class.getClassLoader().getResource("bundles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ghanaRow(long index) {
        return """
                {"recordIndex": %d, "requestId": "gha-%d", "asOf": "2025-06-30", "jurisdiction": "GHA",
                 "determinations": ["social-security.old-age-pension"],
                 "person": {"id": "p-%d", "birthDate": "1964-03-10",
                   "contributionPeriods": [{"country": "GHA", "from": "%d-01-01", "to": "2024-12-31"}]}}"""
                .formatted(index, index, index, 1990 + index).replace("\n", "");
    }

    @Test
    void ghanaRowsAreDecidedWithTheBundleAndNameIt() throws IOException {
        Path rows = dir.resolve("rows.jsonl");
        Files.write(rows, List.of(ghanaRow(1), ghanaRow(2), ghanaRow(3)), StandardCharsets.UTF_8);
        String registry = dir.resolve("registry").toString();
        spark.read().schema(RegistrySchema.registry()).json(rows.toString()).write().parquet(registry);
        Engines.Source source = Engines.Source.builtIn().withBundles(List.of(resource("gha").toString()),
                List.of(resource("gha-test.pub.pem").toString()), false);
        String out = dir.resolve("evaluation").toString();

        EvaluateJob.Result result = EvaluateJob.run(spark, registry, out, new EvaluateJob.Settings(null, source,
                Framework.illustrative(), 2, true, false));

        assertThat(result.records()).isEqualTo(3);
        assertThat(result.rejectedRecords()).isZero();
        List<Row> decisions = spark.read().parquet(out + "/decisions")
                .select("rulePackId", "rulePackVersion", "rulePackSha256", "decision").collectAsList();
        assertThat(decisions).hasSize(3);
        String sha256 = decisions.get(0).getString(2);
        assertThat(sha256).matches("[0-9a-f]{64}");
        for (Row row : decisions) {
            assertThat(row.getString(0)).isEqualTo("gha");
            assertThat(row.getString(1)).isEqualTo("0.1.0");
            assertThat(row.getString(2)).isEqualTo(sha256);
            JsonNode decision = JSON.readTree(row.getString(3));
            assertThat(decision.at("/rulePack/signingKeyId").asText()).isEqualTo(testKeyId());
        }
        JsonNode summary = JSON.readTree(result.summary());
        assertThat(summary.path("packs").asText()).contains("with bundles " + resource("gha"));
    }

    @Test
    void aTamperedBundleStopsTheJobBeforeSparkRunsATask() throws IOException {
        Path copy = dir.resolve("tampered/gha");
        Path source = resource("gha");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path parameters = copy.resolve("socialsecurity.json");
        Files.writeString(parameters, Files.readString(parameters).replaceFirst("180", "120"));
        BundleOptions options = new BundleOptions();
        new CommandLine(options).parseArgs("--packs", copy.toString(), "--trusted-keys",
                resource("gha-test.pub.pem").toString());

        assertThatThrownBy(() -> options.check(null)).isInstanceOf(PackBundleException.class)
                .hasMessageStartingWith("pack bundle " + copy + " refused (FILE_CHANGED): socialsecurity.json has "
                        + "SHA-256 ");

        StringWriter err = new StringWriter();
        CommandLine cli = RegistryCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("evaluate", "--registry", "r", "--out", "o", "--packs", copy.toString(),
                "--trusted-keys", resource("gha-test.pub.pem").toString());
        assertThat(exit).isEqualTo(RegistryCli.FAILED);
        assertThat(err.toString()).startsWith("m4sd-registry evaluate: pack bundle " + copy
                + " refused (FILE_CHANGED)");
    }

    /** The key id of the test public key, computed here as docs/PACK-BUNDLES.md defines it. */
    private static String testKeyId() throws IOException {
        String pem = Files.readString(resource("gha-test.pub.pem"), StandardCharsets.US_ASCII);
        byte[] der = Base64.getDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
