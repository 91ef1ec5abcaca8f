package org.m4sd.examples.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * The options every command shares for its Spark session. Under {@code spark-submit} the master and the
 * configuration come from spark-submit and these are usually left out; a plain {@code java} run defaults to
 * {@code local[*]}: every core of this machine. The jobs' own {@link #DEFAULTS} apply unless a setting of the
 * same name is given, by {@code --conf} or by spark-submit.
 */
final class SparkOptions {
    /**
     * Settings the jobs run best with. {@code spark.sql.codegen.hugeMethodLimit}: HotSpot never compiles a method
     * of more than 8,000 bytes of bytecode ({@code -XX:+DontCompileHugeMethods}, its default), and the method
     * Spark generates to turn the jobs' output rows into its own format is larger, so it ran interpreted for the
     * whole job (about a quarter of the time of deciding 200,000 people on two cores). Past this limit Spark runs that
     * part of the plan without whole-stage code generation, in pieces small enough to compile, as its own
     * documentation of the setting advises on HotSpot.
     */
    static final Map<String, String> DEFAULTS = Map.of("spark.sql.codegen.hugeMethodLimit", "8000");

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
        SparkConf given = new SparkConf(); // spark-submit's settings arrive as system properties
        DEFAULTS.forEach((key, value) -> {
            if (!conf.containsKey(key) && !given.contains(key)) {
                builder.config(key, value);
            }
        });
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }
}
