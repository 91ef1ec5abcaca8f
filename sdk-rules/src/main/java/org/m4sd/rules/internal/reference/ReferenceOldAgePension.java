package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;
import static org.m4sd.rules.internal.reference.ReferenceRule.conditions;
import static org.m4sd.rules.internal.reference.ReferenceRule.informs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}, read from DOMAIN.md section 4 (items 3 to 6 and 8) and the packs'
 * {@code socialsecurity.json}: the person's age against the pensionable age, the record in the jurisdiction against
 * the qualifying paths, totalisation with the periods of partner states under agreements in force, the pro-rata
 * share and no liability under the minimum of own cover, the benefit level and condition of the path met, and what
 * is paid below the minimum. Migratory status is never read (C118 equality of treatment).
 *
 * <p>It reproduces the decisions of the release before the rules moved into the DRL, including where they depart
 * from DOMAIN.md (the international C102 figures applied as national conditions, periods of every agreement in
 * force pooled together, the any-age path as the measure of the record before the pensionable age); the next
 * issue corrects those in both implementations.
 */
final class ReferenceOldAgePension implements ReferenceDeterminer {
    private static final String PATHS = "ss.pension.paths";
    private static final String AGE = "ss.pension.age";
    private static final String WOMENS_AGE = "ss.pension.age.women-schedule";
    private static final String UNIT = "ss.pension.contribution-unit";
    private static final String MIN_OWN_MONTHS = "ss.totalisation.min-own-months";
    private static final String FLAT_BAND = "ss.pension.flat-band";
    private static final String BELOW_MINIMUM = "ss.pension.below-minimum";
    private static final String BIRTH_DATE = "$.person.birthDate";
    private static final String SEX = "$.person.sex";
    /** Digits of the pro-rata share: own periods over all periods (DOMAIN.md 4.3). */
    private static final int SHARE_DIGITS = 4;

    private static final String AGE_CRITERION = "ss.pension.age";
    private static final String CONTRIBUTIONS = "ss.pension.contributions";
    private static final String LIABILITY = "ss.pension.liability";
    private static final String CONDITION = "ss.pension.condition";
    private static final String LEVEL = "ss.pension.benefit-level";
    private static final String PROVISION = "ss.pension.provision";
    private static final String ALTERNATIVE = "ss.pension.alternative";

    private static final List<ReferenceRule> RULES = List.of(
            blocks("ss.pension.age.not-required", AGE_CRITERION, 10, "ilo-c102-29"),
            blocks("ss.pension.age.birth-date-unknown", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.sex-unknown", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.age.reached", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.not-reached", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.reached-by-schedule", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.age.not-reached-by-schedule", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.contributions.met", CONTRIBUTIONS, 20, "ilo-c102-29"),
            blocks("ss.pension.contributions.totalised", CONTRIBUTIONS, 20, "ilo-c157", "ilo-r167", "ilo-c102-29"),
            blocks("ss.pension.contributions.short-totalised", CONTRIBUTIONS, 20,
                    "ilo-c157", "ilo-r167", "ilo-c102-29"),
            blocks("ss.pension.contributions.short", CONTRIBUTIONS, 20, "ilo-c102-29"),
            blocks("ss.pension.liability.met", LIABILITY, 30, "eu-883-57", "ilo-c157"),
            blocks("ss.pension.liability.under-minimum", LIABILITY, 30, "eu-883-57", "ilo-c157"),
            conditions("ss.pension.condition.cessation", CONDITION, 40, "mar-dahir-1972-53"),
            conditions("ss.pension.condition.separation", CONDITION, 40, "phl-ra-11199"),
            informs("ss.pension.benefit.full", LEVEL, 50, "ilo-c102-29"),
            informs("ss.pension.benefit.reduced", LEVEL, 50, "ilo-c102-29"),
            informs("ss.pension.benefit.proportional", LEVEL, 50, "tun-cnss-1974"),
            informs("ss.pension.benefit.flat", LEVEL, 50, "mar-law-02-24"),
            informs("ss.pension.provision.national-more-favourable", PROVISION, 60, "ilo-c157", "eu-883-57"),
            informs("ss.pension.provision.pro-rata", PROVISION, 60, "ilo-r167", "eu-883-57"),
            informs("ss.pension.alternative.lump-sum", ALTERNATIVE, 70, "icrmw-27"),
            informs("ss.pension.alternative.refund", ALTERNATIVE, 70, "icrmw-27", "mar-law-02-24"),
            informs("ss.pension.defaults.international", "ss.pension.defaults", 90, "ilo-c102-26", "ilo-c102-29"));

    private final ReferenceSocialSecurityMemo<List<ReferencePensionPath>> pathsRead =
            new ReferenceSocialSecurityMemo<>(ReferencePensionPath::readAll);
    private final ReferenceSocialSecurityMemo<ReferenceWomensPensionAge> womensAgeRead =
            new ReferenceSocialSecurityMemo<>(ReferenceWomensPensionAge::read);
    private final ReferenceSocialSecurityMemo<List<ReferencePensionAgreement>> agreementsRead =
            new ReferenceSocialSecurityMemo<>(ReferencePensionAgreement::readTable);

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters law, Findings findings) {
        Person person = request.person();
        LocalDate asOf = request.asOf();
        String state = request.jurisdiction();
        LocalDate birth = person.birthDate().orElse(null);
        rejectImpossibleDates(person, birth, asOf);

        // The law in force: qualifying paths and the unit the record is counted in.
        InternationalDefaults defaults = new InternationalDefaults();
        Resolved pathsValue = law.get(PATHS);
        defaults.note(pathsValue);
        List<ReferencePensionPath> paths = pathsRead.of(pathsValue.value().value());
        String pathsCited = cite(pathsValue.source());
        boolean countsDays = "DAYS".equals(law.get(UNIT).text());
        int unitIndex = countsDays ? 1 : 0;

        // The record: periods here, and periods in the partner states of the agreements in force (pooled).
        List<ReferencePensionAgreement> agreements = ReferencePensionAgreement.oldAgeAgreementsOn(
                law.table("agreements").map(agreementsRead::of).orElse(List.of()), asOf);
        Set<String> partnerStates = new HashSet<>();
        for (ReferencePensionAgreement a : agreements) {
            partnerStates.addAll(a.partners());
        }
        partnerStates.remove(state);
        List<ContributionPeriod> here = new ArrayList<>();
        List<ContributionPeriod> pooled = new ArrayList<>();
        Set<String> statesAdded = new HashSet<>();
        for (ContributionPeriod p : person.contributionPeriods()) {
            if (p.country().equals(state)) {
                here.add(p);
                pooled.add(p);
            } else if (partnerStates.contains(p.country()) && !p.from().isAfter(asOf)) {
                pooled.add(p);
                statesAdded.add(p.country());
            }
        }
        ReferencePensionRecord ownRecord = ReferencePensionRecord.of(here, asOf);
        ReferencePensionRecord pooledRecord = ReferencePensionRecord.of(pooled, asOf);
        long own = countsDays ? ownRecord.days() : ownRecord.wholeMonths();
        long total = countsDays ? pooledRecord.days() : pooledRecord.wholeMonths();
        long ownMonths = ownRecord.wholeMonths();
        boolean partnersAdd = total > own;
        StringJoiner agreementsUsed = new StringJoiner("; ");
        for (ReferencePensionAgreement a : agreements) {
            if (a.partners().stream().anyMatch(statesAdded::contains)) {
                agreementsUsed.add(a.citation());
            }
        }
        String agreementsCited = agreementsUsed.toString();

        // The person's pensionable age, where a path asks for it.
        PensionableAge pensionable = paths.stream().anyMatch(ReferencePensionPath::atPensionableAge)
                ? pensionableAge(law, person.sex().orElse(null), birth, asOf, defaults)
                : new PensionableAge(null, false, pathsCited, false, false);
        boolean ageKnown = birth != null && (!pensionable.asked() || pensionable.months() != null);

        // Age: the lowest age among the paths with one; reached on the day the person turns it.
        Integer lowestAge = null;
        for (ReferencePensionPath path : paths) {
            Integer months = path.ageMonths(pensionable.months());
            if (months != null && (lowestAge == null || months < lowestAge)) {
                lowestAge = months;
            }
        }
        Boolean ageReached = null;
        int ageYears = 0;
        int ageMonths = 0;
        int pensionableYears = 0;
        int pensionableMonths = 0;
        String pensionableOn = "";
        if (birth != null) {
            int completedMonths = completedMonths(birth, asOf);
            ageYears = completedMonths / 12;
            ageMonths = completedMonths % 12;
        }
        if (ageKnown && lowestAge != null) {
            LocalDate reachedOn = birth.plusMonths(lowestAge);
            pensionableYears = lowestAge / 12;
            pensionableMonths = lowestAge % 12;
            pensionableOn = reachedOn.toString();
            ageReached = !reachedOn.isAfter(asOf);
            findings.value("pensionableAge", "P" + pensionableYears + "Y" + pensionableMonths + "M");
            findings.value("pensionableAgeDate", pensionableOn);
        } else if (ageKnown) {
            ageReached = false;
        }

        // A path open at any age, met with the pooled record.
        Long anyAgeMinimum = null;
        for (ReferencePensionPath path : paths) {
            if (path.anyAge() && total >= path.minimum()
                    && (anyAgeMinimum == null || path.minimum() < anyAgeMinimum)) {
                anyAgeMinimum = path.minimum();
            }
        }
        boolean anyAgeMet = anyAgeMinimum != null;

        // The record required: the lowest minimum among the paths open at the person's age (every path while
        // the age is unknown and no any-age path is met, or when none is open).
        List<ReferencePensionPath> open = new ArrayList<>();
        for (ReferencePensionPath path : paths) {
            Integer months = path.ageMonths(pensionable.months());
            if (path.anyAge() || ageKnown && months != null && !birth.plusMonths(months).isAfter(asOf)) {
                open.add(path);
            }
        }
        List<ReferencePensionPath> measuredAgainst = open.isEmpty() || !ageKnown && !anyAgeMet ? paths : open;
        long required = measuredAgainst.stream().mapToLong(ReferencePensionPath::minimum).min().orElse(0);
        boolean ownSuffices = own >= required;
        boolean totalised = !ownSuffices && partnersAdd;
        boolean totalSuffices = totalised && total >= required;
        long minOwnMonths = law.get(MIN_OWN_MONTHS).integer();
        boolean liable = ownMonths >= minOwnMonths;
        BigDecimal share = partnersAdd
                ? BigDecimal.valueOf(own).divide(BigDecimal.valueOf(total), SHARE_DIGITS, RoundingMode.HALF_EVEN)
                : null;

        // The benefit: the most demanding open path the record meets, once age and record are met.
        ReferencePensionPath paid = null;
        boolean conditionFree = false;
        boolean ageMet = anyAgeMet || Boolean.TRUE.equals(ageReached);
        boolean recordMet = ownSuffices || totalSuffices && liable;
        if (ageMet && recordMet) {
            long record = ownSuffices ? own : total;
            for (ReferencePensionPath path : open) {
                if (record >= path.minimum()) {
                    if (paid == null || path.minimum() > paid.minimum()) {
                        paid = path;
                    }
                    conditionFree |= path.condition() == null;
                }
            }
        }
        String flatBand = "";
        if (paid != null) {
            if ("FLAT".equals(paid.level())) {
                flatBand = law.find(FLAT_BAND).map(ReferenceOldAgePension::band).orElse("");
            }
            findings.value("benefitLevel", paid.level());
            findings.value("provision", ownSuffices ? "NATIONAL" : "PRO_RATA");
        }
        String belowMinimum = !ownSuffices && !totalSuffices
                ? law.find(BELOW_MINIMUM).map(Resolved::text).orElse(null)
                : null;

        findings.value("contributionMonths", ownMonths);
        if (countsDays) {
            findings.value("contributionDays", own);
        }
        if (partnersAdd) {
            findings.value("totalisedMonths", pooledRecord.wholeMonths());
            if (countsDays) {
                findings.value("totalisedDays", total);
            }
            findings.value("proRataShare", share);
        }

        // ss.pension.age
        if (anyAgeMet) {
            findings.met("ss.pension.age.not-required", "SS_AGE_NOT_REQUIRED", anyAgeMinimum.longValue(),
                    unitIndex, pathsCited);
        } else {
            if (birth == null) {
                findings.unknown("ss.pension.age.birth-date-unknown", "SS_BIRTH_DATE_UNKNOWN", BIRTH_DATE);
            }
            if (pensionable.sexNeeded()) {
                findings.unknown("ss.pension.age.sex-unknown", "SS_SEX_UNKNOWN", SEX);
            }
            if (ageReached != null) {
                Object[] args = {ageYears, ageMonths, pensionableYears, pensionableMonths, pensionableOn,
                        pensionable.cited()};
                if (ageReached) {
                    findings.met(pensionable.bySchedule() ? "ss.pension.age.reached-by-schedule"
                            : "ss.pension.age.reached",
                            pensionable.bySchedule() ? "SS_AGE_REACHED_SCHEDULE" : "SS_AGE_REACHED", args);
                } else {
                    findings.notMet(pensionable.bySchedule() ? "ss.pension.age.not-reached-by-schedule"
                            : "ss.pension.age.not-reached",
                            pensionable.bySchedule() ? "SS_AGE_NOT_REACHED_SCHEDULE" : "SS_AGE_NOT_REACHED", args);
                }
            }
        }
        // ss.pension.contributions
        if (ownSuffices) {
            findings.met("ss.pension.contributions.met", "SS_CONTRIB_MET", own, required, unitIndex, pathsCited);
        } else if (totalSuffices) {
            findings.met("ss.pension.contributions.totalised", "SS_CONTRIB_TOTALISED", own, total - own, total,
                    required, unitIndex, agreementsCited);
        } else if (totalised) {
            findings.notMet("ss.pension.contributions.short-totalised", "SS_CONTRIB_SHORT_TOTALISED", total,
                    required, unitIndex, own, agreementsCited);
        } else {
            findings.notMet("ss.pension.contributions.short", "SS_CONTRIB_SHORT", own, required, unitIndex,
                    pathsCited);
        }
        // ss.pension.liability: only where totalisation made the record
        if (totalSuffices) {
            if (liable) {
                findings.met("ss.pension.liability.met", "SS_LIABILITY_MET", ownMonths, minOwnMonths);
            } else {
                findings.notMet("ss.pension.liability.under-minimum", "SS_LIABILITY_UNDER_MINIMUM", ownMonths,
                        minOwnMonths);
            }
        }
        // ss.pension.condition: a path met only under a condition the request cannot show
        if (paid != null && !conditionFree) {
            if ("CESSATION".equals(paid.condition())) {
                findings.notMet("ss.pension.condition.cessation", "SS_CONDITION_CESSATION", pathsCited);
            } else if ("SEPARATION".equals(paid.condition())) {
                findings.notMet("ss.pension.condition.separation", "SS_CONDITION_SEPARATION", pathsCited);
            }
        }
        // ss.pension.benefit-level
        if (paid != null) {
            switch (paid.level()) {
                case "FULL" -> findings.met("ss.pension.benefit.full", "SS_LEVEL_FULL", pathsCited);
                case "REDUCED" -> findings.met("ss.pension.benefit.reduced", "SS_LEVEL_REDUCED", pathsCited);
                case "PROPORTIONAL" ->
                        findings.met("ss.pension.benefit.proportional", "SS_LEVEL_PROPORTIONAL", pathsCited);
                case "FLAT" -> findings.met("ss.pension.benefit.flat", "SS_LEVEL_FLAT", flatBand, pathsCited);
                default -> {
                    // A level the messages do not name is reported in the values only.
                }
            }
            // ss.pension.provision: national law alone where it suffices, else the pro-rata share
            if (ownSuffices && partnersAdd) {
                findings.met("ss.pension.provision.national-more-favourable", "SS_PROVISION_NATIONAL", own, total,
                        share, unitIndex, agreementsCited);
            }
            if (totalised) {
                findings.met("ss.pension.provision.pro-rata", "SS_PROVISION_PRO_RATA", share, own, total,
                        unitIndex);
            }
        }
        // ss.pension.alternative: what the law pays below the minimum
        if ("LUMP_SUM".equals(belowMinimum)) {
            findings.met("ss.pension.alternative.lump-sum", "SS_ALTERNATIVE_LUMP_SUM", pathsCited);
        } else if ("REFUND".equals(belowMinimum)) {
            findings.met("ss.pension.alternative.refund", "SS_ALTERNATIVE_REFUND", pathsCited);
        }
        // ss.pension.defaults
        if (defaults.any()) {
            findings.met("ss.pension.defaults.international", "SS_INTERNATIONAL_DEFAULT", defaults.names(), state,
                    defaults.sources());
        }
    }

    /**
     * The pensionable age of paths without an age of their own: the general age, or the women's schedule where
     * the pack has one and the person is a woman. Where the sex is not given, the age is still decided when both
     * ages give the same answer on the date (the higher age shown when both are reached, the lower when neither).
     */
    private PensionableAge pensionableAge(Parameters law, Sex sex, LocalDate birth, LocalDate asOf,
            InternationalDefaults defaults) {
        Resolved general = law.get(AGE);
        defaults.note(general);
        int generalMonths = general.integer() * 12;
        String generalCited = cite(general.source());
        Optional<Resolved> womens = law.find(WOMENS_AGE);
        if (womens.isEmpty() || sex == Sex.M || sex == Sex.X) {
            return new PensionableAge(generalMonths, false, generalCited, false, true);
        }
        if (birth == null) {
            return new PensionableAge(null, false, generalCited, sex == null, true);
        }
        int womensMonths = womensAgeRead.of(womens.get().value().value()).ageMonthsFor(birth);
        String scheduleCited = cite(womens.get().source());
        if (sex == Sex.F) {
            return new PensionableAge(womensMonths, true, scheduleCited, false, true);
        }
        boolean womenReached = !birth.plusMonths(womensMonths).isAfter(asOf);
        boolean menReached = !birth.plusMonths(generalMonths).isAfter(asOf);
        if (womenReached != menReached) {
            return new PensionableAge(null, false, generalCited, true, true);
        }
        return menReached
                ? new PensionableAge(generalMonths, false, generalCited, false, true)
                : new PensionableAge(womensMonths, true, scheduleCited, false, true);
    }

    /**
     * Validation of the dates the record is measured from: no birth after the decision date, no contribution
     * period starting before birth (the first such period is named).
     */
    private static void rejectImpossibleDates(Person person, LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return;
        }
        if (birth.isAfter(asOf)) {
            throw new IllegalArgumentException(BIRTH_DATE + ": birth date " + birth + " is after asOf " + asOf);
        }
        List<ContributionPeriod> periods = person.contributionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate from = periods.get(i).from();
            if (from.isBefore(birth)) {
                throw new IllegalArgumentException("$.person.contributionPeriods[" + i + "].from: " + from
                        + " is before the birth date " + birth);
            }
        }
    }

    /** Months of age completed on {@code day}: a month is completed on the day of the month the person was born. */
    static int completedMonths(LocalDate birth, LocalDate day) {
        int months = (day.getYear() - birth.getYear()) * 12 + day.getMonthValue() - birth.getMonthValue();
        return day.getDayOfMonth() < birth.getDayOfMonth() ? months - 1 : months;
    }

    /** How the pension explanation cites a pack source: instrument, article where one is known, tag. */
    private static String cite(Source source) {
        String article = source.article();
        boolean known = !article.isBlank() && !article.equals("not seen");
        return source.instrument() + (known ? " art. " + article : "") + " [" + source.status() + "]";
    }

    /** The flat pension's band as the explanation gives it: currency, lowest and highest amount, tag. */
    private static String band(Resolved flatBand) {
        JsonNode band = flatBand.value().value();
        return band.path("currency").asText() + " " + band.path("min").asText() + "-" + band.path("max").asText()
                + " [" + flatBand.source().status() + "]";
    }

    /**
     * The pensionable age that applies to this person.
     *
     * @param months     the age in months; null while the birth date or the sex needed for it is unknown
     * @param bySchedule it comes from the women's schedule
     * @param cited      the source the explanation cites for it
     * @param sexNeeded  the sex decides it and the request does not give it
     * @param asked      some path asks for the pensionable age
     */
    private record PensionableAge(Integer months, boolean bySchedule, String cited, boolean sexNeeded,
            boolean asked) {
    }

    /** The parameters read for which the international pack supplied the value, and their sources, in order. */
    private static final class InternationalDefaults {
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> sources = new LinkedHashSet<>();

        void note(Resolved value) {
            if (value.internationalDefault()) {
                names.add(value.name());
                sources.add(cite(value.source()));
            }
        }

        boolean any() {
            return !names.isEmpty();
        }

        String names() {
            return String.join(", ", names);
        }

        String sources() {
            return String.join("; ", sources);
        }
    }
}
