package org.m4sd.rules.internal.packs;

import java.util.regex.Pattern;

/**
 * A range of versions written as Maven writes them: {@code [0.1.0,0.2.0)} (from 0.1.0, before 0.2.0),
 * {@code [1.0.0,)} (from 1.0.0), {@code [1.0.0]} (exactly 1.0.0). Versions are {@code major.minor.patch}; a
 * pre-release suffix of the version tested ({@code 0.1.0-SNAPSHOT}) is dropped, so that a development build
 * counts as the release it leads to. Immutable.
 */
public final class VersionRange {
    private static final String VERSION = "\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}";
    private static final Pattern RANGE = Pattern.compile(
            "([\\[(])\\s*(" + VERSION + ")?\\s*(?:(,)\\s*(" + VERSION + ")?\\s*)?([\\])])");
    private static final Pattern RELEASE = Pattern.compile("(" + VERSION + ")(?:-[0-9A-Za-z.-]+)?");

    private final String text;
    /** Lowest version as {major, minor, patch}, or null for none; never handed out, so never changed. */
    private final int[] lower;
    private final boolean lowerIncluded;
    private final int[] upper;
    private final boolean upperIncluded;

    private VersionRange(String text, int[] lower, boolean lowerIncluded, int[] upper, boolean upperIncluded) {
        this.text = text;
        this.lower = lower;
        this.lowerIncluded = lowerIncluded;
        this.upper = upper;
        this.upperIncluded = upperIncluded;
    }

    /**
     * Reads a range.
     *
     * @throws IllegalArgumentException saying what form is expected
     */
    public static VersionRange parse(String text) {
        var m = RANGE.matcher(text == null ? "" : text.strip());
        if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a version range such as [0.1.0,0.2.0), "
                    + "[0.1.0,) or [0.1.0]");
        }
        boolean lowerIncluded = m.group(1).equals("[");
        boolean upperIncluded = m.group(5).equals("]");
        if (m.group(3) == null) {
            if (!lowerIncluded || !upperIncluded || m.group(2) == null) {
                throw new IllegalArgumentException("\"" + text + "\": a single version is written [x.y.z]");
            }
            int[] exact = numbers(m.group(2));
            return new VersionRange(text, exact, true, exact, true);
        }
        int[] lower = m.group(2) == null ? null : numbers(m.group(2));
        int[] upper = m.group(4) == null ? null : numbers(m.group(4));
        if (lower != null && upper != null && compare(lower, upper) > 0) {
            throw new IllegalArgumentException("\"" + text + "\": the lower bound is above the upper bound");
        }
        return new VersionRange(text, lower, lowerIncluded && lower != null, upper, upperIncluded && upper != null);
    }

    /**
     * Whether {@code version} ({@code x.y.z}, with or without a pre-release suffix) is in the range.
     *
     * @throws IllegalArgumentException when it is not such a version
     */
    public boolean contains(String version) {
        var m = RELEASE.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + version + "\" is not a version x.y.z");
        }
        int[] v = numbers(m.group(1));
        boolean aboveLower = lower == null || (lowerIncluded ? compare(v, lower) >= 0 : compare(v, lower) > 0);
        boolean belowUpper = upper == null || (upperIncluded ? compare(v, upper) <= 0 : compare(v, upper) < 0);
        return aboveLower && belowUpper;
    }

    /** Whether {@code version} is a version {@code x.y.z}, with or without a pre-release suffix. */
    public static boolean isVersion(String version) {
        return version != null && RELEASE.matcher(version).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static int[] numbers(String version) {
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static int compare(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }
}
