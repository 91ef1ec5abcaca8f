package org.m4sd.examples.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * The options every command shares for its Spark session. Under {@code spark-submit} the master and the
 * configuration come from spark-submit and these are usually left out; a plain {@code java} run defaults to
 * {@code local[*]}: every core of this machine.
 */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*], local[2], spark://host:7077, yarn... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark configuration property; repeatable, e.g. --conf spark.sql.shuffle.partitions=8.")
    Map<String, String> conf = new LinkedHashMap<>();

    /** The session: an existing one (spark-submit, a test) with these settings applied, or a new one. */
    SparkSession session(String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }
}
