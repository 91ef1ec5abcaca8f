package org.m4sd.rules.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.Determination;
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

/**
 * Employment requests drawn on and around the thresholds the packs hold: what a worker paid exactly at a national
 * cap, one unit under or over it, sometimes with a further cost in a currency the request gives no rate for;
 * workers recruited outside the state whose rule is in force and destinations its rule does not cover; decisions
 * on qualifications taken, or still awaited, exactly when the time to decide runs out and one day either side,
 * and files from before the packs hold a time limit or an instrument for refugees without documents.
 */
final class EmploymentBoundaries {
    /** Where a worker may be recruited when it is not the deciding state. */
    private static final List<String> ORIGINS = List.of("IND", "NPL", "PHL", "BGD");
    /** Currencies the capped item may be paid in besides the cap's own. */
    private static final List<String> FURTHER_CURRENCIES = List.of("USD", "QAR", "SAR", "PHP", "NPR", "BDT");
    private static final List<String> SALARY_CURRENCIES = List.of("PHP", "QAR", "USD", "SAR");
    private static final List<BigDecimal> OFFSETS = List.of(BigDecimal.ONE.negate(), BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ONE);

    private EmploymentBoundaries() {
    }

    /** Fair-recruitment requests under the Nepali, Philippine and Bangladeshi rules, with costs at their caps. */
    static Arbitrary<EligibilityRequest> recruitmentsAtTheCaps() {
        return Arbitraries.of("NPL", "PHL", "BGD").flatMap(EmploymentBoundaries::recruitmentsAtTheCaps);
    }

    private static Arbitrary<EligibilityRequest> recruitmentsAtTheCaps(String jurisdiction) {
        Arbitrary<String> origin = Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(jurisdiction)),
                Tuple.of(3, Arbitraries.of(ORIGINS.stream().filter(o -> !o.equals(jurisdiction)).toList())));
        Arbitrary<CostType> capped = switch (jurisdiction) {
            case "NPL" -> Arbitraries.of(CostType.SERVICE_CHARGE, CostType.WELFARE_FUND);
            case "PHL" -> Arbitraries.just(CostType.SERVICE_CHARGE);
            default -> EmploymentArbitraries.costTypes();
        };
        // mostly destinations the Nepali rule covers, the others often enough to leave its scope
        Arbitrary<String> destination = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(EmploymentArbitraries.DESTINATIONS.subList(0, 7))),
                Tuple.of(1, Arbitraries.of(EmploymentArbitraries.DESTINATIONS)));
        // a cap is reached only without a ground that bars any fee (household service, government to government)
        // and, in Nepal, after the employer's written refusal to pay
        Arbitrary<Boolean> seldom = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false));
        Arbitrary<List<Boolean>> flags = Combinators.combine(seldom, seldom, seldom.map(b -> !b)).as(List::of);
        Arbitrary<Worker> worker = Combinators.combine(origin, destination,
                Arbitraries.of(Sex.class).injectNull(0.25), flags).as(Worker::new);
        Arbitrary<Money> salary = Combinators.combine(Arbitraries.integers().between(1_000, 60_000),
                Arbitraries.of(SALARY_CURRENCIES)).as((a, c) -> Money.of(a, c)).injectNull(0.15);
        Arbitrary<CostItem> further = Combinators.combine(Arbitraries.integers().between(1, 5_000),
                Arbitraries.of(FURTHER_CURRENCIES)).as((a, c) -> new CostItem(CostType.OTHER, BigDecimal.valueOf(a), c))
                .injectNull(0.3);
        Arbitrary<BigDecimal> rate = Arbitraries.integers().between(1, 400_000).map(i -> BigDecimal.valueOf(i, 5));
        Arbitrary<List<CostItem>> others = EmploymentArbitraries.costItems().list().ofMaxSize(2);
        return Combinators.combine(EmploymentArbitraries.dates(2014, 2025), worker, capped, Arbitraries.of(OFFSETS),
                salary, further, Arbitraries.of(Rates.class), others)
                .flatAs((asOf, w, item, offset, sal, more, rates, extra) -> Combinators.combine(
                        EmploymentArbitraries.money(EmploymentArbitraries.EARNING_CURRENCIES, 5_000).injectNull(0.2),
                        rate, rate).as((earnings, capRate, furtherRate) -> {
                            Recruitment.Builder b = Recruitment.builder(w.origin, w.destination)
                                    .householdService(w.flags.get(0)).governmentToGovernment(w.flags.get(1))
                                    .employerDeclinedToPay(w.flags.get(2)).firstMonthEarnings(earnings)
                                    .monthlyBasicSalary(jurisdiction.equals("PHL") ? sal : null);
                            PackThresholds.Amount cap = cap(jurisdiction, item, w.destination, asOf, sal);
                            b.addCost(new CostItem(item, cap.amount().add(offset).max(BigDecimal.ZERO),
                                    cap.currency()));
                            if (rates != Rates.CAP_CURRENCY_MISSING) {
                                b.exchangeRate(cap.currency(), capRate);
                            }
                            if (more != null && !more.currency().equals(cap.currency())) {
                                // the same item paid again in another currency: converted, or its rate missing
                                b.addCost(new CostItem(jurisdiction.equals("BGD") ? more.item() : item,
                                        more.amount(), more.currency()));
                                if (rates != Rates.FURTHER_CURRENCY_MISSING) {
                                    b.exchangeRate(more.currency(), furtherRate);
                                }
                            }
                            if (!jurisdiction.equals("BGD")) {
                                // costs of other items leave the capped sum as it is
                                extra.stream().filter(i -> i.item() != item).forEach(b::addCost);
                            }
                            Person person = Person.builder("p").sex(w.sex).build();
                            return EligibilityRequest.builder("b", asOf, jurisdiction, person).recruitment(b.build())
                                    .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).build();
                        }));
    }

    /**
     * Which exchange rates a request gives, for the currency of the cap and for a further cost in another
     * currency (the earnings currency needs none).
     */
    private enum Rates {
        BOTH_GIVEN, CAP_CURRENCY_MISSING, FURTHER_CURRENCY_MISSING
    }

    /** Who the worker is and where recruited for: origin, destination, sex, household/g2g/declined flags. */
    private record Worker(String origin, String destination, Sex sex, List<Boolean> flags) {
    }

    /**
     * The cap in force that a cost of {@code item} is held to: Nepal's service-charge cap or welfare-fund amount,
     * the Philippine placement-fee cap for the salary, or Bangladesh's ceiling for the destination. Where none is
     * in force (before the rule, a destination without a ceiling, no salary), an amount of the same order in the
     * rule's currency.
     */
    private static PackThresholds.Amount cap(String jurisdiction, CostType item, String destination, LocalDate asOf,
            Money salary) {
        return switch (jurisdiction) {
            case "NPL" -> (item == CostType.WELFARE_FUND ? PackThresholds.nepalWelfareFund(asOf)
                    : PackThresholds.nepalServiceChargeCap(asOf))
                    .orElse(new PackThresholds.Amount(BigDecimal.valueOf(10_000), "NPR"));
            case "PHL" -> salary == null ? new PackThresholds.Amount(BigDecimal.valueOf(30_000), "PHP")
                    : new PackThresholds.Amount(PackThresholds.philippinePlacementFeeMonths(asOf)
                            .orElse(BigDecimal.ONE).multiply(salary.amount()), salary.currency());
            default -> PackThresholds.bangladeshCeiling(destination, asOf)
                    .orElse(new PackThresholds.Amount(BigDecimal.valueOf(100_000), "BDT"));
        };
    }

    /**
     * Qualification-recognition requests whose decision is taken, or still awaited on the request's date, exactly
     * when the time to decide a complete file runs out or one day either side; some with a decision but no date of
     * the complete file, some from before the packs hold a time limit or before the Lisbon Recognition Convention
     * binds the two states (a Moldovan qualification in Serbia).
     */
    static Arbitrary<EligibilityRequest> recognitionsAroundTheTimeLimit() {
        LocalDate firstLimit = PackThresholds.internationalChanges("qr.decision.max-months").get(0);
        LocalDate lisbonBindsBoth = PackThresholds.recognitionConventionParties("LRC").get("SRB");
        Arbitrary<LocalDate> fileComplete = Arbitraries.frequencyOf(
                Tuple.of(5, EmploymentArbitraries.dates(2021, 2024)),
                Tuple.of(2, around(firstLimit, 400)),
                Tuple.of(2, around(lisbonBindsBoth, 400))).injectNull(0.1);
        Arbitrary<Integer> offsetDays = Arbitraries.of(-1, 0, 0, 1);
        Arbitrary<Integer> laterDays = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1),
                Tuple.of(1, 30));
        Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(4);
        Arbitrary<List<String>> differences = Arbitraries.of(EmploymentArbitraries.DIFFERENCES).list()
                .uniqueElements().ofMaxSize(2);
        Arbitrary<List<Integer>> picks = Arbitraries.of(0, 0, 1, 2).list().ofSize(2);
        return Combinators.combine(fileComplete, offsetDays, laterDays, flags, differences, picks,
                Arbitraries.of(MigratoryStatus.class), Arbitraries.of(CompensationMeasure.class).injectNull(0.4))
                .as((file, offset, later, f, subs, pick, status, preferred) -> {
                    boolean decided = f.get(3);
                    LocalDate asOf;
                    LocalDate decision = null;
                    if (file == null) {
                        // a decision with no date of the complete file, or no decision at all
                        decision = decided ? LocalDate.of(2023, 1, 1).plusDays(later) : null;
                        asOf = LocalDate.of(2023, 6, 1).plusDays(later);
                    } else {
                        LocalDate due = file.plusMonths(PackThresholds.decisionTimeLimitMonths(file))
                                .plusDays(offset);
                        if (decided) {
                            decision = due;
                            asOf = due.plusDays(later);
                        } else {
                            asOf = due;
                        }
                    }
                    Qualification.Builder q = Qualification.builder("MDA", "ISCED_6").regulatedProfession(f.get(0))
                            .professionRequiresNationalLaw(f.get(1)).documentsAvailable(f.get(2))
                            .fileCompleteDate(file).decisionDate(decision).preferredCompensation(preferred);
                    // per difference: 0 stays, 1 covered by experience, 2 no measure can bridge it
                    for (int i = 0; i < subs.size(); i++) {
                        q.addSubstantialDifference(subs.get(i));
                        if (pick.get(i) == 1) {
                            q.addDifferenceCoveredByExperience(subs.get(i));
                        } else if (pick.get(i) == 2) {
                            q.addNonCompensableDifference(subs.get(i));
                        }
                    }
                    return EligibilityRequest.builder("t", asOf, "SRB",
                            Person.builder("p").migratoryStatus(status).build()).qualification(q.build())
                            .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
                });
    }

    /**
     * Qualification-recognition requests on the first day a recognition convention binds a party the pack records,
     * and the day before and after: the jurisdiction and the awarding state drawn from that convention's parties
     * (now and then from the other convention's, or a state recorded as party to neither), at levels on either side
     * of where higher education begins, with or without documents.
     */
    static Arbitrary<EligibilityRequest> recognitionsAroundConventionDates() {
        Map<String, LocalDate> lisbon = PackThresholds.recognitionConventionParties("LRC");
        Map<String, LocalDate> global = PackThresholds.recognitionConventionParties("GLOBAL");
        List<String> states = new ArrayList<>(lisbon.keySet());
        states.addAll(global.keySet());
        states.add("SYR");
        List<LocalDate> days = new ArrayList<>(lisbon.values());
        days.addAll(global.values());
        Arbitrary<String> state = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(List.copyOf(lisbon.keySet()))),
                Tuple.of(3, Arbitraries.of(List.of("TUN", "SEN", "FRA"))), Tuple.of(1, Arbitraries.of(states)));
        Arbitrary<LocalDate> day = Combinators.combine(Arbitraries.of(days), Arbitraries.of(-1, 0, 1))
                .as(LocalDate::plusDays);
        Arbitrary<String> level = Arbitraries.of("ISCED_4", "ISCED_5", "ISCED_6");
        return Combinators.combine(state, state, day, level, Arbitraries.of(MigratoryStatus.class),
                Arbitraries.of(true, false), Arbitraries.of(EmploymentArbitraries.DIFFERENCES).list().uniqueElements()
                        .ofMaxSize(1))
                .as((jurisdiction, awarding, asOf, isced, status, documents, differences) -> {
                    Qualification.Builder q = Qualification.builder(awarding, isced).documentsAvailable(documents)
                            .fileCompleteDate(asOf.minusDays(20));
                    differences.forEach(q::addSubstantialDifference);
                    return EligibilityRequest.builder("c", asOf, jurisdiction,
                            Person.builder("p").migratoryStatus(status).build()).qualification(q.build())
                            .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
                });
    }

    /** Days within {@code days} of {@code day}, either side. */
    private static Arbitrary<LocalDate> around(LocalDate day, int days) {
        return Arbitraries.integers().between(-days, days).map(day::plusDays);
    }
}
