package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options Spark needs on JDK 17 ({@code --add-opens} and the rest, which spark-submit adds by itself) are
 * given to this module's test JVMs (the POM's {@code spark.jvm.options}) and by the {@code m4sd-registry} launcher
 * and the Spark benchmark ({@code conf/spark-jvm-options}): both lists stay equal to the one of the Spark version
 * on the class path.
 */
class SparkJvmOptionsTest {
    private static final List<String> SPARK = List.of(JavaModuleOptions.defaultModuleOptionArray());

    @Test
    void theTestJvmRunsWithSparksOptions() {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(SPARK);
    }

    @Test
    void theLauncherGivesSparksOptions() throws IOException {
        List<String> options = Files.readAllLines(Path.of("conf/spark-jvm-options")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(options).isEqualTo(SPARK);
        assertThat(Files.readString(Path.of("m4sd-registry"))).contains("conf/spark-jvm-options");
    }
}
