package org.m4sd.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.examples.support.DiffOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code m4sd-registry diff}: {@code m4sd diff} at national scale. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides every person of a registry twice, under two as-of dates or two rule-pack",
                "versions (or both), inside the executors, and writes only the decisions that changed,",
                "with the criteria responsible (each criterion whose result or reason changed):",
                "  OUT/changes   partitioned by determination",
                "  OUT/errors    one row per problem of a record either run could not decide",
                "  OUT/summary.json  changes by determination and outcome, before -> after"},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd-registry diff --registry reg/registry --out diff --from-date 2022-01-01 --to-date 2024-01-01",
                "  m4sd-registry diff --registry reg/registry --out diff --from-pack rules-1.0.jar --to-pack rules-1.1.jar"})
final class DiffJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DiffJob.class);

    @Mixin
    SparkOptions spark = new SparkOptions();

    @Mixin
    RegistryOptions io = new RegistryOptions();

    @Mixin
    DiffOptions compare = new DiffOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        compare.check(spec.commandLine());
        SparkSession session = spark.session("m4sd-registry diff");
        DiffPartitions.Side from = new DiffPartitions.Side(compare.fromPack == null ? Engines.Source.builtIn()
                : PackFiles.ship(session, compare.fromPack, "from"), compare.fromDate);
        DiffPartitions.Side to = new DiffPartitions.Side(compare.toPack == null ? Engines.Source.builtIn()
                : PackFiles.ship(session, compare.toPack, "to"), compare.toDate);
        Result result = run(session, io.registry, io.out, from, to, compare.all, io.partitions);
        System.out.print(result.summary());
        return result.rejectedRecords() == 0 ? 0 : 1;
    }

    /**
     * What a run produced.
     *
     * @param records         records in the registry
     * @param compared        decisions compared
     * @param changed         decisions listed as changed
     * @param rejectedRecords records either run could not decide
     * @param engineBuilds    engines built by the executors
     * @param summary         the summary's JSON
     */
    record Result(long records, long compared, long changed, long rejectedRecords, long engineBuilds,
            String summary) {
    }

    static Result run(SparkSession spark, String registry, String out, DiffPartitions.Side from,
            DiffPartitions.Side to, boolean all, int partitions) {
        long start = System.nanoTime();
        LongAccumulator builds = spark.sparkContext().longAccumulator("engine builds");
        LongAccumulator compared = spark.sparkContext().longAccumulator("decisions compared");
        LongAccumulator read = spark.sparkContext().longAccumulator("records read"); // as evaluate counts them
        Dataset<Row> rows = Registry.load(spark, registry, partitions);
        SplitOutput.write(spark, rows.mapPartitions(new DiffPartitions(from, to, all, builds, compared, read),
                Encoders.row(DiffPartitions.SCHEMA)), out, DiffPartitions.CHANGES);
        long records = read.value();
        Dataset<Row> changes = spark.read().parquet(out + "/" + DiffPartitions.CHANGES);
        Dataset<Row> errors = spark.read().parquet(out + "/" + OutputRows.ERRORS);
        long changed = changes.count();
        long rejected = errors.agg(countDistinct(col(RegistrySchema.RECORD_INDEX))).first().getLong(0);
        JobSummary summary = new JobSummary("diff");
        summary.root.put("registry", registry).put("out", out).put("from", from.label()).put("to", to.label())
                .put("records", records).put("decisionsCompared", compared.value()).put("changed", changed)
                .put("rejectedRecords", rejected).put("engineBuilds", builds.value())
                .put("executorJvms", JobSummary.executorJvms(spark))
                .put("seconds", (System.nanoTime() - start) / 1e9);
        ArrayNode byOutcome = summary.root.putArray("changes");
        for (Row r : changes.groupBy("determination", "before", "after").count()
                .orderBy("determination", "before", "after").collectAsList()) {
            byOutcome.addObject().put("determination", r.getString(0)).put("before", r.getString(1))
                    .put("after", r.getString(2)).put("decisions", r.getLong(3));
        }
        String text = summary.write(spark, out);
        LOG.info("{} records, {} decisions compared ({} -> {}): {} changed, {} records rejected; engine builds {}",
                records, compared.value(), from.label(), to.label(), changed, rejected, builds.value());
        return new Result(records, compared.value(), changed, rejected, builds.value(), text);
    }
}
