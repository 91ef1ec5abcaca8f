package org.m4sd.sdk.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The ISO 3166-1 alpha-3 code list shipped as data in {@code org/m4sd/sdk/data/iso3166-alpha3.tsv}. */
public final class CountryCodes {
    private static final String RESOURCE = "/org/m4sd/sdk/data/iso3166-alpha3.tsv";
    private static final Map<String, String> NAMES = load();

    private CountryCodes() {
    }

    public static boolean isKnown(String alpha3) {
        return alpha3 != null && NAMES.containsKey(alpha3);
    }

    /** Code to English short name, sorted by code. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            var names = new TreeMap<String, String>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                names.put(cols[0], cols.length > 1 ? cols[1] : cols[0]);
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
