package org.m4sd.rules.internal.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;

/**
 * The costs judged under one national fee rule (DOMAIN.md 4.18: each cost under the rule in force on the day it was
 * paid, else on the first job's start, else on the decision date): the rule of the state where the worker was
 * recruited as its pack holds it on those days, or none where no national rule is encoded for them. A recruitment
 * whose costs were all judged on days under the same rule has one assessment. Sums against a cap are measured on
 * demand, in the cap's currency, through the request's exchange rates; no comparison is made here.
 */
public final class FeeAssessment {
    final LocalDate judgedFrom;
    final int rank;
    final NationalFeeRule nationalRule;
    private final String destination;
    private final Money monthlyBasicSalary;
    private final List<CostItem> costs;
    private final Set<CostType> paidItems;
    private final Conversion conversion;
    /**
     * Sums measured once, by the items' bits and the currency: rules ask for a few per assessment, each several
     * times, and a scan of them finds one without making a key.
     */
    private long[] paidItemBits;
    private String[] paidCurrencies;
    private Paid[] paidSums;
    private int paidCount;
    FairRecruitmentCase fairCase;

    FeeAssessment(int rank, LocalDate judgedFrom, NationalFeeRule nationalRule, String destination, Money monthlyBasicSalary,
            List<CostItem> costs, Conversion conversion) {
        this.rank = rank;
        this.judgedFrom = judgedFrom;
        this.nationalRule = nationalRule;
        this.destination = destination;
        this.monthlyBasicSalary = monthlyBasicSalary;
        this.costs = List.copyOf(costs);
        Set<CostType> items = EnumSet.noneOf(CostType.class);
        for (CostItem i : costs) {
            if (i.amount().signum() > 0) {
                items.add(i.item());
            }
        }
        this.paidItems = Collections.unmodifiableSet(items);
        this.conversion = conversion;
    }

    /**
     * The salience of the rules that report on this assessment: higher for an earlier assessment, so that where a
     * rule reports on several, its criteria come in the order of the assessments' days.
     */
    public int getRank() {
        return rank;
    }

    /** The case whose costs these are. */
    public FairRecruitmentCase getFairCase() {
        return fairCase;
    }

    /** The earliest day on which a cost of this assessment is judged. */
    public LocalDate getJudgedFrom() {
        return judgedFrom;
    }

    /** The contract's monthly basic salary, or null: a cap may be a number of months of it. */
    public Money getMonthlyBasicSalary() {
        return monthlyBasicSalary;
    }

    /** The national fee rule in force on those days in the pack of the state of recruitment, or null. */
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

    /** The national rule when it is a ban on charging workers some items, else null. */
    public FeeBan getFeeBan() {
        return nationalRule instanceof FeeBan b ? b : null;
    }

    /** Where Bangladesh's rule is in force, its ceiling for the destination (null where it sets none). */
    public Ceiling getCeiling() {
        return nationalRule instanceof BangladeshCostCeilings b ? b.ceilingFor(destination) : null;
    }

    /** The cost items the rule addresses for the destination (every item under an all-inclusive ceiling). */
    public Set<CostType> getCoveredItems() {
        Ceiling ceiling = getCeiling();
        return ceiling != null ? ceiling.coveredItems() : nationalRule.coveredItems();
    }

    /** Whether the rule's limit caps everything the worker pays, so that no cost stays under the ILO principle. */
    public boolean isAllInclusive() {
        Ceiling ceiling = getCeiling();
        return ceiling != null ? ceiling.allInclusive() : nationalRule.allInclusive();
    }

    /** The items the rule addresses, as messages show them. */
    public String getCoveredItemsText() {
        return Amounts.names(getCoveredItems());
    }

    /** The cost items paid for (an amount above zero) among the costs judged here. */
    public Set<CostType> getPaidItems() {
        return paidItems;
    }

    /** Whether something was paid for one of {@code items}. */
    public boolean anyPaidAmong(Set<CostType> items) {
        for (CostType item : paidItems) {
            if (items.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** Whether something was paid for an item outside {@code items}. */
    public boolean anyPaidOutside(Set<CostType> items) {
        return !items.containsAll(paidItems);
    }

    /** What was paid for {@code item}, in {@code currency}. */
    public Paid paidFor(CostType item, String currency) {
        Paid known = paidSum(1L << item.ordinal(), currency);
        return known != null ? known : measurePaid(1L << item.ordinal(), Set.of(item), currency);
    }

    /** What was paid for any of {@code items}, in {@code currency}. */
    public Paid paidAmong(Set<CostType> items, String currency) {
        long bits = Amounts.bits(items);
        Paid known = paidSum(bits, currency);
        return known != null ? known : measurePaid(bits, items, currency);
    }

    private Paid paidSum(long itemBits, String currency) {
        for (int i = 0; i < paidCount; i++) {
            if (paidItemBits[i] == itemBits && Objects.equals(paidCurrencies[i], currency)) {
                return paidSums[i];
            }
        }
        return null;
    }

    private Paid measurePaid(long itemBits, Set<CostType> items, String currency) {
        Paid sum = conversion.paid(costsOf(items), currency);
        if (paidItemBits == null) {
            paidItemBits = new long[4];
            paidCurrencies = new String[4];
            paidSums = new Paid[4];
        } else if (paidCount == paidItemBits.length) {
            paidItemBits = Arrays.copyOf(paidItemBits, paidCount * 2);
            paidCurrencies = Arrays.copyOf(paidCurrencies, paidCount * 2);
            paidSums = Arrays.copyOf(paidSums, paidCount * 2);
        }
        paidItemBits[paidCount] = itemBits;
        paidCurrencies[paidCount] = currency;
        paidSums[paidCount] = sum;
        paidCount++;
        return sum;
    }

    private List<CostItem> costsOf(Set<CostType> items) {
        List<CostItem> out = new ArrayList<>();
        for (CostItem i : costs) {
            if (items.contains(i.item())) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * What is to be repaid to the worker for {@code items}, none of which may be charged: summed in
     * {@code currency} (null for none) where it was paid in several currencies.
     */
    public Repayment repayment(Set<CostType> items, String currency) {
        return Repayment.ofItems(costs, items, currency, conversion);
    }

    /** What is to be repaid to the worker for {@code item}, which may not be charged. */
    public Repayment repaymentFor(CostType item, String currency) {
        return Repayment.ofItems(costs, Set.of(item), currency, conversion);
    }

    /** What is to be repaid to the worker for the items outside {@code items}, which the rule does not address. */
    public Repayment repaymentOutside(Set<CostType> items, String currency) {
        Set<CostType> outside = EnumSet.allOf(CostType.class);
        outside.removeAll(items);
        return Repayment.ofItems(costs, outside, currency, conversion);
    }

    // ---- for messages

    /**
     * What was paid for {@code item}, as messages show it: in its own currencies, followed by its value in the
     * currency of {@code shownAlsoIn} when that is given and every amount converts.
     */
    public String paidText(CostType item, Money shownAlsoIn) {
        if (shownAlsoIn != null) {
            return paidFor(item, shownAlsoIn.currency()).text();
        }
        return Amounts.byCurrency(costsOf(Set.of(item)));
    }

    /** The items paid for: {@code "VISA, MEDICAL"}. */
    public String getItemsPaid() {
        return Amounts.names(paidItems);
    }

    /** The items among {@code items} paid for. */
    public String itemsPaidAmong(Set<CostType> items) {
        Set<CostType> among = EnumSet.noneOf(CostType.class);
        among.addAll(paidItems);
        among.retainAll(items);
        return Amounts.names(among);
    }

    /** The items outside {@code items} paid for. */
    public String itemsPaidOutside(Set<CostType> items) {
        Set<CostType> outside = EnumSet.noneOf(CostType.class);
        outside.addAll(paidItems);
        outside.removeAll(items);
        return Amounts.names(outside);
    }
}
