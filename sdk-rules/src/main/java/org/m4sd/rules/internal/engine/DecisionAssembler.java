package org.m4sd.rules.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * Turns the criteria a case collected into a decision: criteria in the pack's order with messages and legal
 * sources resolved, and the outcome that follows from them.
 */
public final class DecisionAssembler {
    private final RuleCatalogue catalogue;
    private final Messages messages;
    private final QuestionCatalogue questions;

    public DecisionAssembler(RuleCatalogue catalogue, Messages messages, QuestionCatalogue questions) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.questions = questions;
    }

    public Decision assemble(String requestId, CaseFact fact, Locale locale, RulePackRef pack,
            java.time.LocalDate asOf, String inputSha256) {
        int count = fact.draftCount();
        if (count == 0) {
            throw new IllegalStateException("no rule of " + fact.getDetermination().id() + " reported a criterion");
        }
        // the drafts with their rules' entries, sorted together into the pack's order (the case's own drafts, in
        // place: it is decided once): a case has a few
        CriterionDraft[] drafts = fact.draftArray();
        RuleInfo[] infos = new RuleInfo[count];
        for (int i = 0; i < count; i++) {
            CriterionDraft draft = drafts[i];
            RuleInfo info = catalogue.get(draft.rule());
            int j = i - 1;
            while (j >= 0 && before(info, infos[j])) {
                drafts[j + 1] = drafts[j];
                infos[j + 1] = infos[j];
                j--;
            }
            drafts[j + 1] = draft;
            infos[j + 1] = info;
        }
        Criterion[] criteria = new Criterion[count];
        for (int i = 0; i < count; i++) {
            CriterionDraft d = drafts[i];
            RuleInfo info = infos[i];
            Gap gap = d.gap();
            criteria[i] = new Criterion(info.criterion(), info.rule(), d.result(), d.reasonCode(),
                    messages.format(fact.getDetermination(), locale, d.reasonCode(), d.args(), gap),
                    info.legalSources(), Optional.ofNullable(gap));
        }
        Outcome outcome = outcome(fact.getDetermination(), drafts, infos);
        boolean undetermined = outcome == Outcome.UNDETERMINED;
        // one or two criteria, as most decisions have, held without an array
        List<Criterion> listed = count == 1 ? List.of(criteria[0])
                : count == 2 ? List.of(criteria[0], criteria[1]) : List.of(criteria);
        return new Decision(requestId, fact.getDetermination(), outcome, listed,
                undetermined ? openConditions(drafts, infos, false) : List.of(),
                undetermined ? openConditions(drafts, infos, true) : List.of(),
                undetermined ? questions.questions(lacks(drafts, infos), locale) : List.of(), fact.values(), pack,
                asOf, inputSha256);
    }

    /** The pack's order: by the rule's order, then by its name. */
    private static boolean before(RuleInfo a, RuleInfo b) {
        return a.order() != b.order() ? a.order() < b.order() : a.rule().compareTo(b.rule()) < 0;
    }

    /** One lack per unknown criterion bearing on the outcome that a missing fact left open. */
    private static List<QuestionCatalogue.Lack> lacks(CriterionDraft[] drafts, RuleInfo[] infos) {
        List<QuestionCatalogue.Lack> lacks = new ArrayList<>();
        for (int i = 0; i < infos.length; i++) {
            CriterionDraft d = drafts[i];
            if (d.result() == CriterionResult.UNKNOWN && infos[i].effect() != Effect.INFORMS
                    && d.notEncoded() == null) {
                lacks.add(new QuestionCatalogue.Lack((String) d.args()[0], infos[i].effect() == Effect.BLOCKS));
            }
        }
        return lacks;
    }

    /**
     * A blocking criterion not met decides against the person even when other facts are missing; otherwise a
     * missing fact leaves the outcome undetermined; otherwise an unmet condition makes it conditional.
     */
    static Outcome outcome(Determination determination, CriterionDraft[] drafts, RuleInfo[] infos) {
        boolean blocked = false;
        boolean unknown = false;
        boolean conditional = false;
        for (int i = 0; i < infos.length; i++) {
            if (infos[i].effect() == Effect.INFORMS) {
                continue;
            }
            if (drafts[i].result() == CriterionResult.UNKNOWN) {
                unknown = true;
            } else if (drafts[i].result() == CriterionResult.NOT_MET) {
                if (infos[i].effect() == Effect.BLOCKS) {
                    blocked = true;
                } else {
                    conditional = true;
                }
            }
        }
        boolean compliance = determination.kind() == Determination.Kind.COMPLIANCE;
        if (blocked) {
            return compliance ? Outcome.NON_COMPLIANT : Outcome.INELIGIBLE;
        }
        if (unknown) {
            return Outcome.UNDETERMINED;
        }
        if (conditional) {
            return compliance ? Outcome.NON_COMPLIANT : Outcome.CONDITIONAL;
        }
        return compliance ? Outcome.COMPLIANT : Outcome.ELIGIBLE;
    }

    /**
     * What left the outcome undetermined, from the unknown criteria that bear on it: the missing facts' paths, or
     * ({@code notEncoded}) the conditions the packs do not encode. What only an informative criterion lacked (a
     * ratio reported for statistics) is neither.
     */
    private static List<String> openConditions(CriterionDraft[] drafts, RuleInfo[] infos, boolean notEncoded) {
        // sorted without duplicates, as a sorted set would give them: a decision has a few
        String[] open = new String[infos.length];
        int count = 0;
        for (int i = 0; i < infos.length; i++) {
            CriterionDraft d = drafts[i];
            if (d.result() == CriterionResult.UNKNOWN && infos[i].effect() != Effect.INFORMS
                    && (d.notEncoded() != null) == notEncoded) {
                String condition = notEncoded ? d.notEncoded() : (String) d.args()[0];
                int at = count;
                int order = 1;
                while (at > 0 && (order = open[at - 1].compareTo(condition)) > 0) {
                    at--;
                }
                if (at > 0 && order == 0) {
                    continue;
                }
                System.arraycopy(open, at, open, at + 1, count - at);
                open[at] = condition;
                count++;
            }
        }
        return count == 0 ? List.of() : List.of(Arrays.copyOf(open, count));
    }
}
