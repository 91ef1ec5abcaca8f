package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A data-quality finding: a DHIS2-style validation rule that failed for one indicator, country, period and
 * disaggregation.
 *
 * @param rule       stable id of the rule, for example {@code part-not-above-total}
 * @param importance how much it matters
 * @param operator   the rule's operator
 * @param indicator  the indicator's id
 * @param country    the country code as reported
 * @param period     the period, or the programme period for findings not tied to one
 * @param dimensions the disaggregation concerned
 * @param left       the left side's value, if it had one
 * @param right      the right side's value, if it had one
 * @param message    a plain-language explanation
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValidationFinding(String rule, Importance importance, Operator operator, String indicator,
        String country, Period period, Map<String, String> dimensions, OptionalDouble left, OptionalDouble right,
        String message) {
    /** Rejects nulls. */
    public ValidationFinding {
        Checks.requiredText(rule, "rule");
        Checks.required(importance, "importance");
        Checks.required(operator, "operator");
        Checks.requiredText(indicator, "indicator");
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.map(dimensions, "dimensions")));
        Checks.required(left, "left");
        Checks.required(right, "right");
        Checks.requiredText(message, "message");
    }

    /** The rule's definition, with its missing-value strategies, when it is a built-in rule. */
    public java.util.Optional<ValidationRule> definition() {
        return ValidationRule.byId(rule);
    }
}
