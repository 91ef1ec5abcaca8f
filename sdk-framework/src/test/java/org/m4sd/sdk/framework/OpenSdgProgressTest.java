package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Our progress categories against Open SDG's own implementation (sdg-build's {@code SeriesProgress}) on its
 * progress-calculation fixture series and on synthetic targets, zero and negative cases included
 * (resources {@code opensdg/}, whose README says where each case and expected category comes from).
 */
class OpenSdgProgressTest {
    private static final String DIR = "/org/m4sd/sdk/framework/opensdg/";
    private static final int TARGET_YEAR = 2030;
    private static final Set<String> NA = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
            "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    /** One row of {@code expected-progress.csv}. */
    record Case(String file, String series, String scenario, boolean ascending, OptionalDouble target,
            OptionalDouble limit, int baseYear, double baseValue, int currentYear, double currentValue,
            OptionalDouble theirValue, ProgressCategory theirs) {

        /** Why our category departs from theirs on purpose, or null where it must not. */
        String departure() {
            if (target.isEmpty()) {
                return null;
            }
            double t = target.getAsDouble();
            if (baseValue == 0 && t == 0) {
                return "base and target both 0";
            }
            boolean met = ascending ? currentValue >= Formulas.nonZero(t) : currentValue <= Formulas.nonZero(t);
            return !met && baseAndTargetOfOppositeSigns() ? "base and target of opposite signs" : null;
        }

        /** Where their needed growth is a complex root: we compute no R there, met or not. */
        boolean baseAndTargetOfOppositeSigns() {
            double b = Formulas.nonZero(baseValue);
            double g = Formulas.nonZero(target.orElse(baseValue));
            return b > 0 && g < 0 || b < 0 && g > 0;
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        List<List<String>> rows = csv(DIR + "expected-progress.csv");
        List<String> header = rows.get(0);
        assertThat(header).containsExactly("file", "series", "scenario", "direction", "target", "limit",
                "base_year", "base_value", "current_year", "current_value", "progress_value", "open_sdg_status");
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(new Case(r.get(0), r.get(1), r.get(2), r.get(3).equals("positive"), number(r.get(4)),
                    number(r.get(5)), Integer.parseInt(r.get(6)), Double.parseDouble(r.get(7)),
                    Integer.parseInt(r.get(8)), Double.parseDouble(r.get(9)), number(r.get(10)), category(r.get(11))));
        }
        return out;
    }

    /** Their status names, as {@code get_progress_status} returns them, to our categories. */
    static ProgressCategory category(String status) {
        return switch (status) {
            case "target_achieved" -> ProgressCategory.ACHIEVED;
            case "substantial_progress" -> ProgressCategory.ON_TRACK;
            case "moderate_progress" -> ProgressCategory.ACCELERATION_NEEDED;
            case "limited_progress" -> ProgressCategory.LIMITED_PROGRESS;
            case "deterioration" -> ProgressCategory.DETERIORATION;
            case "not_available" -> ProgressCategory.NOT_ASSESSED;
            default -> throw new IllegalArgumentException("unknown Open SDG status " + status);
        };
    }

    @Test
    void every_case_comes_from_their_fixture_series() {
        Map<String, Map<String, TreeMap<Integer, Double>>> byFile = new TreeMap<>();
        for (Case c : cases()) {
            TreeMap<Integer, Double> series = byFile.computeIfAbsent(c.file(), f -> series(DIR + "data/" + f))
                    .get(c.series());
            assertThat(series).as(c.file() + " " + c.series()).isNotNull();
            int base = series.containsKey(2015) ? 2015 : series.ceilingKey(2016);
            assertThat(base).isEqualTo(c.baseYear());
            assertThat(series.get(base)).isEqualTo(c.baseValue());
            assertThat(series.lastKey()).isEqualTo(c.currentYear());
            assertThat(series.lastEntry().getValue()).isEqualTo(c.currentValue());
        }
        assertThat(byFile).hasSize(52);
    }

    @Test
    void ours_equals_theirs_on_every_case_but_the_two_stated_departures() {
        List<Case> cases = cases();
        int agree = 0;
        Map<String, Integer> departures = new TreeMap<>();
        for (Case c : cases) {
            Formulas.Progress ours = Formulas.progress(c.baseValue(), c.baseYear(), c.target(), TARGET_YEAR,
                    c.currentValue(), c.currentYear(), c.ascending(), c.limit(), ProgressThresholds.OPEN_SDG);
            String why = c.departure();
            String at = c.file() + " / " + c.series() + " / " + c.scenario();
            if (why != null) {
                assertThat(ours.category()).as(at).isEqualTo(ProgressCategory.NOT_ASSESSED);
                if (c.theirs() != ProgressCategory.NOT_ASSESSED) {
                    departures.merge(why, 1, Integer::sum);
                    continue;
                }
            } else if (c.baseAndTargetOfOppositeSigns()) {
                assertThat(ours.growthRatio()).as(at).isEmpty();
            } else {
                // the value behind the category, where theirs is a number
                boolean theirsFinite = c.theirValue().isPresent() && Double.isFinite(c.theirValue().getAsDouble());
                assertThat(ours.growthRatio().isPresent()).as(at).isEqualTo(theirsFinite);
                if (theirsFinite) {
                    double t = c.theirValue().getAsDouble();
                    assertThat(Math.abs(ours.growthRatio().getAsDouble() - t)).as(at)
                            .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(t)));
                }
            }
            assertThat(ours.category()).as(at).isEqualTo(c.theirs());
            agree++;
        }
        assertThat(cases).hasSize(649);
        assertThat(agree).isEqualTo(593);
        assertThat(departures).containsExactly(Map.entry("base and target both 0", 54),
                Map.entry("base and target of opposite signs", 2));
        // every category is exercised, and so are the zero and negative cases
        assertThat(cases).extracting(Case::theirs).contains(ProgressCategory.values());
        assertThat(cases).filteredOn(c -> c.baseValue() == 0 && c.departure() == null).hasSize(69);
        assertThat(cases).filteredOn(c -> c.baseValue() < 0 && c.departure() == null).hasSize(14);
        assertThat(cases).filteredOn(c -> c.limit().isPresent()).hasSize(160);
    }

    /** The series of a fixture file by label, as the README says they are cut (headline or sub-series). */
    private static Map<String, TreeMap<Integer, Double>> series(String resource) {
        List<List<String>> rows = csv(resource);
        List<String> header = rows.get(0);
        List<Integer> split = new ArrayList<>();
        List<Integer> disaggregations = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (Set.of("Units", "Unit", "Series").contains(h)) {
                split.add(i);
            } else if (!Set.of("Year", "Value", "GeoCode").contains(h)) {
                disaggregations.add(i);
            }
        }
        List<Integer> key = new ArrayList<>(split);
        key.addAll(disaggregations);
        int year = header.indexOf("Year");
        int value = header.indexOf("Value");
        Map<String, TreeMap<Integer, Double>> out = new LinkedHashMap<>();
        Set<String> duplicated = new java.util.HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (NA.contains(r.get(value).strip())) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int k : key) {
                if (!r.get(k).isEmpty()) {
                    parts.add(r.get(k));
                }
            }
            String label = parts.isEmpty() ? "(headline)" : String.join(" / ", parts);
            int y = Integer.parseInt(r.get(year).substring(0, 4));
            if (out.computeIfAbsent(label, l -> new TreeMap<>()).put(y, Double.parseDouble(r.get(value))) != null) {
                duplicated.add(label);
            }
        }
        duplicated.forEach(out::remove);
        return out;
    }

    /** A number as Python writes it ({@code inf} for an infinite value), or empty for an empty cell. */
    private static OptionalDouble number(String s) {
        return switch (s) {
            case "" -> OptionalDouble.empty();
            case "inf" -> OptionalDouble.of(Double.POSITIVE_INFINITY);
            case "-inf" -> OptionalDouble.of(Double.NEGATIVE_INFINITY);
            default -> OptionalDouble.of(Double.parseDouble(s));
        };
    }

    /** A small RFC 4180 reader: quoted fields may hold commas and doubled quotes; a leading BOM is dropped. */
    static List<List<String>> csv(String resource) {
        try (InputStream in = OpenSdgProgressTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (out.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                out.add(fields(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
