package org.m4sd.rules.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The old-age pension's thresholds in force for a jurisdiction on a date, read straight from the packs' data files
 * ({@code packs/<pack>/socialsecurity.json}, the jurisdiction's overlay first, then the international pack), so
 * that generated requests can sit on them and just beside them. A reading of its own for the tests: it shares no
 * code with the case builders the rules decide on.
 *
 * @param ageMonths    every age in months at which something changes: the pensionable age (where a path is at
 *                     it), the paths' own ages (early paths' included) and, where a women's schedule is in force, its age for the year of
 *                     the date
 * @param minima       the paths' minimum records (early paths' included, each figure the sources give), in the
 *                     scheme's unit; empty where the jurisdiction's own paths
 *                     are not encoded for the date
 * @param days         the record is counted in days (else in weeks or whole calendar months)
 * @param weeks        the record is counted in weeks (whole weeks of seven calendar days from calendar ranges)
 * @param maxDaysPerMonth the most days a month the scheme credits from calendar ranges; 0 where no limit
 * @param minOwnMonths the months of own cover below which the jurisdiction owes no pro-rata share
 * @param partners     the partner states of the agreements in force on the date that cover old age
 */
record PensionThresholds(List<Integer> ageMonths, List<Long> minima, boolean days, boolean weeks, int maxDaysPerMonth,
        int minOwnMonths, List<String> partners) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INTERNATIONAL = "international";
    private static final Map<String, Optional<JsonNode>> PACKS = new ConcurrentHashMap<>();

    /** The thresholds in force for {@code jurisdiction} (ISO 3166 alpha-3) on {@code day}. */
    static PensionThresholds inForce(String jurisdiction, LocalDate day) {
        JsonNode paths = parameterOrNull("ss.pension.paths", jurisdiction, day);
        TreeSet<Integer> ages = new TreeSet<>();
        List<Long> minima = new ArrayList<>();
        // Without the jurisdiction's own paths, its own age (if any) is still compared.
        boolean pathAtPensionableAge = paths == null;
        for (JsonNode path : paths == null ? MAPPER.createArrayNode() : paths) {
            minima.add(path.path("minimum").asLong());
            if (path.hasNonNull("age")) {
                ages.add(path.get("age").asInt() * 12);
            } else if (!path.path("anyAge").asBoolean(false)) {
                pathAtPensionableAge = true;
            }
        }
        // The early paths' own ages and records (each figure where the sources give several) are thresholds too.
        JsonNode early = paths == null ? null : parameterOrNull("ss.pension.early-paths", jurisdiction, day);
        for (JsonNode row : early == null ? MAPPER.createArrayNode() : early) {
            if (row.hasNonNull("minimum")) {
                minima.add(row.get("minimum").asLong());
            }
            if (row.hasNonNull("minimumUpTo")) {
                minima.add(row.get("minimumUpTo").asLong());
            }
            if (row.hasNonNull("age")) {
                ages.add(row.get("age").asInt() * 12);
            }
        }
        JsonNode age = parameterOrNull("ss.pension.age", jurisdiction, day);
        if (pathAtPensionableAge && age != null) {
            ages.add(age.asInt() * 12);
            JsonNode schedule = parameterOrNull("ss.pension.age.women-schedule", jurisdiction, day);
            if (schedule != null) {
                ages.add(womensAgeFor(schedule, day));
            }
        }
        JsonNode unit = parameterOrNull("ss.pension.contribution-unit", jurisdiction, day);
        boolean days = unit != null && "DAYS".equals(unit.asText());
        boolean weeks = unit != null && "WEEKS".equals(unit.asText());
        JsonNode limit = parameterOrNull("ss.pension.max-days-per-month", jurisdiction, day);
        int minOwnMonths = parameter("ss.totalisation.min-own-months", jurisdiction, day).asInt();
        return new PensionThresholds(List.copyOf(ages), List.copyOf(minima), days, weeks, limit == null ? 0 : limit.asInt(),
                minOwnMonths, partners(jurisdiction, day));
    }

    /**
     * The schedule's age in months on a day: its last row in force on that day (a {@code year} row from 1 January of
     * that year, a {@code from} row from its date), else its first row.
     */
    private static int womensAgeFor(JsonNode schedule, LocalDate day) {
        JsonNode chosen = schedule.get(0);
        for (JsonNode row : schedule) {
            LocalDate from = row.hasNonNull("from") ? LocalDate.parse(row.get("from").asText())
                    : LocalDate.of(row.path("year").asInt(), 1, 1);
            if (!from.isAfter(day)) {
                chosen = row;
            }
        }
        return chosen.path("years").asInt() * 12 + chosen.path("months").asInt();
    }

    private static List<String> partners(String jurisdiction, LocalDate day) {
        JsonNode agreements = pack(jurisdiction).map(p -> p.path("tables").get("agreements"))
                .filter(JsonNode::isArray)
                .orElseGet(() -> pack(INTERNATIONAL).orElseThrow().path("tables").path("agreements"));
        TreeSet<String> partners = new TreeSet<>();
        for (JsonNode a : agreements) {
            boolean oldAge = false;
            for (JsonNode branch : a.path("branches")) {
                oldAge |= "OLD_AGE".equals(branch.asText());
            }
            if (oldAge && a.hasNonNull("inForce") && inForce(a.get("inForce"), a.get("validTo"), day)) {
                a.path("partners").forEach(p -> partners.add(p.asText()));
                // A multilateral agreement names all its parties: the others are the partners.
                a.path("parties").forEach(p -> partners.add(p.asText()));
                partners.remove(jurisdiction);
            }
        }
        return List.copyOf(partners);
    }

    private static JsonNode parameter(String name, String jurisdiction, LocalDate day) {
        JsonNode value = parameterOrNull(name, jurisdiction, day);
        if (value == null) {
            throw new IllegalStateException("no value of " + name + " in force on " + day + " for " + jurisdiction);
        }
        return value;
    }

    /** The overlay's value in force on the day, else the international pack's; null where neither has one. */
    private static JsonNode parameterOrNull(String name, String jurisdiction, LocalDate day) {
        for (String packId : List.of(jurisdiction, INTERNATIONAL)) {
            Optional<JsonNode> pack = pack(packId);
            if (pack.isEmpty()) {
                continue;
            }
            for (JsonNode parameter : pack.get().path("parameters")) {
                if (!name.equals(parameter.path("name").asText())) {
                    continue;
                }
                for (JsonNode value : parameter.path("values")) {
                    if (inForce(value.get("validFrom"), value.get("validTo"), day)) {
                        return value.get("value");
                    }
                }
            }
        }
        return null;
    }

    private static boolean inForce(JsonNode from, JsonNode to, LocalDate day) {
        return !day.isBefore(LocalDate.parse(from.asText()))
                && (to == null || to.isNull() || !day.isAfter(LocalDate.parse(to.asText())));
    }

    /** A pack's social-security data file; empty for a jurisdiction without an overlay. */
    private static Optional<JsonNode> pack(String packId) {
        return PACKS.computeIfAbsent(packId.toLowerCase(Locale.ROOT), id -> {
            String resource = "org/m4sd/rules/packs/" + id + "/socialsecurity.json";
            try (InputStream in = PensionThresholds.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        });
    }
}
