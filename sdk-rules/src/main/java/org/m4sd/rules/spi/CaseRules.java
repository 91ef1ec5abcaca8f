package org.m4sd.rules.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * The rules of some determinations on a rule engine other than Drools (DMN decision tables, Easy Rules ...), run
 * over the cases sdk-rules builds. The engine from {@link #engine} measures each requested determination into its
 * case exactly as the Drools engine does (the fact its DRL rules match, with the parameters in force), hands every
 * case to {@link #decide}, and assembles the decisions (messages, legal bases, outcome) from the criteria reported
 * on the cases. So two rule engines can be compared on the same rules and the same cases; the benchmarks' peers
 * do so.
 *
 * <p>A case's properties are those the DRL rules read: they follow the rules, not a compatibility promise.
 *
 * <pre>{@code
 * try (EligibilityEngine engine = CaseRules.engine(EngineOptions.defaults(), myRules)) {
 *     DecisionSet decisions = engine.evaluate(request);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CaseRules {

    /** A short name, for messages. */
    String name();

    /**
     * The determinations these rules decide; the engine refuses a request for any other with an
     * {@link UnsupportedOperationException}.
     */
    Set<Determination> determinations();

    /** Reports on {@code ruleCase} every criterion its rules give, as the DRL rules of its determination would. */
    void decide(RuleCase ruleCase);

    /** An engine that decides with {@code rules} instead of Drools; close it when done. */
    static EligibilityEngine engine(EngineOptions options, CaseRules rules) {
        return RulesFacade.get().caseRulesEngine(options, rules);
    }
}
