package org.m4sd.benchmarks.peers;

import java.math.BigDecimal;
import org.m4sd.sdk.request.CostType;

/**
 * The case methods that take arguments, as static functions the DMN models call through Java business knowledge
 * models: FEEL reads a fact's properties, but calls no method with arguments. They measure (what was paid for an
 * item in a cap's currency, the day an age is reached) or word messages (amounts and items as the messages show
 * them), as the DRL rules ask their case to; the comparisons stay in the decision tables. FEEL passes numbers as
 * {@link BigDecimal} and cost items by name.
 */
public final class CaseMethods {
    private CaseMethods() {
    }

    /** The day the person of a pension case reaches an age of {@code months} months (ISO date). */
    public static String dateAtAge(Object pensionCase, BigDecimal months) {
        return (String) CaseProperties.call(pensionCase, "dateAtAge", months.intValueExact());
    }

    /** What the worker of a recruitment case paid for {@code item}, measured in {@code currency}. */
    public static Object paidFor(Object recruitmentCase, String item, String currency) {
        return CaseProperties.call(recruitmentCase, "paidFor", CostType.valueOf(item), currency);
    }

    /** What the worker of a recruitment case paid in all, measured in {@code currency}. */
    public static Object paidInAll(Object recruitmentCase, String currency) {
        return CaseProperties.call(recruitmentCase, "paidInAll", currency);
    }

    /** What the worker paid for {@code item}, as messages show it, also in the salary's currency when given. */
    public static String paidText(Object recruitmentCase, String item, Object monthlyBasicSalary) {
        return (String) CaseProperties.call(recruitmentCase, "paidText", CostType.valueOf(item), monthlyBasicSalary);
    }

    /** The items among {@code items} the worker paid something for, as messages show them. */
    public static String itemsPaidAmong(Object recruitmentCase, Object items) {
        return (String) CaseProperties.call(recruitmentCase, "itemsPaidAmong", items);
    }

    /** The items outside {@code items} the worker paid something for, as messages show them. */
    public static String itemsPaidOutside(Object recruitmentCase, Object items) {
        return (String) CaseProperties.call(recruitmentCase, "itemsPaidOutside", items);
    }

    /** A placement-fee rule's cap for a worker with this salary, as messages show it. */
    public static String capText(Object placementFeeRule, Object monthlyBasicSalary) {
        return (String) CaseProperties.call(placementFeeRule, "capText", monthlyBasicSalary);
    }
}
