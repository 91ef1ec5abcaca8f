package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;
import static org.m4sd.rules.internal.reference.ReferenceRule.conditions;
import static org.m4sd.rules.internal.reference.ReferenceRule.informs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.EarlyPensionGround;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}, read from DOMAIN.md section 4 (items 3 to 6, 8 and 25) and the packs'
 * {@code socialsecurity.json}: the person's age against the state's own pensionable age, the record in the
 * jurisdiction against the state's own qualifying paths (C102's figures are ceilings, never national conditions:
 * where the state's own are not in force on the date, the decision says they are not encoded), totalisation with
 * the periods of the partner states of one agreement at a time, the most favourable, the pro-rata share and no
 * liability under the minimum of own cover, the benefit level and condition of the path met, and what is paid
 * below the minimum; the record in the scheme's unit, from the units the scheme recorded or, as an estimate, from
 * the calendar ranges. Migratory status is never read (C118 equality of treatment).
 */
final class ReferenceOldAgePension implements ReferenceDeterminer {
    private static final String PATHS = "ss.pension.paths";
    private static final String AGE = "ss.pension.age";
    private static final String WOMENS_AGE = "ss.pension.age.women-schedule";
    private static final String UNIT = "ss.pension.contribution-unit";
    private static final String MIN_OWN_MONTHS = "ss.totalisation.min-own-months";
    private static final String FLAT_BAND = "ss.pension.flat-band";
    private static final String BELOW_MINIMUM = "ss.pension.below-minimum";
    private static final String DAY_LIMIT = "ss.pension.max-days-per-month";
    private static final String EARLY = "ss.pension.early-paths";
    private static final String GROUNDS = "$.person.earlyPensionGrounds";
    private static final String CHILDREN = "$.person.childrenRaised";
    private static final String ANNUAL_AVERAGE = "ss.pension.annual-average";
    private static final String WORKING_LIFE = "ss.pension.working-life";
    private static final String SOURCES_CONFLICT = "ss.pension.sources-conflict";
    /** Calendar days in a week, for counting weeks from calendar ranges. */
    private static final int WEEK = 7;
    private static final String BIRTH_DATE = "$.person.birthDate";
    private static final String SEX = "$.person.sex";
    private static final String PERIODS = "$.person.contributionPeriods";
    private static final String RESIDENCE = "$.person.countryOfResidence";
    /** Digits of the pro-rata share: own periods over all periods (DOMAIN.md 4.3). */
    private static final int SHARE_DIGITS = 4;

    private static final String AGE_CRITERION = "ss.pension.age";
    private static final String CONTRIBUTIONS = "ss.pension.contributions";
    private static final String LIABILITY = "ss.pension.liability";
    private static final String CONDITION = "ss.pension.condition";
    private static final String LEVEL = "ss.pension.benefit-level";
    private static final String PROVISION = "ss.pension.provision";
    private static final String ALTERNATIVE = "ss.pension.alternative";
    private static final String EARLY_LAW = "ss-early-pension-national-law";

    private static final List<ReferenceRule> RULES = List.of(
            blocks("ss.pension.age.not-encoded", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.not-required", AGE_CRITERION, 10, "ilo-c102-29"),
            blocks("ss.pension.age.birth-date-unknown", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.sex-unknown", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.age.reached", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.not-reached", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.reached-by-schedule", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.age.not-reached-by-schedule", AGE_CRITERION, 10, "srb-pdi-2014"),
            blocks("ss.pension.age.sex-unknown.dated-schedule", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.reached-by-dated-schedule", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.age.not-reached-by-dated-schedule", AGE_CRITERION, 10, "ilo-c102-26"),
            blocks("ss.pension.contributions.sex-unknown", CONTRIBUTIONS, 20, "ilo-c102-29"),
            blocks("ss.pension.annual-average.met", "ss.pension.annual-average", 22, "jam-nia-1965"),
            blocks("ss.pension.annual-average.short", "ss.pension.annual-average", 22, "jam-nia-1965"),
            blocks("ss.pension.annual-average.birth-date-unknown", "ss.pension.annual-average", 22, "jam-nia-1965"),
            informs("ss.pension.sources.conflict", "ss.pension.sources", 23, "ilo-c102-29"),
            informs("ss.pension.benefit.reduced-proportional", LEVEL, 50, "ilo-c102-29"),
            blocks("ss.pension.contributions.not-encoded", CONTRIBUTIONS, 20, "ilo-c102-29"),
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
            informs("ss.pension.benefit.proportional", LEVEL, 50, "tun-cnss-1974"),
            informs("ss.pension.benefit.flat", LEVEL, 50, "mar-law-02-24"),
            informs("ss.pension.provision.national-more-favourable", PROVISION, 60, "ilo-c157", "eu-883-57"),
            informs("ss.pension.provision.pro-rata", PROVISION, 60, "ilo-r167", "eu-883-57"),
            informs("ss.pension.alternative.lump-sum", ALTERNATIVE, 70, "icrmw-27"),
            informs("ss.pension.alternative.refund", ALTERNATIVE, 70, "icrmw-27", "mar-law-02-24"),
            informs("ss.pension.record.estimated", "ss.pension.record", 21, "ilo-c102-29"),
            blocks("ss.pension.age.early-path", AGE_CRITERION, 10, EARLY_LAW),
            blocks("ss.pension.age.early-record-not-encoded", AGE_CRITERION, 10, EARLY_LAW),
            blocks("ss.pension.age.early-grounds-unknown", AGE_CRITERION, 10, EARLY_LAW),
            blocks("ss.pension.age.early-children-unknown", AGE_CRITERION, 10, EARLY_LAW),
            blocks("ss.pension.age.early-sex-unknown", AGE_CRITERION, 10, EARLY_LAW),
            informs("ss.pension.early.record-short", "ss.pension.early", 15, EARLY_LAW),
            informs("ss.pension.benefit.early", LEVEL, 50, EARLY_LAW),
            informs("ss.pension.benefit.early-capped", LEVEL, 50, EARLY_LAW),
            informs("ss.pension.benefit.early-sex-unknown", LEVEL, 50, EARLY_LAW),
            informs("ss.pension.benefit.early-reduction-not-encoded", LEVEL, 50, EARLY_LAW),
            informs("ss.pension.totalisation.most-favourable", "ss.pension.totalisation", 25, "ilo-c157", "ilo-r167"),
            informs("ss.pension.agreement.pro-rata", "ss.pension.agreement", 24, "ilo-c157", "ilo-r167"),
            informs("ss.pension.agreement.territoriality", "ss.pension.agreement", 24, "cis-pensions-1992",
                    "ilo-r167"),
            informs("ss.pension.agreement.territoriality-not-resident", "ss.pension.agreement", 24,
                    "cis-pensions-1992"),
            informs("ss.pension.agreement.territoriality-residence-unknown", "ss.pension.agreement", 24,
                    "cis-pensions-1992"));

    private final ReferenceSocialSecurityMemo<List<ReferencePensionPath>> pathsRead =
            new ReferenceSocialSecurityMemo<>(ReferencePensionPath::readAll);
    private final ReferenceSocialSecurityMemo<ReferenceWomensPensionAge> womensAgeRead =
            new ReferenceSocialSecurityMemo<>(ReferenceWomensPensionAge::read);
    private final ReferenceSocialSecurityMemo<List<ReferenceEarlyPath>> earlyRead =
            new ReferenceSocialSecurityMemo<>(ReferenceEarlyPath::readAll);
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

        // The law in force: the state's own qualifying paths, age and unit. C102's figures are ceilings on what a
        // ratifying state may require (DOMAIN.md 4.4), so nothing stands in for a national value the packs lack.
        Optional<Resolved> pathsValue = law.find(PATHS);
        Optional<Resolved> ageValue = law.find(AGE);
        String unit = law.find(UNIT).map(Resolved::text).orElse(null);
        List<ReferencePensionPath> paths = pathsValue.map(v -> pathsRead.of(v.value().value())).orElse(List.of());
        // the rows in the pack's order: a route names a path by its place in them
        final List<ReferencePensionPath> tableRows = paths;
        boolean asksPensionableAge = paths.stream().anyMatch(ReferencePensionPath::atPensionableAge);
        // Paths are usable when some are in force, the record can be counted in their unit (not IPRES points),
        // and the pensionable age they may ask for is in force too.
        boolean pathsEncoded = !paths.isEmpty()
                && ("MONTHS".equals(unit) || "DAYS".equals(unit) || "WEEKS".equals(unit))
                && (ageValue.isPresent() || !asksPensionableAge);
        if (!pathsEncoded) {
            paths = List.of();
        }
        // Paths of one sex are the person's only if the sex is known; without it none of the paths can be taken as
        // the person's, though every one still tells at what age a pension may open.
        Sex sex = person.sex().orElse(null);
        boolean sexDecidesPaths = paths.stream().anyMatch(p -> p.sex() != null) && sex == null;
        List<ReferencePensionPath> agePaths = sexDecidesPaths ? paths
                : paths.stream().filter(p -> p.isFor(sex)).toList();
        paths = sexDecidesPaths ? List.of() : agePaths;
        boolean ageEncoded = ageValue.isPresent() || pathsEncoded;
        String pathsCited = pathsValue.map(v -> cite(v.source())).orElse("");
        boolean countsDays = "DAYS".equals(unit);
        boolean countsWeeks = "WEEKS".equals(unit);
        int unitIndex = countsDays ? 1 : countsWeeks ? 2 : 0;
        Integer dayLimit = countsDays ? law.find(DAY_LIMIT).map(Resolved::integer).orElse(null) : null;

        // The record here, then with the periods of each agreement in force on its own (DOMAIN.md 4.3): periods
        // under two agreements are never added together; an agreement counts only the service its text covers
        // (the dates of the service), and a territoriality agreement applies only to a person living in the paying
        // state, whose service in the other parties then counts as the state's own (a national pension, no
        // pro-rata share). Of those that apply and add periods, the one giving the longest record is the most
        // favourable to the person, the first in the pack's table among equals.
        List<ContributionPeriod> here = new ArrayList<>();
        for (ContributionPeriod p : person.contributionPeriods()) {
            if (p.country().equals(state)) {
                here.add(p);
            }
        }
        Count ownCount = count(here, asOf, unit, dayLimit);
        long nationalUnits = ownCount.units();
        long nationalMonths = ReferencePensionRecord.of(here, asOf).wholeMonths();
        String residence = person.countryOfResidence().orElse(null);
        ReferencePensionAgreement chosen = null;
        Count chosenCount = ownCount;
        List<ContributionPeriod> chosenPeriods = here;
        List<ReferencePensionAgreement> adding = new ArrayList<>();
        ReferencePensionAgreement residenceNotShown = null;
        long ownCoverForShare = law.find(MIN_OWN_MONTHS).map(Resolved::integer).orElse(0);
        long residenceNotShownUnits = 0;
        long longestAdding = 0;
        for (ReferencePensionAgreement a : ReferencePensionAgreement.oldAgeAgreementsOn(
                law.table("agreements").map(agreementsRead::of).orElse(List.of()), asOf)) {
            List<String> others = a.otherStatesFor(state);
            List<ContributionPeriod> under = new ArrayList<>(here);
            for (ContributionPeriod p : person.contributionPeriods()) {
                if (!p.country().equals(state) && others.contains(p.country()) && !p.from().isAfter(asOf)) {
                    under.addAll(a.coveredPart(p));
                }
            }
            Count withThem = count(under, asOf, unit, dayLimit);
            if (withThem.units() <= nationalUnits) {
                continue;
            }
            if (a.onlyForResidents() && !state.equals(residence)) {
                residenceNotShown = a;
                residenceNotShownUnits = withThem.units() - nationalUnits;
                continue;
            }
            adding.add(a);
            longestAdding = Math.max(longestAdding, withThem.units());
            // Below the months of own cover for a pro-rata share, only an agreement counting the service as the
            // state's own gives a pension here: it is then the more favourable, whatever the length.
            boolean ownFirst = nationalMonths < ownCoverForShare && chosen != null
                    && a.serviceCountsAsOwn() != chosen.serviceCountsAsOwn();
            if (ownFirst ? a.serviceCountsAsOwn() : withThem.units() > chosenCount.units()) {
                chosen = a;
                chosenCount = withThem;
                chosenPeriods = under;
            }
        }
        boolean asOwn = chosen != null && chosen.serviceCountsAsOwn();
        long total = chosenCount.units();
        long own = asOwn ? total : nationalUnits;
        long ownMonths = asOwn ? ReferencePensionRecord.of(chosenPeriods, asOf).wholeMonths() : nationalMonths;
        boolean partnersAdd = total > own;
        String agreementCited = chosen == null ? "" : chosen.citation();
        StringJoiner othersAssessed = new StringJoiner("; ");
        for (ReferencePensionAgreement a : adding) {
            if (a != chosen) {
                othersAssessed.add(a.citation());
            }
        }

        // The person's pensionable age: the state's own, for the person's sex, where a path asks for it or no path
        // is encoded; else the paths' own ages.
        PensionableAge pensionable = ageValue.isPresent() && (asksPensionableAge || !pathsEncoded)
                ? pensionableAge(law, sex, birth, asOf)
                : new PensionableAge(null, false, pathsCited, false, false, null, false);
        boolean ageKnown = ageEncoded && birth != null && (!pensionable.asked() || pensionable.months() != null);

        // Age: the lowest age at which a path opens (the state's own age where no path is encoded); reached on the
        // day the person turns it.
        Integer lowestAge = pathsEncoded ? null : pensionable.months();
        Integer lowestLatestAge = pathsEncoded ? null : pensionable.latestMonths();
        for (ReferencePensionPath path : agePaths) {
            Integer months = path.ageMonths(pensionable.months());
            if (months != null && (lowestAge == null || months < lowestAge)) {
                lowestAge = months;
            }
            Integer latest = path.ageMonths(pensionable.latestMonths());
            if (latest != null && (lowestLatestAge == null || latest < lowestLatestAge)) {
                lowestLatestAge = latest;
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
        } else if (ageKnown) {
            ageReached = false;
        }

        // A path open at any age, met with the record.
        Long anyAgeMinimum = null;
        for (ReferencePensionPath path : paths) {
            if (path.anyAge() && total >= path.minimum()
                    && (anyAgeMinimum == null || path.minimum() < anyAgeMinimum)) {
                anyAgeMinimum = path.minimum();
            }
        }
        boolean anyAgeMet = anyAgeMinimum != null;

        // Early pensions (ss.pension.early-paths): only before the pensionable age, where no path without an age
        // condition gives the pension. Each path opens at its own age (or at the pensionable age lowered, for
        // each path at the pensionable age), to everyone or to those for whom one of its grounds holds or who
        // raised its children; its record is met when it reaches every figure the sources give, own periods
        // alone or totalised with the state liable. The most demanding path met gives the pension.
        Early early = null;
        if (pathsEncoded && ageKnown && lowestAge != null && Boolean.FALSE.equals(ageReached) && !anyAgeMet) {
            early = early(law, person, paths, pensionable, own, total,
                    ownMonths >= law.get(MIN_OWN_MONTHS).integer(), completedMonths(birth, asOf));
        }
        boolean earlyGives = early != null && early.chosen() != null;
        boolean earlyOpenQuestion = early != null && !earlyGives && (early.recordNotEncoded() != null
                || early.groundsMissing() || early.childrenMissing() || early.sexMissing());
        if (ageKnown && lowestAge != null && !earlyGives && !earlyOpenQuestion) {
            findings.value("pensionableAge", "P" + pensionableYears + "Y" + pensionableMonths + "M");
            findings.value("pensionableAgeDate", pensionableOn);
        }

        // The record required: from the pensionable age, the lowest minimum among the paths open at the person's
        // age; before it, a path open at any age the record meets, else the ordinary path (the lowest minimum
        // among the paths opening at the pensionable age: DOMAIN.md 4.25); while the age is unknown, a path open
        // at any age the record meets, else the lowest minimum of all.
        List<ReferencePensionPath> open = new ArrayList<>();
        for (ReferencePensionPath path : paths) {
            Integer months = path.ageMonths(pensionable.months());
            if (path.anyAge() || ageKnown && months != null && !birth.plusMonths(months).isAfter(asOf)) {
                open.add(path);
            }
        }
        long required;
        if (earlyGives) {
            required = early.chosen().highestMinimum();
        } else if (anyAgeMet && !Boolean.TRUE.equals(ageReached)) {
            required = anyAgeMinimum;
        } else if (Boolean.TRUE.equals(ageReached) || lowestAge == null && ageKnown) {
            required = open.stream().mapToLong(ReferencePensionPath::minimum).min().orElse(0);
        } else if (ageKnown) {
            final Integer first = lowestAge;
            required = paths.stream().filter(p -> first.equals(p.ageMonths(pensionable.months())))
                    .mapToLong(ReferencePensionPath::minimum).min().orElse(0);
        } else {
            required = paths.stream().mapToLong(ReferencePensionPath::minimum).min().orElse(0);
        }
        boolean ownSuffices = own >= required;
        boolean totalised = !ownSuffices && partnersAdd;
        boolean totalSuffices = totalised && total >= required;
        long minOwnMonths = pathsEncoded ? law.get(MIN_OWN_MONTHS).integer() : 0;
        boolean liable = ownMonths >= minOwnMonths;
        BigDecimal share = partnersAdd
                ? BigDecimal.valueOf(own).divide(BigDecimal.valueOf(total), SHARE_DIGITS, RoundingMode.HALF_EVEN)
                : null;

        // The benefit: the most demanding open path the record meets, once age and record are met.
        ReferencePensionPath paid = null;
        boolean conditionFree = false;
        // The annual average of weeks over the working life (Jamaica), where the pack has one: the weeks of the
        // record counted between the day the working life starts and the pensionable age, or the date of the
        // decision if earlier, against the minimum for each year of it.
        Optional<Resolved> averageValue = law.find(ANNUAL_AVERAGE);
        Optional<Resolved> workingLifeValue = law.find(WORKING_LIFE);
        boolean averageAsked = averageValue.isPresent() && workingLifeValue.isPresent();
        long lifeMonths = 0;
        long lifeWeeks = 0;
        String lifeFrom = "";
        String lifeTo = "";
        boolean averageReached = true;
        if (averageAsked && birth != null) {
            LocalDate first = birth.plusYears(workingLifeValue.get().value().value().path("fromAge").asInt());
            LocalDate last = lowestLatestAge != null && birth.plusMonths(lowestLatestAge).isBefore(asOf)
                    ? birth.plusMonths(lowestLatestAge) : asOf;
            lifeFrom = first.toString();
            lifeTo = last.toString();
            if (!last.isBefore(first)) {
                LocalDate after = last.plusDays(1);
                lifeMonths = (after.getYear() - first.getYear()) * 12L + after.getMonthValue() - first.getMonthValue()
                        - (after.getDayOfMonth() < first.getDayOfMonth() ? 1 : 0);
                List<ContributionPeriod> within = new ArrayList<>();
                for (ContributionPeriod p : chosenPeriods) {
                    if (!p.to().isBefore(first) && !p.from().isAfter(last)) {
                        within.add(new ContributionPeriod(p.country(), p.from().isAfter(first) ? p.from() : first,
                                p.to().isBefore(last) ? p.to() : last, p.units(), p.unit()));
                    }
                }
                lifeWeeks = count(within, last, unit, dayLimit).units();
            }
            averageReached = lifeWeeks * 12 >= (long) averageValue.get().integer() * lifeMonths;
        }
        boolean averageMet = !averageAsked || birth != null && averageReached;
        boolean averageShort = averageAsked && birth != null && !averageReached;

        boolean ageMet = anyAgeMet || Boolean.TRUE.equals(ageReached);
        boolean recordMet = pathsEncoded && (ownSuffices || totalSuffices && liable) && averageMet;
        if (earlyGives) {
            paid = early.chosen().asPath();
            conditionFree = paid.condition() == null;
        } else if (ageMet && recordMet) {
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
        String belowMinimum = pathsEncoded && (!ownSuffices && !totalSuffices || averageShort)
                ? law.find(BELOW_MINIMUM).map(Resolved::text).orElse(null)
                : null;

        findings.value("contributionMonths", nationalMonths);
        if (countsDays) {
            findings.value("contributionDays", nationalUnits);
        }
        if (asOwn) {
            findings.value("territorialityAgreement", chosen.id());
        }
        if (countsWeeks) {
            findings.value("contributionWeeks", own);
        }
        if (partnersAdd && pathsEncoded) {
            findings.value("totalisedMonths", ReferencePensionRecord.of(chosenPeriods, asOf).wholeMonths());
            if (countsDays) {
                findings.value("totalisedDays", total);
            }
            if (countsWeeks) {
                findings.value("totalisedWeeks", total);
            }
            findings.value("proRataShare", share);
            findings.value("totalisationAgreement", chosen.id());
        }

        // ss.pension.age
        if (!ageEncoded) {
            findings.notEncoded("ss.pension.age.not-encoded", "SS_AGE_NOT_ENCODED", AGE, state, asOf.toString());
        } else if (anyAgeMet) {
            findings.met("ss.pension.age.not-required", "SS_AGE_NOT_REQUIRED", anyAgeMinimum.longValue(),
                    unitIndex, pathsCited);
        } else {
            if (birth == null) {
                findings.unknown("ss.pension.age.birth-date-unknown", "SS_BIRTH_DATE_UNKNOWN", BIRTH_DATE);
            }
            if (pensionable.sexNeeded()) {
                findings.unknown(pensionable.dated() ? "ss.pension.age.sex-unknown.dated-schedule"
                        : "ss.pension.age.sex-unknown", "SS_SEX_UNKNOWN", SEX);
            }
            if (earlyGives) {
                int opens = early.chosen().ageMonths();
                findings.met("ss.pension.age.early-path", "SS_AGE_EARLY_PATH", ageYears, ageMonths, opens / 12,
                        opens % 12, birth.plusMonths(opens).toString(), early.cited());
                findings.value("earlyPensionAge", "P" + opens / 12 + "Y" + opens % 12 + "M");
            } else if (earlyOpenQuestion) {
                OpenPath unsettled = early.recordNotEncoded();
                if (unsettled != null) {
                    findings.notEncoded("ss.pension.age.early-record-not-encoded", "SS_EARLY_RECORD_NOT_ENCODED",
                            EARLY, unsettled.ageMonths() / 12, total, unsettled.minimum(), unsettled.highestMinimum(),
                            unitIndex, early.cited());
                }
                if (early.groundsMissing()) {
                    findings.unknown("ss.pension.age.early-grounds-unknown", "SS_EARLY_GROUNDS_UNKNOWN", GROUNDS);
                }
                if (early.childrenMissing()) {
                    findings.unknown("ss.pension.age.early-children-unknown", "SS_EARLY_CHILDREN_UNKNOWN",
                            CHILDREN);
                }
                if (early.sexMissing()) {
                    findings.unknown("ss.pension.age.early-sex-unknown", "SS_EARLY_SEX_UNKNOWN", SEX);
                }
            } else if (ageReached != null) {
                Object[] args = {ageYears, ageMonths, pensionableYears, pensionableMonths, pensionableOn,
                        pensionable.cited()};
                String schedule = !pensionable.bySchedule() ? "" : pensionable.dated() ? "-by-dated-schedule"
                        : "-by-schedule";
                String code = !pensionable.bySchedule() ? "" : pensionable.dated() ? "_DATED_SCHEDULE" : "_SCHEDULE";
                if (ageReached) {
                    findings.met("ss.pension.age.reached" + schedule, "SS_AGE_REACHED" + code, args);
                } else {
                    // The day the pensionable age is reached (the latest the person may have to reach where the sex
                    // decides it and is not given), with the other paths that may give the pension before it: one
                    // without an age condition, and the early paths open to the person, whatever the record.
                    Gap gap = Gap.reachDate("$.asOf", birth.plusMonths(lowestLatestAge));
                    for (ReferencePensionPath path : paths) {
                        if (path.anyAge()) {
                            gap = gap.withRoute(pathRoute(tableRows, path));
                        }
                    }
                    List<OpenPath> earlyPaths = earlyCandidates(law, person, paths, pensionable);
                    for (int i = 0; i < earlyPaths.size(); i++) {
                        if (opensTo(earlyPaths.get(i).row(), person)) {
                            gap = gap.withRoute(new Route(RouteKind.QUALIFYING_PATH, EARLY + "[" + i + "]"));
                        }
                    }
                    findings.notMet("ss.pension.age.not-reached" + schedule, "SS_AGE_NOT_REACHED" + code, gap,
                            args);
                }
            }
        }
        // ss.pension.early: the first open early path whose record falls short of every source's figure
        if (early != null && !earlyGives && early.short_() != null) {
            OpenPath shortOne = early.short_();
            // Still needed, added in the jurisdiction: the own record alone to the path's lowest figure, or the
            // totalised record to it with the months of own cover that make this state liable, whichever is less.
            long alone = shortOne.minimum() - own;
            long withPartners = Math.max(shortOne.minimum() - total,
                    law.get(MIN_OWN_MONTHS).integer() - ownMonths);
            findings.notMet("ss.pension.early.record-short", "SS_EARLY_RECORD_SHORT",
                    Gap.increase(PERIODS, BigDecimal.valueOf(Math.min(alone, withPartners)), unitName(unitIndex)),
                    shortOne.ageMonths() / 12,
                    total, shortOne.minimum(), unitIndex, early.cited());
        }
        // ss.pension.agreement: the agreement applied, named with its regime; a territoriality agreement applied or
        // not for where the person lives
        if (asOwn) {
            findings.met("ss.pension.agreement.territoriality", "SS_AGREEMENT_TERRITORIALITY", agreementCited, state,
                    total - nationalUnits, unitIndex);
        }
        if (chosen != null && !asOwn && chosen.regime() != null) {
            findings.met("ss.pension.agreement.pro-rata", "SS_AGREEMENT_PRO_RATA", agreementCited, total - own, total,
                    unitIndex);
        }
        if (residenceNotShown != null && residence != null) {
            findings.notMet("ss.pension.agreement.territoriality-not-resident",
                    "SS_AGREEMENT_TERRITORIALITY_NOT_RESIDENT", Gap.change(RESIDENCE, List.of(state)),
                    residenceNotShown.citation(), residence, state,
                    residenceNotShownUnits, unitIndex);
        } else if (residenceNotShown != null) {
            findings.notMet("ss.pension.agreement.territoriality-residence-unknown",
                    "SS_AGREEMENT_TERRITORIALITY_RESIDENCE_UNKNOWN", Gap.change(RESIDENCE, List.of(state)),
                    residenceNotShown.citation(), state,
                    residenceNotShownUnits, unitIndex);
        }
        // ss.pension.contributions
        if (!pathsEncoded) {
            findings.notEncoded("ss.pension.contributions.not-encoded", "SS_PATHS_NOT_ENCODED", PATHS, state,
                    asOf.toString());
            return;
        }
        if (sexDecidesPaths) {
            findings.unknown("ss.pension.contributions.sex-unknown", "SS_CONTRIB_SEX_UNKNOWN", SEX);
            return;
        }
        // ss.pension.annual-average: weeks a year over the working life
        if (averageAsked && birth == null) {
            findings.unknown("ss.pension.annual-average.birth-date-unknown", "SS_ANNUAL_AVERAGE_BIRTH_DATE_UNKNOWN",
                    BIRTH_DATE);
        } else if (averageAsked) {
            BigDecimal average = lifeMonths == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(lifeWeeks).multiply(BigDecimal.valueOf(12))
                            .divide(BigDecimal.valueOf(lifeMonths), 2, RoundingMode.HALF_EVEN);
            Object[] args = {average, lifeWeeks, lifeMonths, lifeFrom, lifeTo, averageValue.get().integer(),
                    cite(averageValue.get().source()) + "; working life: " + cite(workingLifeValue.get().source())};
            if (averageReached) {
                findings.met("ss.pension.annual-average.met", "SS_ANNUAL_AVERAGE_MET", args);
            } else {
                // the weeks still needed: the average reaches the minimum when weeks * 12 >= minimum * months
                long weeksNeeded = ((long) averageValue.get().integer() * lifeMonths + 11) / 12 - lifeWeeks;
                findings.notMet("ss.pension.annual-average.short", "SS_ANNUAL_AVERAGE_SHORT",
                        Gap.increase(PERIODS, BigDecimal.valueOf(weeksNeeded), "weeks"), args);
            }
        }
        // ss.pension.sources: the pack records that the sources of the record conflict
        law.find(SOURCES_CONFLICT).ifPresent(conflict -> findings.met("ss.pension.sources.conflict",
                "SS_SOURCES_CONFLICT", conflict.text() + " [" + conflict.source().status() + "]"));
        if (ownSuffices) {
            findings.met("ss.pension.contributions.met", "SS_CONTRIB_MET", own, required, unitIndex, pathsCited);
        } else if (totalSuffices) {
            findings.met("ss.pension.contributions.totalised", "SS_CONTRIB_TOTALISED", own, total - own, total,
                    required, unitIndex, agreementCited);
        } else if (totalised) {
            Gap gap = laterPaths(Gap.increase(PERIODS, BigDecimal.valueOf(required - total), unitName(unitIndex)),
                    tableRows, paths, pensionable, birth, asOf, total, false);
            findings.notMet("ss.pension.contributions.short-totalised", "SS_CONTRIB_SHORT_TOTALISED", gap, total,
                    required, unitIndex, own, agreementCited);
        } else {
            Gap gap = laterPaths(Gap.increase(PERIODS, BigDecimal.valueOf(
                    stillNeeded(required, own, longestAdding, ownCoverForShare - nationalMonths, unitIndex)),
                    unitName(unitIndex)),
                    tableRows, paths, pensionable, birth, asOf, own, false);
            findings.notMet("ss.pension.contributions.short", "SS_CONTRIB_SHORT", gap, own, required, unitIndex,
                    pathsCited);
        }
        // ss.pension.record: an estimate where some period was counted from its calendar range (DOMAIN.md 4.5)
        if (chosenCount.estimated()) {
            String conversionCited = law.find(UNIT).map(u -> cite(u.source())).orElse("")
                    + law.find(DAY_LIMIT).filter(d -> countsDays).map(d -> "; " + cite(d.source())).orElse("");
            if (dayLimit != null) {
                findings.met("ss.pension.record.estimated", "SS_RECORD_ESTIMATED_DAY_LIMIT", dayLimit.intValue(),
                        conversionCited);
            } else {
                findings.met("ss.pension.record.estimated", "SS_RECORD_ESTIMATED", unitIndex, conversionCited);
            }
        }
        // ss.pension.totalisation: several agreements add periods, each assessed on its own
        if (!ownSuffices && adding.size() > 1) {
            findings.met("ss.pension.totalisation.most-favourable", "SS_TOTALISATION_ONE_AGREEMENT", adding.size(),
                    agreementCited, total, unitIndex, othersAssessed.toString());
        }
        // ss.pension.liability: only where totalisation made the record
        if (totalSuffices) {
            if (liable) {
                findings.met("ss.pension.liability.met", "SS_LIABILITY_MET", ownMonths, minOwnMonths);
            } else {
                findings.notMet("ss.pension.liability.under-minimum", "SS_LIABILITY_UNDER_MINIMUM",
                        Gap.increase(PERIODS, BigDecimal.valueOf(minOwnMonths - ownMonths), "months"), ownMonths,
                        minOwnMonths);
            }
        }
        // ss.pension.condition: a path met only under a condition the request cannot show
        if (paid != null && !conditionFree) {
            if ("CESSATION".equals(paid.condition())) {
                findings.notMet("ss.pension.condition.cessation", "SS_CONDITION_CESSATION",
                        Gap.change(PERIODS, List.of("CESSATION")), pathsCited);
            } else if ("SEPARATION".equals(paid.condition())) {
                Gap gap = laterPaths(Gap.change(PERIODS, List.of("SEPARATION")), tableRows, paths, pensionable,
                        birth, asOf, ownSuffices ? own : total, true);
                findings.notMet("ss.pension.condition.separation", "SS_CONDITION_SEPARATION", gap, pathsCited);
            }
        }
        // ss.pension.benefit-level
        if (paid != null) {
            switch (paid.level()) {
                case "FULL" -> findings.met("ss.pension.benefit.full", "SS_LEVEL_FULL", pathsCited);
                case "PROPORTIONAL" ->
                        findings.met("ss.pension.benefit.proportional", "SS_LEVEL_PROPORTIONAL", pathsCited);
                case "FLAT" -> findings.met("ss.pension.benefit.flat", "SS_LEVEL_FLAT", flatBand, pathsCited);
                case "REDUCED_PROPORTIONAL" -> {
                    // Its share of the full record: the least demanding path of the full pension for the person.
                    long record = ownSuffices ? own : total;
                    paths.stream().filter(p -> "FULL".equals(p.level())).mapToLong(ReferencePensionPath::minimum)
                            .min().ifPresent(full -> {
                                BigDecimal part = BigDecimal.valueOf(record)
                                        .divide(BigDecimal.valueOf(full), SHARE_DIGITS, RoundingMode.HALF_EVEN);
                                findings.value("benefitProportion", part);
                                findings.met("ss.pension.benefit.reduced-proportional",
                                        "SS_LEVEL_REDUCED_PROPORTIONAL", part, record, full, unitIndex, pathsCited);
                            });
                }
                default -> {
                    // A level the messages do not name is reported in the values only.
                }
            }
            if (earlyGives) {
                earlyBenefit(early, law, person.sex().orElse(null), birth, completedMonths(birth, asOf), findings);
            }
            // ss.pension.provision: national law alone where it suffices, else the pro-rata share
            if (ownSuffices && partnersAdd) {
                findings.met("ss.pension.provision.national-more-favourable", "SS_PROVISION_NATIONAL", own, total,
                        share, unitIndex, agreementCited);
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
    }

    /**
     * One early path as it applies to the person: its row, the age in months from which it is open, and the record
     * it requires (the row's, or that of the path at the pensionable age it opens earlier), with the level and
     * condition of the pension it gives.
     */
    private record OpenPath(ReferenceEarlyPath row, int ageMonths, long minimum, long highestMinimum, String level,
            String condition) {
        ReferencePensionPath asPath() {
            return new ReferencePensionPath(ageMonths / 12, false, highestMinimum, level, condition, null);
        }
    }

    /**
     * What the early paths give the person before the pensionable age.
     *
     * @param chosen           the path that gives the pension; null where none does
     * @param recordNotEncoded an open path whose record lies between the sources' figures; null where none
     * @param groundsMissing   a path opened by grounds could give the pension and the grounds are not given
     * @param childrenMissing  a path opened by children could give it and the children raised are not given
     * @param sexMissing       a path opened by children to a parent of one sex could give it and the sex is not given
     * @param short_           the first open path whose record falls short of its lowest figure; null where none
     * @param cited            the source of the early paths, as the explanation cites it
     */
    private record Early(OpenPath chosen, OpenPath recordNotEncoded, boolean groundsMissing, boolean childrenMissing,
            boolean sexMissing, OpenPath short_, String cited) {
    }

    private Early early(Parameters law, Person person, List<ReferencePensionPath> paths, PensionableAge pensionable,
            long own, long total, boolean liable, int monthsOld) {
        Optional<Resolved> value = law.find(EARLY);
        if (value.isEmpty()) {
            return null;
        }
        Sex sex = person.sex().orElse(null);
        List<OpenPath> candidates = earlyCandidates(law, person, paths, pensionable);
        Optional<List<EarlyPensionGround>> heldGrounds = person.earlyPensionGrounds();
        Integer children = person.childrenRaised().isPresent() ? person.childrenRaised().getAsInt() : null;
        OpenPath chosen = null;
        OpenPath unsettled = null;
        OpenPath shortOne = null;
        boolean groundsMissing = false;
        boolean childrenMissing = false;
        boolean sexMissing = false;
        for (OpenPath c : candidates) {
            if (c.ageMonths() > monthsOld) {
                continue;
            }
            ReferenceEarlyPath row = c.row();
            boolean byGround = heldGrounds.isPresent()
                    && heldGrounds.get().stream().anyMatch(g -> row.grounds().contains(g.name()));
            boolean byChildren = row.children() != null && children != null && children >= row.children()
                    && (row.parentSex() == null || sex != null && row.parentSex().equals(sex.name()));
            boolean opens = row.openToEveryone() || byGround || byChildren;
            boolean reachesAll = own >= c.highestMinimum() || total >= c.highestMinimum() && liable;
            boolean reachesSome = own >= c.minimum() || total >= c.minimum() && liable;
            if (opens && reachesAll && (chosen == null || c.highestMinimum() > chosen.highestMinimum())) {
                chosen = c;
            }
            if (opens && reachesSome && c.highestMinimum() > c.minimum() && unsettled == null) {
                unsettled = c;
            }
            if (opens && !reachesSome && shortOne == null) {
                shortOne = c;
            }
            if (!opens && reachesSome && heldGrounds.isEmpty() && !row.grounds().isEmpty()) {
                groundsMissing = true;
            }
            if (!opens && reachesSome && children == null && row.children() != null
                    && (row.parentSex() == null || sex == null || row.parentSex().equals(sex.name()))) {
                childrenMissing = true;
            }
            if (reachesSome && sex == null && children != null && row.children() != null && row.parentSex() != null
                    && children >= row.children()) {
                sexMissing = true;
            }
        }
        return new Early(chosen, unsettled, groundsMissing, childrenMissing, sexMissing, shortOne,
                cite(value.get().source()));
    }

    /**
     * The early paths as they apply to the person, in the order the pack's rows give them: a row at an age of its
     * own is one path; a row lowering the pensionable age is one path for each of the person's paths at the
     * pensionable age. None where no early path is in force.
     */
    private List<OpenPath> earlyCandidates(Parameters law, Person person, List<ReferencePensionPath> paths,
            PensionableAge pensionable) {
        Optional<Resolved> value = law.find(EARLY);
        if (value.isEmpty()) {
            return List.of();
        }
        Integer latest = latestPensionableMonths(law, person.sex().orElse(null), person.birthDate().orElseThrow(),
                pensionable);
        List<OpenPath> candidates = new ArrayList<>();
        for (ReferenceEarlyPath row : earlyRead.of(value.get().value().value())) {
            if (row.ageYears() != null) {
                candidates.add(new OpenPath(row, row.ageYears() * 12, row.minimum(), row.highestMinimum(), "EARLY",
                        null));
            } else if (row.lowersByMonths() != null && latest != null) {
                for (ReferencePensionPath path : paths) {
                    if (path.atPensionableAge()) {
                        candidates.add(new OpenPath(row, latest - row.lowersByMonths(), path.minimum(),
                                path.minimum(), path.level(), path.condition()));
                    }
                }
            }
        }
        return candidates;
    }

    /** An early path is open to the person: to everyone, by a ground that holds, or by the children raised. */
    private static boolean opensTo(ReferenceEarlyPath row, Person person) {
        Sex sex = person.sex().orElse(null);
        boolean byGround = person.earlyPensionGrounds().isPresent()
                && person.earlyPensionGrounds().get().stream().anyMatch(g -> row.grounds().contains(g.name()));
        boolean byChildren = row.children() != null && person.childrenRaised().isPresent()
                && person.childrenRaised().getAsInt() >= row.children()
                && (row.parentSex() == null || sex != null && row.parentSex().equals(sex.name()));
        return row.openToEveryone() || byGround || byChildren;
    }

    /**
     * {@code gap} with a route for each of the person's paths with an age condition still ahead that a record of
     * {@code units} already meets (without a condition, where {@code conditionFree}): waiting for it is another way.
     */
    private static Gap laterPaths(Gap gap, List<ReferencePensionPath> tableRows, List<ReferencePensionPath> paths,
            PensionableAge pensionable, LocalDate birth, LocalDate asOf, long units, boolean conditionFree) {
        if (birth == null) {
            return gap;
        }
        int monthsOld = completedMonths(birth, asOf);
        Gap out = gap;
        for (ReferencePensionPath path : paths) {
            Integer opens = path.ageMonths(pensionable.latestMonths());
            if (opens != null && opens > monthsOld && path.minimum() <= units
                    && (!conditionFree || path.condition() == null)) {
                out = out.withRoute(pathRoute(tableRows, path));
            }
        }
        return out;
    }

    /** A path as a route: {@code ss.pension.paths[i]}, {@code i} its place in the pack's rows. */
    private static Route pathRoute(List<ReferencePensionPath> tableRows, ReferencePensionPath path) {
        int index = 0;
        while (tableRows.get(index) != path) {
            index++;
        }
        return new Route(RouteKind.QUALIFYING_PATH, PATHS + "[" + index + "]");
    }

    /**
     * The units to add in the jurisdiction for a record of {@code counted} to reach {@code required}, the least
     * change: the record counted may be a territoriality agreement's, applied only because the months of own cover
     * fall {@code monthsToShare} short of a pro-rata share; once they are there, the longest record of the
     * agreements that apply ({@code longest}) counts instead, and may need fewer. Months added are months of own
     * cover only where the scheme counts months.
     */
    private static long stillNeeded(long required, long counted, long longest, long monthsToShare, int unitIndex) {
        long needed = required - counted;
        if (unitIndex != 0 || longest <= counted) {
            return needed;
        }
        return Math.min(needed, Math.max(required - longest, monthsToShare));
    }

    /** The scheme's unit as a gap names it. */
    private static String unitName(int unitIndex) {
        return unitIndex == 1 ? "days" : unitIndex == 2 ? "weeks" : "months";
    }

    /**
     * The pensionable age a path lowered by a fact of the person is lowered from, and the early pension's reduction
     * runs to: the person's own, or, where it depends on a sex the request does not give, the later of the two.
     */
    private Integer latestPensionableMonths(Parameters law, Sex sex, LocalDate birth, PensionableAge pensionable) {
        Optional<Resolved> womens = law.find(WOMENS_AGE);
        if (sex != null || womens.isEmpty()) {
            return pensionable.months();
        }
        int general = law.get(AGE).integer() * 12;
        int women = womensAgeRead.of(womens.get().value().value()).ageMonthsFor(birth);
        return Math.max(general, women);
    }

    /** The early pension's reduction, where its path gives one, for the months before the pensionable age. */
    private void earlyBenefit(Early early, Parameters law, Sex sex, LocalDate birth, int monthsOld,
            Findings findings) {
        ReferenceEarlyPath row = early.chosen().row();
        if (row.percentPerPeriod() == null) {
            if ("EARLY".equals(early.chosen().level())) {
                findings.notEncoded("ss.pension.benefit.early-reduction-not-encoded",
                        "SS_LEVEL_EARLY_REDUCTION_NOT_ENCODED", EARLY, early.chosen().ageMonths() / 12, early.cited());
            }
            return;
        }
        Optional<Resolved> womens = law.find(WOMENS_AGE);
        int general = law.get(AGE).integer() * 12;
        int pensionableMonths;
        if (womens.isPresent() && sex != Sex.M && sex != Sex.X) {
            int women = womensAgeRead.of(womens.get().value().value()).ageMonthsFor(birth);
            if (sex == null && women != general) {
                findings.unknown("ss.pension.benefit.early-sex-unknown", "SS_LEVEL_EARLY_SEX_UNKNOWN", SEX);
                return;
            }
            pensionableMonths = women;
        } else {
            pensionableMonths = general;
        }
        int monthsEarly = pensionableMonths - monthsOld;
        // a period begun before the pensionable age counts as a whole period
        int periods = monthsEarly / row.periodMonths() + (monthsEarly % row.periodMonths() == 0 ? 0 : 1);
        BigDecimal reduction = row.percentPerPeriod().multiply(BigDecimal.valueOf(periods));
        int periodIndex = row.periodMonths() == 3 ? 1 : 0;
        if (row.capPercent() != null && reduction.compareTo(row.capPercent()) > 0) {
            findings.met("ss.pension.benefit.early-capped", "SS_LEVEL_EARLY_CAPPED", row.capPercent(), periods,
                    periodIndex, row.percentPerPeriod(), monthsEarly, early.cited());
            findings.value("reductionPercent", row.capPercent());
        } else {
            findings.met("ss.pension.benefit.early", "SS_LEVEL_EARLY_REDUCED", reduction, periods, periodIndex,
                    row.percentPerPeriod(), monthsEarly, early.cited());
            findings.value("reductionPercent", reduction);
        }
        findings.value("reductionPeriods", periods);
        findings.value("monthsBeforePensionableAge", monthsEarly);
    }

    /**
     * The pensionable age of paths without an age of their own: the general age, or the women's schedule where
     * the pack has one and the person is a woman. Where the sex is not given, the age is still decided when both
     * ages give the same answer on the date (the higher age shown when both are reached, the lower when neither).
     */
    private PensionableAge pensionableAge(Parameters law, Sex sex, LocalDate birth, LocalDate asOf) {
        Resolved general = law.get(AGE);
        int generalMonths = general.integer() * 12;
        String generalCited = cite(general.source());
        Optional<Resolved> womens = law.find(WOMENS_AGE);
        if (womens.isEmpty() || sex == Sex.M || sex == Sex.X) {
            return new PensionableAge(generalMonths, false, generalCited, false, true, generalMonths, false);
        }
        ReferenceWomensPensionAge schedule = womensAgeRead.of(womens.get().value().value());
        boolean dated = schedule.dated();
        if (birth == null) {
            return new PensionableAge(null, false, generalCited, sex == null, true, generalMonths, dated);
        }
        int womensMonths = schedule.ageMonthsFor(birth);
        String scheduleCited = cite(womens.get().source());
        if (sex == Sex.F) {
            return new PensionableAge(womensMonths, true, scheduleCited, false, true, womensMonths, dated);
        }
        boolean womenReached = !birth.plusMonths(womensMonths).isAfter(asOf);
        boolean menReached = !birth.plusMonths(generalMonths).isAfter(asOf);
        int higher = Math.max(generalMonths, womensMonths);
        if (womenReached != menReached) {
            return new PensionableAge(null, false, generalCited, true, true, higher, dated);
        }
        return menReached
                ? new PensionableAge(generalMonths, false, generalCited, false, true, higher, dated)
                : new PensionableAge(womensMonths, true, scheduleCited, false, true, higher, dated);
    }

    /**
     * Months of age completed on {@code day}. A month is completed on the day of the month the person was born, or
     * on the month's last day when it has no such day: a person born on 29 February turns 65 on 28 February of a
     * common year [B], and the age a message gives agrees with the day it gives (DOMAIN.md 4.25).
     */
    static int completedMonths(LocalDate birth, LocalDate day) {
        int months = (day.getYear() - birth.getYear()) * 12 + day.getMonthValue() - birth.getMonthValue();
        return birth.plusMonths(months).isAfter(day) ? months - 1 : months;
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
     * @param latestMonths the highest pensionable age the person may have, in months (either sex's where the sex
     *                   is not given); null where no age is asked for
     * @param dated      the women's schedule, where one is read, steps on dates rather than calendar years
     */
    private record PensionableAge(Integer months, boolean bySchedule, String cited, boolean sexNeeded,
            boolean asked, Integer latestMonths, boolean dated) {
    }

    /**
     * The units of a record in the scheme's unit (DOMAIN.md 4.5): a period that carries the units the scheme
     * recorded, in that unit, counts them, up to what its own calendar range could credit; the days no such period
     * covers are counted from the calendar ranges (whole calendar months, or calendar days, no more than the
     * scheme's limit in a month), and then the record is an estimate.
     */
    static Count count(List<ContributionPeriod> periods, LocalDate asOf, String unit, Integer dayLimit) {
        boolean days = "DAYS".equals(unit);
        boolean weeks = "WEEKS".equals(unit);
        ContributionUnit schemeUnit = days ? ContributionUnit.DAYS
                : weeks ? ContributionUnit.WEEKS : ContributionUnit.MONTHS;
        List<ContributionPeriod> recorded = new ArrayList<>();
        List<ContributionPeriod> ranges = new ArrayList<>();
        long units = 0;
        for (ContributionPeriod p : periods) {
            if (p.from().isAfter(asOf)) {
                continue;
            }
            if (unit != null && p.unit().isPresent() && p.unit().get() == schemeUnit) {
                recorded.add(p);
                LocalDate last = p.to().isAfter(asOf) ? asOf : p.to();
                long mostCredited;
                if (weeks) {
                    // A week for every seven calendar days of the period, or part of them.
                    long calendarDays = last.toEpochDay() - p.from().toEpochDay() + 1;
                    mostCredited = calendarDays / WEEK + (calendarDays % WEEK == 0 ? 0 : 1);
                } else if (days) {
                    ReferencePensionRecord range = ReferencePensionRecord.of(
                            List.of(ContributionPeriod.of(p.country(), p.from(), last)), asOf);
                    mostCredited = dayLimit == null ? range.days() : range.daysUpTo(dayLimit);
                } else {
                    mostCredited = (last.getYear() - p.from().getYear()) * 12L + last.getMonthValue()
                            - p.from().getMonthValue() + 1;
                }
                units += Math.min(p.units().getAsLong(), mostCredited);
            } else {
                ranges.add(p);
            }
        }
        ReferencePensionRecord uncounted = ReferencePensionRecord.of(ranges, asOf)
                .without(ReferencePensionRecord.of(recorded, asOf));
        long converted = weeks ? uncounted.days() / WEEK : !days ? uncounted.wholeMonths()
                : dayLimit == null ? uncounted.days() : uncounted.daysUpTo(dayLimit);
        return new Count(units + converted, !uncounted.none());
    }

    /**
     * A record's units in the scheme's unit.
     *
     * @param units     the units
     * @param estimated some were counted from calendar ranges rather than taken from the scheme's record
     */
    record Count(long units, boolean estimated) {
    }
}
