package org.m4sd.rules.internal.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.rules.spi.RuleCase;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EngineOptions;

/**
 * An engine whose rules run on another rule engine ({@link CaseRules}) instead of Drools. Cases, parameters and
 * decision assembly are those of the Drools engine ({@link AbstractEngine}), so the other engine does exactly the
 * part Drools does: report each case's criteria.
 */
public final class CaseRulesEngine extends AbstractEngine {
    private final CaseRules rules;

    private CaseRulesEngine(EngineOptions options, Runtime runtime, CaseRules rules) {
        super(options, runtime);
        this.rules = rules;
    }

    public static CaseRulesEngine create(EngineOptions options, CaseRules rules) {
        Loading loading = Runtime.start(options.packBundles()); // the packs, read beside the rule base
        // every package's rules in the catalogue from the start: the other engine's rules are not Drools'
        return new CaseRulesEngine(options, loading.finish(RuleBases.of(RuleBases.load().combined())), rules);
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        Set<Determination> decides = rules.determinations();
        for (CaseFact fact : cases) {
            if (!decides.contains(fact.getDetermination())) {
                throw new UnsupportedOperationException("the " + rules.name() + " rules cover "
                        + decides.stream().sorted().map(Determination::id).collect(Collectors.joining(" and "))
                        + " only, not " + fact.getDetermination().id());
            }
        }
        for (CaseFact fact : cases) {
            rules.decide(new View(fact));
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "CaseRulesEngine[" + rules.name() + "]";
    }

    /** A case as the other rule engine sees it: its fact, read by property name, and where it reports. */
    private record View(CaseFact fact) implements RuleCase {
        @Override
        public Determination determination() {
            return fact.getDetermination();
        }

        @Override
        public void met(String rule, String reasonCode, Object... args) {
            fact.met(rule, reasonCode, args);
        }

        @Override
        public void notMet(String rule, String reasonCode, Object... args) {
            fact.notMetWithoutGap(rule, reasonCode, args);
        }

        @Override
        public void unknown(String rule, String reasonCode, String missingFactPath) {
            fact.unknown(rule, reasonCode, missingFactPath);
        }

        @Override
        public void notEncoded(String rule, String reasonCode, String condition, Object... args) {
            fact.notEncoded(rule, reasonCode, condition, args);
        }

        @Override
        public void value(String name, Object value) {
            fact.value(name, value);
        }
    }
}
