package org.m4sd.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.IndicatorValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code m4sd-registry evaluate}: every person of a registry decided inside the executors. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Re-evaluates every person of a registry (Parquet, the layout generate writes) with the",
                "SDK inside the Spark executors, one engine per executor JVM, and writes:",
                "  OUT/decisions   one row per decision, partitioned by determination",
                "  OUT/errors      one row per problem of a record that could not be decided",
                "  OUT/access      decisions and access granted by year, sector, country, sex, status",
                "  OUT/indicators  the results framework's access indicator values",
                "  OUT/summary.json  counts by outcome, records decided and rejected, engine builds"},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd-registry evaluate --registry target/registry-10k/registry --out target/eval-10k",
                "  m4sd-registry evaluate --registry reg/registry --out eval --as-of 2024-01-01 --master local[2]",
                "  m4sd-registry evaluate --registry reg/registry --out eval --decision-json",
                "  m4sd-registry evaluate --registry reg/registry --out eval --packs /srv/packs/gha \\",
                "      --trusted-keys /srv/keys/ministry.pub.pem",
                "  spark-submit --class org.m4sd.examples.spark.RegistryCli m4sd-registry.jar evaluate \\",
                "      --registry hdfs:///m4sd/registry --out hdfs:///m4sd/eval-2024"})
final class EvaluateJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluateJob.class);

    @Mixin
    SparkOptions spark = new SparkOptions();

    @Mixin
    RegistryOptions io = new RegistryOptions();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Decide every person as of this date (default: each record's own).")
    LocalDate asOf;

    @Option(names = "--pack", paramLabel = "JAR", description = "An sdk-rules jar to decide with (default: the packs built in).")
    Path pack;

    @Mixin
    BundleOptions bundles = new BundleOptions();

    @Option(names = "--framework", paramLabel = "FILE", description = "Results framework (default: the illustrative M4SD one).")
    Path framework;

    @Option(names = "--decision-json", negatable = true, defaultValue = "false",
            description = {"Also keep each decision's JSON, the full explanation, in a decision column (default: left",
                    "out; the columns hold outcome, criteria, hashes and pack, and replaying the request gives the rest)."})
    boolean decisionJson;

    @Option(names = "--discard",
            description = "Decide every record and discard the results (Spark's noop sink): times the decisions alone; the summary has the time only.")
    boolean discard;

    @Override
    public Integer call() throws IOException {
        bundles.check(pack);
        SparkSession session = spark.session("m4sd-registry evaluate");
        Engines.Source packs = bundles.apply(pack == null ? Engines.Source.builtIn()
                : PackFiles.ship(session, pack, "pack"));
        Settings settings = new Settings(asOf, packs,
                framework == null ? Framework.illustrative() : Framework.fromJson(framework), io.partitions,
                decisionJson, discard);
        Result result = run(session, io.registry, io.out, settings);
        System.out.print(result.summary());
        return result.rejectedRecords() > 0 ? 1 : 0;
    }

    /**
     * How to run.
     *
     * @param asOf         the date every request is decided as of, or null for each record's own
     * @param packSource   the packs, or null for the built-in ones
     * @param framework    the results framework the indicators are computed for
     * @param partitions   partitions to spread the registry over first, or 0 to keep those read
     * @param decisionJson whether to keep each decision's JSON
     * @param discard      whether to decide and discard, writing nothing but the summary
     */
    record Settings(LocalDate asOf, Engines.Source packSource, Framework framework, int partitions,
            boolean decisionJson, boolean discard) {
        /** Each record's own date, the built-in packs, the illustrative framework, the decisions' columns. */
        static Settings defaults(int partitions) {
            return new Settings(null, null, Framework.illustrative(), partitions, false, false);
        }
    }

    /**
     * What a run produced.
     *
     * @param records         records in the registry
     * @param decidedRecords  records with decisions (-1 when discarded)
     * @param rejectedRecords records with errors instead (-1 when discarded)
     * @param engineBuilds    engines built by the executors, counted on the driver
     * @param summary         the summary's JSON
     */
    record Result(long records, long decidedRecords, long rejectedRecords, long engineBuilds, String summary) {
    }

    /** Runs the job. */
    static Result run(SparkSession spark, String registry, String out, Settings settings) {
        Engines.Source source = settings.packSource() == null ? Engines.Source.builtIn() : settings.packSource();
        LocalDate asOf = settings.asOf();
        long start = System.nanoTime();
        LongAccumulator builds = spark.sparkContext().longAccumulator("engine builds");
        // counted while deciding, not by a pass of its own over the registry before: the write is one result
        // stage, whose tasks' accumulator updates Spark applies once each, whatever the retries
        LongAccumulator read = spark.sparkContext().longAccumulator("records read");
        Dataset<Row> rows = Registry.load(spark, registry, settings.partitions());
        boolean java8Dates = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
        OutputRows outputRows = new OutputRows(java8Dates, settings.decisionJson());
        Dataset<Row> decided = rows.mapPartitions(new EvaluatePartitions(source, asOf, outputRows, builds, read),
                Encoders.row(OutputRows.SCHEMA));
        if (settings.discard()) {
            decided.write().format("noop").mode(SaveMode.Overwrite).save();
            long records = read.value();
            JobSummary summary = new JobSummary("evaluate --discard");
            summary.root.put("registry", registry).put("records", records).put("engineBuilds", builds.value())
                    .put("executorJvms", JobSummary.executorJvms(spark))
                    .put("evaluateSeconds", (System.nanoTime() - start) / 1e9);
            return new Result(records, -1, -1, builds.value(), summary.write(spark, out));
        }
        SplitOutput.write(spark, decided, out, OutputRows.DECISIONS);
        long evaluated = System.nanoTime();
        long records = read.value();
        Framework framework = settings.framework();

        Dataset<Row> decisions = spark.read().parquet(out + "/" + OutputRows.DECISIONS);
        Dataset<Row> errors = spark.read().parquet(out + "/" + OutputRows.ERRORS);
        AccessIndicators.access(decisions).write().mode(SaveMode.Overwrite).parquet(out + "/access");
        List<IndicatorValue> values = AccessIndicators.published(AccessIndicators.indicatorValues(decisions, framework),
                framework);
        AccessIndicators.table(spark, values).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/indicators");

        long decidedRecords = decisions.agg(countDistinct(col(RegistrySchema.RECORD_INDEX))).first().getLong(0);
        long rejectedRecords = errors.agg(countDistinct(col(RegistrySchema.RECORD_INDEX))).first().getLong(0);
        JobSummary summary = new JobSummary("evaluate");
        ObjectNode root = summary.root;
        root.put("registry", registry).put("out", out).put("asOf", asOf == null ? null : asOf.toString())
                .put("packs", source.label()).put("records", records).put("decidedRecords", decidedRecords)
                .put("rejectedRecords", rejectedRecords)
                .put("errorRows", errors.count())
                .put("engineBuilds", builds.value()).put("executorJvms", JobSummary.executorJvms(spark))
                .put("evaluateSeconds", (evaluated - start) / 1e9)
                .put("aggregateSeconds", (System.nanoTime() - evaluated) / 1e9)
                .put("indicatorValues", values.size())
                .put("withheldIndicatorValues", values.stream().filter(IndicatorValue::suppressed).count());
        ArrayNode outcomes = root.putArray("outcomes");
        for (Row r : decisions.groupBy("determination", "outcome").count().orderBy("determination", "outcome")
                .collectAsList()) {
            outcomes.addObject().put("determination", r.getString(0)).put("outcome", r.getString(1))
                    .put("decisions", r.getLong(2));
        }
        ArrayNode packs = root.putArray("rulePacks");
        for (Row r : decisions.select("rulePackId", "rulePackVersion", "rulePackSha256").distinct()
                .orderBy("rulePackId").collectAsList()) {
            packs.addObject().put("id", r.getString(0)).put("version", r.getString(1)).put("sha256", r.getString(2));
        }
        String text = summary.write(spark, out);
        LOG.info("{} records: {} decided, {} rejected (their errors in {}/errors); engine builds {}, executor JVMs {}",
                records, decidedRecords, rejectedRecords, out, builds.value(), JobSummary.executorJvms(spark));
        return new Result(records, decidedRecords, rejectedRecords, builds.value(), text);
    }
}
