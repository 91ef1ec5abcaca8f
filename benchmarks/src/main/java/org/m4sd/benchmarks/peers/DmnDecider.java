package org.m4sd.benchmarks.peers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.rules.spi.RuleCase;
import org.m4sd.sdk.Determination;

/**
 * The rules as DMN 1.5 models ({@code old-age-pension.dmn}, {@code fair-recruitment.dmn} beside this class): one
 * COLLECT table per criterion, one row per DRL rule, comparing the case's measured facts with the parameters in
 * force it carries, read by property as FEEL does; decisions the tables read stand for the findings DRL rules
 * derive for one another, and Java business knowledge models ({@link CaseMethods}) for the case methods the DRL
 * rules call with arguments. Each hit of a criteria table (a decision whose result is a list) is a context
 * {@code {rule, result, reasonCode, args}}, reported on the case as the DRL rule reports it (for UNKNOWN, the
 * missing fact's JSON path; for NOT_ENCODED, the condition not encoded, then the message arguments); a decision
 * named {@code values} gives the figures reported besides the criteria. A table whose rules report once for each
 * assessment of a case's costs is a business knowledge model, invoked for each in the case's order. The runtime is built once; every case is a
 * fresh evaluation of all the model's decisions.
 */
final class DmnDecider implements CaseRules {
    static final String PENSION_MODEL = "old-age-pension.dmn";
    static final String RECRUITMENT_MODEL = "fair-recruitment.dmn";
    private static final String PENSION_NS = "https://m4sd.org/rules/social-security/old-age-pension";
    private static final String RECRUITMENT_NS = "https://m4sd.org/rules/employment/fair-recruitment";
    /** The decision that gives the figures a decision reports besides its criteria, where a model has one. */
    private static final String VALUES = "values";
    /** The decision that measures each assessment of a recruitment's costs, which the criteria tables read. */
    private static final String ASSESSMENTS = "assessments";

    private final DMNRuntime runtime;
    private final DMNModel pension;
    private final DMNModel recruitment;

    private DmnDecider(DMNRuntime runtime) {
        this.runtime = runtime;
        this.pension = model(runtime, PENSION_NS, "old-age-pension");
        this.recruitment = model(runtime, RECRUITMENT_NS, "fair-recruitment");
    }

    static DmnDecider load() {
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromClasspathResources(PENSION_MODEL, DmnDecider.class, RECRUITMENT_MODEL)
                .getOrElseThrow(e -> new IllegalStateException("cannot build the DMN runtime", e));
        return new DmnDecider(runtime);
    }

    private static DMNModel model(DMNRuntime runtime, String namespace, String name) {
        DMNModel model = runtime.getModel(namespace, name);
        if (model == null) {
            throw new IllegalStateException("DMN model " + name + " is missing");
        }
        if (model.hasErrors()) {
            throw new IllegalStateException("DMN model " + name + " has errors: "
                    + model.getMessages(DMNMessage.Severity.ERROR));
        }
        return model;
    }

    @Override
    public String name() {
        return "DMN";
    }

    @Override
    public Set<Determination> determinations() {
        return PeerEngine.DECIDES;
    }

    @Override
    public void decide(RuleCase fact) {
        DMNModel model;
        String input;
        switch (fact.determination()) {
            case SOCIAL_SECURITY_OLD_AGE_PENSION -> {
                EarlyPensions.refuseWhereInForce(fact);
                AgreementChoice.apply(fact);
                model = pension;
                input = "pension";
            }
            case EMPLOYMENT_FAIR_RECRUITMENT -> {
                model = recruitment;
                input = "recruitment";
            }
            default -> throw new IllegalArgumentException("no DMN model for " + fact.determination().id());
        }
        DMNContext context = runtime.newContext();
        context.set(input, fact.fact());
        DMNResult result = runtime.evaluateAll(model, context);
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN evaluation of " + fact.determination().id() + " failed: "
                    + result.getMessages(DMNMessage.Severity.ERROR));
        }
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            if (decision.getDecisionName().equals(VALUES)) {
                reportValues(fact, (Map<?, ?>) decision.getResult());
            } else if (!decision.getDecisionName().equals(ASSESSMENTS)
                    && decision.getResult() instanceof List<?> hits) {
                for (Object hit : hits) {
                    report(fact, (Map<?, ?>) hit);
                }
            }
            // Any other decision is a finding the criteria tables read (a required period, the path met ...).
        }
    }

    /** Reports the figures of the {@code values} decision that are not null, as the DRL rules report them. */
    static void reportValues(RuleCase fact, Map<?, ?> values) {
        values.forEach((name, value) -> {
            if (value != null) {
                fact.value((String) name, value);
            }
        });
    }

    private static void report(RuleCase fact, Map<?, ?> hit) {
        report(fact, (String) hit.get("rule"), (String) hit.get("result"), (String) hit.get("reasonCode"),
                (List<?>) hit.get("args"));
    }

    /**
     * Reports one hit of a criteria table on the case, as the DRL rule reports it: for UNKNOWN, the first argument is
     * the missing fact's JSON path; for NOT_ENCODED, the condition not encoded, then the message arguments.
     */
    static void report(RuleCase fact, String rule, String result, String reasonCode, List<?> arguments) {
        Object[] args = arguments.toArray();
        switch (result) {
            case "MET" -> fact.met(rule, reasonCode, args);
            case "NOT_MET" -> fact.notMet(rule, reasonCode, args);
            case "UNKNOWN" -> fact.unknown(rule, reasonCode, (String) args[0]);
            case "NOT_ENCODED" -> fact.notEncoded(rule, reasonCode, (String) args[0],
                    Arrays.copyOfRange(args, 1, args.length));
            default -> throw new IllegalStateException("rule " + rule + " gave result " + result);
        }
    }
}
