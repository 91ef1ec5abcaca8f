package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
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
        Conversion conversion = new Conversion(r.firstMonthEarnings().map(Money::currency).orElse(null),
                r.exchangeRates());
        LocalDate paidOn = r.firstJobStart().orElse(null);
        List<PaidCost> costs = new ArrayList<>(r.costsPaidByWorker().size());
        Set<CostType> paidItems = EnumSet.noneOf(CostType.class);
        for (CostItem i : r.costsPaidByWorker()) {
            costs.add(new PaidCost(i.item(), i.amount(), i.currency(),
                    conversion.inEarningsCurrency(i.amount(), i.currency()), paidOn));
            if (i.amount().signum() > 0) {
                paidItems.add(i.item());
            }
        }
        c.costs = List.copyOf(costs);
        c.paidItems = Collections.unmodifiableSet(paidItems);
        c.measureCostsWith(r.costsPaidByWorker(), conversion);
        c.nationalRule = NationalFeeRules.inForce(packs);
        sdg1071(c, r, request.asOf(), packs);
        return c;
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
