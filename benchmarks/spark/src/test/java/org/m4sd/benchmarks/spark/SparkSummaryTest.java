package org.m4sd.benchmarks.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's overheads run by run, from run directories written as {@code run-spark.sh} leaves them. */
class SparkSummaryTest {
    @TempDir
    Path dir;

    @Test
    void eachRunsSparkTimeIsDividedByTheSameRunsInProcessTimeAndTheMedianGiven() throws IOException {
        // two threads: in-process 40, 30 and 32 s, Spark 80, 75 and 96 s; the fastest of each would give 2.50x,
        // the runs give 2.00x, 2.50x and 3.00x
        List<Path> runs = List.of(run("run1", 60, 40, 120, 80, 70, 60), run("run2", 50, 30, 110, 75, 66, 63),
                run("run3", 55, 32, 100, 96, 60, 64));
        assertEquals("- The same overheads run by run (each run's Spark time over the same run's in-process time, "
                + "the median of the runs in brackets): `local[1]` 2.00x, 2.20x, 1.82x (2.00x), `local[2]` 2.00x, "
                + "2.50x, 3.00x (2.50x), deciding and writing; deciding only 1.17x, 1.32x, 1.09x (1.17x) and 1.50x, "
                + "2.10x, 2.00x (2.00x).\n", new SparkSummary(runs).perRun());
        assertEquals("`local[2]` 2.00x, 2.50x (2.25x)", new SparkSummary(runs.subList(0, 2)).perRun()
                .replaceAll("(?s).*(`local\\[2\\]` [^,]*, [^,]*), deciding.*", "$1"));
    }

    private Path run(String name, double inProcess1, double inProcess2, double local1, double local2,
            double discard1, double discard2) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        Files.writeString(run.resolve("inprocess-1.json"), "{\"records\": 1000, \"seconds\": " + inProcess1 + "}");
        Files.writeString(run.resolve("inprocess-2.json"), "{\"records\": 1000, \"seconds\": " + inProcess2 + "}");
        Files.writeString(run.resolve("spark-local1.json"), "{\"records\": 1000, \"evaluateSeconds\": " + local1 + "}");
        Files.writeString(run.resolve("spark-local2.json"), "{\"records\": 1000, \"evaluateSeconds\": " + local2 + "}");
        Files.writeString(run.resolve("spark-local1-discard.json"),
                "{\"records\": 1000, \"evaluateSeconds\": " + discard1 + "}");
        Files.writeString(run.resolve("spark-local2-discard.json"),
                "{\"records\": 1000, \"evaluateSeconds\": " + discard2 + "}");
        return run;
    }
}
