package org.m4sd.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The requests of a directory of scenario files, the format of sdk-rules' scenario tests: each {@code *.json}
 * under the directory (at any depth, in path order) is an object whose {@code request} member is one request.
 * The requests become JSONL lines, so they are read and checked exactly like any other input; each is named by
 * its file's path relative to the directory.
 *
 * <p>A file that is not JSON or has no {@code request} object still takes its line: the line holds what the file
 * has, and the strict reader rejects it with its reason, so no case is silently skipped.
 *
 * @param jsonl the requests, one line each
 * @param names the scenario files' relative paths, by line
 */
record ScenarioCases(InputStream jsonl, List<String> names) {

    /** Reads every scenario file under {@code directory}. */
    static ScenarioCases read(Path directory) {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UsageError("cannot read the scenario directory " + directory + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UsageError(directory + " holds no scenario files (*.json)");
        }
        StringBuilder lines = new StringBuilder();
        List<String> names = new ArrayList<>(files.size());
        for (Path file : files) {
            names.add(directory.relativize(file).toString().replace('\\', '/'));
            lines.append(requestLine(mapper, file)).append('\n');
        }
        return new ScenarioCases(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), names);
    }

    private static String requestLine(ObjectMapper mapper, Path file) {
        try {
            JsonNode scenario = mapper.readTree(file.toFile());
            JsonNode request = scenario == null ? null : scenario.get("request");
            return request != null && request.isObject() ? mapper.writeValueAsString(request)
                    : mapper.writeValueAsString(mapper.createObjectNode()
                            .put("requestId", "scenario without a request object: " + file.getFileName()));
        } catch (JsonProcessingException e) {
            return "scenario file that is not JSON: " + file.getFileName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
