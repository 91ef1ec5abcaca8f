package org.m4sd.rules.internal.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.Messages;
import org.m4sd.rules.internal.engine.QuestionCatalogue;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The plain-Java reference implementation of the rule packs, written from DOMAIN.md and the pack data
 * independently of the Drools engine: its own measurements, its own reading of the parameters, its own rule
 * table and its own outcome logic. It shares only the public API, the pack files and the message bundles with
 * the Drools engine, so the differential properties compare two readings of the law. The oracle of those
 * properties and the baseline of the benchmarks; not registered as a provider.
 */
public final class ReferenceEligibilityEngine implements EligibilityEngine {
    private static final Comparator<Reported> ORDER =
            Comparator.comparingInt((Reported r) -> r.rule.order()).thenComparing(r -> r.rule.name());

    private final EngineOptions options;
    private final PackStore packs;
    private final Map<Determination, ReferenceDeterminer> determiners;
    private final Map<String, ReferenceRule> rules;
    private final Map<String, List<LegalBasis>> legalBases;
    private final Messages messages = new Messages();
    private final QuestionCatalogue questions = new QuestionCatalogue();
    private final M4sdJson json;

    private ReferenceEligibilityEngine(EngineOptions options) {
        this.options = options;
        this.packs = PackStore.load();
        this.json = M4sdJson.create(options.limits());
        LegalSources sources = LegalSources.load();
        Map<Determination, ReferenceDeterminer> byDetermination = new EnumMap<>(Determination.class);
        Map<String, ReferenceRule> byName = new HashMap<>();
        Map<String, List<LegalBasis>> bases = new HashMap<>();
        for (ReferenceDeterminer d : ReferenceDeterminers.all()) {
            if (byDetermination.put(d.determination(), d) != null) {
                throw new IllegalStateException("two reference determiners for " + d.determination().id());
            }
            for (ReferenceRule rule : d.rules()) {
                if (byName.put(rule.name(), rule) != null) {
                    throw new IllegalStateException("reference rule name " + rule.name() + " is used twice");
                }
                bases.put(rule.name(), rule.legalBasis().stream().map(sources::get).toList());
            }
        }
        this.determiners = byDetermination;
        this.rules = Map.copyOf(byName);
        this.legalBases = Map.copyOf(bases);
    }

    public static ReferenceEligibilityEngine create(EngineOptions options) {
        return new ReferenceEligibilityEngine(options);
    }

    /** The rules of the reference implementation by name, with their metadata as the reference declares it. */
    public Map<String, String> criterionByRule() {
        Map<String, String> out = new HashMap<>();
        rules.forEach((name, rule) -> out.put(name, rule.criterion()));
        return out;
    }

    @Override
    public DecisionSet evaluate(EligibilityRequest request) {
        List<FieldError> inconsistent = request.inconsistencies();
        if (!inconsistent.isEmpty()) {
            throw new InvalidRequestException(inconsistent);
        }
        List<Determination> asked = request.requestedDeterminations();
        List<FieldError> errors = new ArrayList<>();
        List<Determination> decided = new ArrayList<>(asked.size());
        List<Findings> findings = new ArrayList<>(asked.size());
        Parameters parameters = new Parameters(packs, request.jurisdiction(), request.asOf());
        for (int i = 0; i < asked.size(); i++) {
            ReferenceDeterminer determiner = determiners.get(asked.get(i));
            if (determiner == null) {
                errors.add(FieldError.of("$.determinations[" + i + "]",
                        "determination " + asked.get(i).id() + " is not implemented by the rule packs"));
                continue;
            }
            Findings f = new Findings();
            try {
                determiner.decide(request, parameters, f);
                decided.add(asked.get(i));
                findings.add(f);
            } catch (NotInForce e) {
                if (!request.determinations().isEmpty()) {
                    errors.add(e.error());
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("$", "the rules could not decide this record: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Locale locale = Messages.supported(request.locale().orElse(options.defaultLocale()));
        RulePackRef pack = packs.deciding(request.jurisdiction());
        String inputSha256 = json.inputSha256(request);
        List<Decision> decisions = new ArrayList<>(decided.size());
        for (int i = 0; i < decided.size(); i++) {
            decisions.add(assemble(request, decided.get(i), findings.get(i), locale, pack, inputSha256));
        }
        DecisionSet set = new DecisionSet(request.requestId(), decisions);
        try {
            options.listener().onDecision(request, set);
        } catch (RuntimeException e) {
            // A failing listener must not change the answer; the Drools engine logs it, the oracle ignores it.
        }
        return set;
    }

    private Decision assemble(EligibilityRequest request, Determination determination, Findings findings,
            Locale locale, RulePackRef pack, String inputSha256) {
        List<Reported> reported = new ArrayList<>(findings.findings().size());
        for (Findings.Finding f : findings.findings()) {
            ReferenceRule rule = rules.get(f.rule());
            if (rule == null) {
                throw new IllegalStateException("the reference reported an undeclared rule " + f.rule());
            }
            reported.add(new Reported(f, rule));
        }
        if (reported.isEmpty()) {
            throw new IllegalStateException("no reference rule of " + determination.id() + " reported a criterion");
        }
        reported.sort(ORDER);
        List<Criterion> criteria = new ArrayList<>(reported.size());
        for (Reported r : reported) {
            criteria.add(new Criterion(r.rule.criterion(), r.rule.name(), r.finding.result(), r.finding.reasonCode(),
                    messages.format(determination, locale, r.finding.reasonCode(), r.finding.args(), r.finding.gap()),
                    legalBases.get(r.rule.name()), Optional.ofNullable(r.finding.gap())));
        }
        Outcome outcome = outcome(determination, reported);
        boolean undetermined = outcome == Outcome.UNDETERMINED;
        List<String> missing = undetermined ? missingFacts(reported) : List.of();
        List<String> notEncoded = undetermined ? notEncoded(reported) : List.of();
        return new Decision(request.requestId(), determination, outcome, criteria, missing, notEncoded,
                undetermined ? questions.questions(lacks(reported), locale) : List.of(), findings.values(), pack,
                request.asOf(), inputSha256);
    }

    /** One lack per unknown criterion bearing on the outcome that a missing fact left open. */
    private static List<QuestionCatalogue.Lack> lacks(List<Reported> reported) {
        List<QuestionCatalogue.Lack> lacks = new ArrayList<>();
        for (Reported r : reported) {
            if (bearsOnOutcome(r) && r.finding.notEncoded() == null) {
                lacks.add(new QuestionCatalogue.Lack((String) r.finding.args()[0],
                        r.rule.effect() == ReferenceRule.Effect.BLOCKS));
            }
        }
        return lacks;
    }

    /**
     * DESIGN.md, "How a determination is built", step 4: a blocking criterion not met decides against the person;
     * otherwise a missing fact leaves the decision undetermined; otherwise an unmet condition makes it conditional.
     * Informative criteria never change the outcome.
     */
    private static Outcome outcome(Determination determination, List<Reported> reported) {
        boolean against = reported.stream().anyMatch(r -> r.rule.effect() == ReferenceRule.Effect.BLOCKS
                && r.finding.result() == CriterionResult.NOT_MET);
        boolean open = reported.stream().anyMatch(r -> r.rule.effect() != ReferenceRule.Effect.INFORMS
                && r.finding.result() == CriterionResult.UNKNOWN);
        boolean condition = reported.stream().anyMatch(r -> r.rule.effect() == ReferenceRule.Effect.CONDITIONS
                && r.finding.result() == CriterionResult.NOT_MET);
        boolean compliance = determination.kind() == Determination.Kind.COMPLIANCE;
        if (against) {
            return compliance ? Outcome.NON_COMPLIANT : Outcome.INELIGIBLE;
        }
        if (open) {
            return Outcome.UNDETERMINED;
        }
        if (condition) {
            return compliance ? Outcome.NON_COMPLIANT : Outcome.CONDITIONAL;
        }
        return compliance ? Outcome.COMPLIANT : Outcome.ELIGIBLE;
    }

    /** The paths of the facts that the unknown criteria bearing on the outcome lack. */
    private static List<String> missingFacts(List<Reported> reported) {
        TreeSet<String> paths = new TreeSet<>();
        for (Reported r : reported) {
            if (bearsOnOutcome(r) && r.finding.notEncoded() == null) {
                paths.add((String) r.finding.args()[0]);
            }
        }
        return List.copyOf(paths);
    }

    /** The conditions of law, not encoded in the packs, that the unknown criteria bearing on the outcome need. */
    private static List<String> notEncoded(List<Reported> reported) {
        TreeSet<String> conditions = new TreeSet<>();
        for (Reported r : reported) {
            if (bearsOnOutcome(r) && r.finding.notEncoded() != null) {
                conditions.add(r.finding.notEncoded());
            }
        }
        return List.copyOf(conditions);
    }

    private static boolean bearsOnOutcome(Reported r) {
        return r.finding.result() == CriterionResult.UNKNOWN && r.rule.effect() != ReferenceRule.Effect.INFORMS;
    }

    @Override
    public Iterator<RecordResult> evaluateAll(Iterator<EligibilityRequest> requests) {
        return new Iterator<>() {
            private long line;

            @Override
            public boolean hasNext() {
                return requests.hasNext();
            }

            @Override
            public RecordResult next() {
                if (!requests.hasNext()) {
                    throw new NoSuchElementException();
                }
                line++;
                EligibilityRequest request = requests.next();
                try {
                    return new RecordResult.Decided(line, evaluate(request));
                } catch (InvalidRequestException e) {
                    return reject(request, e.errors());
                } catch (RuntimeException e) {
                    return reject(request, List.of(FieldError.of("$",
                            "the rules could not decide this record: " + e.getMessage())));
                }
            }

            private RecordResult reject(EligibilityRequest request, List<FieldError> errors) {
                var rejected = new RecordResult.Rejected(line,
                        Optional.ofNullable(request).map(EligibilityRequest::requestId), errors);
                try {
                    options.listener().onRejected(rejected);
                } catch (RuntimeException ignored) {
                    // as in evaluate: a listener cannot change the answer
                }
                return rejected;
            }
        };
    }

    @Override
    public List<RulePackRef> rulePacks() {
        return packs.refs();
    }

    @Override
    public EngineOptions options() {
        return options;
    }

    @Override
    public void close() {
    }

    private record Reported(Findings.Finding finding, ReferenceRule rule) {
    }
}
