package org.m4sd.benchmarks.peers;

import com.gs.dmn.runtime.ExecutionContext;
import com.gs.dmn.runtime.ExecutionContextBuilder;
import com.gs.dmn.runtime.annotation.AnnotationSet;
import com.gs.dmn.runtime.cache.DefaultCache;
import com.gs.dmn.runtime.external.DefaultExternalFunctionExecutor;
import com.gs.dmn.runtime.external.ExternalFunctionExecutor;
import com.gs.dmn.runtime.listener.EventListener;
import com.gs.dmn.runtime.listener.NopEventListener;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.ApplicableRule;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.BgdCeiling;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.BgdWomen;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.C181;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.CostDate;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.Facts;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.IloPrinciple;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.NoFees;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.NplServiceCharge;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.NplVisaTicket;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.NplWorkerCosts;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.OtherCosts;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.PhlPlacementFee;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.Sdg1071;
import org.m4sd.benchmarks.peers.jdmn.fair_recruitment.type.TRecruitmentCase;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Age;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Alternative;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.BenefitLevel;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Condition;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Contributions;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Liability;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Provision;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Record;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Totalisation;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.Values;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.type.THit;
import org.m4sd.benchmarks.peers.jdmn.old_age_pension.type.TPensionCase;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.rules.spi.RuleCase;
import org.m4sd.sdk.Determination;

/**
 * The rules as Java that jDMN generates at build time (jdmn-maven-plugin) from typed copies of the DMN models
 * ({@code src/main/jdmn}), each model's Java in a package of its own ({@code jdmn.old_age_pension},
 * {@code jdmn.fair_recruitment}): the decision tables of the KIE DMN peer's models, with item definitions for the case
 * facts they read, since jDMN's Java is statically typed, and the case methods called through FEEL's Java
 * functions, since jDMN runs no Java business knowledge model. A case is passed as a {@link TypedView} of its fact;
 * each criteria decision (a COLLECT table, or the hits of such a table for each assessment of a recruitment's costs)
 * is applied to it in the model's order and its hits reported as the KIE DMN peer reports them, then the pension's
 * {@code values} decision (the fair-recruitment model has none). Decisions the criteria share (the required period,
 * the path met, the assessments ...) are evaluated once per case: jDMN caches them in the case's execution context.
 * The criteria and values decisions are applied through their generated lambdas, which let an exception through,
 * where a decision's {@code apply} would log it and give null.
 */
final class JdmnDecider implements CaseRules {
    private static final EventListener NO_EVENTS = new NopEventListener();
    private static final ExternalFunctionExecutor JAVA_FUNCTIONS = new DefaultExternalFunctionExecutor();

    /** The pension model's criteria decisions, in the model's order. */
    private final List<BiFunction<TPensionCase, ExecutionContext, List<THit>>> pensionCriteria;
    private final Values pensionValues = new Values();
    /** The fair-recruitment model's criteria decisions, in the model's order; it has no values decision. */
    private final List<BiFunction<TRecruitmentCase, ExecutionContext,
            List<org.m4sd.benchmarks.peers.jdmn.fair_recruitment.type.THit>>> recruitmentCriteria;

    JdmnDecider() {
        pensionCriteria = List.of(new Age().lambda::apply, new Contributions().lambda::apply,
                new Record().lambda::apply, new Totalisation().lambda::apply, new Liability().lambda::apply,
                new Condition().lambda::apply, new BenefitLevel().lambda::apply, new Provision().lambda::apply,
                new Alternative().lambda::apply);
        recruitmentCriteria = List.of(new Facts().lambda::apply, new CostDate().lambda::apply,
                new ApplicableRule().lambda::apply, new NoFees().lambda::apply, new IloPrinciple().lambda::apply,
                new C181().lambda::apply, new OtherCosts().lambda::apply, new NplVisaTicket().lambda::apply,
                new NplServiceCharge().lambda::apply, new NplWorkerCosts().lambda::apply,
                new PhlPlacementFee().lambda::apply, new BgdCeiling().lambda::apply, new BgdWomen().lambda::apply,
                new Sdg1071().lambda::apply);
    }

    @Override
    public String name() {
        return "JDMN";
    }

    @Override
    public Set<Determination> determinations() {
        return PeerEngine.JDMN_DECIDES;
    }

    @Override
    public void decide(RuleCase fact) {
        switch (fact.determination()) {
            case SOCIAL_SECURITY_OLD_AGE_PENSION -> {
                EarlyPensions.refuseWhereInForce(fact);
                AgreementChoice.apply(fact);
                TPensionCase pension = TypedView.of(fact.fact(), TPensionCase.class);
                ExecutionContext context = newContext();
                for (var criteria : pensionCriteria) {
                    report(fact, criteria.apply(pension, context));
                }
                DmnDecider.reportValues(fact, pensionValues.lambda.apply(pension, context).getBindings());
            }
            case EMPLOYMENT_FAIR_RECRUITMENT -> {
                TRecruitmentCase recruitment = TypedView.of(fact.fact(), TRecruitmentCase.class);
                ExecutionContext context = newContext();
                for (var criteria : recruitmentCriteria) {
                    reportRecruitment(fact, criteria.apply(recruitment, context));
                }
            }
            default -> throw new IllegalArgumentException("no jDMN model for " + fact.determination().id());
        }
    }

    /** A fresh context per case: the cache of shared decisions holds one case's results. */
    private static ExecutionContext newContext() {
        return ExecutionContextBuilder.executionContext()
                .withAnnotations(new AnnotationSet())
                .withEventListener(NO_EVENTS)
                .withExternalFunctionExecutor(JAVA_FUNCTIONS)
                .withCache(new DefaultCache())
                .build();
    }

    /**
     * Reports a COLLECT table's hits; jDMN gives null where no rule matched (and where a decision the table reads
     * failed, logging it: the check against the reference before timing catches that by the criterion it misses).
     */
    private static void report(RuleCase fact, List<THit> hits) {
        if (hits == null) {
            return;
        }
        for (THit hit : hits) {
            DmnDecider.report(fact, hit.getRule(), hit.getResult(), hit.getReasonCode(), hit.getArgs());
        }
    }

    /** Reports the hits of a fair-recruitment criteria decision, as {@link #report} those of a pension one. */
    private static void reportRecruitment(RuleCase fact,
            List<org.m4sd.benchmarks.peers.jdmn.fair_recruitment.type.THit> hits) {
        if (hits == null) {
            return;
        }
        for (var hit : hits) {
            DmnDecider.report(fact, hit.getRule(), hit.getResult(), hit.getReasonCode(), hit.getArgs());
        }
    }
}
