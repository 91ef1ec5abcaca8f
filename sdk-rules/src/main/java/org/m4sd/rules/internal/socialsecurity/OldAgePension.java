package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.Age;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.ContributionRecord;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}: builds the case the rules decide. It measures the person's age on the
 * date of the decision and the contribution record (in the jurisdiction, and with the partner states of the
 * agreements in force, overlapping periods counted once, in the scheme's unit), and reads the parameters in force:
 * the qualifying paths, the pensionable age for the person's sex and birth date, the contribution unit, the months
 * of own cover below which the jurisdiction is not liable, and what is paid below the minimum. The legal tests
 * (age reached, which path applies, record sufficient, totalisation, liability, level, provision) are the rules of
 * {@code socialsecurity.drl}. Never reads migratory status (C118 equality of treatment).
 */
public final class OldAgePension implements Determiner {
    static final String BIRTH_PATH = "$.person.birthDate";

    /** A row of the qualifying-paths table; {@code ageYears} null means the pensionable age. */
    private record PathRow(Integer ageYears, boolean anyAge, long minimum, String level, String condition) {
        static PathRow parse(JsonNode n) {
            return new PathRow(n.hasNonNull("age") ? n.get("age").asInt() : null, n.path("anyAge").asBoolean(false),
                    n.path("minimum").asLong(), n.path("level").asText("FULL"),
                    n.hasNonNull("condition") ? n.get("condition").asText() : null);
        }

        boolean atPensionableAge() {
            return !anyAge && ageYears == null;
        }
    }

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;
    }

    @Override
    public String knowledgeBase() {
        return "socialsecurity";
    }

    private static List<PathRow> parseRows(JsonNode table) {
        List<PathRow> rows = new ArrayList<>();
        table.forEach(n -> rows.add(PathRow.parse(n)));
        return List.copyOf(rows);
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Person person = request.person();
        LocalDate asOf = request.asOf();
        String jurisdiction = request.jurisdiction();
        LocalDate birth = person.birthDate().orElse(null);
        validate(person, birth, asOf);

        Set<String> defaults = new LinkedHashSet<>();
        Set<String> defaultSources = new LinkedHashSet<>();
        Resolved pathsParam = packs.param("ss.pension.paths");
        noteDefault(pathsParam, defaults, defaultSources);
        List<PathRow> rows = Parsed.of(pathsParam.value().value(), OldAgePension::parseRows);
        String pathsSource = describe(pathsParam.source());
        String unit = packs.param("ss.pension.contribution-unit").text();
        ContributionRecord record = measureRecord(person.contributionPeriods(), jurisdiction, asOf, unit,
                Agreement.inForce(packs.table("agreements").orElse(null), asOf));

        // The pensionable age of the paths without an age of their own, read for the person's sex and birth date.
        Sex sex = person.sex().orElse(null);
        boolean needsPensionableAge = rows.stream().anyMatch(PathRow::atPensionableAge);
        PensionableAge latest = null;
        PensionableAge earliest = null;
        boolean bySex = false;
        if (needsPensionableAge) {
            Resolved ageParam = packs.param("ss.pension.age");
            noteDefault(ageParam, defaults, defaultSources);
            PensionableAge general = new PensionableAge(ageParam.integer() * 12, false, describe(ageParam.source()));
            Optional<Resolved> schedule = packs.findParam("ss.pension.age.women-schedule");
            bySex = schedule.isPresent();
            latest = general;
            earliest = general;
            // Without a birth date the schedule cannot be read, and no rule compares an age with it.
            if (bySex && birth != null && sex != Sex.M && sex != Sex.X) {
                WomensAgeSchedule byYear = Parsed.of(schedule.get().value().value(), WomensAgeSchedule::parse);
                PensionableAge women = new PensionableAge(byYear.ageMonthsFor(birth), true,
                        describe(schedule.get().source()));
                if (sex == Sex.F) {
                    latest = women;
                    earliest = women;
                } else {
                    // Sex unknown: the person may have either age.
                    latest = women.months() > general.months() ? women : general;
                    earliest = women.months() <= general.months() ? women : general;
                }
            }
        }
        int minOwnMonths = packs.param("ss.totalisation.min-own-months").integer();

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
        long lowestMinimum = Long.MAX_VALUE;
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
        PensionableAge pensionAge = lowestLatest == null ? null : needsPensionableAge
                ? new PensionableAge(lowestLatest, latest.bySchedule(), latest.source())
                : new PensionableAge(lowestLatest, false, pathsSource);
        PensionableAge earliestPensionAge = lowestEarliest == null ? null : needsPensionableAge
                ? new PensionableAge(lowestEarliest, earliest.bySchedule(), earliest.source())
                : new PensionableAge(lowestEarliest, false, pathsSource);

        PensionParameters params = new PensionParameters(paths, pathsSource, anyAgePath,
                rows.isEmpty() ? 0 : lowestMinimum, pensionAge,
                earliestPensionAge, bySex,
                unit, minOwnMonths, packs.findParam("ss.pension.below-minimum").map(Resolved::text).orElse(null),
                packs.findParam("ss.pension.flat-band").map(OldAgePension::describeBand).orElse(""),
                String.join(", ", defaults), String.join("; ", defaultSources));
        OldAgePensionCase c = new OldAgePensionCase(jurisdiction, params, sex, measureAge(birth, asOf), record);

        c.value("contributionMonths", record.ownMonths());
        if (Coverage.DAYS.equals(unit)) {
            c.value("contributionDays", record.ownUnits());
        }
        if (c.getProRataShare() != null) {
            c.value("totalisedMonths", record.totalisedMonths());
            if (Coverage.DAYS.equals(unit)) {
                c.value("totalisedDays", record.totalUnits());
            }
            c.value("proRataShare", c.getProRataShare());
        }
        return c;
    }

    private static void validate(Person person, LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return;
        }
        if (birth.isAfter(asOf)) {
            throw new IllegalArgumentException(BIRTH_PATH + ": birth date " + birth + " is after asOf " + asOf);
        }
        List<ContributionPeriod> periods = person.contributionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).from().isBefore(birth)) {
                throw new IllegalArgumentException("$.person.contributionPeriods[" + i + "].from: "
                        + periods.get(i).from() + " is before the birth date " + birth);
            }
        }
    }

    /** The age on the date of the decision, in years and months and in months completed. */
    static Age measureAge(LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return Age.UNKNOWN;
        }
        Period age = Period.between(birth, asOf);
        int monthsOfAge = (int) age.toTotalMonths();
        // Period counts a month only once the day of the month is reached; an anniversary that falls on a day the
        // month lacks is on its last day (plusMonths), which Period leaves for the next month.
        if (!birth.plusMonths(monthsOfAge + 1L).isAfter(asOf)) {
            monthsOfAge++;
        }
        return new Age(birth, age.getYears(), age.getMonths(), monthsOfAge);
    }

    /**
     * The periods in the jurisdiction, and those in partner states of the agreements in force (periods starting
     * after the date of the decision left out), each set's overlaps counted once.
     */
    private static ContributionRecord measureRecord(List<ContributionPeriod> periods, String jurisdiction,
            LocalDate asOf, String unit, List<Agreement> agreements) {
        Set<String> partners = new HashSet<>();
        for (Agreement a : agreements) {
            partners.addAll(a.partners());
        }
        partners.remove(jurisdiction);
        List<ContributionPeriod> own = new ArrayList<>();
        List<ContributionPeriod> withPartners = new ArrayList<>();
        Set<String> partnersUsed = new HashSet<>();
        for (ContributionPeriod p : periods) {
            if (p.country().equals(jurisdiction)) {
                own.add(p);
                withPartners.add(p);
            } else if (partners.contains(p.country()) && !p.from().isAfter(asOf)) {
                withPartners.add(p);
                partnersUsed.add(p.country());
            }
        }
        Coverage ownCover = Coverage.of(own, asOf);
        Coverage totalCover = own.size() == withPartners.size() ? ownCover : Coverage.of(withPartners, asOf);
        long ownMonths = ownCover.fullMonths();
        long totalisedMonths = totalCover == ownCover ? ownMonths : totalCover.fullMonths();
        boolean days = Coverage.DAYS.equals(unit);
        long ownUnits = days ? ownCover.days() : ownMonths;
        long totalUnits = days ? totalCover.days() : totalisedMonths;
        StringJoiner used = new StringJoiner("; ");
        for (Agreement a : agreements) {
            if (a.partners().stream().anyMatch(partnersUsed::contains)) {
                used.add(a.describe());
            }
        }
        return new ContributionRecord(ownUnits, totalUnits, ownMonths, totalisedMonths, used.toString());
    }

    private static void noteDefault(Resolved r, Set<String> defaults, Set<String> sources) {
        if (r.internationalDefault()) {
            defaults.add(r.name());
            sources.add(describe(r.source()));
        }
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
}
