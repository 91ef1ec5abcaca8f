package org.m4sd.benchmarks.peers;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.rules.spi.RuleCase;
import org.m4sd.sdk.Determination;

/**
 * The rules as Easy Rules {@link Rule}s ({@link PensionRules}, {@link FairRecruitmentRules}), fired by one
 * {@link DefaultRulesEngine} on one case at a time; the rules read the case's properties by name
 * ({@link CaseProperties}). Easy Rules logs and swallows an exception thrown by a
 * condition or an action; a listener turns it back into a failure, so that a broken rule cannot pass for a rule
 * that did not fire.
 */
final class EasyRulesDecider implements CaseRules {
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
    public String name() {
        return "Easy Rules";
    }

    @Override
    public Set<Determination> determinations() {
        return PeerEngine.DECIDES;
    }

    @Override
    public void decide(RuleCase ruleCase) {
        Rules rules = switch (ruleCase.determination()) {
            case SOCIAL_SECURITY_OLD_AGE_PENSION -> {
                EarlyPensions.refuseWhereInForce(ruleCase);
                AgreementChoice.apply(ruleCase);
                yield pension;
            }
            case EMPLOYMENT_FAIR_RECRUITMENT -> recruitment;
            default -> throw new IllegalArgumentException("no Easy Rules for " + ruleCase.determination().id());
        };
        Facts facts = new Facts();
        facts.put(CASE, ruleCase);
        engine.fire(rules, facts);
    }

    /** A rule on the case; {@code priority} is the DRL rule's {@code @order}. */
    static Rule rule(String name, int priority, Predicate<RuleCase> when, Consumer<RuleCase> then) {
        return new RuleBuilder()
                .name(name)
                .priority(priority)
                .when(facts -> when.test(facts.get(CASE)))
                .then(facts -> then.accept(facts.get(CASE)))
                .build();
    }

    /**
     * A rule on the case and the facts earlier rules derived: Easy Rules fires the rules in order of priority,
     * evaluating each condition in turn, so a rule of a lower priority number can add a fact (as a DRL rule inserts
     * one) that a later rule's condition reads.
     */
    static Rule ruleOnFacts(String name, int priority, Predicate<Facts> when, Consumer<Facts> then) {
        return new RuleBuilder()
                .name(name)
                .priority(priority)
                .when(when::test)
                .then(then::accept)
                .build();
    }

    /** The case the rules are fired on. */
    static RuleCase ruleCase(Facts facts) {
        return facts.get(CASE);
    }
}
