package org.m4sd.rules.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

/** Generators of employment requests that reach every rule: overlays, caps, currencies, dates, missing facts. */
final class EmploymentArbitraries {
    static final List<String> DESTINATIONS = List.of("MYS", "SAU", "QAT", "ARE", "KWT", "BHR", "OMN", "SGP", "JPN",
            "KOR", "DEU", "ISR", "ITA", "RUS");
    static final List<String> COST_CURRENCIES = List.of("NPR", "PHP", "BDT", "USD", "QAR", "SAR");
    static final List<String> EARNING_CURRENCIES = List.of("QAR", "SAR", "USD", "MYR", "AED");
    static final List<String> DIFFERENCES = List.of("LEVEL", "WORKLOAD", "QUALITY", "PROFILE", "LEARNING_OUTCOMES",
            "CLINICAL_PRACTICE_HOURS");

    private EmploymentArbitraries() {
    }

    static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
        return Arbitraries.integers().between(0, (toYear - fromYear + 1) * 365)
                .withDistribution(RandomDistribution.uniform()).map(d -> LocalDate.of(fromYear, 1, 1).plusDays(d));
    }

    /** Amounts that cluster around the national caps, with some large and some zero. */
    static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                tuple(2, Arbitraries.just(BigDecimal.ZERO)),
                tuple(4, Arbitraries.integers().between(1, 3_000).map(BigDecimal::valueOf)),
                tuple(4, Arbitraries.integers().between(9_000, 12_000).map(BigDecimal::valueOf)),
                tuple(4, Arbitraries.integers().between(75_000, 270_000).map(BigDecimal::valueOf)),
                tuple(2, Arbitraries.integers().between(1, 99_999).map(i -> BigDecimal.valueOf(i, 2))));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends BigDecimal>> tuple(int f,
            Arbitrary<? extends BigDecimal> a) {
        return Tuple.of(f, a);
    }

    /** Cost kinds the national rules address come up more often than the rest. */
    static Arbitrary<CostType> costTypes() {
        return Arbitraries.frequency(Tuple.of(4, CostType.SERVICE_CHARGE),
                Tuple.of(2, CostType.VISA), Tuple.of(2, CostType.AIR_TICKET),
                Tuple.of(2, CostType.ORIENTATION), Tuple.of(2, CostType.MEDICAL),
                Tuple.of(3, CostType.WELFARE_FUND), Tuple.of(2, CostType.INSURANCE),
                Tuple.of(1, CostType.TRAINING), Tuple.of(1, CostType.DOCUMENTS),
                Tuple.of(1, CostType.DOMESTIC_TRAVEL), Tuple.of(1, CostType.OTHER));
    }

    /**
     * Cost items, some with the day they were paid: around the days national rules change (Nepal's rule from
     * 17 July 2015, Bangladesh's 2017 schedule and the July 2022 Malaysia ceiling) and anywhere up to 2025.
     */
    static Arbitrary<CostItem> costItems() {
        Arbitrary<LocalDate> paidOn = Arbitraries.frequencyOf(
                Tuple.of(3, dates(2013, 2025)),
                Tuple.of(1, Arbitraries.of(LocalDate.of(2015, 7, 16), LocalDate.of(2015, 7, 17),
                        LocalDate.of(2017, 5, 31), LocalDate.of(2017, 6, 1), LocalDate.of(2022, 6, 30),
                        LocalDate.of(2022, 7, 1)))).injectNull(0.6);
        return Combinators.combine(costTypes(), amounts(), Arbitraries.of(COST_CURRENCIES), paidOn)
                .as((item, amount, currency, day) -> new CostItem(item, amount, currency, Optional.ofNullable(day)));
    }

    static Arbitrary<Map<String, BigDecimal>> rates() {
        return Arbitraries.maps(Arbitraries.of(COST_CURRENCIES),
                Arbitraries.integers().between(1, 400_000).map(i -> BigDecimal.valueOf(i, 5))).ofMaxSize(6);
    }

    static Arbitrary<Money> money(List<String> currencies, int max) {
        return Combinators.combine(Arbitraries.integers().between(0, max), Arbitraries.of(currencies))
                .as((a, c) -> Money.of(a, c));
    }

    static Arbitrary<Recruitment> recruitments(String jurisdiction) {
        Arbitrary<String> origin = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(jurisdiction)),
                Tuple.of(1, Arbitraries.of("IND", "NPL", "PHL", "BGD", "MDA", "SRB")));
        Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(3);
        Arbitrary<LocalDate> start = dates(2014, 2025).injectNull(0.2);
        Arbitrary<List<CostItem>> costs = costItems().list().ofMaxSize(4);
        Arbitrary<Money> earnings = money(EARNING_CURRENCIES, 5_000).injectNull(0.2);
        Arbitrary<Money> salary = money(EARNING_CURRENCIES, 5_000).injectNull(0.2);
        Arbitrary<String> destination = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(DESTINATIONS.subList(0, 7))),
                Tuple.of(1, Arbitraries.of(DESTINATIONS)));
        return Combinators.combine(origin, destination, flags, start, costs, earnings, salary, rates())
                .as((o, dest, f, s, c, e, sal, r) -> {
                    Recruitment.Builder b = Recruitment.builder(o, dest).householdService(f.get(0))
                            .governmentToGovernment(f.get(1)).employerDeclinedToPay(f.get(2)).firstJobStart(s)
                            .firstMonthEarnings(e).monthlyBasicSalary(sal);
                    c.forEach(b::addCost);
                    r.forEach(b::exchangeRate);
                    return b.build();
                });
    }

    static Arbitrary<EligibilityRequest> recruitmentRequests() {
        return recruitmentRequests(0.02);
    }

    /** Requests for fair recruitment; {@code withoutFacts} of them have no recruitment facts at all. */
    /**
     * The recruitment with no cost paid after {@code asOf} (a request error, docs/DECISION-CONTRACT.md, tested
     * elsewhere): such a cost is taken as paid on {@code asOf}, which keeps the draws near the rule changes.
     */
    static Recruitment paidBy(Recruitment r, LocalDate asOf) {
        if (r == null) {
            return null;
        }
        List<CostItem> costs = r.costsPaidByWorker().stream()
                .map(c -> c.paidOn().filter(d -> d.isAfter(asOf)).isPresent()
                        ? new CostItem(c.item(), c.amount(), c.currency(), Optional.of(asOf)) : c)
                .toList();
        return new Recruitment(r.origin(), r.destination(), r.occupation(), r.householdService(),
                r.governmentToGovernment(), r.employerDeclinedToPay(), r.firstJobStart(), costs,
                r.firstMonthEarnings(), r.monthlyBasicSalary(), r.exchangeRates());
    }

    static Arbitrary<EligibilityRequest> recruitmentRequests(double withoutFacts) {
        // All eleven programme countries; the states with a national fee rule (NPL, PHL, BGD, MDA) more often.
        Arbitrary<String> jurisdiction = Arbitraries.frequency(Tuple.of(4, "NPL"),
                Tuple.of(3, "PHL"), Tuple.of(4, "BGD"), Tuple.of(3, "MDA"), Tuple.of(1, "SRB"),
                Tuple.of(1, "ECU"), Tuple.of(1, "JAM"), Tuple.of(1, "KGZ"), Tuple.of(1, "MAR"), Tuple.of(1, "SEN"),
                Tuple.of(1, "TUN"));
        return jurisdiction.flatMap(j -> Combinators.combine(dates(2014, 2025),
                Arbitraries.of(Sex.class).injectNull(0.25), recruitments(j).injectNull(withoutFacts))
                .as((asOf, sex, r) -> {
                    Person person = Person.builder("p").sex(sex).build();
                    return EligibilityRequest.builder("r", asOf, j, person).recruitment(paidBy(r, asOf))
                            .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).build();
                }));
    }

    static Arbitrary<Qualification> qualifications() {
        return qualifications(0);
    }

    /** Qualifications with at least {@code minDifferences} substantial differences. */
    static Arbitrary<Qualification> qualifications(int minDifferences) {
        Arbitrary<List<String>> substantial = Arbitraries.of(DIFFERENCES).list().uniqueElements()
                .ofMinSize(minDifferences).ofMaxSize(4);
        Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(3);
        // per difference: 0 stays (half), 1 covered by experience, 2 no measure can bridge it
        Arbitrary<List<Integer>> picks = Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(3, 1),
                Tuple.of(1, 2)).list().ofSize(4);
        Arbitrary<LocalDate> file = dates(2021, 2024).injectNull(0.15);
        Arbitrary<Integer> decidedAfter = Arbitraries.integers().between(0, 300).injectNull(0.5);
        Arbitrary<CompensationMeasure> preferred = Arbitraries.of(CompensationMeasure.class).injectNull(0.4);
        return Combinators.combine(substantial, flags, picks, file, decidedAfter, preferred,
                Arbitraries.integers().between(0, 120).injectNull(0.3), origins())
                .as((subs, f, p, fileDate, after, pref, months, origin) -> {
                    Qualification.Builder b = Qualification.builder(origin.get1(), origin.get2())
                            .regulatedProfession(f.get(0))
                            .professionRequiresNationalLaw(f.get(1)).documentsAvailable(f.get(2))
                            .fileCompleteDate(fileDate).preferredCompensation(pref).workExperienceMonths(months);
                    for (int i = 0; i < subs.size(); i++) {
                        b.addSubstantialDifference(subs.get(i));
                        int pick = p.get(i);
                        if (pick == 1) {
                            b.addDifferenceCoveredByExperience(subs.get(i));
                        } else if (pick == 2) {
                            b.addNonCompensableDifference(subs.get(i));
                        }
                    }
                    if (fileDate != null && after != null) {
                        b.decisionDate(fileDate.plusDays(after));
                    }
                    return b.build();
                });
    }

    static Arbitrary<EligibilityRequest> recognitionRequests() {
        return recognitionRequests(qualifications().injectNull(0.02));
    }

    /**
     * The state that awarded a qualification and its ISCED 2011 level: parties to the Lisbon Recognition Convention
     * (MDA, KGZ, SRB), to the Global Convention (FRA, TUN, SEN) and a state recorded as party to neither (SYR); mostly
     * higher-education levels, some below.
     */
    static Arbitrary<Tuple.Tuple2<String, String>> origins() {
        Arbitrary<String> awarding = Arbitraries.of(AWARDING_STATES);
        Arbitrary<String> level = Arbitraries.frequency(Tuple.of(5, "ISCED_6"), Tuple.of(2, "ISCED_7"),
                Tuple.of(1, "ISCED_5"), Tuple.of(1, "ISCED_8"), Tuple.of(1, "ISCED_4"), Tuple.of(1, "ISCED_3"));
        return Combinators.combine(awarding, level).as(Tuple::of);
    }

    /** States that award qualifications in the generated requests. */
    static final List<String> AWARDING_STATES = List.of("SYR", "MDA", "KGZ", "SRB", "FRA", "TUN", "SEN");

    /** Recognising states: parties to one convention or the other, and Morocco, recorded as party to neither. */
    static final List<String> RECOGNISING_STATES = List.of("SRB", "MDA", "KGZ", "TUN", "SEN", "MAR", "BGD", "ECU",
            "JAM", "NPL", "PHL");

    static Arbitrary<EligibilityRequest> recognitionRequests(Arbitrary<Qualification> qualifications) {
        return Combinators.combine(dates(2022, 2025), Arbitraries.of(RECOGNISING_STATES),
                Arbitraries.of(MigratoryStatus.class), qualifications)
                .as((asOf, jurisdiction, status, q) -> {
                    LocalDate day = asOf;
                    if (q != null && q.decisionDate().isPresent() && q.decisionDate().get().isAfter(day)) {
                        day = q.decisionDate().get();
                    }
                    if (q != null && q.fileCompleteDate().isPresent() && q.fileCompleteDate().get().isAfter(day)) {
                        day = q.fileCompleteDate().get();
                    }
                    return EligibilityRequest.builder("q", day, jurisdiction,
                            Person.builder("p").migratoryStatus(status).build()).qualification(q)
                            .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
                });
    }

    /** A decision with the input hash blanked, for comparing decisions of requests that differ only in fact order. */
    static Decision ignoringInputHash(Decision d) {
        return new Decision(d.requestId(), d.determination(), d.outcome(), d.criteria(), d.missingFacts(),
                d.notEncoded(), d.values(), d.rulePack(), d.asOf(), "0".repeat(64));
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
