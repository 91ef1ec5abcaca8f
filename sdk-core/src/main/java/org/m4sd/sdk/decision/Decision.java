package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.internal.Checks;

/**
 * The decision on one determination for one request, with its explanation.
 *
 * @param requestId    the request's id
 * @param determination the determination made
 * @param outcome      the outcome; {@code UNDETERMINED} always lists {@code missingFacts}, {@code notEncoded} or
 *                     both
 * @param criteria     every criterion evaluated, in the order the pack defines
 * @param missingFacts JSON paths of the facts whose absence left the outcome undetermined: facts the person or the
 *                     caseworker can supply
 * @param notEncoded   the conditions of law the decision needed that the rule packs do not encode for the
 *                     jurisdiction and {@code asOf} (for example {@code ss.pension.age}, a pack parameter's name):
 *                     no fact the person supplies settles them; a pack that encodes them would. Sorted, no
 *                     duplicates; listed, as {@code missingFacts} is, when they left the outcome undetermined
 * @param questions    for an UNDETERMINED decision, the questions whose answers supply its missing facts, most
 *                     decisive first; each names one of {@code missingFacts}; empty otherwise
 * @param values       figures the determination yields besides its outcome, by name (for example
 *                     {@code sdg1071Ratio}, {@code proRataShare}, {@code recognition}); values are
 *                     {@link String}, {@link Boolean} or {@link BigDecimal}, keys sorted
 * @param rulePack     the pack that decided
 * @param asOf         the date the law was taken as of
 * @param inputSha256  SHA-256 of the canonical JSON form of the request
 */
@API(status = STABLE, since = "0.1")
public record Decision(
        String requestId,
        Determination determination,
        Outcome outcome,
        List<Criterion> criteria,
        List<String> missingFacts,
        List<String> notEncoded,
        List<Question> questions,
        Map<String, Object> values,
        RulePackRef rulePack,
        LocalDate asOf,
        String inputSha256) {


    /**
     * Rejects nulls, an outcome of the wrong kind, and an UNDETERMINED outcome that lists neither missing facts
     * nor conditions not encoded.
     */
    public Decision {
        Checks.requiredText(requestId, "requestId");
        Checks.required(determination, "determination");
        Checks.required(outcome, "outcome");
        if (!outcome.appliesTo(determination.kind())) {
            throw new IllegalArgumentException(
                    "outcome " + outcome + " does not apply to " + determination.kind() + " " + determination.id());
        }
        criteria = Checks.list(criteria, "criteria");
        missingFacts = Checks.list(missingFacts, "missingFacts");
        notEncoded = sortedDistinct(Checks.list(notEncoded, "notEncoded"));
        questions = Checks.list(questions, "questions");
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!missingFacts.contains(q.fact())) {
                throw new IllegalArgumentException("question for " + q.path() + " asks for " + q.fact()
                        + ", which is not a missing fact of the decision");
            }
        }
        if (outcome == Outcome.UNDETERMINED && missingFacts.isEmpty() && notEncoded.isEmpty()) {
            throw new IllegalArgumentException(
                    "an UNDETERMINED decision lists its missing facts or the conditions not encoded");
        }
        values = normaliseValues(Checks.required(values, "values"));
        Checks.required(rulePack, "rulePack");
        Checks.required(asOf, "asOf");
        Checks.required(inputSha256, "inputSha256");
        if (!isHex64(inputSha256)) {
            throw new IllegalArgumentException("inputSha256 must be 64 lower-case hex digits");
        }
    }

    /** A decision without questions: as the canonical constructor with empty {@code questions}. */
    public Decision(String requestId, Determination determination, Outcome outcome, List<Criterion> criteria,
            List<String> missingFacts, List<String> notEncoded, Map<String, Object> values, RulePackRef rulePack,
            LocalDate asOf, String inputSha256) {
        this(requestId, determination, outcome, criteria, missingFacts, notEncoded, List.of(), values, rulePack,
                asOf, inputSha256);
    }

    /**
     * A decision that needed no condition the packs do not encode: as the canonical constructor with an empty
     * {@code notEncoded}. Rejects an UNDETERMINED outcome without missing facts.
     */
    public Decision(String requestId, Determination determination, Outcome outcome, List<Criterion> criteria,
            List<String> missingFacts, Map<String, Object> values, RulePackRef rulePack, LocalDate asOf,
            String inputSha256) {
        this(requestId, determination, outcome, criteria, missingFacts, List.of(), List.of(), values, rulePack, asOf,
                inputSha256);
    }

    /** The criterion with this id, if the rules evaluated it. */
    public java.util.Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Checked on every decision, so by hand rather than with a regular expression. */
    static boolean isHex64(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The list sorted without duplicates: as it is when it already is, as the engines' lists are, else a copy. */
    private static List<String> sortedDistinct(List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) >= 0) {
                return List.copyOf(new TreeSet<>(values));
            }
        }
        return values;
    }

    /**
     * Sorted, numbers as BigDecimal, copied into two arrays: every decision pays for it. A decision's own values,
     * passed on to another decision, are already that copy.
     */
    private static Map<String, Object> normaliseValues(Map<String, Object> values) {
        if (values instanceof SortedValues) {
            return values;
        }
        if (values.isEmpty()) {
            return Collections.emptySortedMap();
        }
        return SortedValues.copyOf(values, Decision::normalise);
    }

    private static Object normalise(String key, Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        throw new IllegalArgumentException("values." + key + " must be a string, boolean or number, got "
                + value.getClass().getSimpleName());
    }
}
