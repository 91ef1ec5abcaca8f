package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A data-quality rule in the DHIS2 form: a left and a right side, each with a missing-value strategy, an
 * operator and an importance. {@link #BUILT_IN} lists the rules every report applies; a
 * {@link ValidationFinding} names its rule by {@link #id()}.
 *
 * @param id            stable id
 * @param description   what the rule checks
 * @param left          what the left side holds
 * @param leftStrategy  what a missing left value does
 * @param operator      the comparison
 * @param right         what the right side holds
 * @param rightStrategy what a missing right value does
 * @param importance    how much a violation matters
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValidationRule(String id, String description, String left, MissingValueStrategy leftStrategy,
        Operator operator, String right, MissingValueStrategy rightStrategy, Importance importance) {

    /** Rejects nulls and blanks. */
    public ValidationRule {
        Checks.requiredText(id, "id");
        Checks.requiredText(description, "description");
        Checks.requiredText(left, "left");
        Checks.required(leftStrategy, "leftStrategy");
        Checks.required(operator, "operator");
        Checks.requiredText(right, "right");
        Checks.required(rightStrategy, "rightStrategy");
        Checks.required(importance, "importance");
    }

    /** Parts of a disaggregation add up to no more than the reported total. */
    public static final ValidationRule PART_NOT_ABOVE_TOTAL = new ValidationRule("part-not-above-total",
            "the parts of a disaggregation add up to no more than the total reported for it",
            "sum of the parts along one dimension", MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING,
            Operator.LESS_THAN_OR_EQUAL_TO, "the reported total", MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING,
            Importance.HIGH);
    /** A count is never negative. */
    public static final ValidationRule NO_NEGATIVE_COUNT = new ValidationRule("no-negative-count",
            "a count (UNIT measure) is never negative", "the reported value", MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING,
            Operator.GREATER_THAN_OR_EQUAL_TO, "0", MissingValueStrategy.NEVER_SKIP, Importance.HIGH);
    /** A value fits its indicator's measure. */
    public static final ValidationRule VALUE_FITS_MEASURE = new ValidationRule("value-fits-measure",
            "a percentage lies in [0, 100], a nominal or ordinal code is whole, a qualitative indicator has no number",
            "the reported value", MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, Operator.GREATER_THAN_OR_EQUAL_TO,
            "the measure's lower bound", MissingValueStrategy.NEVER_SKIP, Importance.HIGH);
    /** An actual has a baseline for its country. */
    public static final ValidationRule ACTUAL_HAS_BASELINE = new ValidationRule("actual-has-baseline",
            "an actual reported for a country has a baseline for that country", "the actual",
            MissingValueStrategy.NEVER_SKIP, Operator.COMPULSORY_PAIR, "the baseline", MissingValueStrategy.NEVER_SKIP,
            Importance.MEDIUM);
    /** A record names a programme country. */
    public static final ValidationRule KNOWN_COUNTRY = new ValidationRule("known-country",
            "a value or event is for a programme country", "the record", MissingValueStrategy.NEVER_SKIP,
            Operator.COMPULSORY_PAIR, "the country among the programme's", MissingValueStrategy.NEVER_SKIP,
            Importance.HIGH);
    /** An observation names an indicator the framework observes. */
    public static final ValidationRule KNOWN_INDICATOR = new ValidationRule("known-indicator",
            "an observation is for an indicator of the framework computed from observations", "the record",
            MissingValueStrategy.NEVER_SKIP, Operator.COMPULSORY_PAIR, "the indicator in the framework",
            MissingValueStrategy.NEVER_SKIP, Importance.HIGH);
    /** An observation uses only its indicator's dimensions. */
    public static final ValidationRule KNOWN_DIMENSION = new ValidationRule("known-dimension",
            "an observation is broken down only by its indicator's dimensions", "the record",
            MissingValueStrategy.NEVER_SKIP, Operator.COMPULSORY_PAIR, "the dimension in the indicator",
            MissingValueStrategy.NEVER_SKIP, Importance.HIGH);
    /** A record falls inside the programme. */
    public static final ValidationRule PERIOD_IN_PROGRAMME = new ValidationRule("period-in-programme",
            "a value or event falls inside the programme's duration", "the record", MissingValueStrategy.NEVER_SKIP,
            Operator.COMPULSORY_PAIR, "a reporting period", MissingValueStrategy.NEVER_SKIP, Importance.HIGH);
    /** A worker's recruitment costs can all be put in the earnings currency, so that SDG 10.7.1 can count them. */
    public static final ValidationRule COSTS_CONVERTIBLE = new ValidationRule("costs-convertible",
            "every recruitment cost of a surveyed worker is in the earnings currency or has an exchange rate to it",
            "the worker's cost items", MissingValueStrategy.NEVER_SKIP, Operator.COMPULSORY_PAIR,
            "an exchange rate to the earnings currency", MissingValueStrategy.NEVER_SKIP, Importance.HIGH);

    /** Every rule a report applies. */
    public static final List<ValidationRule> BUILT_IN = List.of(PART_NOT_ABOVE_TOTAL, NO_NEGATIVE_COUNT,
            VALUE_FITS_MEASURE, ACTUAL_HAS_BASELINE, KNOWN_COUNTRY, KNOWN_INDICATOR, KNOWN_DIMENSION,
            PERIOD_IN_PROGRAMME, COSTS_CONVERTIBLE);

    /** The built-in rule with this id. */
    public static Optional<ValidationRule> byId(String id) {
        return BUILT_IN.stream().filter(r -> r.id.equals(id)).findFirst();
    }
}
