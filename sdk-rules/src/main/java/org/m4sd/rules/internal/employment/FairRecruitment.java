package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Recruitment;

/**
 * {@code employment.fair-recruitment}: no recruitment fee or related cost may be charged to a worker (ILO General
 * Principle 7; C181 art. 7(1)), save where a national authority has set exceptions (C181 art. 7(2)-(3)): the
 * jurisdiction's pack may hold one (Nepal's free visa, free ticket rule; the Philippine placement-fee cap;
 * Bangladesh's cost ceilings). The decision also gives the worker's SDG 10.7.1 ratio.
 *
 * <p>This class measures: the costs paid, each converted into the earnings currency, the salary and earnings,
 * the SDG 10.7.1 figures; and it reads the national rule in force on {@code asOf}. Which rule governs the
 * recruitment and whether what was paid complies are the tests of {@code employment.drl}.
 */
public final class FairRecruitment implements Determiner {
    static final String WINDOW_YEARS = "fr.sdg1071.window-years";

    /** Scale and rounding of the reported figures. */
    static final int RATIO_SCALE = 4;
    static final int MONEY_SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    @Override
    public Determination determination() {
        return Determination.EMPLOYMENT_FAIR_RECRUITMENT;
    }

    @Override
    public String knowledgeBase() {
        return "employment";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        FairRecruitmentCase c = new FairRecruitmentCase();
        c.jurisdiction = request.jurisdiction();
        c.asOf = request.asOf();
        Optional<Recruitment> maybe = request.recruitment();
        if (maybe.isEmpty()) {
            return c;
        }
        Recruitment r = maybe.get();
        c.recruitmentPresent = true;
        c.origin = r.origin();
        c.destination = r.destination();
        c.sex = request.person().sex().orElse(null);
        c.householdService = r.householdService();
        c.governmentToGovernment = r.governmentToGovernment();
        c.employerDeclinedToPay = r.employerDeclinedToPay();
        c.monthlyBasicSalary = r.monthlyBasicSalary().orElse(null);
        c.firstMonthEarnings = r.firstMonthEarnings().orElse(null);
        c.firstJobStart = r.firstJobStart().orElse(null);
        Conversion conversion = new Conversion(r.firstMonthEarnings().map(Money::currency).orElse(null),
                r.exchangeRates());
        List<PaidCost> costs = new ArrayList<>(r.costsPaidByWorker().size());
        Set<CostType> paidItems = EnumSet.noneOf(CostType.class);
        for (CostItem i : r.costsPaidByWorker()) {
            costs.add(new PaidCost(i.item(), i.amount(), i.currency(),
                    conversion.inEarningsCurrency(i.amount(), i.currency()), judgedOn(i, r, request.asOf()),
                    i.paidOn().isPresent() ? PaidCost.JudgedBy.PAID_ON
                            : r.firstJobStart().isPresent() ? PaidCost.JudgedBy.FIRST_JOB_START
                            : PaidCost.JudgedBy.DECISION_DATE));
            if (i.amount().signum() > 0) {
                paidItems.add(i.item());
            }
        }
        c.costs = List.copyOf(costs);
        c.costItems = r.costsPaidByWorker();
        c.conversion = conversion;
        c.paidItems = Collections.unmodifiableSet(paidItems);
        if (packs.findParam(NationalFeeRules.RULE_SET).isEmpty()) {
            throw new NotInForceException("$.asOf",
                    "asOf " + request.asOf() + " is before any fair-recruitment standard the rule packs hold");
        }
        c.assessments = assessments(r, request.asOf(), packs, conversion);
        for (FeeAssessment a : c.assessments) {
            a.fairCase = c;
        }
        c.c181 = C181Parties.of(packs).party(r.origin());
        sdg1071(c, r, request.asOf(), packs);
        return c;
    }

    /**
     * The day a cost is judged on (DOMAIN.md 4.18): the day it was paid, else the first job's start, else the
     * decision date.
     */
    private static LocalDate judgedOn(CostItem cost, Recruitment r, LocalDate asOf) {
        return cost.paidOn().isPresent() ? cost.paidOn().get() : r.firstJobStart().orElse(asOf);
    }

    /**
     * The costs paid (amounts above zero) grouped by the national rule of the state of recruitment in force on the
     * day each is judged on, in the order of their earliest day; one assessment with no cost where nothing was
     * paid, on the first job's start, else the decision date.
     */
    private static List<FeeAssessment> assessments(Recruitment r, LocalDate asOf, PackContext packs,
            Conversion conversion) {
        List<CostItem> costs = r.costsPaidByWorker();
        int count = 0;
        for (int i = 0; i < costs.size(); i++) {
            if (costs.get(i).amount().signum() > 0) {
                count++;
            }
        }
        if (count == 0) {
            LocalDate day = r.firstJobStart().orElse(asOf);
            return List.of(new FeeAssessment(0, day, ruleOn(r, day, packs, "$.recruitment.firstJobStart"),
                    r.destination(), r.monthlyBasicSalary().orElse(null), List.of(), conversion));
        }
        Paid[] paid = new Paid[count];
        count = 0;
        for (int i = 0; i < costs.size(); i++) {
            CostItem cost = costs.get(i);
            if (cost.amount().signum() > 0) {
                paid[count++] = new Paid(cost, i, judgedOn(cost, r, asOf));
            }
        }
        Arrays.sort(paid, Paid.IN_ORDER);
        // One or two national rules apply to a recruitment: found by equals in a list, where a hash map would hash
        // each rule's whole data (its sources, its tables) for every cost of every request.
        List<NationalFeeRule> rules = new ArrayList<>(2);
        List<List<CostItem>> itemsByRule = new ArrayList<>(2);
        List<LocalDate> fromByRule = new ArrayList<>(2);
        // The costs are in the order of their days, and most share a day: the rule is read once per day.
        LocalDate ruleDay = null;
        NationalFeeRule rule = null;
        for (Paid p : paid) {
            CostItem cost = p.cost();
            LocalDate day = p.day();
            if (!day.equals(ruleDay)) {
                String path = cost.paidOn().isPresent() ? "$.recruitment.costsPaidByWorker[" + p.index()
                        + "].paidOn" : "$.recruitment.firstJobStart";
                rule = ruleOn(r, day, packs, path);
                ruleDay = day;
            }
            int group = rules.indexOf(rule);
            if (group < 0) {
                group = rules.size();
                rules.add(rule);
                itemsByRule.add(new ArrayList<>());
                fromByRule.add(day);
            }
            itemsByRule.get(group).add(cost);
        }
        List<FeeAssessment> out = new ArrayList<>(rules.size());
        for (int group = 0; group < rules.size(); group++) {
            out.add(new FeeAssessment(rules.size() - group, fromByRule.get(group), rules.get(group), r.destination(),
                    r.monthlyBasicSalary().orElse(null), itemsByRule.get(group), conversion));
        }
        return List.copyOf(out);
    }

    /**
     * A cost paid, at its index among the request's costs, with the day it is judged on; in the order of their
     * days, then of item, currency and amount (a sort that keeps the request's order for costs alike).
     */
    private record Paid(CostItem cost, int index, LocalDate day) {
        static final Comparator<Paid> IN_ORDER = Comparator.comparing(Paid::day)
                .thenComparing(p -> p.cost().item()).thenComparing(p -> p.cost().currency())
                .thenComparing(p -> p.cost().amount());
    }

    /**
     * The national rule of the state of recruitment in force on {@code day}, read from that state's pack, as it
     * reads for the destination; null where none is encoded.
     */
    private static NationalFeeRule ruleOn(Recruitment r, LocalDate day, PackContext packs, String path) {
        PackContext statesPacks = new PackContext(packs.packs(), r.origin(), day);
        if (statesPacks.findParam(NationalFeeRules.RULE_SET).isEmpty()) {
            throw new NotInForceException(path, day + " is before any fair-recruitment standard the rule packs hold");
        }
        return NationalFeeRules.inForce(statesPacks, r.destination());
    }

    /**
     * SDG 10.7.1, a statistic rather than a legal test: the cost total in the earnings currency, the ratio to the
     * first month's earnings, and whether the first job began within the indicator's survey window.
     */
    private static void sdg1071(FairRecruitmentCase c, Recruitment r, LocalDate asOf, PackContext packs) {
        r.firstJobStart().ifPresent(start -> packs.findParam(WINDOW_YEARS).ifPresent(years -> {
            boolean within = !start.isAfter(asOf) && !start.isBefore(asOf.minusYears(years.integer()));
            c.value("firstJobWithinThreeYears", within);
        }));
        if (c.firstMonthEarnings == null) {
            singleCurrencyTotal(r.costsPaidByWorker()).ifPresent(t -> {
                c.value("recruitmentCostTotal", t.amount().setScale(MONEY_SCALE, ROUNDING));
                if (!t.currency().isEmpty()) {
                    c.value("recruitmentCostCurrency", t.currency());
                }
            });
            return;
        }
        TreeSet<String> missing = new TreeSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PaidCost cost : c.costs) {
            if (cost.amountInEarningsCurrency() == null) {
                missing.add(cost.currency());
            } else {
                total = total.add(cost.amountInEarningsCurrency());
            }
        }
        if (!missing.isEmpty()) {
            c.costTotalMissingRate = missing.first();
            return;
        }
        c.costTotal = total;
        c.value("recruitmentCostTotal", total.setScale(MONEY_SCALE, ROUNDING));
        c.value("recruitmentCostCurrency", c.firstMonthEarnings.currency());
        if (c.firstMonthEarnings.amount().signum() != 0) {
            c.sdg1071Ratio = total.divide(c.firstMonthEarnings.amount(), RATIO_SCALE, ROUNDING);
            c.value("sdg1071Ratio", c.sdg1071Ratio);
        }
    }

    /** With no earnings, a total can still be given when every cost is in one currency (or nothing was paid). */
    private record Total(BigDecimal amount, String currency) {
    }

    private static Optional<Total> singleCurrencyTotal(List<CostItem> costs) {
        Set<String> currencies = new TreeSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CostItem i : costs) {
            if (i.amount().signum() > 0) {
                currencies.add(i.currency());
            }
            sum = sum.add(i.amount());
        }
        if (currencies.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(new Total(sum, currencies.isEmpty() ? "" : currencies.iterator().next()));
    }
}
