package org.m4sd.benchmarks.peers;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.m4sd.rules.internal.employment.FairRecruitmentCase;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase;

/**
 * The rules as Easy Rules {@link Rule}s ({@link PensionRules}, {@link FairRecruitmentRules}), fired by one
 * {@link DefaultRulesEngine} on one case at a time. Easy Rules logs and swallows an exception thrown by a
 * condition or an action; a listener turns it back into a failure, so that a broken rule cannot pass for a rule
 * that did not fire.
 */
final class EasyRulesDecider implements CaseDecider {
    static final String CASE = "case";

    private final DefaultRulesEngine engine = new DefaultRulesEngine();
    private final Rules pension = PensionRules.rules();
    private final Rules recruitment = FairRecruitmentRules.rules();

    EasyRulesDecider() {
        engine.registerRuleListener(new RuleListener() {
            @Override
            public void onEvaluationError(Rule rule, Facts facts, Exception exception) {
                throw new IllegalStateException("condition of rule " + rule.getName() + " failed", exception);
            }

            @Override
            public void onFailure(Rule rule, Facts facts, Exception exception) {
                throw new IllegalStateException("action of rule " + rule.getName() + " failed", exception);
            }
        });
    }

    @Override
    public void decide(CaseFact fact) {
        Rules rules;
        if (fact instanceof OldAgePensionCase) {
            rules = pension;
        } else if (fact instanceof FairRecruitmentCase) {
            rules = recruitment;
        } else {
            throw new IllegalArgumentException("no Easy Rules for " + fact.getDetermination().id());
        }
        Facts facts = new Facts();
        facts.put(CASE, fact);
        engine.fire(rules, facts);
    }

    /** A rule on the case fact of type {@code type}; {@code priority} is the DRL rule's {@code @order}. */
    static <C extends CaseFact> Rule rule(Class<C> type, String name, int priority, Predicate<C> when,
            Consumer<C> then) {
        return new RuleBuilder()
                .name(name)
                .priority(priority)
                .when(facts -> when.test(type.cast(facts.get(CASE))))
                .then(facts -> then.accept(type.cast(facts.get(CASE))))
                .build();
    }
}
