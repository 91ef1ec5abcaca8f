package org.m4sd.rules.internal.employment;

import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;

/**
 * The Philippine placement-fee rule (POEA Rules and Regulations): for work in any destination, an agency may
 * charge a placement fee of at most a number of months of basic salary, and none at all for household service
 * workers, government-to-government hiring or destinations that bar fees, where the pack says so.
 *
 * @param since              the first day in force, as messages show it
 * @param placementFeeCap    the cap, in months of basic salary
 * @param householdZeroFee   whether household service workers pay no placement fee
 * @param g2gZeroFee         whether workers hired government to government pay no placement fee
 * @param feeBanDestinations destinations whose law bars placement fees
 * @param source             where the pack takes the rule set from
 */
public record PhilippinePlacementFee(String since, MonthsOfSalary placementFeeCap, boolean householdZeroFee,
        boolean g2gZeroFee, Set<String> feeBanDestinations, Source source) implements NationalFeeRule {
    private static final Set<CostType> COVERED = Set.of(CostType.SERVICE_CHARGE);

    @Override
    public boolean everyDestination() {
        return true;
    }

    @Override
    public Set<String> destinations() {
        return Set.of();
    }

    @Override
    public boolean allInclusive() {
        return false;
    }

    /** The placement fee only: any other cost stays under the international rule. */
    @Override
    public Set<CostType> coveredItems() {
        return COVERED;
    }

    /** The cap for a worker with this salary, as messages show it: {@code "PHP 40000"}. */
    public String capText(Money monthlyBasicSalary) {
        return Amounts.money(placementFeeCap.amountFor(monthlyBasicSalary), monthlyBasicSalary.currency());
    }
}
