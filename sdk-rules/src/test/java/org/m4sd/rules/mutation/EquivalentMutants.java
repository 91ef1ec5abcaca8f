package org.m4sd.rules.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The committed list of mutants known to be equivalent (no request can tell them from the rule as written), read
 * from {@code mutation/equivalent-mutants.txt} on the test class path. One mutant a line:
 * {@code id | description | why it is equivalent}; {@code #} starts a comment line. The description must be the
 * generator's current one, so that an entry stops counting once its rule changes and the id names another change.
 */
final class EquivalentMutants {
    static final String RESOURCE = "mutation/equivalent-mutants.txt";
    private static final String SEPARATOR = " | ";

    /** One listed mutant. */
    record Entry(String id, String description, String reason) {
    }

    private final Map<String, Entry> byId;

    private EquivalentMutants(Map<String, Entry> byId) {
        this.byId = byId;
    }

    static EquivalentMutants load() {
        try (InputStream in = EquivalentMutants.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EquivalentMutants parse(String text) {
        Map<String, Entry> map = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int first = trimmed.indexOf(SEPARATOR);
            int last = trimmed.lastIndexOf(SEPARATOR);
            if (first < 0 || last == first || trimmed.substring(last + SEPARATOR.length()).isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber
                        + ": expected \"id | description | reason\", got: " + trimmed);
            }
            Entry e = new Entry(trimmed.substring(0, first).strip(),
                    trimmed.substring(first + SEPARATOR.length(), last).strip(),
                    trimmed.substring(last + SEPARATOR.length()).strip());
            if (map.put(e.id(), e) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.id() + " is listed twice");
            }
        }
        return new EquivalentMutants(map);
    }

    /** The entry for this mutant, if it is listed with its current description. */
    Entry find(Mutant mutant) {
        Entry e = byId.get(mutant.id());
        return e != null && e.description().equals(mutant.description()) ? e : null;
    }

    /** The entry listed under this mutant's id whatever its description, to say when a rule changed under it. */
    Entry listedUnder(String id) {
        return byId.get(id);
    }

    /** Every entry, by mutant id, in file order. */
    Map<String, Entry> all() {
        return byId;
    }
}
