package org.m4sd.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.rule.RuleContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Gap;

/**
 * The fact a determination's rules match on: the request's facts and the parameters in force, flattened for
 * one determination, plus the criteria the rules report as they fire. A case holds only what its
 * determination may read; the cases of status-neutral determinations have no migratory status at all.
 *
 * <p>Rules report through {@code kcontext} so that the rule's own name and metadata identify the criterion;
 * the reference implementation reports the same rule names directly.
 */
public abstract class CaseFact {
    private final Determination determination;
    private final List<CriterionDraft> drafts = new ArrayList<>(6);
    /** Created with the first value: most decisions report none. */
    private Map<String, Object> values;

    protected CaseFact(Determination determination) {
        this.determination = determination;
    }

    public final Determination getDetermination() {
        return determination;
    }

    /**
     * Facts the rules match beside this case, each naming this case: inserted with it, so that a constraint shared
     * by several rules is tested once per fact rather than once per rule.
     */
    public List<?> parts() {
        return List.of();
    }

    /** Called from a rule: the rule's criterion holds. */
    public final void met(RuleContext rule, String reasonCode, Object... args) {
        met(rule.getRule().getName(), reasonCode, args);
    }

    /**
     * Called from a rule: the rule's criterion does not hold, and {@code gap} is what would make it hold, computed
     * by the rule from the same facts and parameters it compared.
     */
    public final void notMet(RuleContext rule, String reasonCode, Gap gap, Object... args) {
        notMet(rule.getRule().getName(), reasonCode, gap, args);
    }

    /** Called from a rule: the rule's criterion needs a fact the request lacks, named by its JSON path. */
    public final void unknown(RuleContext rule, String reasonCode, String missingFactPath) {
        unknown(rule.getRule().getName(), reasonCode, missingFactPath);
    }

    /**
     * Called from a rule: the rule's criterion needs a condition of law that the packs do not encode for the
     * jurisdiction and date, named as the pack parameter that would encode it; {@code args} fill the message.
     */
    public final void notEncoded(RuleContext rule, String reasonCode, String condition, Object... args) {
        notEncoded(rule.getRule().getName(), reasonCode, condition, args);
    }

    public final void notEncoded(String rule, String reasonCode, String condition, Object... args) {
        drafts.add(new CriterionDraft(rule, CriterionResult.UNKNOWN, reasonCode, args, condition));
    }

    public final void met(String rule, String reasonCode, Object... args) {
        drafts.add(new CriterionDraft(rule, CriterionResult.MET, reasonCode, args));
    }

    /**
     * A criterion not met, reported without its gap: only through the rule-case SPI, whose engines (the benchmark
     * peers) compute none; the DRL always reports the gap.
     */
    public final void notMet(String rule, String reasonCode, Object... args) {
        drafts.add(new CriterionDraft(rule, CriterionResult.NOT_MET, reasonCode, args));
    }

    public final void notMet(String rule, String reasonCode, Gap gap, Object... args) {
        drafts.add(new CriterionDraft(rule, CriterionResult.NOT_MET, reasonCode, args, null,
                java.util.Objects.requireNonNull(gap, "gap")));
    }

    public final void unknown(String rule, String reasonCode, String missingFactPath) {
        drafts.add(new CriterionDraft(rule, CriterionResult.UNKNOWN, reasonCode, new Object[] {missingFactPath}));
    }

    /** A figure the decision reports besides its outcome. */
    public final void value(String name, Object value) {
        if (values == null) {
            values = new TreeMap<>();
        }
        values.put(name, value);
    }

    /** Forgets the criteria rules reported, so the case can be decided again; values are kept. */
    public final void reset() {
        drafts.clear();
    }

    public final List<CriterionDraft> drafts() {
        return Collections.unmodifiableList(drafts);
    }

    public final Map<String, Object> values() {
        return values == null ? Map.of() : Collections.unmodifiableMap(values);
    }
}
