package org.m4sd.rules.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
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
    private static final Comparator<Drafted> ORDER =
            Comparator.comparingInt((Drafted d) -> d.info.order()).thenComparing(d -> d.info.rule());

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
        // one view of the drafts, read by index: no iterator per decision
        List<CriterionDraft> drafts = fact.drafts();
        List<Drafted> drafted = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft d = drafts.get(i);
            drafted.add(new Drafted(d, catalogue.get(d.rule())));
        }
        if (drafted.isEmpty()) {
            throw new IllegalStateException("no rule of " + fact.getDetermination().id() + " reported a criterion");
        }
        drafted.sort(ORDER);
        List<Criterion> criteria = new ArrayList<>(drafted.size());
        for (int i = 0; i < drafted.size(); i++) {
            Drafted d = drafted.get(i);
            Gap gap = d.draft.gap();
            criteria.add(new Criterion(d.info.criterion(), d.info.rule(), d.draft.result(), d.draft.reasonCode(),
                    messages.format(fact.getDetermination(), locale, d.draft.reasonCode(), d.draft.args(), gap),
                    d.info.legalSources(), Optional.ofNullable(gap)));
        }
        Outcome outcome = outcome(fact.getDetermination(), drafted);
        boolean undetermined = outcome == Outcome.UNDETERMINED;
        return new Decision(requestId, fact.getDetermination(), outcome, criteria,
                undetermined ? openConditions(drafted, false) : List.of(),
                undetermined ? openConditions(drafted, true) : List.of(),
                undetermined ? questions.questions(lacks(drafted), locale) : List.of(), fact.values(), pack, asOf,
                inputSha256);
    }

    /** One lack per unknown criterion bearing on the outcome that a missing fact left open. */
    private static List<QuestionCatalogue.Lack> lacks(List<Drafted> drafted) {
        List<QuestionCatalogue.Lack> lacks = new ArrayList<>();
        for (Drafted d : drafted) {
            if (d.draft.result() == CriterionResult.UNKNOWN && d.info.effect() != Effect.INFORMS
                    && d.draft.notEncoded() == null) {
                lacks.add(new QuestionCatalogue.Lack((String) d.draft.args()[0], d.info.effect() == Effect.BLOCKS));
            }
        }
        return lacks;
    }

    /**
     * A blocking criterion not met decides against the person even when other facts are missing; otherwise a
     * missing fact leaves the outcome undetermined; otherwise an unmet condition makes it conditional.
     */
    static Outcome outcome(Determination determination, List<Drafted> drafted) {
        boolean blocked = false;
        boolean unknown = false;
        boolean conditional = false;
        for (int i = 0; i < drafted.size(); i++) {
            Drafted d = drafted.get(i);
            if (d.info.effect() == Effect.INFORMS) {
                continue;
            }
            if (d.draft.result() == CriterionResult.UNKNOWN) {
                unknown = true;
            } else if (d.draft.result() == CriterionResult.NOT_MET) {
                if (d.info.effect() == Effect.BLOCKS) {
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
    private static List<String> openConditions(List<Drafted> drafted, boolean notEncoded) {
        java.util.TreeSet<String> open = new java.util.TreeSet<>();
        for (Drafted d : drafted) {
            if (d.draft.result() == CriterionResult.UNKNOWN && d.info.effect() != Effect.INFORMS
                    && (d.draft.notEncoded() != null) == notEncoded) {
                open.add(notEncoded ? d.draft.notEncoded() : (String) d.draft.args()[0]);
            }
        }
        return List.copyOf(open);
    }

    record Drafted(CriterionDraft draft, RuleInfo info) {
    }
}
