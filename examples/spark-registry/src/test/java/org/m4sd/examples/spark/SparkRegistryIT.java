package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.support.DecisionChange;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The registry job on {@code local[2]} over 10,000 generated people, one in a hundred broken on purpose, checked
 * against the same people run through the in-process engine: every person decided or rejected exactly once, the
 * same decisions, the broken records routed to the errors, the framework's access indicators equal to the
 * SDK reporter's, one engine built for the JVM, and the registry diff equal to {@code m4sd diff}'s comparison.
 */
class SparkRegistryIT {
    private static final int PEOPLE = 10_000;
    private static final long SEED = 20251;
    private static final double BROKEN = 0.01;
    private static final M4sdJson JSON = M4sdJson.create();

    private static SparkSession spark;
    private static Path dir;
    private static String registry;
    private static String out;
    private static EvaluateJob.Result result;
    /** Engines this JVM had built before the job: other tests in the same JVM build engines of their own. */
    private static long buildsBefore;
    private static List<SyntheticRegistry.Record> records;
    private static List<JsonlReader.Entry> entries;
    private static List<RecordResult> inProcess;
    private static EligibilityEngine engine;

    @BeforeAll
    static void generateAndEvaluate() throws IOException {
        dir = Files.createTempDirectory("m4sd-registry-it");
        registry = dir.resolve("registry").toString();
        out = dir.resolve("evaluation").toString();
        spark = LocalSpark.start("local[2]");
        GenerateJob.generate(spark, SEED, BROKEN, PEOPLE, 4, null).write().parquet(registry);
        buildsBefore = Engines.builds();
        result = EvaluateJob.run(spark, registry, out, EvaluateJob.Settings.defaults(4));

        records = new SyntheticRegistry(SEED, BROKEN).records(1, PEOPLE).toList();
        entries = records.stream().map(SparkRegistryIT::entry).toList();
        engine = EligibilityEngine.create();
        inProcess = new Evaluation(engine, Evaluation.override(null, null)).decide(entries);
    }

    @AfterAll
    static void stop() throws IOException {
        if (spark != null) {
            spark.stop();
        }
        if (engine != null) {
            engine.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static JsonlReader.Entry entry(SyntheticRegistry.Record r) {
        try {
            return new JsonlReader.Entry.Parsed(r.index(), JSON.readRequest(r.json()));
        } catch (InvalidRequestException e) {
            return new JsonlReader.Entry.Rejected(new RecordResult.Rejected(r.index(), java.util.Optional.empty(),
                    e.errors()));
        }
    }

    private static Dataset<Row> decisions() {
        return spark.read().parquet(out + "/decisions");
    }

    private static Dataset<Row> errors() {
        return spark.read().parquet(out + "/errors");
    }

    @Test
    void everyPersonIsDecidedOrRejectedExactlyOnceAndNoneIsLost() {
        Set<Long> decided = new HashSet<>(decisions().select("recordIndex").distinct().as(
                org.apache.spark.sql.Encoders.LONG()).collectAsList());
        Set<Long> rejected = new HashSet<>(errors().select("recordIndex").distinct().as(
                org.apache.spark.sql.Encoders.LONG()).collectAsList());
        assertThat(Collections.disjoint(decided, rejected)).isTrue();
        Set<Long> all = new HashSet<>(decided);
        all.addAll(rejected);
        assertThat(all).isEqualTo(LongStream.rangeClosed(1, PEOPLE).boxed().collect(Collectors.toSet()));
        assertThat(result.records()).isEqualTo(PEOPLE);
        assertThat(result.decidedRecords() + result.rejectedRecords()).isEqualTo(PEOPLE);
        // one row per decision: no determination of a person written twice
        assertThat(decisions().count()).isEqualTo(decisions().select("recordIndex", "determination").distinct().count());
        assertThat(dir.resolve("evaluation/decisions/determination=health.emergency-care")).isDirectory();
    }

    @Test
    void theDecisionsAreThoseOfTheInProcessEngineOnTheSamePeople() {
        Set<String> expected = new HashSet<>();
        Map<String, Long> expectedCounts = new TreeMap<>();
        for (RecordResult r : inProcess) {
            if (r instanceof RecordResult.Decided d) {
                for (Decision decision : d.decisions().decisions()) {
                    expected.add(d.line() + " " + decision.determination().id() + " " + decision.outcome() + " "
                            + decision.inputSha256());
                    expectedCounts.merge(decision.determination().id() + " " + decision.outcome(), 1L, Long::sum);
                }
            }
        }
        Set<String> actual = new HashSet<>();
        for (Row r : decisions().select("recordIndex", "determination", "outcome", "inputSha256").collectAsList()) {
            actual.add(r.getLong(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
        }
        Map<String, Long> actualCounts = new TreeMap<>();
        for (Row r : decisions().groupBy("determination", "outcome").count().collectAsList()) {
            actualCounts.put(r.getString(0) + " " + r.getString(1), r.getLong(2));
        }
        assertThat(actualCounts).isEqualTo(expectedCounts);
        assertThat(actual).isEqualTo(expected);
        assertThat(expectedCounts.keySet()).anyMatch(k -> k.endsWith("INELIGIBLE")).anyMatch(k -> k.endsWith(" ELIGIBLE"))
                .anyMatch(k -> k.endsWith("UNDETERMINED"));
    }

    @Test
    void aDecisionRowHoldsTheDecisionInColumnsAndWhatTheFrameworkCounts() {
        Row row = decisions().where("determination = 'social-security.old-age-pension' AND jurisdiction = 'ECU'")
                .orderBy("recordIndex").first();
        long line = row.getLong(row.fieldIndex("recordIndex"));
        Decision decision = inProcess.stream().filter(r -> r.line() == line)
                .map(r -> ((RecordResult.Decided) r).decisions().decisions()).findFirst().orElseThrow().stream()
                .filter(d -> d.determination().id().equals("social-security.old-age-pension")).findFirst().orElseThrow();
        assertThat(row.getString(row.fieldIndex("outcome"))).isEqualTo(decision.outcome().name());
        assertThat(row.getString(row.fieldIndex("inputSha256"))).isEqualTo(decision.inputSha256());
        assertThat(row.getString(row.fieldIndex("rulePackId"))).isEqualTo("ecu").isEqualTo(decision.rulePack().id());
        assertThat(row.getString(row.fieldIndex("rulePackSha256"))).isEqualTo(decision.rulePack().sha256());
        assertThat(row.getString(row.fieldIndex("requestId"))).isEqualTo(decision.requestId());
        assertThat(row.getString(row.fieldIndex("sector"))).isEqualTo("SOCIAL_SECURITY");
        assertThat(row.<Row>getList(row.fieldIndex("criteria"))).extracting(c -> c.getString(0) + " "
                + c.getString(1) + " " + c.getString(2)).containsExactlyElementsOf(decision.criteria().stream()
                .map(c -> c.id() + " " + c.result() + " " + c.reasonCode()).toList());
        assertThat(row.<String>getList(row.fieldIndex("missingFacts"))).isEqualTo(decision.missingFacts());
        assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue();
        assertThat(row.isNullAt(row.fieldIndex("decision"))).as("the decision's JSON only when asked").isTrue();
    }

    @Test
    void theColumnsOfOnePersonAreWrittenWithoutADictionaryAndTheOthersWithOne() throws IOException {
        // the job's decisions again, every per-person column one constant that a dictionary would hold in one entry
        Dataset<Row> rows = decisions().withColumn(RegistrySchema.RECORD_INDEX, functions.lit(1L))
                .withColumn("requestId", functions.lit("r-1")).withColumn("inputSha256", functions.lit("0".repeat(64)))
                .withColumn("personKey", functions.lit("k-1")).withColumn(OutputRows.KIND, functions.lit("decisions"))
                .select(Stream.of(OutputRows.SCHEMA.fieldNames()).map(functions::col).toArray(Column[]::new));
        String rewritten = dir.resolve("dictionaries").toString();
        SplitOutput.write(spark, rows, rewritten, OutputRows.DECISIONS);

        Path file;
        try (Stream<Path> files = Files.walk(Path.of(rewritten, OutputRows.DECISIONS))) {
            // the largest: in a file of a few rows Parquet keeps no dictionary for any column, as it saves nothing
            file = files.filter(p -> p.toString().endsWith(".parquet"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        Map<String, Boolean> dictionary = new TreeMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            for (ColumnChunkMetaData column : reader.getFooter().getBlocks().get(0).getColumns()) {
                dictionary.put(column.getPath().toDotString(), column.hasDictionaryPage());
            }
        }
        assertThat(dictionary).containsEntry("recordIndex", false).containsEntry("requestId", false)
                .containsEntry("inputSha256", false).containsEntry("personKey", false)
                .containsEntry("outcome", true).containsEntry("rulePackSha256", true);
    }

    @Test
    void theJobsOwnSparkSettingsApplyUnlessOthersAreGiven() {
        String key = "spark.sql.codegen.hugeMethodLimit";
        SparkOptions options = new SparkOptions();
        String before = spark.conf().get(key);
        try {
            assertThat(options.session("defaults").conf().get(key)).isEqualTo(SparkOptions.DEFAULTS.get(key))
                    .isEqualTo("8000");
            options.conf.put(key, "65535");
            assertThat(options.session("given").conf().get(key)).isEqualTo("65535");
        } finally {
            spark.conf().set(key, before);
        }
    }

    @Test
    void theBrokenRecordsAndOnlyThemAreRoutedToTheErrorsWithTheFieldAtFault() {
        Map<Long, SyntheticRegistry.Defect> broken = new HashMap<>();
        records.forEach(r -> r.defect().ifPresent(d -> broken.put(r.index(), d)));
        assertThat(broken).hasSizeBetween(50, 160);
        assertThat(broken.values()).containsAll(List.of(SyntheticRegistry.Defect.values()));

        Map<Long, List<Row>> errorRows = errors().collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.getLong(r.fieldIndex("recordIndex"))));
        assertThat(errorRows.keySet()).isEqualTo(broken.keySet());
        assertThat(result.rejectedRecords()).isEqualTo(broken.size());
        errorRows.forEach((index, rows) -> {
            assertThat(rows).extracting(r -> r.getString(r.fieldIndex("field")))
                    .as("record %d, %s", index, broken.get(index))
                    .anyMatch(f -> f.startsWith(broken.get(index).path()));
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.getString(r.fieldIndex("stage"))).isEqualTo("READ");
                String id = String.format(Locale.ROOT, "reg-%09d", index);
                assertThat(r.getString(r.fieldIndex("requestIdSha256"))).isEqualTo(OutputRows.sha256(id))
                        .doesNotContain(id);
                assertThat(r.getString(r.fieldIndex("message"))).isNotBlank();
            });
        });
    }

    @Test
    void theAccessIndicatorsEqualTheSdkReportersOnTheSameDecisions() {
        List<ProgrammeEvent> events = new ArrayList<>();
        for (int i = 0; i < inProcess.size(); i++) {
            if (inProcess.get(i) instanceof RecordResult.Decided d) {
                EligibilityRequest request = ((JsonlReader.Entry.Parsed) entries.get(i)).request();
                d.decisions().decisions().forEach(x -> events.add(ProgrammeEvent.DecisionMade.of(request, x)));
            }
        }
        Framework framework = Framework.illustrative();
        ResultsReport report = ResultsReporter.create().report(framework, Collections.emptyIterator(),
                events.iterator()).protect();
        Set<String> counted = Set.of("HEA-1", "HEA-2", "EDU-1", "SOC-1", "EMP-3");
        Map<String, String> expected = new TreeMap<>();
        report.values().stream().filter(v -> counted.contains(v.indicator()) && v.value() != 0)
                .forEach(v -> expected.put(key(v), shown(v)));

        Map<String, String> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(out + "/indicators").collectAsList()) {
            Map<String, String> dims = new TreeMap<>();
            if (!r.isNullAt(4)) {
                dims.put("sex", r.getString(4));
            }
            if (!r.isNullAt(5)) {
                dims.put("migratoryStatus", r.getString(5));
            }
            IndicatorValue v = new IndicatorValue(r.getString(0), r.getString(1), org.m4sd.sdk.framework.Period.of(
                    LocalDate.parse(r.getString(2)), LocalDate.parse(r.getString(3))), dims,
                    r.isNullAt(6) ? Double.NaN : r.getDouble(6), r.getString(7).equals("suppressed"));
            if (v.value() != 0) {
                actual.put(key(v), shown(v));
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).containsValue("suppressed");
        List<org.m4sd.sdk.framework.Period> periods = report.periods();
        assertThat(expected).containsKey("HEA-2 _T " + periods.get(periods.size() - 1) + " {migratoryStatus=_T, sex=_T}");
    }

    private static String shown(IndicatorValue v) {
        return v.suppressed() ? "suppressed" : Double.toString(v.value());
    }

    private static String key(IndicatorValue v) {
        return v.indicator() + " " + v.country() + " " + v.period() + " " + v.dimensions();
    }

    @Test
    void theAccessTableCountsEveryDecisionOnceInEachTotal() {
        Row total = spark.read().parquet(out + "/access")
                .where("jurisdiction = '_T' AND sex = '_T' AND migratoryStatus = '_T'")
                .groupBy().sum("decisions", "granted").first();
        assertThat(total.getLong(0)).isEqualTo(decisions().count());
        assertThat(total.getLong(1)).isEqualTo(decisions().where("grantsAccess").count());
    }

    @Test
    void oneEngineIsBuiltForTheExecutorJvmAndReusedByEveryTaskAndJob() {
        assertThat(JobSummary.executorJvms(spark)).isEqualTo(1);
        assertThat(result.engineBuilds()).isEqualTo(1);
        assertThat(result.summary()).contains("\"engineBuilds\" : 1", "\"executorJvms\" : 1");
        // the diff below, decided under two dates with the same packs, reuses the same engine
        DiffJob.Result diff = diff();
        assertThat(diff.engineBuilds()).isZero();
        assertThat(Engines.builds() - buildsBefore).isEqualTo(1);
    }

    private static DiffJob.Result diffResult;

    private static synchronized DiffJob.Result diff() {
        if (diffResult == null) {
            diffResult = DiffJob.run(spark, registry, dir.resolve("diff").toString(),
                    new DiffPartitions.Side(Engines.Source.builtIn(), LocalDate.of(2022, 1, 1)),
                    new DiffPartitions.Side(Engines.Source.builtIn(), LocalDate.of(2024, 1, 1)), false, 4);
        }
        return diffResult;
    }

    @Test
    void theRegistryDiffListsTheDecisionsTheDatesChangeAsMdiffDoes() {
        DiffJob.Result diff = diff();
        Evaluation from = new Evaluation(engine, Evaluation.override(LocalDate.of(2022, 1, 1), null));
        Evaluation to = new Evaluation(engine, Evaluation.override(LocalDate.of(2024, 1, 1), null));
        List<RecordResult> a = from.decide(entries);
        List<RecordResult> b = to.decide(entries);
        Set<String> expected = new HashSet<>();
        Set<Long> invalid = new HashSet<>();
        long compared = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (a.get(i) instanceof RecordResult.Decided x && b.get(i) instanceof RecordResult.Decided y) {
                for (DecisionChange c : DecisionChange.compare(x, y)) {
                    compared++;
                    if (c.differs(false)) {
                        expected.add(c.line() + " " + c.determination().id() + " " + DecisionChange.outcome(c.before())
                                + " -> " + DecisionChange.outcome(c.after()) + " " + c.criteria());
                    }
                }
            } else {
                invalid.add(entries.get(i).line());
            }
        }
        Set<String> actual = new HashSet<>();
        for (Row r : spark.read().parquet(dir.resolve("diff/changes").toString()).collectAsList()) {
            actual.add(r.getLong(r.fieldIndex("recordIndex")) + " " + r.getString(r.fieldIndex("determination")) + " "
                    + r.getString(r.fieldIndex("before")) + " -> " + r.getString(r.fieldIndex("after")) + " "
                    + r.getList(r.fieldIndex("criteria")));
        }
        assertThat(actual).isEqualTo(expected).isNotEmpty();
        assertThat(actual).anyMatch(s -> s.contains("social-security.old-age-pension"));
        assertThat(diff.records()).as("records read, counted while deciding after a repartition").isEqualTo(PEOPLE);
        assertThat(diff.compared()).isEqualTo(compared);
        assertThat(diff.changed()).isEqualTo(expected.size());
        Set<Long> rejected = new HashSet<>(spark.read().parquet(dir.resolve("diff/errors").toString())
                .select("recordIndex").distinct().as(org.apache.spark.sql.Encoders.LONG()).collectAsList());
        assertThat(rejected).isEqualTo(invalid);
        assertThat(diff.rejectedRecords()).isEqualTo(invalid.size());
    }

    @Test
    void theRegistryHoldsEachRequestExactlyAsGenerated() {
        RequestTree requests = new RequestTree();
        Map<Long, String> generated = new HashMap<>();
        records.stream().filter(r -> r.defect().isEmpty()).forEach(r -> generated.put(r.index(), r.json()));
        long checked = 0;
        for (Row row : Registry.load(spark, registry, 0).collectAsList()) {
            String json = generated.get(row.getLong(0));
            if (json != null) {
                EligibilityRequest read = JSON.readRequest(requests.toTree(row, RegistrySchema.request()));
                assertThat(JSON.writeRequest(read)).isEqualTo(JSON.writeRequest(JSON.readRequest(json)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(generated.size());
    }
}
