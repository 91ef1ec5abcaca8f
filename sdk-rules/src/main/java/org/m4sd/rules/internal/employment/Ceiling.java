package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Sex;

/**
 * A government ceiling on what an agency may charge a worker recruited for one destination.
 *
 * @param destination  ISO 3166-1 alpha-3 code of the destination it applies to
 * @param amount       the ceiling
 * @param currency     its currency
 * @param since        the first day this ceiling is in force, as messages show it
 * @param allInclusive whether it caps everything the worker pays (else the agency's charge only, every other cost
 *                     staying under the ILO principle)
 * @param forSex       the sex of the workers it is fixed for, or null where it is fixed for every worker
 * @param source       where the pack takes it from
 */
public record Ceiling(String destination, BigDecimal amount, String currency, String since, boolean allInclusive,
        Sex forSex, Source source) {
    private static final Set<CostType> EVERY_ITEM = Collections.unmodifiableSet(EnumSet.allOf(CostType.class));
    private static final Set<CostType> AGENCY_CHARGE = Set.of(CostType.SERVICE_CHARGE);

    /** The ceiling as messages show it: {@code "BDT 165000"}. */
    public String text() {
        return Amounts.money(amount, currency);
    }

    /** The cost items the ceiling caps. */
    public Set<CostType> coveredItems() {
        return allInclusive ? EVERY_ITEM : AGENCY_CHARGE;
    }
}
