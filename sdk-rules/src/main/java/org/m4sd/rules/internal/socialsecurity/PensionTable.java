package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;

/**
 * The old-age pension's parameters of one jurisdiction as the packs give them for a date, before they are read for
 * a person: the qualifying paths, the general pensionable age and the women's schedule, the contribution unit, the
 * months of own cover for liability, what is paid below the minimum, the flat band, and which values are
 * international defaults. Pack values never change once loaded, so a table is built once per combination of values
 * in force, and so are the parameters read from it for each pensionable age a person may have.
 */
final class PensionTable {
    private static final Map<Key, PensionTable> BUILT = new ConcurrentHashMap<>();

    /** A row of the qualifying-paths table; {@code ageYears} null means the pensionable age. */
    record PathRow(Integer ageYears, boolean anyAge, long minimum, String level, String condition) {
        static PathRow parse(JsonNode n) {
            return new PathRow(n.hasNonNull("age") ? n.get("age").asInt() : null, n.path("anyAge").asBoolean(false),
                    n.path("minimum").asLong(), n.path("level").asText("FULL"),
                    n.hasNonNull("condition") ? n.get("condition").asText() : null);
        }

        boolean atPensionableAge() {
            return !anyAge && ageYears == null;
        }
    }

    /** The rows of a paths table, and whether a path is at the pensionable age (which must then be read). */
    record PathRows(List<PathRow> rows, boolean needPensionableAge) {
        static PathRows parse(JsonNode table) {
            List<PathRow> rows = new ArrayList<>();
            table.forEach(n -> rows.add(PathRow.parse(n)));
            return new PathRows(List.copyOf(rows), rows.stream().anyMatch(PathRow::atPensionableAge));
        }
    }

    private final List<PathRow> rows;
    private final String pathsSource;
    private final PensionableAge generalAge;
    private final WomensAgeSchedule womensSchedule;
    private final String womensScheduleSource;
    private final String unit;
    private final int minOwnMonths;
    private final String belowMinimum;
    private final String flatBand;
    private final String defaultsApplied;
    private final String defaultsSource;
    private final Map<Long, PensionParameters> byPensionableAge = new ConcurrentHashMap<>();

    private PensionTable(Resolved paths, Resolved unit, Resolved age, Resolved schedule, Resolved minOwnMonths,
            Resolved belowMinimum, Resolved flatBand) {
        this.rows = pathRows(paths).rows();
        this.pathsSource = describe(paths.source());
        this.generalAge = age == null ? null : new PensionableAge(age.integer() * 12, false, describe(age.source()));
        this.womensSchedule = schedule == null ? null : Parsed.of(schedule.value().value(), WomensAgeSchedule::parse);
        this.womensScheduleSource = schedule == null ? null : describe(schedule.source());
        this.unit = unit.text();
        this.minOwnMonths = minOwnMonths.integer();
        this.belowMinimum = belowMinimum == null ? null : belowMinimum.text();
        this.flatBand = flatBand == null ? "" : describeBand(flatBand);
        Set<String> defaults = new LinkedHashSet<>();
        Set<String> defaultSources = new LinkedHashSet<>();
        for (Resolved r : new Resolved[] {paths, age}) {
            if (r != null && r.internationalDefault()) {
                defaults.add(r.name());
                defaultSources.add(describe(r.source()));
            }
        }
        this.defaultsApplied = String.join(", ", defaults);
        this.defaultsSource = String.join("; ", defaultSources);
    }

    /**
     * The table for these values in force ({@code age} and {@code schedule} null where no path is at the
     * pensionable age or no schedule is in force; {@code belowMinimum} and {@code flatBand} null where none is).
     */
    static PensionTable of(Resolved paths, Resolved unit, Resolved age, Resolved schedule, Resolved minOwnMonths,
            Resolved belowMinimum, Resolved flatBand) {
        Key key = new Key(new ParameterValue[] {paths.value(), unit.value(), value(age), value(schedule),
                minOwnMonths.value(), value(belowMinimum), value(flatBand)});
        return BUILT.computeIfAbsent(key,
                k -> new PensionTable(paths, unit, age, schedule, minOwnMonths, belowMinimum, flatBand));
    }

    /** The rows of the paths parameter, parsed once. */
    static PathRows pathRows(Resolved paths) {
        return Parsed.of(paths.value().value(), PathRows::parse);
    }

    private static ParameterValue value(Resolved r) {
        return r == null ? null : r.value();
    }

    String unit() {
        return unit;
    }

    /** The general pensionable age; null where no path is at the pensionable age. */
    PensionableAge generalAge() {
        return generalAge;
    }

    /** The schedule of women's ages; null where none is in force or no path is at the pensionable age. */
    WomensAgeSchedule womensSchedule() {
        return womensSchedule;
    }

    /** A woman's pensionable age under the schedule, read for the schedule's age for her. */
    PensionableAge womensAge(int months) {
        return new PensionableAge(months, true, womensScheduleSource);
    }

    /**
     * The parameters as they apply to a person whose pensionable age is {@code latest} at the latest and
     * {@code earliest} at the earliest (the same age unless it depends on a sex the request does not give; both
     * null where no path is at the pensionable age).
     */
    PensionParameters paramsFor(PensionableAge latest, PensionableAge earliest) {
        long key = latest == null ? -1 : ((long) latest.months() << 33) | ((long) earliest.months() << 2)
                | (latest.bySchedule() ? 2 : 0) | (earliest.bySchedule() ? 1 : 0);
        return byPensionableAge.computeIfAbsent(key, k -> build(latest, earliest));
    }

    private PensionParameters build(PensionableAge latest, PensionableAge earliest) {
        int[] ageMonths = new int[rows.size()];
        int[] earliestAgeMonths = new int[rows.size()];
        Integer lowestLatest = null;
        Integer lowestEarliest = null;
        for (int i = 0; i < rows.size(); i++) {
            PathRow row = rows.get(i);
            if (row.atPensionableAge()) {
                ageMonths[i] = latest.months();
                earliestAgeMonths[i] = earliest.months();
            } else if (!row.anyAge()) {
                ageMonths[i] = row.ageYears() * 12;
                earliestAgeMonths[i] = ageMonths[i];
            }
            if (!row.anyAge()) {
                lowestLatest = lowestLatest == null ? ageMonths[i] : Math.min(lowestLatest, ageMonths[i]);
                lowestEarliest = lowestEarliest == null ? earliestAgeMonths[i]
                        : Math.min(lowestEarliest, earliestAgeMonths[i]);
            }
        }
        List<QualifyingPath> paths = new ArrayList<>(rows.size());
        QualifyingPath anyAgePath = null;
        long lowestMinimum = rows.isEmpty() ? 0 : Long.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            PathRow row = rows.get(i);
            int lowerPathsOpenAt = Integer.MAX_VALUE;
            for (int j = 0; j < rows.size(); j++) {
                long other = rows.get(j).minimum();
                if (other < row.minimum() || other == row.minimum() && j < i) {
                    lowerPathsOpenAt = Math.min(lowerPathsOpenAt, ageMonths[j]);
                }
            }
            QualifyingPath path = new QualifyingPath(i, row.anyAge(), ageMonths[i], earliestAgeMonths[i],
                    row.minimum(), row.level(), row.condition(), lowerPathsOpenAt);
            paths.add(path);
            if (row.anyAge() && (anyAgePath == null || row.minimum() < anyAgePath.minimum())) {
                anyAgePath = path;
            }
            lowestMinimum = Math.min(lowestMinimum, row.minimum());
        }
        // The pensionable age the explanation gives: the lowest age at which a path opens, cited from the
        // pensionable age's source where a path is at it, else from the paths'.
        PensionableAge pensionAge = lowestLatest == null ? null : latest != null
                ? new PensionableAge(lowestLatest, latest.bySchedule(), latest.source())
                : new PensionableAge(lowestLatest, false, pathsSource);
        PensionableAge earliestPensionAge = lowestEarliest == null ? null : earliest != null
                ? new PensionableAge(lowestEarliest, earliest.bySchedule(), earliest.source())
                : new PensionableAge(lowestEarliest, false, pathsSource);
        Map<QualifyingPath, List<QualifyingPath>> moreDemanding = new HashMap<>();
        for (QualifyingPath path : paths) {
            List<QualifyingPath> more = new ArrayList<>();
            for (QualifyingPath other : paths) {
                if (other.minimum() > path.minimum() || other.minimum() == path.minimum() && other.order() < path.order()) {
                    more.add(other);
                }
            }
            moreDemanding.put(path, List.copyOf(more));
        }
        return new PensionParameters(paths, pathsSource, moreDemanding, anyAgePath, lowestMinimum, pensionAge,
                earliestPensionAge,
                womensSchedule != null, unit, minOwnMonths, belowMinimum, flatBand, defaultsApplied, defaultsSource);
    }

    static String describe(Source s) {
        String article = s.article() == null || s.article().isBlank() || s.article().equals("not seen")
                ? "" : " art. " + s.article();
        return s.instrument() + article + " [" + s.status() + "]";
    }

    private static String describeBand(Resolved band) {
        JsonNode v = band.value().value();
        return v.path("currency").asText() + " " + v.path("min").asText() + "-" + v.path("max").asText()
                + " [" + band.source().status() + "]";
    }

    /** The values in force, by identity: each is loaded once with its pack. */
    private record Key(ParameterValue[] values) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key k)) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] != k.values[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (ParameterValue v : values) {
                h = h * 31 + System.identityHashCode(v);
            }
            return h;
        }
    }
}
