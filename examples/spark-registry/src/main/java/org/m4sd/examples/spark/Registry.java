package org.m4sd.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** Reading a registry for a job. */
final class Registry {
    private Registry() {
    }

    /**
     * The registry at {@code path} (Parquet) as {@code recordIndex} and the request's columns, in the contract's
     * order: a column the registry lacks is an absent fact in every record, a column it has beyond the contract
     * is not read, and a registry without {@code recordIndex} has one numbered by Spark (unique, not
     * consecutive). With {@code partitions} above zero the rows are spread over that many partitions first.
     */
    static Dataset<Row> load(SparkSession spark, String path, int partitions) {
        Dataset<Row> raw = spark.read().parquet(path);
        Set<String> present = Set.of(raw.columns());
        List<Column> columns = new ArrayList<>();
        columns.add(present.contains(RegistrySchema.RECORD_INDEX) ? col(RegistrySchema.RECORD_INDEX)
                : monotonically_increasing_id().plus(1).as(RegistrySchema.RECORD_INDEX));
        for (StructField f : RegistrySchema.request().fields()) {
            columns.add(present.contains(f.name()) ? col(f.name()) : lit(null).cast(f.dataType()).as(f.name()));
        }
        Dataset<Row> rows = raw.select(columns.toArray(Column[]::new));
        return partitions > 0 ? rows.repartition(partitions) : rows;
    }
}
