package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged job, run as users run it: {@code target/m4sd-registry.jar} generates a registry through the
 * {@code m4sd-registry} launcher (plain {@code java}, {@code local[1]}), then decides it under Spark's own
 * {@code spark-submit} entry point on a {@code local-cluster} master, whose two executors are separate JVMs: one
 * engine is built in each. The decisions, written by the SDK on Spark's Jackson, are byte for byte those the
 * {@code m4sd} command line writes on the SDK's own Jackson for the same people. The command line is run as a user
 * runs it, from the jar examples/cli builds ({@code ../cli/target/m4sd.jar}), not a dependency of this module:
 * examples/cli comes before this module in the reactor, so a build of both has it.
 */
class RegistryJarIT {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path JAR = MODULE.resolve("target/m4sd-registry.jar");
    private static final Path CLI_JAR = MODULE.resolve("../cli/target/m4sd.jar").normalize();
    private static final int PEOPLE = 400;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path dir;
    private static JsonNode generated;
    private static JsonNode evaluated;

    @BeforeAll
    static void generateWithTheLauncherAndEvaluateWithSparkSubmit() throws Exception {
        dir = Files.createTempDirectory("m4sd-registry-jar-it");
        Process generate = start(List.of("bash", MODULE.resolve("m4sd-registry").toString(), "generate",
                "--size", String.valueOf(PEOPLE), "--seed", "5", "--broken-fraction", "0.02",
                "--out", dir.resolve("registry").toString(), "--master", "local[1]",
                "--conf", "spark.ui.enabled=false"), Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=1"), "generate");
        assertThat(generate.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(generate.exitValue()).as(log("generate")).isZero();
        generated = MAPPER.readTree(generate.getInputStream());

        String sparkClasspath = Files.readString(MODULE.resolve("target/spark-classpath.txt")).trim();
        List<String> submit = new ArrayList<>();
        submit.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        submit.add("-XX:TieredStopAtLevel=1");
        submit.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        submit.addAll(List.of("-Dlog4j2.configurationFile=" + MODULE.resolve("conf/log4j2.properties"),
                "-cp", sparkClasspath, "org.apache.spark.deploy.SparkSubmit",
                "--class", "org.m4sd.examples.spark.RegistryCli",
                // two workers of one core and 1 GiB: two executor JVMs
                "--master", "local-cluster[2,1,1024]",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.executor.extraClassPath=" + sparkClasspath,
                "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1",
                "--conf", "spark.sql.shuffle.partitions=2",
                JAR.toString(), "evaluate", "--registry", dir.resolve("registry/registry").toString(),
                "--out", dir.resolve("evaluation").toString(), "--partitions", "4", "--decision-json"));
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        // what bin/spark-submit would set: the executors' launcher takes Spark's jars from extraClassPath here
        Process evaluate = start(submit, Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_TESTING", "1"), "evaluate");
        assertThat(evaluate.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(evaluate.exitValue()).as(log("evaluate")).isEqualTo(1); // the broken records were rejected
        evaluated = MAPPER.readTree(evaluate.getInputStream());
    }

    private static Process start(List<String> command, Map<String, String> env, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @AfterAll
    static void clean() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theJarHoldsTheJobAndTheSdkButNothingSparkProvides() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("org/m4sd/examples/spark/RegistryCli.class",
                    "org/m4sd/rules/internal/drools/DroolsEligibilityEngine.class",
                    "META-INF/services/org.m4sd.sdk.spi.EligibilityEngineProvider");
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                    || n.startsWith("org/apache/hadoop/") || n.startsWith("org/slf4j/")
                    || n.startsWith("com/fasterxml/jackson/core/") || n.startsWith("com/fasterxml/jackson/databind/")
                    || n.startsWith("com/fasterxml/jackson/annotation/")
                    || n.startsWith("com/fasterxml/jackson/datatype/") || n.startsWith("org/antlr/v4/")
                    || n.startsWith("org/apache/commons/codec/"));
        }
    }

    @Test
    void theLauncherWroteTheRegistryAsParquetAndJsonl() throws IOException {
        assertThat(generated.get("people").asInt()).isEqualTo(PEOPLE);
        assertThat(Files.readAllLines(dir.resolve("registry/registry.jsonl"))).hasSize(PEOPLE);
        assertThat(dir.resolve("registry/registry")).isDirectory();
    }

    @Test
    void eachOfTheTwoExecutorJvmsBuiltOneEngine() throws IOException {
        assertThat(evaluated.get("executorJvms").asInt()).isEqualTo(2);
        assertThat(evaluated.get("engineBuilds").asInt()).isEqualTo(2);
        assertThat(evaluated.get("records").asInt()).isEqualTo(PEOPLE);
        assertThat(evaluated.get("decidedRecords").asInt() + evaluated.get("rejectedRecords").asInt())
                .isEqualTo(PEOPLE);
        assertThat(evaluated.get("rejectedRecords").asInt()).isEqualTo(generated.get("brokenRecords").asInt())
                .isPositive();
        assertThat(log("evaluate")).contains("engine builds 2, executor JVMs 2");
    }

    @Test
    void theDecisionsAreByteForByteThoseTheSdkWritesOnItsOwnJackson() throws Exception {
        assertThat(CLI_JAR).as("the m4sd jar examples/cli builds: build both modules in one run, "
                + "-pl examples/cli,examples/spark-registry -am").isRegularFile();
        Path cliOut = dir.resolve("cli.jsonl");
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", CLI_JAR.toString(), "evaluate", "-i", dir.resolve("registry/registry.jsonl").toString(),
                "-o", cliOut.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile())
                .start();
        assertThat(cli.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(cli.exitValue()).as(log("cli")).isEqualTo(1);
        Map<Long, String> lines = new HashMap<>();
        for (String line : Files.readAllLines(cliOut, StandardCharsets.UTF_8)) {
            lines.put(MAPPER.readTree(line).get("line").asLong(), line);
        }
        SparkSession spark = LocalSpark.start("local[1]");
        try {
            List<Row> decisions = spark.read().parquet(dir.resolve("evaluation/decisions").toString())
                    .select("recordIndex", "decision").collectAsList();
            assertThat(decisions).hasSizeGreaterThan(PEOPLE * 4);
            for (Row r : decisions) {
                assertThat(lines.get(r.getLong(0))).contains(r.getString(1));
            }
            long cliDecisions = lines.values().stream().mapToLong(l -> l.split("\"determination\"").length - 1).sum();
            assertThat(decisions).hasSize((int) cliDecisions);
        } finally {
            spark.stop();
        }
    }
}
