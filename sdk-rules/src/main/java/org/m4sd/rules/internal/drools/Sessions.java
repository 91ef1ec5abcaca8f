package org.m4sd.rules.internal.drools;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Sessions are not bound to threads, but each thread has a home stack (threads are given stacks in turn, as
 * many stacks as sessions are kept): an idle session goes back onto the stack of the thread that used it, and
 * an evaluation takes the most recently used session of its own stack before any other's. A session's node
 * memories then stay in the caches of the core its thread runs on, instead of passing between threads from
 * request to request. As many sessions exist as evaluations ever ran at the same time (at most {@code kept} stay
 * idle, over all the stacks), and a thread that ends leaves nothing behind: its stack is shared with the threads
 * given the same one. A session whose evaluation failed
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
    private final List<ConcurrentLinkedDeque<KieSession>> stacks;
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicInteger nextStack = new AtomicInteger();
    private final ThreadLocal<Integer> homeStack;
    private volatile boolean closed;

    Sessions(KieBase rules, int kept) {
        this.rules = rules;
        this.kept = kept;
        this.stacks = new ArrayList<>(Math.max(1, kept));
        for (int i = 0; i < Math.max(1, kept); i++) {
            stacks.add(new ConcurrentLinkedDeque<>());
        }
        this.homeStack = ThreadLocal.withInitial(() -> Math.floorMod(nextStack.getAndIncrement(), stacks.size()));
    }

    /** A session without facts: an idle one, the thread's own stack first, else a new one. */
    KieSession take() {
        int home = homeStack.get();
        for (int i = 0; i < stacks.size(); i++) {
            KieSession session = stacks.get((home + i) % stacks.size()).pollFirst();
            if (session != null) {
                idleCount.decrementAndGet();
                return session;
            }
        }
        return rules.newKieSession();
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
            // copied first: deleting while iterating the session's own fact store would skip facts
            List<FactHandle> handles = new ArrayList<>((int) session.getFactCount());
            for (FactHandle handle : session.getFactHandles()) {
                handles.add(handle);
            }
            for (int i = 0; i < handles.size(); i++) {
                session.delete(handles.get(i));
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
        stacks.get(homeStack.get()).offerFirst(session);
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
        for (ConcurrentLinkedDeque<KieSession> stack : stacks) {
            for (KieSession session = stack.pollFirst(); session != null; session = stack.pollFirst()) {
                idleCount.decrementAndGet();
                session.dispose();
            }
        }
    }
}
