package org.m4sd.sdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.m4sd.sdk.DecisionListener;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one line per decision; the person id is hashed and no other personal fact is written. */
public final class Slf4jDecisionListener implements DecisionListener {
    private static final Logger LOG = LoggerFactory.getLogger("org.m4sd.sdk.decisions");

    @Override
    public void onDecision(EligibilityRequest request, DecisionSet decisions) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String person = pseudonym(request.person().id());
        for (Decision d : decisions.decisions()) {
            LOG.info("decision request={} person={} determination={} outcome={} pack={}@{} asOf={}",
                    request.requestId(), person, d.determination().id(), d.outcome(), d.rulePack().id(),
                    d.rulePack().version(), d.asOf());
        }
    }

    @Override
    public void onRejected(RecordResult.Rejected rejected) {
        LOG.warn("rejected line={} request={} errors={}", rejected.line(), rejected.requestId().orElse("-"),
                rejected.errors().size());
    }

    /** First 16 hex digits of SHA-256 of the id: stable for joining log lines, not reversible in practice. */
    static String pseudonym(String personId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(personId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
