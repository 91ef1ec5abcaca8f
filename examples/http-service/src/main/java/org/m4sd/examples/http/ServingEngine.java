package org.m4sd.examples.http;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.m4sd.sdk.EligibilityEngine;

/**
 * An engine in service, with a count of its holders: the service while it is the current engine, and each request
 * deciding with it. A request {@link #acquire acquires} it before it reads its body and {@link #release releases}
 * it when its answer is written; a reload releases the service's hold. The last release closes the engine, so a
 * request in flight during a reload finishes on the engine it started with, which is closed once no request uses
 * it.
 */
final class ServingEngine {
    final EligibilityEngine engine;
    /** When the engine was built. */
    final Instant loadedAt;
    private final AtomicInteger holds = new AtomicInteger(1);
    private final Runnable onClose;

    /** Held by the service; {@code onClose} runs once the engine is closed. */
    ServingEngine(EligibilityEngine engine, Instant loadedAt, Runnable onClose) {
        this.engine = engine;
        this.loadedAt = loadedAt;
        this.onClose = onClose;
    }

    /** One more holder, unless the engine is already closed; then false, and the caller asks for the current one. */
    boolean acquire() {
        while (true) {
            int n = holds.get();
            if (n == 0) {
                return false;
            }
            if (holds.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Its holders now: the service while it is current, and the requests deciding with it. */
    int holders() {
        return holds.get();
    }

    /** One holder fewer; the last closes the engine. */
    void release() {
        int n = holds.decrementAndGet();
        if (n == 0) {
            try {
                engine.close();
            } finally {
                onClose.run();
            }
        } else if (n < 0) {
            throw new IllegalStateException("engine released more often than acquired");
        }
    }
}
