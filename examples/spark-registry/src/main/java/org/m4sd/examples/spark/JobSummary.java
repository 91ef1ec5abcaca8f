package org.m4sd.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** A job's {@code summary.json}: counts and timings only, never a person's data; on any Hadoop file system. */
final class JobSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final ObjectNode root = MAPPER.createObjectNode();

    JobSummary(String job) {
        root.put("job", job);
    }

    /** How many executor JVMs the application has: the driver's own in local mode, else the executors. */
    static int executorJvms(SparkSession spark) {
        int infos = spark.sparkContext().statusTracker().getExecutorInfos().length;
        return spark.sparkContext().isLocal() ? infos : Math.max(0, infos - 1);
    }

    /** Writes it to {@code out/summary.json} and returns the text. */
    String write(SparkSession spark, String out) {
        try {
            String text = MAPPER.writeValueAsString(root) + "\n";
            Path path = new Path(out, "summary.json");
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream o = fs.create(path, true)) {
                o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
