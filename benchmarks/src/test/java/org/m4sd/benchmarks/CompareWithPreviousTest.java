package org.m4sd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareWithPreviousTest {
    @TempDir
    Path dir;

    @Test
    void latencyRoundsAreComparedRoundByRoundAndSummarisedByTheirMedian() throws IOException {
        // p99 ratios 0.40, 0.60, 0.50: the median is the middle round's, not the ratio of the medians
        round(1, 200, 400, 100, 160);
        round(2, 300, 500, 150, 300);
        round(3, 250, 600, 125, 300);

        String summary = summarise();

        assertThat(summary).contains("## Latency of one request, 3 rounds")
                .contains("| round1 | 200.0 | 100.0 | 0.50 | 400.0 | 160.0 | 0.40 |")
                .contains("| round2 | 300.0 | 150.0 | 0.50 | 500.0 | 300.0 | 0.60 |")
                .contains("Median over the rounds: p50 0.500, p99 0.500 (p99 from 0.400 to 0.600).")
                .doesNotContain("First decision from a cold JVM");
    }

    @Test
    void roundTenComesAfterRoundNine() throws IOException {
        for (int r = 1; r <= 10; r++) {
            round(r, 100, 100 * r, 50, 50 * r);
        }

        String summary = summarise();

        assertThat(summary.indexOf("| round9 |")).isLessThan(summary.indexOf("| round10 |"));
        assertThat(summary).contains("10 rounds");
    }

    @Test
    void aRoundMeasuredByOneJarOnlyIsLeftOut() throws IOException {
        round(1, 200, 400, 100, 200);
        write("previous-DecisionBenchmark-latency-round2", 200, 400);

        assertThat(summarise()).contains("1 round (").doesNotContain("| round2 |");
    }

    private String summarise() throws IOException {
        CompareWithPrevious.main(new String[] {dir.toString(), "abc1234", "test machine"});
        return Files.readString(dir.resolve("SUMMARY.md"));
    }

    private void round(int round, double previousP50, double previousP99, double currentP50, double currentP99)
            throws IOException {
        write("previous-DecisionBenchmark-latency-round" + round, previousP50, previousP99);
        write("current-DecisionBenchmark-latency-round" + round, currentP50, currentP99);
    }

    /** A JMH result file as {@code -rf json} writes one for DecisionBenchmark.latency. */
    private void write(String name, double p50, double p99) throws IOException {
        Files.writeString(dir.resolve(name + ".json"), String.format(Locale.ROOT, """
                [ {
                  "benchmark" : "org.m4sd.benchmarks.DecisionBenchmark.latency",
                  "mode" : "sample",
                  "params" : { "implementation" : "DROOLS", "scenario" : "ALL" },
                  "primaryMetric" : {
                    "score" : %1$f, "scoreError" : 1.0,
                    "scorePercentiles" : { "50.0" : %1$f, "99.0" : %2$f }
                  },
                  "secondaryMetrics" : { }
                } ]
                """, p50, p99));
    }
}
