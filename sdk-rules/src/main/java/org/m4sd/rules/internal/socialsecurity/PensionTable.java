package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.Sex;

/**
 * The old-age pension's parameters of one jurisdiction as the packs give them for a date, before they are read for
 * a person: the qualifying paths, the general pensionable age and the women's schedule, the contribution unit, the
 * months of own cover for liability, what is paid below the minimum and the flat band; and whether the
 * jurisdiction's own paths and pensionable age are encoded for the date (no international figure stands in for
 * them: C102's are ceilings, DOMAIN.md 4.4). Pack values never change once loaded, so a table is built once per combination of values
 * in force, and so are the parameters read from it for each pensionable age a person may have.
 */
final class PensionTable {
    /**
     * A row of the qualifying-paths table; {@code ageYears} null means the pensionable age; {@code sex} F for a
     * path of women only, M for a path of everyone else, null for a path of all.
     */
    record PathRow(Integer ageYears, boolean anyAge, long minimum, String level, String condition, String sex) {
        static PathRow parse(JsonNode n) {
            return new PathRow(n.hasNonNull("age") ? n.get("age").asInt() : null, n.path("anyAge").asBoolean(false),
                    n.path("minimum").asLong(), n.path("level").asText("FULL"),
                    n.hasNonNull("condition") ? n.get("condition").asText() : null,
                    n.hasNonNull("sex") ? n.get("sex").asText() : null);
        }

        boolean atPensionableAge() {
            return !anyAge && ageYears == null;
        }

        /** The row applies to a person of this sex (null: not known, only rows of all apply for certain). */
        boolean appliesTo(Sex personSex) {
            if (sex == null) {
                return true;
            }
            if (personSex == null) {
                return false;
            }
            return Sex.F.name().equals(sex) == (personSex == Sex.F);
        }
    }

    /** The rows of a paths table, and whether a path is at the pensionable age (which must then be read). */
    record PathRows(List<PathRow> rows, boolean needPensionableAge) {
        static final PathRows NONE = new PathRows(List.of(), false);

        static PathRows parse(JsonNode table) {
            List<PathRow> rows = new ArrayList<>();
            table.forEach(n -> rows.add(PathRow.parse(n)));
            return new PathRows(List.copyOf(rows), rows.stream().anyMatch(PathRow::atPensionableAge));
        }
    }

    /**
     * A row of the early-paths table ({@code ss.pension.early-paths}): an age of its own ({@code ageYears}), or the
     * pensionable age lowered by {@code lowersByMonths} for every path at it (each then keeping its record, level and
     * condition); the record required (from {@code minimum} to {@code minimumUpTo} where the sources differ); the
     * grounds or children that open it; the reduction for each period before the pensionable age.
     */
    record EarlyRow(Integer ageYears, Integer lowersByMonths, long minimum, long minimumUpTo, List<String> grounds,
            Integer childrenMin, String childrenSex, Integer raisedToAge, EarlyReduction reduction) {
        static EarlyRow parse(JsonNode n) {
            List<String> grounds = new ArrayList<>();
            n.path("grounds").forEach(g -> grounds.add(g.asText()));
            JsonNode children = n.path("children");
            JsonNode lowers = n.path("lowersPensionableAgeBy");
            JsonNode reduction = n.path("reduction");
            long minimum = n.path("minimum").asLong();
            return new EarlyRow(n.hasNonNull("age") ? n.get("age").asInt() : null,
                    lowers.isObject() ? lowers.path("years").asInt() * 12 + lowers.path("months").asInt() : null,
                    minimum, n.hasNonNull("minimumUpTo") ? n.get("minimumUpTo").asLong() : minimum,
                    List.copyOf(grounds), children.hasNonNull("min") ? children.get("min").asInt() : null,
                    children.hasNonNull("sex") ? children.get("sex").asText() : null,
                    children.hasNonNull("raisedToAge") ? children.get("raisedToAge").asInt() : null,
                    reduction.isObject() ? reduction(reduction) : null);
        }

        private static EarlyReduction reduction(JsonNode r) {
            BigDecimal percent = r.path("percentPerPeriod").decimalValue();
            BigDecimal cap = r.hasNonNull("capPercent") ? r.get("capPercent").decimalValue() : null;
            int capPeriods = cap == null ? Integer.MAX_VALUE
                    : cap.divide(percent, 0, RoundingMode.DOWN).intValueExact();
            return new EarlyReduction(percent, r.path("periodMonths").asInt(), cap, capPeriods);
        }

        static List<EarlyRow> parseAll(JsonNode table) {
            List<EarlyRow> rows = new ArrayList<>();
            table.forEach(n -> rows.add(parse(n)));
            return List.copyOf(rows);
        }
    }

    private final boolean pathsEncoded;
    private final boolean ageEncoded;
    private final List<PathRow> rows;
    private final String pathsSource;
    private final PensionableAge generalAge;
    private final WomensAgeSchedule womensSchedule;
    private final String womensScheduleSource;
    private final String unit;
    private final String unitSource;
    private final Integer maxDaysPerMonth;
    private final int minOwnMonths;
    private final String belowMinimum;
    private final String flatBand;
    private final List<EarlyRow> earlyRows;
    private final String earlyPathsSource;
    private final boolean pathsBySex;
    private final Integer annualAverageWeeks;
    private final int workingLifeFromAge;
    private final String annualAverageSource;
    private final String sourcesConflict;
    private final Map<Long, PensionParameters> byPensionableAge = new ConcurrentHashMap<>();

    private PensionTable(PackStore store, Resolved paths, Resolved unit, Resolved maxDaysPerMonth, Resolved age,
            Resolved schedule, Resolved minOwnMonths, Resolved belowMinimum, Resolved flatBand, Extra extra) {
        PathRows read = paths == null ? PathRows.NONE : pathRows(store, paths);
        // Paths at the pensionable age cannot be applied without the jurisdiction's own age: then neither is encoded;
        // nor can paths counted in a unit no calendar range converts into (IPRES points).
        boolean countable = unit != null && (Coverage.MONTHS.equals(unit.text()) || Coverage.DAYS.equals(unit.text())
                || Coverage.WEEKS.equals(unit.text()));
        this.pathsEncoded = !read.rows().isEmpty() && countable && (age != null || !read.needPensionableAge());
        this.ageEncoded = age != null || pathsEncoded;
        this.rows = pathsEncoded ? read.rows() : List.of();
        this.pathsSource = paths == null ? "" : describe(paths.source());
        this.generalAge = age == null || pathsEncoded && !read.needPensionableAge() ? null
                : new PensionableAge(age.integer() * 12, false, describe(age.source()));
        this.womensSchedule = schedule == null || generalAge == null ? null
                : Parsed.of(store, schedule.value().value(), WomensAgeSchedule::parse);
        this.womensScheduleSource = womensSchedule == null ? null : describe(schedule.source());
        this.unit = unit == null ? null : unit.text();
        this.unitSource = (unit == null ? "" : describe(unit.source()))
                + (maxDaysPerMonth == null ? "" : "; " + describe(maxDaysPerMonth.source()));
        this.maxDaysPerMonth = maxDaysPerMonth == null ? null : maxDaysPerMonth.integer();
        this.minOwnMonths = minOwnMonths == null ? 0 : minOwnMonths.integer();
        this.belowMinimum = belowMinimum == null ? null : belowMinimum.text();
        this.flatBand = flatBand == null ? "" : describeBand(flatBand);
        // Early paths open before the pensionable age, so they are read only where the ordinary ones are encoded.
        this.earlyRows = extra.earlyPaths() == null || !pathsEncoded ? List.of()
                : Parsed.of(store, extra.earlyPaths().value().value(), EarlyRow::parseAll);
        this.earlyPathsSource = extra.earlyPaths() == null ? "" : describe(extra.earlyPaths().source());
        this.pathsBySex = rows.stream().anyMatch(r -> r.sex() != null);
        // The annual average and the working life it is taken over go together: one without the other is no test.
        boolean average = extra.annualAverage() != null && extra.workingLife() != null;
        this.annualAverageWeeks = average ? extra.annualAverage().integer() : null;
        this.workingLifeFromAge = average ? extra.workingLife().value().value().path("fromAge").asInt() : 0;
        this.annualAverageSource = average ? describe(extra.annualAverage().source()) + "; working life: "
                + describe(extra.workingLife().source()) : "";
        this.sourcesConflict = extra.sourcesConflict() == null ? ""
                : extra.sourcesConflict().text() + " [" + extra.sourcesConflict().source().status() + "]";
    }

    /**
     * The parameters added for the weekly records (Jamaica) and the conflicting sources: the minimum annual
     * average of weeks ({@code ss.pension.annual-average}), the working life it is taken over
     * ({@code ss.pension.working-life}) and the conflict between sources the explanation names
     * ({@code ss.pension.sources-conflict}); and the early paths ({@code ss.pension.early-paths}); each null where
     * none is in force.
     */
    record Extra(Resolved annualAverage, Resolved workingLife, Resolved sourcesConflict, Resolved earlyPaths) {
        static final Extra NONE = new Extra(null, null, null, null);
    }

    /**
     * The table for these values in force; each is null where none is in force ({@code unit} and
     * {@code minOwnMonths} only before any qualifying path could be, {@code paths} or {@code age} where the
     * jurisdiction's own is not encoded).
     */
    static PensionTable of(PackStore store, Resolved paths, Resolved unit, Resolved maxDaysPerMonth, Resolved age,
            Resolved schedule, Resolved minOwnMonths, Resolved belowMinimum, Resolved flatBand, Extra extra) {
        Key key = new Key(new ParameterValue[] {value(paths), value(unit), value(maxDaysPerMonth), value(age),
                value(schedule), value(minOwnMonths), value(belowMinimum), value(flatBand),
                value(extra.annualAverage()), value(extra.workingLife()), value(extra.sourcesConflict()),
                value(extra.earlyPaths())});
        Map<Key, PensionTable> built = store.cache(PensionTable.class);
        return built.computeIfAbsent(key, k -> new PensionTable(store, paths, unit, maxDaysPerMonth, age, schedule,
                minOwnMonths, belowMinimum, flatBand, extra));
    }

    /** The rows of the paths parameter, parsed once. */
    static PathRows pathRows(PackStore store, Resolved paths) {
        return Parsed.of(store, paths.value().value(), PathRows::parse);
    }

    private static ParameterValue value(Resolved r) {
        return r == null ? null : r.value();
    }

    /** The jurisdiction's own qualifying paths (and age, where a path is at it) are in force on the date. */
    boolean pathsEncoded() {
        return pathsEncoded;
    }

    /** The age (years) from which the working life of the annual-average test runs; 0 where no test is in force. */
    int workingLifeFromAge() {
        return workingLifeFromAge;
    }

    /** MONTHS, WEEKS or DAYS; null where no unit is in force (then no path is either). */
    String unit() {
        return unit;
    }

    /** The most days a month the scheme credits; null where none is in force. */
    Integer maxDaysPerMonth() {
        return maxDaysPerMonth;
    }

    /**
     * The jurisdiction's general pensionable age; null where none is encoded or where its own paths, all at ages
     * of their own, do not use it.
     */
    PensionableAge generalAge() {
        return generalAge;
    }

    /** The schedule of women's ages; null where none is in force or no general pensionable age is used. */
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
    PensionParameters paramsFor(PensionableAge latest, PensionableAge earliest, Sex sex) {
        // The sex selects rows only where some row has one: elsewhere one entry serves every sex.
        long sexBits = !pathsBySex ? 0 : sex == null ? 1 : sex == Sex.F ? 2 : 3;
        long key = latest == null ? -1 - sexBits : ((long) latest.months() << 35) | ((long) earliest.months() << 4)
                | (sexBits << 2) | (latest.bySchedule() ? 2 : 0) | (earliest.bySchedule() ? 1 : 0);
        return byPensionableAge.computeIfAbsent(key, k -> build(latest, earliest, sex));
    }

    private PensionParameters build(PensionableAge latest, PensionableAge earliest, Sex sex) {
        // Rows of one sex apply to that sex; without the sex they cannot be chosen, and the record is not judged.
        boolean recordNeedsSex = pathsBySex && sex == null;
        List<PathRow> rows = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < this.rows.size(); i++) {
            if (!recordNeedsSex && this.rows.get(i).appliesTo(sex)) {
                rows.add(this.rows.get(i));
                orders.add(i);
            }
        }
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
        if (recordNeedsSex) {
            // No path is read without the sex, but the pensionable age is still the lowest age at which one opens.
            for (PathRow row : this.rows) {
                if (!row.anyAge()) {
                    int latestAt = row.atPensionableAge() ? latest.months() : row.ageYears() * 12;
                    int earliestAt = row.atPensionableAge() ? earliest.months() : latestAt;
                    lowestLatest = lowestLatest == null ? latestAt : Math.min(lowestLatest, latestAt);
                    lowestEarliest = lowestEarliest == null ? earliestAt : Math.min(lowestEarliest, earliestAt);
                }
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
            QualifyingPath path = new QualifyingPath(orders.get(i), row.anyAge(), ageMonths[i], earliestAgeMonths[i],
                    row.minimum(), row.level(), row.condition(), lowerPathsOpenAt);
            paths.add(path);
            if (row.anyAge() && (anyAgePath == null || row.minimum() < anyAgePath.minimum())) {
                anyAgePath = path;
            }
            lowestMinimum = Math.min(lowestMinimum, row.minimum());
        }
        // The pensionable age the explanation gives: the lowest age at which a path opens, cited from the
        // pensionable age's source where a path is at it, else from the paths'; without paths, the national age.
        long ordinaryMinimum = Long.MAX_VALUE;
        for (QualifyingPath path : paths) {
            if (!path.anyAge() && lowestLatest != null && path.ageMonths() == lowestLatest) {
                ordinaryMinimum = Math.min(ordinaryMinimum, path.minimum());
            }
        }
        if (ordinaryMinimum == Long.MAX_VALUE) {
            ordinaryMinimum = lowestMinimum;
        }
        PensionableAge pensionAge = !pathsEncoded ? latest : lowestLatest == null ? null : latest != null
                ? new PensionableAge(lowestLatest, latest.bySchedule(), latest.source())
                : new PensionableAge(lowestLatest, false, pathsSource);
        PensionableAge earliestPensionAge = !pathsEncoded ? earliest : lowestEarliest == null ? null
                : earliest != null
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
        return new PensionParameters(pathsEncoded, ageEncoded, paths, pathsSource, moreDemanding, anyAgePath,
                lowestMinimum, ordinaryMinimum, pensionAge, earliestPensionAge, womensSchedule != null, unit,
                minOwnMonths, maxDaysPerMonth, belowMinimum, flatBand, unitSource,
                womensSchedule != null && womensSchedule.stepsOnADay(), recordNeedsSex, annualAverageWeeks,
                workingLifeFromAge, annualAverageSource, sourcesConflict, earlyPaths(rows, latest, earliest));
    }

    /**
     * The early paths as they apply to a person whose pensionable age is {@code latest} at the latest and
     * {@code earliest} at the earliest: a row at an age of its own gives one path; a row lowering the pensionable
     * age gives, for each of the person's paths at the pensionable age ({@code rows}: those of the person's sex),
     * a path as many months earlier with that path's record, level and condition (none where no pensionable age
     * applies). The pensionable age lowered is the one read for the person: under a dated schedule, the step in
     * force on the day she reaches it.
     */
    private List<QualifyingPath> earlyPaths(List<PathRow> rows, PensionableAge latest, PensionableAge earliest) {
        List<QualifyingPath> early = new ArrayList<>();
        for (EarlyRow row : earlyRows) {
            boolean openWithoutGrounds = row.grounds().isEmpty() && row.childrenMin() == null;
            if (row.ageYears() != null) {
                int months = row.ageYears() * 12;
                early.add(new QualifyingPath(early.size(), false, months, months, row.minimum(), "EARLY", null,
                        Integer.MAX_VALUE, true, row.minimumUpTo(), row.grounds(), row.childrenMin(),
                        row.childrenSex(), row.raisedToAge(), openWithoutGrounds, row.reduction(), earlyPathsSource));
            } else if (row.lowersByMonths() != null && latest != null) {
                for (PathRow ordinary : rows) {
                    if (ordinary.atPensionableAge()) {
                        early.add(new QualifyingPath(early.size(), false, latest.months() - row.lowersByMonths(),
                                earliest.months() - row.lowersByMonths(), ordinary.minimum(), ordinary.level(),
                                ordinary.condition(), Integer.MAX_VALUE, true, ordinary.minimum(), row.grounds(),
                                row.childrenMin(), row.childrenSex(), row.raisedToAge(), openWithoutGrounds,
                                row.reduction(), earlyPathsSource));
                    }
                }
            }
        }
        return early;
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
