package org.m4sd.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void theQuickstartRunsAndExplainsItsDecisions() {
        var bytes = new ByteArrayOutputStream();
        Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("health.emergency-care: ELIGIBLE (pack ecu 1.1.0)");
        assertThat(out).contains("MET      he.presence:").contains("[ICRMW 28, V]");
    }

    @Test
    void theReadmeShowsExactlyTheQuickstartCode() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("README.md")) || !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        String source = Files.readString(Path.of("src/main/java/org/m4sd/examples/quickstart/Quickstart.java"));
        String readme = Files.readString(root.resolve("README.md"));
        assertThat(snippet(readme)).isEqualTo(snippet(source));
    }

    /** The lines between the quickstart markers, without their common indentation. */
    static List<String> snippet(String text) {
        List<String> lines = Arrays.asList(text.split("\\R"));
        int begin = indexOf(lines, "quickstart:begin");
        int end = indexOf(lines, "quickstart:end");
        List<String> body = lines.subList(begin + 1, end).stream()
                .filter(l -> !l.startsWith("```")).collect(Collectors.toList());
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " not found");
    }
}
