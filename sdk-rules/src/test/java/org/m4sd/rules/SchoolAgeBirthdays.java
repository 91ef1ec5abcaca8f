package org.m4sd.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The birthdays on which a child enters or leaves a school-age range of some rule pack, read from the packs' data
 * files ({@code education.school-age}, the admission ages, and {@code education.compulsory-age}: ages {@code from}
 * to {@code to} in completed years, both included), so
 * that generated requests can sit on those birthdays whatever values the packs hold. Test code: it reads the JSON
 * itself and shares nothing with the case builders it is meant to check.
 */
final class SchoolAgeBirthdays {
    private static final String PACKS = "org/m4sd/rules/packs";
    private static final String SCHOOL_AGE = "education.school-age";
    private static final Set<String> RANGES = Set.of(SCHOOL_AGE, "education.compulsory-age");

    /** Ages in years whose birthday is a bound: each {@code from}, and each {@code to + 1} (the first age out). */
    static final List<Integer> YEARS = List.copyOf(read());

    private SchoolAgeBirthdays() {
    }

    private static SortedSet<Integer> read() {
        URL root = SchoolAgeBirthdays.class.getClassLoader().getResource(PACKS);
        if (root == null) {
            throw new IllegalStateException("no " + PACKS + " directory on the class path");
        }
        ObjectMapper mapper = new ObjectMapper();
        SortedSet<Integer> years = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("education.json")).toList()) {
                for (JsonNode parameter : mapper.readTree(file.toFile()).path("parameters")) {
                    if (!RANGES.contains(parameter.path("name").asText())) {
                        continue;
                    }
                    for (JsonNode value : parameter.path("values")) {
                        years.add(value.path("value").path("from").asInt());
                        years.add(value.path("value").path("to").asInt() + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (years.isEmpty()) {
            throw new IllegalStateException("no " + SCHOOL_AGE + " value in the packs under " + PACKS);
        }
        return years;
    }
}
