package org.m4sd.rules.internal.drools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions on one knowledge base, kept between evaluations and emptied by deleting their facts instead
 * of being reset. A session that {@code KieSessionsPool} hands back is reset over every node of the knowledge
 * base, whatever the evaluation touched (about a seventh of an evaluation of eight determinations); deleting the
 * facts undoes only what was built for them, and the node memories stay allocated for the next evaluation.
 *
 * <p>Sessions are not bound to threads: an idle session goes onto a stack and the next evaluation on any thread
 * takes the most recently used one, so as many sessions exist as evaluations ever ran at the same time (at most
 * {@link #kept} stay idle), and a thread that ends leaves nothing behind. A session that did not end empty
 * (an evaluation failed part-way, or a rule fired on the deletion of the facts) is disposed, never reused.
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
     * Deletes the facts inserted as {@code inserted} and every fact the rules inserted, and keeps the session for
     * the next evaluation if it is then empty with nothing fired; otherwise disposes it.
     *
     * @return whether the session ended empty; false means a rule fired on the deletion (a rule-pack defect)
     */
    boolean giveBack(KieSession session, Collection<FactHandle> inserted, int maxFirings) {
        boolean clean = false;
        try {
            for (FactHandle handle : inserted) {
                session.delete(handle);
            }
            // Retracting the cases retracts what rules inserted logically; what they inserted plainly stays.
            int fired = session.fireAllRules(maxFirings);
            if (session.getFactCount() > 0) {
                for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                    session.delete(handle);
                }
                fired += session.fireAllRules(maxFirings);
            }
            clean = fired == 0 && session.getFactCount() == 0;
            return clean;
        } finally {
            if (clean) {
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
