package org.m4sd.sdk.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * A test double for the streaming layer, not an engine: it applies no rules. Every determination asked comes
 * back UNDETERMINED (citing the person as the missing fact), except that a request whose id starts with
 * {@code engine-reject} is rejected, so that the batch's handling of engine-side rejections can be tested.
 * Like a real engine it numbers results from 1 within each call and pulls requests lazily; it records the size
 * of every chunk it was given.
 */
final class TrivialEngine implements EligibilityEngine {
    static final String REJECT_PREFIX = "engine-reject";
    static final RulePackRef PACK = new RulePackRef("test-double", "0.0.0", sha256("test-double"));

    private final EngineOptions options;
    private final M4sdJson json;
    final List<Integer> chunkSizes = new ArrayList<>();

    TrivialEngine(EngineOptions options) {
        this.options = options;
        this.json = M4sdJson.create(options.limits());
    }

    static TrivialEngine withBatchSize(int batchSize) {
        return new TrivialEngine(EngineOptions.builder().batchSize(batchSize).build());
    }

    @Override
    public DecisionSet evaluate(EligibilityRequest request) {
        List<Decision> decisions = new ArrayList<>();
        String hash = json.inputSha256(request);
        for (Determination d : request.requestedDeterminations()) {
            decisions.add(new Decision(request.requestId(), d, org.m4sd.sdk.decision.Outcome.UNDETERMINED, List.of(),
                    List.of("$.person"), java.util.Map.of(), PACK, request.asOf(), hash));
        }
        return new DecisionSet(request.requestId(), decisions);
    }

    @Override
    public Iterator<RecordResult> evaluateAll(Iterator<EligibilityRequest> requests) {
        chunkSizes.add(0);
        int chunk = chunkSizes.size() - 1;
        return new Iterator<>() {
            private long line;

            @Override
            public boolean hasNext() {
                return requests.hasNext();
            }

            @Override
            public RecordResult next() {
                EligibilityRequest r = requests.next();
                chunkSizes.set(chunk, chunkSizes.get(chunk) + 1);
                line++;
                if (r.requestId().startsWith(REJECT_PREFIX)) {
                    return new RecordResult.Rejected(line, Optional.of(r.requestId()),
                            List.of(FieldError.of("$.requestId", "rejected by the test engine")));
                }
                return new RecordResult.Decided(line, evaluate(r));
            }
        };
    }

    @Override
    public List<RulePackRef> rulePacks() {
        return List.of(PACK);
    }

    @Override
    public EngineOptions options() {
        return options;
    }

    @Override
    public void close() {
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
