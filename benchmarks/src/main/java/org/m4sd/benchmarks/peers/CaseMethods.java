package org.m4sd.benchmarks.peers;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.type.TPaid;
import org.m4sd.sdk.request.CostType;

/**
 * The case methods that take arguments, as static functions the DMN models call through Java business knowledge
 * models: FEEL reads a fact's properties, but calls no method with arguments. They measure (what an assessment's
 * costs came to for an item in a cap's currency, the day an age is reached) or word messages (amounts and items as
 * the messages show them), as the DRL rules ask their case to; the comparisons stay in the decision tables. FEEL
 * passes numbers as {@link BigDecimal} and cost items by name. jDMN's Java calls them as FEEL Java functions, with
 * {@link TypedView}s of the case's values, which they read through, and cost items as lists of names; a sum it reads
 * as a view of the item definition jDMN generated for it.
 */
public final class CaseMethods {
    private CaseMethods() {
    }

    /**
     * The day the person of a pension case reaches an age of {@code months} months (ISO date); the case is the fact,
     * or jDMN's {@link TypedView} of it.
     */
    public static String dateAtAge(Object pensionCase, BigDecimal months) {
        return (String) CaseProperties.call(TypedView.bean(pensionCase), "dateAtAge", months.intValueExact());
    }

    /** What the costs of an assessment came to for {@code item}, measured in {@code currency}. */
    public static Object paidFor(Object assessment, String item, String currency) {
        return CaseProperties.call(TypedView.bean(assessment), "paidFor", CostType.valueOf(item), currency);
    }

    /** {@link #paidFor} as jDMN's Java reads it: through the interface it generated for the sum. */
    public static TPaid paidForView(Object assessment, String item, String currency) {
        return TypedView.of(paidFor(assessment, item, currency), TPaid.class);
    }

    /** What the costs of an assessment came to for any of {@code items}, measured in {@code currency}. */
    public static Object paidAmong(Object assessment, Object items, String currency) {
        return CaseProperties.call(TypedView.bean(assessment), "paidAmong", costTypes(items), currency);
    }

    /** {@link #paidAmong} as jDMN's Java reads it: through the interface it generated for the sum. */
    public static TPaid paidAmongView(Object assessment, Object items, String currency) {
        return TypedView.of(paidAmong(assessment, items, currency), TPaid.class);
    }

    /** What an assessment's costs came to for {@code item}, as messages show it, also in the salary's currency. */
    public static String paidText(Object assessment, String item, Object monthlyBasicSalary) {
        return (String) CaseProperties.call(TypedView.bean(assessment), "paidText", CostType.valueOf(item),
                TypedView.bean(monthlyBasicSalary));
    }

    /** The items among {@code items} an assessment's costs paid for, as messages show them. */
    public static String itemsPaidAmong(Object assessment, Object items) {
        return (String) CaseProperties.call(TypedView.bean(assessment), "itemsPaidAmong", costTypes(items));
    }

    /** The items outside {@code items} an assessment's costs paid for, as messages show them. */
    public static String itemsPaidOutside(Object assessment, Object items) {
        return (String) CaseProperties.call(TypedView.bean(assessment), "itemsPaidOutside", costTypes(items));
    }

    /**
     * The costs of a recruitment case judged on one kind of day ({@code PAID_ON}, {@code FIRST_JOB_START},
     * {@code DECISION_DATE}), as messages show them; the case names the kinds among its {@code judgedBy}.
     */
    public static String costsJudgedBy(Object recruitmentCase, String kind) {
        Object fact = TypedView.bean(recruitmentCase);
        for (Object by : (Collection<?>) CaseProperties.property(fact, "judgedBy")) {
            if (by.toString().equals(kind)) {
                return (String) CaseProperties.call(fact, "costsJudgedBy", by);
            }
        }
        throw new IllegalArgumentException("no cost is judged by " + kind);
    }

    /** A placement-fee rule's cap for a worker with this salary, as messages show it. */
    public static String capText(Object placementFeeRule, Object monthlyBasicSalary) {
        return (String) CaseProperties.call(TypedView.bean(placementFeeRule), "capText",
                TypedView.bean(monthlyBasicSalary));
    }

    /**
     * Cost items as the case's methods take them: the set FEEL passes as the case gave it, or the items by name, as
     * jDMN's Java has them.
     */
    private static Set<?> costTypes(Object items) {
        if (items instanceof Set<?> set) {
            return set;
        }
        Set<CostType> out = EnumSet.noneOf(CostType.class);
        for (Object item : (Collection<?>) items) {
            out.add(CostType.valueOf(item.toString()));
        }
        return out;
    }
}
