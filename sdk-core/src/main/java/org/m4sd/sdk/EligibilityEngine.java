package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.spi.EligibilityEngineProvider;

/**
 * Decides what a person is entitled to, with a reason for every criterion.
 *
 * <p>Build one engine when the application starts and share it: an engine is immutable and safe to use from
 * many threads at once. {@link #create()} finds the implementation on the class path or module path through
 * {@link ServiceLoader} (add {@code org.m4sd:sdk-rules} to the dependencies).
 *
 * <pre>{@code
 * try (EligibilityEngine engine = EligibilityEngine.create()) {
 *     DecisionSet decisions = engine.evaluate(request);
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public interface EligibilityEngine extends AutoCloseable {

    /**
     * Makes every determination the request asks for.
     *
     * @throws InvalidRequestException when the request names something the packs do not know (a determination
     *                                 no pack implements, for example); missing facts are not errors but give
     *                                 {@code UNDETERMINED} decisions
     */
    DecisionSet evaluate(EligibilityRequest request);

    /**
     * Evaluates a batch lazily: exactly one result per input, in input order. A request that cannot be decided
     * becomes a {@link RecordResult.Rejected} and the batch goes on. The iterator is consumed as results are
     * pulled, so memory stays flat however long the input.
     */
    Iterator<RecordResult> evaluateAll(Iterator<EligibilityRequest> requests);

    /** As {@link #evaluateAll(Iterator)}, over a stream; the returned stream is sequential and ordered. */
    default Stream<RecordResult> evaluateAll(Stream<EligibilityRequest> requests) {
        Iterator<RecordResult> results = evaluateAll(requests.iterator());
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(requests::close);
    }

    /** The rule packs this engine holds: the international pack first, then the country overlays. */
    List<RulePackRef> rulePacks();

    /** The options the engine was built with. */
    EngineOptions options();

    /** Releases pooled resources. The engine must not be used afterwards. */
    @Override
    void close();

    /** An engine with {@link EngineOptions#defaults()}. */
    static EligibilityEngine create() {
        return create(EngineOptions.defaults());
    }

    /**
     * An engine from the highest-priority {@link EligibilityEngineProvider} found by {@link ServiceLoader}.
     *
     * @throws M4sdException when no provider is on the class path or module path
     */
    static EligibilityEngine create(EngineOptions options) {
        EligibilityEngineProvider best = null;
        for (EligibilityEngineProvider p : ServiceLoader.load(EligibilityEngineProvider.class,
                EligibilityEngine.class.getClassLoader())) {
            if (best == null || p.priority() > best.priority()) {
                best = p;
            }
        }
        if (best == null) {
            throw new M4sdException("no EligibilityEngineProvider found: add org.m4sd:sdk-rules to the class path");
        }
        return best.create(options);
    }
}
