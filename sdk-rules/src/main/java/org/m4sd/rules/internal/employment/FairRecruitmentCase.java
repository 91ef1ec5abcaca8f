package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Sex;

/**
 * What fair recruitment is decided on: the recruitment as measured from the request (where the worker was recruited
 * and for which destination, what was paid for which cost item and the day each cost is judged on, the salary and
 * first month's earnings, the SDG 10.7.1 ratio), the assessments of its costs under the national rule of the state
 * of recruitment in force on those days, and that state's C181 ratification. No comparison with a parameter is made
 * here: the rules make them.
 */
public final class FairRecruitmentCase extends CaseFact {
    /** Every cost type: a repayment of every cost, asked for by several rules a request. */
    private static final Set<CostType> EVERY_COST = Collections.unmodifiableSet(EnumSet.allOf(CostType.class));
    boolean recruitmentPresent;
    String jurisdiction = "";
    String origin = "";
    String destination = "";
    Sex sex;
    boolean householdService;
    boolean governmentToGovernment;
    boolean employerDeclinedToPay;
    List<PaidCost> costs = List.of();
    List<CostItem> costItems = List.of();
    Conversion conversion;
    Set<CostType> paidItems = Set.of();
    Money monthlyBasicSalary;
    Money firstMonthEarnings;
    BigDecimal costTotal;
    String costTotalMissingRate;
    BigDecimal sdg1071Ratio;
    LocalDate asOf;
    LocalDate firstJobStart;
    List<FeeAssessment> assessments = List.of();
    C181Party c181;

    FairRecruitmentCase() {
        super(Determination.EMPLOYMENT_FAIR_RECRUITMENT);
    }

    public boolean isRecruitmentPresent() {
        return recruitmentPresent;
    }

    /** The jurisdiction deciding. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** Where the worker was recruited: the state whose national fee rule, if its pack encodes one, is read. */
    public String getOrigin() {
        return origin;
    }

    public String getDestination() {
        return destination;
    }

    /** The worker's sex, or null when the request does not give it. */
    public Sex getSex() {
        return sex;
    }

    public boolean isHouseholdService() {
        return householdService;
    }

    public boolean isGovernmentToGovernment() {
        return governmentToGovernment;
    }

    /** Whether the employer stated in writing that it will not pay the service charge. */
    public boolean isEmployerDeclinedToPay() {
        return employerDeclinedToPay;
    }

    /** Every cost the worker paid, one per item of the request. */
    public List<PaidCost> getCosts() {
        return costs;
    }

    /** The cost items the worker paid something for (an amount above zero). */
    public Set<CostType> getPaidItems() {
        return paidItems;
    }

    /** The contract's monthly basic salary, or null. */
    public Money getMonthlyBasicSalary() {
        return monthlyBasicSalary;
    }

    /** The currency of the first month's earnings, which the request's exchange rates are given in, or null. */
    public String getEarningsCurrency() {
        return firstMonthEarnings == null ? null : firstMonthEarnings.currency();
    }

    /** What is to be repaid to the worker for every cost paid, summed in {@code currency} where paid in several. */
    public Repayment repayment(String currency) {
        return Repayment.ofItems(costItems, EVERY_COST, currency, conversion);
    }

    /** The currency of the contract's monthly basic salary, or null. */
    public String getSalaryCurrency() {
        return monthlyBasicSalary == null ? null : monthlyBasicSalary.currency();
    }

    /** The first month's earnings, or null. */
    public Money getFirstMonthEarnings() {
        return firstMonthEarnings;
    }

    /** Everything paid, exactly, in the earnings currency; null without earnings or when a rate is missing. */
    public BigDecimal getCostTotal() {
        return costTotal;
    }

    /** SDG 10.7.1: the cost total over the first month's earnings (4 places); null when it cannot be computed. */
    public BigDecimal getSdg1071Ratio() {
        return sdg1071Ratio;
    }

    /** The first job's start, or null. */
    public LocalDate getFirstJobStart() {
        return firstJobStart;
    }

    /** The decision date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The costs grouped by the national rule they are judged under, in the order of their earliest day. */
    public List<FeeAssessment> getAssessments() {
        return assessments;
    }

    /**
     * The assessments, matched by the rules as facts of their own, each reading its case through
     * {@link FeeAssessment#getFairCase()}.
     */
    @Override
    public List<?> parts() {
        return assessments;
    }

    /** Whether a national rule of the state of recruitment is encoded for the day of some cost. */
    public boolean isAnyNationalRule() {
        for (FeeAssessment a : assessments) {
            if (a.nationalRule != null) {
                return true;
            }
        }
        return false;
    }

    /** The C181 ratification of the state of recruitment the packs record, or null where they record none. */
    public C181Party getC181() {
        return c181;
    }

    /** The ways the costs paid are judged: on the day paid, on the first job's start, on the decision date. */
    public Set<PaidCost.JudgedBy> getJudgedBy() {
        Set<PaidCost.JudgedBy> out = EnumSet.noneOf(PaidCost.JudgedBy.class);
        for (PaidCost cost : costs) {
            if (cost.amount().signum() > 0) {
                out.add(cost.judgedBy());
            }
        }
        return out;
    }

    // ---- for messages

    /** The items the worker paid something for: {@code "VISA, MEDICAL"}. */
    public String getItemsPaid() {
        return Amounts.names(paidItems);
    }

    /**
     * The costs paid that are judged {@code by} one kind of day, as messages show them, in the order of their day:
     * {@code "VISA BDT 5000 on 2018-03-01, SERVICE_CHARGE BDT 90000 on 2018-04-02"} (the days only for
     * {@link PaidCost.JudgedBy#PAID_ON}, the others sharing one day).
     */
    public String costsJudgedBy(PaidCost.JudgedBy by) {
        List<PaidCost> judged = new ArrayList<>();
        for (PaidCost cost : costs) {
            if (cost.amount().signum() > 0 && cost.judgedBy() == by) {
                judged.add(cost);
            }
        }
        judged.sort(Comparator.comparing(PaidCost::judgedOn).thenComparing(PaidCost::item)
                .thenComparing(PaidCost::currency).thenComparing(PaidCost::amount));
        List<String> out = new ArrayList<>(judged.size());
        for (PaidCost cost : judged) {
            out.add(by == PaidCost.JudgedBy.PAID_ON ? cost.text() + " on " + cost.judgedOn() : cost.text());
        }
        return String.join(", ", out);
    }

    /** The cost total rounded to 2 places, with the earnings currency. */
    public String getCostTotalText() {
        return Amounts.money(costTotal.setScale(FairRecruitment.MONEY_SCALE, RoundingMode.HALF_UP),
                firstMonthEarnings.currency());
    }

    public String getEarningsText() {
        return Amounts.money(firstMonthEarnings.amount(), firstMonthEarnings.currency());
    }

    /** The JSON path of the first exchange rate the cost total lacks. */
    public String getCostTotalMissingRatePath() {
        return "$.recruitment.exchangeRates." + costTotalMissingRate;
    }
}
