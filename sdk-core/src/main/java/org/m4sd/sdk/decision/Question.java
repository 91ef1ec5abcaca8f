package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A question whose answer supplies a fact an undetermined decision lacks. The questions of a decision come most
 * decisive first; together they cover its {@link Decision#missingFacts()} exactly.
 *
 * @param fact          the missing fact this question settles, as {@link Decision#missingFacts()} names it
 * @param path          JSON path where the answer goes in the request: the fact itself, or a member of it when
 *                      the fact is a whole object the request lacks (one question per required member)
 * @param type          the type of the answer
 * @param unit          the unit of a number (an ISO 4217 code, {@code months}), where it has one
 * @param allowedValues the values allowed, for {@link FactType#ONE_OF} and {@link FactType#SOME_OF}
 * @param text          the question in the request's language
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Question(String fact, String path, FactType type, Optional<String> unit, List<String> allowedValues,
        String text) {

    /** Rejects nulls, blank paths and text, and a closed-list type without its values. */
    public Question {
        Checks.requiredText(fact, "fact");
        Checks.requiredText(path, "path");
        Checks.required(type, "type");
        Checks.optional(unit, "unit");
        allowedValues = Checks.list(allowedValues, "allowedValues");
        Checks.requiredText(text, "text");
        if ((type == FactType.ONE_OF || type == FactType.SOME_OF) == allowedValues.isEmpty()) {
            throw new IllegalArgumentException("a question lists allowed values if and only if its type is ONE_OF"
                    + " or SOME_OF: " + path);
        }
        if (!path.equals(fact) && !path.startsWith(fact + ".")) {
            throw new IllegalArgumentException("a question's path " + path + " is its fact " + fact
                    + " or a member of it");
        }
    }
}
