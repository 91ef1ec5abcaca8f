package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import picocli.CommandLine.Option;

/**
 * A one-line progress display on stderr, redrawn in place: records done, their rate and, when the share done is
 * known (bytes of the input read, or records of a known total), a bar and the time left. Drawn when stderr is a
 * terminal, whatever stdout is (so {@code m4sd evaluate -i big.jsonl > out.jsonl} shows it), or when asked for;
 * redirected stderr, logs and pipes never see it.
 */
final class Progress {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    /** The {@code --progress} and {@code --no-progress} options, shared by every command that reads records. */
    static final class Options {
        enum When { auto, always, never }

        @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
                description = "Progress on stderr: auto (when stderr is a terminal), always or never "
                        + "(default: ${DEFAULT-VALUE}).")
        When when = When.auto;

        @Option(names = "--no-progress", description = "Same as --progress never.")
        boolean none;

        boolean enabled() {
            return !none && (when == When.always || when == When.auto && stderrIsTerminal());
        }
    }

    private final PrintStream err;
    private final DoubleSupplier share;
    private final long started = System.nanoTime();
    private long records;
    private long lastDrawn;
    private boolean drawn;
    private int width;

    private Progress(PrintStream err, DoubleSupplier share) {
        this.err = err;
        this.share = share;
    }

    /**
     * A display of records done, or null when {@code enabled} is false.
     *
     * @param share the share of the work done, from 0 to 1, or null when unknown
     */
    static Progress start(boolean enabled, DoubleSupplier share) {
        return enabled ? new Progress(System.err, share) : null;
    }

    /** The share of {@code total} bytes read so far, or null when the size is unknown. */
    static DoubleSupplier ofBytes(long total, java.util.function.LongSupplier read) {
        return total > 0 ? () -> (double) read.getAsLong() / total : null;
    }

    /**
     * Whether stderr is a terminal. Java tells only whether stdin and stdout both are ({@code System.console()});
     * on Linux the descriptor's target says it for stderr alone.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc: fall back to what Java knows
        }
        return System.console() != null;
    }

    /** Counts one record, redrawing at most ten times a second (and at the first record). */
    void record() {
        records++;
        long now = System.nanoTime();
        if (!drawn || now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        drawn = true;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = records / seconds;
        StringBuilder line = new StringBuilder();
        if (share != null) {
            double done = Math.max(0, Math.min(1.0, share.getAsDouble()));
            int filled = (int) Math.round(done * WIDTH);
            line.append(String.format(Locale.ROOT, "[%s%s] %3d%%  ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    Math.round(done * 100)));
            line.append(String.format(Locale.ROOT, "%,d records  %,.0f/s", records, rate));
            if (done > 0.01) {
                line.append("  ").append(clock(seconds * (1 - done) / done)).append(" left");
            }
        } else {
            line.append(String.format(Locale.ROOT, "%,d records  %,.0f/s", records, rate));
        }
        width = Math.max(width, line.length());
        err.print("\r" + line + " ".repeat(width - line.length()));
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Clears the display so what follows starts on a clean line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
