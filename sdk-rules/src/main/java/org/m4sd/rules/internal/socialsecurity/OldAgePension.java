package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}: pensionable age and contribution periods (ILO C102 arts. 26, 29 by
 * default, national paths where a source gives them), totalisation of non-overlapping periods under agreements in
 * force (C157, R167), the pro-rata share, and no liability under 12 months of cover. Never reads migratory status
 * (C118 equality of treatment).
 *
 * <p>Qualifying conditions are data ({@code ss.pension.paths}): each path is a contribution minimum at an age (the
 * pensionable age, its own age, or any age) with the benefit level it gives. The applicable minimum is the lowest
 * among the paths whose age the person has reached; the level is that of the most demanding path met.
 */
public final class OldAgePension implements Determiner {
    static final String BIRTH_PATH = "$.person.birthDate";
    static final String SEX_PATH = "$.person.sex";
    static final String LEVEL_FULL = "FULL";
    static final String LEVEL_REDUCED = "REDUCED";
    static final String LEVEL_PROPORTIONAL = "PROPORTIONAL";
    static final String LEVEL_FLAT = "FLAT";
    static final String LUMP_SUM = "LUMP_SUM";
    static final String REFUND = "REFUND";
    private static final int SHARE_SCALE = 4;

    /** One qualifying path; {@code ageYears} null means the pensionable age. */
    record Path(Integer ageYears, boolean anyAge, long minimum, String level, String condition) {
        static Path parse(JsonNode n) {
            return new Path(n.hasNonNull("age") ? n.get("age").asInt() : null, n.path("anyAge").asBoolean(false),
                    n.path("minimum").asLong(), n.path("level").asText(LEVEL_FULL),
                    n.hasNonNull("condition") ? n.get("condition").asText() : null);
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

    private static List<Path> parsePaths(JsonNode table) {
        List<Path> paths = new ArrayList<>();
        table.forEach(n -> paths.add(Path.parse(n)));
        return List.copyOf(paths);
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Person person = request.person();
        LocalDate asOf = request.asOf();
        String jurisdiction = request.jurisdiction();
        LocalDate birth = person.birthDate().orElse(null);
        if (birth != null && birth.isAfter(asOf)) {
            throw new IllegalArgumentException(BIRTH_PATH + ": birth date " + birth + " is after asOf " + asOf);
        }
        if (birth != null) {
            List<ContributionPeriod> periods = person.contributionPeriods();
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).from().isBefore(birth)) {
                    throw new IllegalArgumentException("$.person.contributionPeriods[" + i + "].from: "
                            + periods.get(i).from() + " is before the birth date " + birth);
                }
            }
        }
        OldAgePensionCase c = new OldAgePensionCase();
        c.jurisdiction = jurisdiction;
        Set<String> defaults = new LinkedHashSet<>();
        Set<String> defaultSources = new LinkedHashSet<>();

        Resolved pathsParam = packs.param("ss.pension.paths");
        noteDefault(pathsParam, defaults, defaultSources);
        List<Path> paths = Parsed.of(pathsParam.value().value(), OldAgePension::parsePaths);
        c.pathsSource = describe(pathsParam.source());
        c.ageSource = c.pathsSource; // paths with their own age; replaced below by the pensionable age's source
        c.unit = packs.param("ss.pension.contribution-unit").text();

        // Contribution periods: in the jurisdiction, and in partner states under an agreement in force.
        List<ContributionPeriod> own = new ArrayList<>();
        List<ContributionPeriod> withPartners = new ArrayList<>();
        List<Agreement> agreements = Agreement.inForce(packs.table("agreements").orElse(null), asOf);
        Set<String> partners = agreements.stream().flatMap(a -> a.partners().stream())
                .filter(p -> !p.equals(jurisdiction)).collect(Collectors.toSet());
        Set<String> partnersUsed = new LinkedHashSet<>();
        for (ContributionPeriod p : person.contributionPeriods()) {
            if (p.country().equals(jurisdiction)) {
                own.add(p);
                withPartners.add(p);
            } else if (partners.contains(p.country()) && !p.from().isAfter(asOf)) {
                withPartners.add(p);
                partnersUsed.add(p.country());
            }
        }
        Coverage ownCover = Coverage.of(own, asOf);
        Coverage totalCover = Coverage.of(withPartners, asOf);
        c.ownUnits = ownCover.units(c.unit);
        c.totalUnits = totalCover.units(c.unit);
        c.partnerUnits = c.totalUnits - c.ownUnits;
        c.ownMonths = ownCover.fullMonths();
        c.partnerPeriodsUnderAgreement = c.totalUnits > c.ownUnits;
        c.agreements = agreements.stream().filter(a -> a.partners().stream().anyMatch(partnersUsed::contains))
                .map(Agreement::describe).collect(Collectors.joining("; "));

        // Age: the pensionable age of paths without their own age, by sex where a schedule says so.
        boolean needsPensionableAge = paths.stream().anyMatch(p -> !p.anyAge() && p.ageYears() == null);
        Integer personalAgeMonths = null;
        if (needsPensionableAge) {
            Resolved ageParam = packs.param("ss.pension.age");
            noteDefault(ageParam, defaults, defaultSources);
            int general = ageParam.integer() * 12;
            c.ageSource = describe(ageParam.source());
            Optional<Resolved> schedule = packs.findParam("ss.pension.age.women-schedule");
            Sex sex = person.sex().orElse(null);
            if (schedule.isEmpty() || sex == Sex.M || sex == Sex.X) {
                personalAgeMonths = general;
            } else {
                TreeMap<Integer, Integer> byYear = schedule(schedule.get());
                String scheduleSource = describe(schedule.get().source());
                if (sex == Sex.F) {
                    if (birth != null) {
                        personalAgeMonths = womensAgeMonths(birth, byYear);
                        c.ageBySchedule = true;
                        c.ageSource = scheduleSource;
                    }
                } else if (birth == null) {
                    c.sexMissing = true;
                } else {
                    int women = womensAgeMonths(birth, byYear);
                    boolean reachedWomen = !birth.plusMonths(women).isAfter(asOf);
                    boolean reachedMen = !birth.plusMonths(general).isAfter(asOf);
                    if (reachedWomen == reachedMen) {
                        // Either way the answer is the same: show the higher age when reached, the lower when not.
                        personalAgeMonths = reachedMen ? general : women;
                        c.ageBySchedule = !reachedMen;
                        c.ageSource = reachedMen ? c.ageSource : scheduleSource;
                    } else {
                        c.sexMissing = true;
                    }
                }
            }
        }
        c.birthDateKnown = birth != null;
        boolean ageKnown = birth != null && !(needsPensionableAge && personalAgeMonths == null);
        Integer lowest = null;
        for (Path p : paths) {
            Integer req = ageMonths(p, personalAgeMonths);
            if (!p.anyAge() && req != null && (lowest == null || req < lowest)) {
                lowest = req;
            }
        }
        if (birth != null) {
            Period age = Period.between(birth, asOf);
            c.ageYears = age.getYears();
            c.ageMonths = age.getMonths();
            c.age = "P" + age.getYears() + "Y" + age.getMonths() + "M";
        }
        if (ageKnown && lowest != null) {
            c.pensionableYears = lowest / 12;
            c.pensionableMonths = lowest % 12;
            c.pensionableAge = "P" + c.pensionableYears + "Y" + c.pensionableMonths + "M";
            c.pensionableDate = birth.plusMonths(lowest).toString();
            c.ageReached = !birth.plusMonths(lowest).isAfter(asOf);
            c.value("pensionableAge", c.pensionableAge);
            c.value("pensionableAgeDate", c.pensionableDate);
        } else if (ageKnown) {
            c.ageReached = false;
        }
        long anyAgeMin = Long.MAX_VALUE;
        for (Path p : paths) {
            if (p.anyAge() && c.totalUnits >= p.minimum()) {
                anyAgeMin = Math.min(anyAgeMin, p.minimum());
            }
        }
        c.anyAgeQualifies = anyAgeMin != Long.MAX_VALUE;
        c.anyAgeMinimum = c.anyAgeQualifies ? anyAgeMin : 0;

        // The applicable minimum: the lowest among the paths open at the person's age.
        List<Path> open = new ArrayList<>();
        for (Path p : paths) {
            if (isOpen(p, ageKnown, birth, personalAgeMonths, asOf)) {
                open.add(p);
            }
        }
        List<Path> considered = open;
        if ((!ageKnown && !c.anyAgeQualifies) || open.isEmpty()) {
            considered = paths;
        }
        c.requiredUnits = considered.stream().mapToLong(Path::minimum).min().orElse(0);
        c.ownQualifies = c.ownUnits >= c.requiredUnits;
        c.totalisationUsed = !c.ownQualifies && c.partnerPeriodsUnderAgreement;
        c.totalQualifies = c.totalisationUsed && c.totalUnits >= c.requiredUnits;
        c.minOwnMonths = packs.param("ss.totalisation.min-own-months").integer();
        c.liabilityMet = c.ownMonths >= c.minOwnMonths;
        if (c.partnerPeriodsUnderAgreement) {
            c.proRataShare = BigDecimal.valueOf(c.ownUnits)
                    .divide(BigDecimal.valueOf(c.totalUnits), SHARE_SCALE, RoundingMode.HALF_EVEN);
        }

        // Level and conditions, once age and contributions are met.
        boolean ageOk = c.anyAgeQualifies || Boolean.TRUE.equals(c.ageReached);
        boolean contributionsOk = c.ownQualifies || (c.totalQualifies && c.liabilityMet);
        if (ageOk && contributionsOk) {
            long units = c.ownQualifies ? c.ownUnits : c.totalUnits;
            Path best = null;
            boolean unconditioned = false;
            for (Path p : open) {
                if (units >= p.minimum()) {
                    if (best == null || p.minimum() > best.minimum()) {
                        best = p;
                    }
                    unconditioned |= p.condition() == null;
                }
            }
            if (best != null) {
                c.benefitLevel = best.level();
                if (!unconditioned) {
                    c.cessationRequired = "CESSATION".equals(best.condition());
                    c.separationRequired = "SEPARATION".equals(best.condition());
                }
                if (LEVEL_FLAT.equals(best.level())) {
                    packs.findParam("ss.pension.flat-band").ifPresent(b -> c.flatBand =
                            b.value().value().path("currency").asText() + " " + b.value().value().path("min").asText()
                                    + "-" + b.value().value().path("max").asText() + " [" + b.source().status() + "]");
                }
                c.value("benefitLevel", c.benefitLevel);
                c.value("provision", c.ownQualifies ? "NATIONAL" : "PRO_RATA");
            }
        }
        if (!c.ownQualifies && !c.totalQualifies) {
            c.belowMinimum = packs.findParam("ss.pension.below-minimum").map(Resolved::text).orElse(null);
        }
        c.defaultsApplied = String.join(", ", defaults);
        c.defaultsSource = String.join("; ", defaultSources);

        c.value("contributionMonths", c.ownMonths);
        if (Coverage.DAYS.equals(c.unit)) {
            c.value("contributionDays", c.ownUnits);
        }
        if (c.partnerPeriodsUnderAgreement) {
            c.value("totalisedMonths", totalCover.fullMonths());
            if (Coverage.DAYS.equals(c.unit)) {
                c.value("totalisedDays", c.totalUnits);
            }
            c.value("proRataShare", c.proRataShare);
        }
        return c;
    }

    private static Integer ageMonths(Path p, Integer personal) {
        if (p.anyAge()) {
            return null;
        }
        return p.ageYears() != null ? Integer.valueOf(p.ageYears() * 12) : personal;
    }

    private static boolean isOpen(Path p, boolean ageKnown, LocalDate birth, Integer personal, LocalDate asOf) {
        if (p.anyAge()) {
            return true;
        }
        Integer req = ageMonths(p, personal);
        return ageKnown && req != null && !birth.plusMonths(req).isAfter(asOf);
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

    static TreeMap<Integer, Integer> schedule(Resolved r) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        for (JsonNode n : r.value().value()) {
            byYear.put(n.path("year").asInt(), n.path("years").asInt() * 12 + n.path("months").asInt());
        }
        return byYear;
    }

    /**
     * A woman's pensionable age under a schedule by calendar year: the age the schedule gives for the year in
     * which she reaches it, i.e. the age at the earliest day on which her age is at least the age for that day's
     * year. Reached before the schedule's first year: its first age; after its last year: its last age.
     */
    static int womensAgeMonths(LocalDate birth, TreeMap<Integer, Integer> byYear) {
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        if (birth.plusMonths(byYear.get(first)).getYear() < first) {
            return byYear.get(first);
        }
        for (int year = first; year <= last; year++) {
            int age = byYear.floorEntry(year).getValue();
            if (birth.plusMonths(age).getYear() == year) {
                return age;
            }
        }
        return byYear.get(last);
    }

    private static Object[] ageArgs(OldAgePensionCase c) {
        return new Object[] {c.ageYears, c.ageMonths, c.pensionableYears, c.pensionableMonths, c.pensionableDate,
                c.ageSource};
    }
}
