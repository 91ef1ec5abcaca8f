package org.m4sd.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the rows of a job, which mix its results and its per-record errors, in one pass (so each person is
 * decided once), then gives each kind its own dataset: {@code OUT/<results>} partitioned by determination (the
 * jurisdiction a column of the files), and {@code OUT/errors} with one row per problem: record index, request-id
 * hash, stage, field and message. One directory a determination, not one a jurisdiction and determination: each
 * task sorts its rows by the partition and writes a file for every directory it has rows for, and the eighty-odd
 * directories of the eleven countries and eight determinations meant ten times the files of the eight
 * determinations alone, each written and then read back by the aggregates (1,000,000 people on two cores, runs
 * taking turns: the evaluation 122 and 108 seconds against 102 and 105, the JVM's whole run 186 and 169 against
 * 138 and 146). A reader of one country filters the column. The one pass writes under {@code OUT/_staging},
 * partitioned by {@code kind} too; the results directory is then moved into place (a rename: no copy on HDFS or a
 * local disk; a copy on object stores without rename) and the errors, few by nature, are rewritten with their own
 * columns. The results keep the {@code error} column of the shared layout, always null there.
 */
final class SplitOutput {
    private SplitOutput() {
    }

    /**
     * Writes {@code rows} (with {@link OutputRows#KIND} {@code results} or {@link OutputRows#ERRORS}, and a
     * {@code determination} column) under {@code out}.
     */
    static void write(SparkSession spark, Dataset<Row> rows, String out, String results) {
        String staging = out + "/_staging";
        DataFrameWriter<Row> writer = rows.write().mode(SaveMode.Overwrite);
        for (String column : rows.columns()) {
            if (OutputRows.PER_PERSON.contains(column)) {
                // values repeated only among one person's rows fill a dictionary Parquet then abandons: skip it
                writer.option("parquet.enable.dictionary#" + column, "false");
            }
        }
        writer.partitionBy(OutputRows.KIND, OutputRows.DETERMINATION).parquet(staging);
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

    private static Column errorColumn(String name) {
        return functions.col("error." + name).as(name);
    }
}
