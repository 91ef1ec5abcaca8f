package org.m4sd.examples.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The disclosure rule for the counts the dashboard computes itself (its decisions by country, determination and
 * outcome): a count from 1 to {@value #THRESHOLD} - 1 is not published, neither as a number nor as a bar length,
 * and a total is published only when every part of it is, so that no hidden count can be recovered by
 * subtraction. A count of zero is published (nothing is shown for it). The whole rule is here, so that it can be
 * replaced by the report's own suppression in one place.
 */
final class SmallCounts {
    /** The smallest count that is published. */
    static final int THRESHOLD = 5;
    /** What is written instead of a hidden count. */
    static final String HIDDEN = "fewer than " + THRESHOLD;

    private SmallCounts() {
    }

    /** Whether {@code count} may be published. */
    static boolean published(long count) {
        return count == 0 || count >= THRESHOLD;
    }

    /** The count as text, or {@link #HIDDEN}. */
    static String text(long count) {
        return published(count) ? String.format(Locale.ROOT, "%,d", count) : HIDDEN;
    }

    /** The sum of {@code parts}, or empty when one of them is hidden (the total would reveal it). */
    static OptionalLong total(Collection<Long> parts) {
        long sum = 0;
        for (long part : parts) {
            if (!published(part)) {
                return OptionalLong.empty();
            }
            sum += part;
        }
        return OptionalLong.of(sum);
    }
}
