package org.m4sd.rules.internal.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Gap;

/** What the reference rules concluded for one determination of one request: criteria and values. */
final class Findings {
    private final List<Finding> findings = new ArrayList<>(6);
    private final Map<String, Object> values = new TreeMap<>();

    /**
     * One criterion as a rule reported it; {@code args} are the figures of its message; {@code notEncoded} names
     * the condition the packs lack when that is why the result is unknown, else null.
     */
    record Finding(String rule, CriterionResult result, String reasonCode, Object[] args, String notEncoded,
            Gap gap) {
        Finding(String rule, CriterionResult result, String reasonCode, Object[] args) {
            this(rule, result, reasonCode, args, null, null);
        }
    }

    void met(String rule, String reasonCode, Object... args) {
        findings.add(new Finding(rule, CriterionResult.MET, reasonCode, args));
    }

    /** The criterion does not hold; {@code gap} is what would make it hold. */
    void notMet(String rule, String reasonCode, Gap gap, Object... args) {
        findings.add(new Finding(rule, CriterionResult.NOT_MET, reasonCode, args, null,
                java.util.Objects.requireNonNull(gap, "gap")));
    }

    /** The criterion needs a fact the request lacks, named by its JSON path. */
    void unknown(String rule, String reasonCode, String missingFactPath) {
        findings.add(new Finding(rule, CriterionResult.UNKNOWN, reasonCode, new Object[] {missingFactPath}));
    }

    /**
     * The criterion needs a condition of law the packs do not encode for the jurisdiction and date (DOMAIN.md
     * section 4: nothing is invented or defaulted), named as the pack parameter that would encode it.
     */
    void notEncoded(String rule, String reasonCode, String condition, Object... args) {
        findings.add(new Finding(rule, CriterionResult.UNKNOWN, reasonCode, args, condition, null));
    }

    /** A figure the decision reports besides its outcome. */
    void value(String name, Object value) {
        values.put(name, value);
    }

    List<Finding> findings() {
        return findings;
    }

    Map<String, Object> values() {
        return values;
    }
}
