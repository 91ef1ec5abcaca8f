package org.m4sd.rules.internal.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Gap;

/**
 * The fact a determination's rules match on: the request's facts and the parameters in force, flattened for
 * one determination, plus the criteria the rules report as they fire. A case holds only what its
 * determination may read; the cases of status-neutral determinations have no migratory status at all.
 *
 * <p>Each rule reports under its own name, written as the first argument of its report: the name identifies the
 * criterion, its legal sources and its place in the decision ({@code RuleCatalogue}); the reference
 * implementation reports the same names. The name is written rather than read from {@code kcontext}: a
 * consequence that reads {@code kcontext} makes Drools build a context and a fact-handle lookup on every firing.
 * That each rule reports its own name is checked on every DRL file.
 */
public abstract class CaseFact {
    private final Determination determination;
    /** The criteria reported, in the order they were (until assembly sorts them): a case has one to a dozen. */
    private CriterionDraft[] drafts = new CriterionDraft[4];
    private int draftCount;
    /** The values reported, names sorted; created with the first value, as most decisions report none. */
    private String[] valueNames;
    private Object[] valueObjects;
    private int valueCount;

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

    /**
     * Called from a rule, naming it: the criterion needs a condition of law that the packs do not encode for the
     * jurisdiction and date, named as the pack parameter that would encode it; {@code args} fill the message.
     */
    public final void notEncoded(String rule, String reasonCode, String condition, Object... args) {
        add(new CriterionDraft(rule, CriterionResult.UNKNOWN, reasonCode, args, condition));
    }

    /** Called from a rule, naming it: the rule's criterion holds. */
    public final void met(String rule, String reasonCode, Object... args) {
        add(new CriterionDraft(rule, CriterionResult.MET, reasonCode, args));
    }

    /**
     * A criterion not met, reported without its gap: only through the rule-case SPI, whose engines (the benchmark
     * peers) compute none. Named apart from {@link #notMet(String, String, Gap, Object...)} so that a rule's report
     * without a gap does not compile: the DRL always reports the gap.
     */
    public final void notMetWithoutGap(String rule, String reasonCode, Object... args) {
        add(new CriterionDraft(rule, CriterionResult.NOT_MET, reasonCode, args));
    }

    /**
     * Called from a rule, naming it: the rule's criterion does not hold, and {@code gap} is what would make it
     * hold, computed by the rule from the same facts and parameters it compared.
     */
    public final void notMet(String rule, String reasonCode, Gap gap, Object... args) {
        add(new CriterionDraft(rule, CriterionResult.NOT_MET, reasonCode, args, null,
                java.util.Objects.requireNonNull(gap, "gap")));
    }

    /** Called from a rule, naming it: the rule's criterion needs a fact the request lacks, named by its JSON path. */
    public final void unknown(String rule, String reasonCode, String missingFactPath) {
        add(new CriterionDraft(rule, CriterionResult.UNKNOWN, reasonCode, new Object[] {missingFactPath}));
    }

    private void add(CriterionDraft draft) {
        if (draftCount == drafts.length) {
            drafts = Arrays.copyOf(drafts, drafts.length * 2);
        }
        drafts[draftCount++] = draft;
    }

    /** A figure the decision reports besides its outcome; a second figure of the same name replaces the first. */
    public final void value(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (valueNames == null) {
            valueNames = new String[4];
            valueObjects = new Object[4];
        }
        int at = 0;
        while (at < valueCount && valueNames[at].compareTo(name) < 0) {
            at++;
        }
        if (at < valueCount && valueNames[at].equals(name)) {
            valueObjects[at] = value;
            return;
        }
        if (valueCount == valueNames.length) {
            valueNames = Arrays.copyOf(valueNames, valueCount * 2);
            valueObjects = Arrays.copyOf(valueObjects, valueCount * 2);
        }
        System.arraycopy(valueNames, at, valueNames, at + 1, valueCount - at);
        System.arraycopy(valueObjects, at, valueObjects, at + 1, valueCount - at);
        valueNames[at] = name;
        valueObjects[at] = value;
        valueCount++;
    }

    /** Forgets the criteria rules reported, so the case can be decided again; values are kept. */
    public final void reset() {
        Arrays.fill(drafts, 0, draftCount, null);
        draftCount = 0;
    }

    /**
     * The criteria reported, in the order they were until the decision is assembled, in the pack's order after
     * (the assembler sorts them in place).
     */
    public final List<CriterionDraft> drafts() {
        return Collections.unmodifiableList(Arrays.asList(drafts).subList(0, draftCount));
    }

    /** How many criteria were reported: with {@link #draft}, the drafts read without a list. */
    public final int draftCount() {
        return draftCount;
    }

    /**
     * The criteria reported, the first {@link #draftCount} of the array: for the assembler, which sorts them in
     * place into the pack's order rather than into a copy.
     */
    final CriterionDraft[] draftArray() {
        return drafts;
    }

    /** The {@code index}th criterion reported. */
    public final CriterionDraft draft(int index) {
        Objects.checkIndex(index, draftCount);
        return drafts[index];
    }

    /** The values reported, names sorted: a view, read once, when the decision is assembled. */
    public final Map<String, Object> values() {
        return valueCount == 0 ? Map.of() : new ValuesView();
    }

    /** A read-only view of the values' arrays, walked by {@link Map#forEach} without an entry per value. */
    private final class ValuesView extends AbstractMap<String, Object> {
        @Override
        public int size() {
            return valueCount;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            for (int i = 0; i < valueCount; i++) {
                action.accept(valueNames[i], valueObjects[i]);
            }
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new LinkedHashMap<>();
            forEach(copy::put);
            return Collections.unmodifiableMap(copy).entrySet();
        }
    }
}
