package org.m4sd.rules.internal.packs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work done on a daemon thread of its own while its starter does something else, its result or failure joined as
 * if the starter had done the work itself.
 *
 * @param <T> what the work makes
 */
public final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    /** Starts {@code work} on a new daemon thread named {@code thread}. */
    public static <T> Background<T> start(String thread, Supplier<T> work) {
        Background<T> background = new Background<>();
        Thread worker = new Thread(() -> {
            try {
                background.result.complete(work.get());
            } catch (Throwable e) {
                background.result.completeExceptionally(e);
            }
        }, thread);
        worker.setDaemon(true);
        worker.start();
        return background;
    }

    /** What the work made, once it is done; what it threw, thrown here as it was thrown there. */
    public T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
