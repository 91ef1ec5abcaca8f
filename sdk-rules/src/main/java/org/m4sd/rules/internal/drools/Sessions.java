package org.m4sd.rules.internal.drools;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions on one knowledge base, kept between evaluations and emptied by deleting their facts instead
 * of being reset. A session that {@code KieSessionsPool} hands back is reset over every node of the knowledge
 * base, whatever the evaluation touched; deleting the facts undoes only what was built for them, and the node
 * memories stay allocated for the next evaluation. Measured on the eight determinations of a request, the rule
 * evaluation takes about a quarter less CPU time and allocates about 30 % less than on a pooled session.
 *
 * <p>Sessions are not bound to threads: an idle session goes onto a stack and the next evaluation on any thread
 * takes the most recently used one, so as many sessions exist as evaluations ever ran at the same time (at most
 * {@code kept} stay idle), and a thread that ends leaves nothing behind. A session whose evaluation failed
 * part-way is disposed by the engine, never given back. An idle session still references the facts it last
 * deleted until its next evaluation propagates the deletions (or {@link #close()} disposes it).
 *
 * <p>{@link #close()} disposes the idle sessions at once; a session in use when the engine closes (a request
 * still finishing on an engine that a reload replaced) is disposed when its evaluation ends, and an evaluation
 * that starts after close still runs, on a session of its own that it disposes.
 */
final class Sessions implements AutoCloseable {
    private final KieBase rules;
    private final int kept;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    Sessions(KieBase rules, int kept) {
        this.rules = rules;
        this.kept = kept;
    }

    /** A session without facts: an idle one, else a new one. */
    KieSession take() {
        KieSession session = idle.pollFirst();
        if (session == null) {
            return rules.newKieSession();
        }
        idleCount.decrementAndGet();
        return session;
    }

    /**
     * Deletes every fact of the session, those the evaluation inserted and those its rules inserted, and keeps the
     * session for the next evaluation. The deletions are propagated through the network by the next
     * {@code fireAllRules} on the session, before that evaluation's own facts: what the next evaluation decides is
     * what it would decide on a new session, and nothing is fired for facts that are gone.
     */
    void giveBack(KieSession session) {
        boolean emptied = false;
        try {
            for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                session.delete(handle);
            }
            emptied = session.getFactCount() == 0;
        } finally {
            if (emptied) {
                keep(session);
            } else {
                session.dispose();
            }
        }
    }

    private void keep(KieSession session) {
        if (closed) {
            session.dispose();
            return;
        }
        if (idleCount.incrementAndGet() > kept) {
            idleCount.decrementAndGet();
            session.dispose();
            return;
        }
        idle.offerFirst(session);
        // close() may have drained the stack between the check and the push: drain again.
        if (closed) {
            drain();
        }
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (KieSession session = idle.pollFirst(); session != null; session = idle.pollFirst()) {
            idleCount.decrementAndGet();
            session.dispose();
        }
    }
}
