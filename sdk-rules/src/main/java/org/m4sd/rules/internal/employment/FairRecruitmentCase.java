package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Sex;

/**
 * What fair recruitment is decided on: the recruitment as measured from the request (where the worker was recruited
 * and for which destination, what was paid for which cost item, the salary and first month's earnings, the SDG
 * 10.7.1 ratio) and the national fee rule in force in the jurisdiction's pack, if any. Sums against a cap are
 * measured on demand, in the cap's currency, through the request's exchange rates. No comparison with a parameter
 * is made here: the rules make them.
 */
public final class FairRecruitmentCase extends CaseFact {
    boolean recruitmentPresent;
    String jurisdiction = "";
    String origin = "";
    String destination = "";
    Sex sex;
    boolean householdService;
    boolean governmentToGovernment;
    boolean employerDeclinedToPay;
    List<PaidCost> costs = List.of();
    Set<CostType> paidItems = Set.of();
    Money monthlyBasicSalary;
    Money firstMonthEarnings;
    BigDecimal costTotal;
    String costTotalMissingRate;
    BigDecimal sdg1071Ratio;
    NationalFeeRule nationalRule;

    private List<CostItem> requestCosts = List.of();
    private Conversion conversion;
    private final Map<PaidKey, Paid> paid = new HashMap<>(4);

    FairRecruitmentCase() {
        super(Determination.EMPLOYMENT_FAIR_RECRUITMENT);
    }

    void measureCostsWith(List<CostItem> items, Conversion rates) {
        this.requestCosts = items;
        this.conversion = rates;
    }

    public boolean isRecruitmentPresent() {
        return recruitmentPresent;
    }

    /** The jurisdiction deciding: the state whose national rule, if any, is read. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** Where the worker was recruited. */
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

    /** Whether the worker paid something for one of {@code items}. */
    public boolean anyPaidAmong(Set<CostType> items) {
        for (CostType item : paidItems) {
            if (items.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the worker paid something for an item outside {@code items}. */
    public boolean anyPaidOutside(Set<CostType> items) {
        return !items.containsAll(paidItems);
    }

    /** The contract's monthly basic salary, or null. */
    public Money getMonthlyBasicSalary() {
        return monthlyBasicSalary;
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

    /** The national fee rule in force in the jurisdiction's pack, or null. */
    public NationalFeeRule getNationalRule() {
        return nationalRule;
    }

    /** The national rule when it is Nepal's free visa, free ticket rule, else null. */
    public NepalFreeVisaFreeTicket getNepal() {
        return nationalRule instanceof NepalFreeVisaFreeTicket n ? n : null;
    }

    /** The national rule when it is the Philippine placement-fee rule, else null. */
    public PhilippinePlacementFee getPhilippines() {
        return nationalRule instanceof PhilippinePlacementFee p ? p : null;
    }

    /** The national rule when it is Bangladesh's cost ceilings, else null. */
    public BangladeshCostCeilings getBangladesh() {
        return nationalRule instanceof BangladeshCostCeilings b ? b : null;
    }

    /** Where Bangladesh's rule is in force, its ceiling for the destination (null where it sets none). */
    public Ceiling getCeiling() {
        BangladeshCostCeilings ceilings = getBangladesh();
        return ceilings == null ? null : ceilings.ceilingFor(destination);
    }

    /** What the worker paid for {@code item}, in {@code currency}. */
    public Paid paidFor(CostType item, String currency) {
        return paid.computeIfAbsent(new PaidKey(item, currency), k -> {
            List<CostItem> items = new ArrayList<>();
            for (CostItem i : requestCosts) {
                if (i.item() == item) {
                    items.add(i);
                }
            }
            return conversion.paid(items, currency);
        });
    }

    /** What the worker paid in all, in {@code currency}. */
    public Paid paidInAll(String currency) {
        return paid.computeIfAbsent(new PaidKey(null, currency), k -> conversion.paid(requestCosts, currency));
    }

    /** A sum measured once: what was paid for an item (every item when null), in a currency. */
    private record PaidKey(CostType item, String currency) {
    }

    // ---- for messages

    /**
     * What the worker paid for {@code item}, as messages show it: in its own currencies, followed by its value in
     * the currency of {@code shownAlsoIn} when that is given and every amount converts.
     */
    public String paidText(CostType item, Money shownAlsoIn) {
        if (shownAlsoIn != null) {
            return paidFor(item, shownAlsoIn.currency()).text();
        }
        List<CostItem> items = new ArrayList<>();
        for (CostItem i : requestCosts) {
            if (i.item() == item) {
                items.add(i);
            }
        }
        return Amounts.byCurrency(items);
    }

    /** The items the worker paid something for: {@code "VISA, MEDICAL"}. */
    public String getItemsPaid() {
        return Amounts.names(paidItems);
    }

    /** The items among {@code items} the worker paid something for. */
    public String itemsPaidAmong(Set<CostType> items) {
        Set<CostType> among = EnumSet.noneOf(CostType.class);
        among.addAll(paidItems);
        among.retainAll(items);
        return Amounts.names(among);
    }

    /** The items outside {@code items} the worker paid something for. */
    public String itemsPaidOutside(Set<CostType> items) {
        Set<CostType> outside = EnumSet.noneOf(CostType.class);
        outside.addAll(paidItems);
        outside.removeAll(items);
        return Amounts.names(outside);
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
