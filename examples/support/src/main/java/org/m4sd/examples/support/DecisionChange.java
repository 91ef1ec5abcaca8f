package org.m4sd.examples.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.RecordResult;

/**
 * One determination of one case decided twice (two as-of dates, two rule-pack versions), and what changed: the
 * comparison behind {@code m4sd diff}.
 *
 * @param line          the case's line (or record number)
 * @param requestId     the case's request id
 * @param determination what was decided
 * @param before        the first decision, or null when the first run did not make it
 * @param after         the second decision, or null when the second run did not make it
 */
public record DecisionChange(long line, String requestId, Determination determination, Decision before,
        Decision after) {

    /** One change per determination made in either run, in the order the runs made them. */
    public static List<DecisionChange> compare(RecordResult.Decided a, RecordResult.Decided b) {
        Map<Determination, Decision> x = new LinkedHashMap<>();
        a.decisions().decisions().forEach(d -> x.put(d.determination(), d));
        Map<Determination, Decision> y = new LinkedHashMap<>();
        b.decisions().decisions().forEach(d -> y.put(d.determination(), d));
        Set<Determination> all = new LinkedHashSet<>(x.keySet());
        all.addAll(y.keySet());
        List<DecisionChange> changes = new ArrayList<>();
        for (Determination d : all) {
            changes.add(new DecisionChange(a.line(), a.decisions().requestId(), d, x.get(d), y.get(d)));
        }
        return changes;
    }

    /** Whether the outcome changed, or one run made the decision and the other did not. */
    public boolean outcomeChanged() {
        return before == null || after == null || before.outcome() != after.outcome();
    }

    /** Whether to list it: its outcome changed, or with {@code all} any of its criteria did. */
    public boolean differs(boolean all) {
        return outcomeChanged() || (all && !criteria().isEmpty());
    }

    /** The criteria whose result or reason changed, as {@code id: before -> after}. */
    public List<String> criteria() {
        List<String> out = new ArrayList<>();
        Map<String, Criterion> a = byId(before);
        Map<String, Criterion> b = byId(after);
        Set<String> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            Criterion x = a.get(id);
            Criterion y = b.get(id);
            if (x == null || y == null || x.result() != y.result() || !x.reasonCode().equals(y.reasonCode())) {
                out.add(id + ": " + describe(x) + " -> " + describe(y));
            }
        }
        return out;
    }

    /** A decision's outcome, or {@code (not made)}. */
    public static String outcome(Decision d) {
        return d == null ? "(not made)" : d.outcome().name();
    }

    private static Map<String, Criterion> byId(Decision d) {
        Map<String, Criterion> map = new LinkedHashMap<>();
        if (d != null) {
            d.criteria().forEach(c -> map.put(c.id(), c));
        }
        return map;
    }

    private static String describe(Criterion c) {
        return c == null ? "(not evaluated)" : c.result() + " " + c.reasonCode();
    }
}
