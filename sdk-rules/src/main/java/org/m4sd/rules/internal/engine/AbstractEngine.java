package org.m4sd.rules.internal.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.m4sd.rules.internal.packs.Background;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.PackBundles;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Drools engine and the reference implementation share: building each determination's case from the
 * request and the parameters in force, and assembling decisions from the criteria the rules reported. Only
 * {@link #decide} differs.
 */
public abstract class AbstractEngine implements EligibilityEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AbstractEngine.class);

    protected final EngineOptions options;
    protected final Runtime runtime;
    private final M4sdJson json;

    /** The immutable parts every evaluation reads: packs, determiners, catalogue, assembler. */
    public record Runtime(PackStore packs, Map<Determination, Determiner> determiners, RuleCatalogue catalogue,
            DecisionAssembler assembler) {
        /**
         * The runtime on these rules, with the shipped packs and the bundles of {@code bundles}.
         *
         * @throws org.m4sd.sdk.PackBundleException when a bundle is refused
         */
        public static Runtime load(RuleBases bases, PackBundles bundles) {
            return Sources.read(bundles).runtime(bases, new Messages(), new QuestionCatalogue());
        }

        /**
         * Starts reading the packs (with the bundles of {@code bundles}) on a thread of their own, so that the caller
         * builds the rule base meanwhile: with a second core free, start-up takes the longer of the two instead of
         * their sum (on a machine whose cores are all busy it takes as long as before). {@link Loading#finish}
         * reads the legal sources and the determiners, then waits for the packs.
         */
        public static Loading start(PackBundles bundles) {
            Background<PackStore> packs = Background.start("m4sd-packs", () -> PackStore.load(bundles));
            return new Loading(packs);
        }
    }

    /** Packs being read beside the rule base: see {@link Runtime#start}. */
    public static final class Loading {
        private final Background<PackStore> packs;

        private Loading(Background<PackStore> packs) {
            this.packs = packs;
        }

        /**
         * The runtime on these rules, once the packs are read.
         *
         * @throws org.m4sd.sdk.PackBundleException when a bundle is refused, as {@link Runtime#load} does
         */
        public Runtime finish(RuleBases bases) {
            // what reads no pack is read or built here while the packs are read, on a thread that would otherwise
            // wait for them
            Messages messages = new Messages();
            QuestionCatalogue questions = new QuestionCatalogue();
            LegalSources legal = LegalSources.load();
            Map<Determination, Determiner> determiners = Determiners.load();
            PackStore read = packs.join(); // what reading threw, as it would have been thrown on this thread
            return new Sources(read, legal, determiners).runtime(bases, messages, questions);
        }
    }

    /** What the runtime reads besides the rules. */
    private record Sources(PackStore packs, LegalSources legal, Map<Determination, Determiner> determiners) {
        static Sources read(PackBundles bundles) {
            return new Sources(PackStore.load(bundles), LegalSources.load(), Determiners.load());
        }

        Runtime runtime(RuleBases bases, Messages messages, QuestionCatalogue questions) {
            // generated models: each package's rules join the catalogue when the engine loads the package
            RuleCatalogue catalogue = RuleCatalogue.of(bases.isFixed() ? bases.rules() : List.of(), legal);
            return new Runtime(packs, determiners, catalogue, new DecisionAssembler(catalogue, messages, questions));
        }
    }

    protected AbstractEngine(EngineOptions options, Runtime runtime) {
        this.options = options;
        this.runtime = runtime;
        this.json = M4sdJson.create(options.limits());
    }

    /** Runs the rules over these cases (of any determinations and requests); each case collects its criteria. */
    protected abstract void decide(List<CaseFact> cases);

    @Override
    public DecisionSet evaluate(EligibilityRequest request) {
        Prepared prepared = prepare(request, 0);
        decide(prepared.cases);
        return finish(prepared);
    }

    @Override
    public Iterator<RecordResult> evaluateAll(Iterator<EligibilityRequest> requests) {
        return new BatchIterator(requests);
    }

    @Override
    public List<RulePackRef> rulePacks() {
        return runtime.packs().refs();
    }

    @Override
    public EngineOptions options() {
        return options;
    }

    private Prepared prepare(EligibilityRequest request, long line) {
        List<FieldError> inconsistent = request.inconsistencies();
        if (!inconsistent.isEmpty()) {
            throw new InvalidRequestException(inconsistent);
        }
        List<Determination> asked = request.requestedDeterminations();
        List<FieldError> errors = new ArrayList<>();
        List<CaseFact> cases = new ArrayList<>(asked.size());
        PackContext context = new PackContext(runtime.packs(), request.jurisdiction(), request.asOf());
        for (int i = 0; i < asked.size(); i++) {
            Determiner determiner = runtime.determiners().get(asked.get(i));
            if (determiner == null) {
                errors.add(FieldError.of("$.determinations[" + i + "]",
                        "determination " + asked.get(i).id() + " is not implemented by the rule packs"));
                continue;
            }
            try {
                cases.add(determiner.caseFor(request, context));
            } catch (NotInForceException e) {
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
        return new Prepared(request, cases, line);
    }

    private DecisionSet finish(Prepared prepared) {
        EligibilityRequest request = prepared.request;
        Locale locale = Messages.supported(request.locale().orElse(options.defaultLocale()));
        RulePackRef pack = runtime.packs().deciding(request.jurisdiction());
        String inputSha256 = json.inputSha256(request);
        List<Decision> decisions = new ArrayList<>(prepared.cases.size());
        for (CaseFact fact : prepared.cases) {
            decisions.add(runtime.assembler().assemble(request.requestId(), fact, locale, pack, request.asOf(),
                    inputSha256));
        }
        DecisionSet set = new DecisionSet(request.requestId(), decisions);
        try {
            options.listener().onDecision(request, set);
        } catch (RuntimeException e) {
            LOG.warn("decision listener failed for request {}: {}", request.requestId(), e.toString());
        }
        return set;
    }

    private record Prepared(EligibilityRequest request, List<CaseFact> cases, long line) {
    }

    /** Pulls up to {@code batchSize} requests, decides them together, and hands back results in input order. */
    private final class BatchIterator implements Iterator<RecordResult> {
        private final Iterator<EligibilityRequest> source;
        private final List<RecordResult> ready = new ArrayList<>();
        private int next;
        private long line;

        BatchIterator(Iterator<EligibilityRequest> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (next < ready.size()) {
                return true;
            }
            ready.clear();
            next = 0;
            if (!source.hasNext()) {
                return false;
            }
            fill();
            return true;
        }

        @Override
        public RecordResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.get(next++);
        }

        private void fill() {
            List<Object> slots = new ArrayList<>(options.batchSize());
            List<CaseFact> allCases = new ArrayList<>();
            while (slots.size() < options.batchSize() && source.hasNext()) {
                line++;
                EligibilityRequest request = source.next();
                try {
                    Prepared p = prepare(request, line);
                    slots.add(p);
                    allCases.addAll(p.cases);
                } catch (InvalidRequestException e) {
                    slots.add(reject(line, request, e.errors()));
                } catch (RuntimeException e) {
                    // A gap in the packs met while measuring one record must not stop the others.
                    LOG.warn("record {} could not be prepared: {}", line, e.toString());
                    slots.add(reject(line, request, List.of(FieldError.of("$",
                            "the rules could not decide this record: " + e.getMessage()))));
                }
            }
            try {
                decide(allCases);
            } catch (RuntimeException e) {
                // One bad batch must not hide which records were fine: decide them one by one.
                LOG.warn("batch evaluation failed, retrying record by record: {}", e.toString());
                for (Object slot : slots) {
                    if (slot instanceof Prepared p) {
                        p.cases.forEach(c -> c.reset());
                    }
                }
                for (int i = 0; i < slots.size(); i++) {
                    if (slots.get(i) instanceof Prepared p) {
                        try {
                            decide(p.cases);
                        } catch (RuntimeException single) {
                            slots.set(i, reject(p.line, p.request, List.of(FieldError.of("$",
                                    "the rules could not decide this record: " + single.getMessage()))));
                        }
                    }
                }
            }
            for (Object slot : slots) {
                if (slot instanceof Prepared p) {
                    try {
                        ready.add(new RecordResult.Decided(p.line, finish(p)));
                    } catch (RuntimeException e) {
                        ready.add(reject(p.line, p.request, List.of(FieldError.of("$",
                                "the rules could not decide this record: " + e.getMessage()))));
                    }
                } else {
                    ready.add((RecordResult) slot);
                }
            }
        }

        private RecordResult.Rejected reject(long line, EligibilityRequest request, List<FieldError> errors) {
            var rejected = new RecordResult.Rejected(line, Optional.ofNullable(request).map(EligibilityRequest::requestId),
                    errors);
            try {
                options.listener().onRejected(rejected);
            } catch (RuntimeException e) {
                LOG.warn("decision listener failed on a rejected record: {}", e.toString());
            }
            return rejected;
        }
    }
}
