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
 * given to this module's test JVMs and by the {@code m4sd-registry} launcher: both lists stay equal to the one of
 * the Spark version on the class path.
 */
class SparkJvmOptionsTest {
    private static final List<String> SPARK = List.of(JavaModuleOptions.defaultModuleOptionArray());

    @Test
    void theTestJvmRunsWithSparksOptions() {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(SPARK);
    }

    @Test
    void theLauncherGivesSparksOptions() throws IOException {
        String launcher = Files.readString(Path.of("m4sd-registry"));
        assertThat(SPARK).allSatisfy(option -> assertThat(launcher).contains(option));
    }
}
