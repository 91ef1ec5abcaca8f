package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/** The IATI 2.03 indicator measure (IndicatorMeasure code list, 1 to 5). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Measure {
    /** 1: a count or amount of units; never negative. */
    UNIT(1),
    /** 2: a percentage from 0 to 100. */
    PERCENTAGE(2),
    /** 3: a nominal category, coded as a whole number. */
    NOMINAL(3),
    /** 4: a rank on an ordinal scale, coded as a whole number. */
    ORDINAL(4),
    /** 5: qualitative; values are text in a comment, never a number. */
    QUALITATIVE(5);

    private final int code;

    Measure(int code) {
        this.code = code;
    }

    /** The IATI code, 1 to 5. */
    public int code() {
        return code;
    }

    /** True for every measure but {@link #QUALITATIVE}. */
    public boolean numeric() {
        return this != QUALITATIVE;
    }

    /**
     * Why a value does not fit this measure, or empty when it fits: a unit count must not be negative, a
     * percentage lies in [0, 100], nominal and ordinal codes are whole numbers, a qualitative indicator has no
     * numeric value.
     */
    public Optional<String> misfit(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of("value must be a finite number, got " + value);
        }
        return switch (this) {
            case UNIT -> value < 0 ? Optional.of("a UNIT value must not be negative, got " + value) : Optional.empty();
            case PERCENTAGE -> value < 0 || value > 100
                    ? Optional.of("a PERCENTAGE value must lie in [0, 100], got " + value) : Optional.empty();
            case NOMINAL, ORDINAL -> value != Math.rint(value)
                    ? Optional.of("a " + name() + " value must be a whole number, got " + value) : Optional.empty();
            case QUALITATIVE -> Optional.of("a QUALITATIVE indicator takes text in a comment, not the number " + value);
        };
    }

    /** The measure with this IATI code. */
    public static Measure ofCode(int code) {
        for (Measure m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        throw new IllegalArgumentException("IATI indicator measure must be 1 to 5, got " + code);
    }
}
