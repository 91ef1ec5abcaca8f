package org.m4sd.examples.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place. Drawn only when the CLI runs in a terminal
 * ({@code System.console() != null}), so redirected output and logs never see it.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private long records;
    private long lastDrawn;
    private boolean drawn;

    private Progress(PrintStream err, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    /** A bar over {@code totalBytes} of input (unknown when not positive), or nothing when not in a terminal. */
    static Progress start(boolean enabled, long totalBytes, LongSupplier bytesRead) {
        return enabled ? new Progress(System.err, totalBytes, bytesRead) : null;
    }

    /** Whether the bar should be drawn: stderr is a terminal unless {@code --no-progress} was given. */
    static boolean inTerminal() {
        return System.console() != null;
    }

    void record() {
        records++;
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    private void draw() {
        drawn = true;
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
            int filled = (int) Math.round(done * WIDTH);
            err.printf("\r[%s%s] %3d%%  %,d records", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    Math.round(done * 100), records);
        } else {
            err.printf("\r%,d records", records);
        }
        err.flush();
    }

    /** Clears the bar so the summary starts on a clean line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
