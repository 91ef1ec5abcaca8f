package org.m4sd.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the rows of a job, which mix its results and its per-record errors, in one pass (so each person is
 * decided once), then gives each kind its own dataset: {@code OUT/<results>} partitioned by jurisdiction and
 * determination (written without sorting the rows first: {@link #withoutSorting}), and {@code OUT/errors} with
 * one row per problem: record index, request-id hash, stage, field
 * and message. The one pass writes under {@code OUT/_staging}, partitioned by {@code kind} too; the results
 * directory is then moved into place (a rename: no copy on HDFS or a local disk; a copy on object stores
 * without rename) and the errors, few by nature, are rewritten with their own columns. The results keep the
 * {@code error} column of the shared layout, always null there.
 */
final class SplitOutput {
    /** Files a write task keeps open at once, one per partition directory, before Spark sorts the rest. */
    static final int CONCURRENT_WRITERS = 256;

    private SplitOutput() {
    }

    /**
     * Writes {@code rows} (with {@link OutputRows#KIND} {@code results} or {@link OutputRows#ERRORS}, and the
     * {@code jurisdiction} and {@code determination} columns last) under {@code out}.
     */
    static void write(SparkSession spark, Dataset<Row> rows, String out, String results) {
        String staging = out + "/_staging";
        withoutSorting(spark, () -> rows.write().mode(SaveMode.Overwrite)
                .partitionBy(OutputRows.KIND, "jurisdiction", "determination").parquet(staging));
        try {
            FileSystem fs = new Path(out).getFileSystem(spark.sparkContext().hadoopConfiguration());
            Path target = new Path(out, results);
            fs.delete(target, true);
            Path staged = new Path(staging, OutputRows.KIND + "=" + results);
            StructType schema = rows.schema();
            if (fs.exists(staged)) {
                if (!fs.rename(staged, target)) {
                    throw new IOException("could not move " + staged + " to " + target);
                }
            } else {
                // no result at all: an empty file that still carries the schema (a partitioned write would write none)
                spark.createDataFrame(java.util.List.of(), schema).drop(OutputRows.KIND).write()
                        .parquet(target.toString());
            }
            Path stagedErrors = new Path(staging, OutputRows.KIND + "=" + OutputRows.ERRORS);
            Dataset<Row> errors = fs.exists(stagedErrors)
                    ? spark.read().parquet(stagedErrors.toString())
                    : spark.createDataFrame(java.util.List.of(), schema);
            errors.select(functions.col(RegistrySchema.RECORD_INDEX), errorColumn("requestIdSha256"),
                            errorColumn("stage"), errorColumn("field"), errorColumn("message"))
                    .write().mode(SaveMode.Overwrite).parquet(new Path(out, OutputRows.ERRORS).toString());
            fs.delete(new Path(staging), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a partitioned write with one open file per partition directory a task meets, up to
     * {@link #CONCURRENT_WRITERS} (then Spark sorts the rest), instead of Spark's default of sorting every row of
     * the task by its directory first: a sort of the whole output the layout does not need (a task meets a few
     * dozen directories: kinds times jurisdictions times determinations). Settings the session already has are
     * kept; the session's own are restored after the write.
     */
    static void withoutSorting(SparkSession spark, Runnable write) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.sql.optimizer.plannedWrite.enabled", "false");
        settings.put("spark.sql.maxConcurrentOutputFileWriters", Integer.toString(CONCURRENT_WRITERS));
        RuntimeConfig conf = spark.conf();
        Map<String, String> set = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (!conf.contains(key)) {
                conf.set(key, value);
                set.put(key, value);
            }
        });
        try {
            write.run();
        } finally {
            set.keySet().forEach(conf::unset);
        }
    }

    private static Column errorColumn(String name) {
        return functions.col("error." + name).as(name);
    }
}
