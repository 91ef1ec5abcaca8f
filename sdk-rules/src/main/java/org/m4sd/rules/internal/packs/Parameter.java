package org.m4sd.rules.internal.packs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named parameter of a pack: unit, description and its dated values, which must not overlap.
 */
public record Parameter(String name, String unit, String description, List<ParameterValue> values) {
    public Parameter {
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (overlap(values.get(i), values.get(j))) {
                    throw new IllegalArgumentException("parameter " + name + " has overlapping values from "
                            + values.get(i).validFrom() + " and " + values.get(j).validFrom());
                }
            }
        }
    }

    public Optional<ParameterValue> inForceOn(LocalDate day) {
        return Optional.ofNullable(valueOn(day));
    }

    /** The value in force on {@code day}, or null. */
    ParameterValue valueOn(LocalDate day) {
        for (int i = 0; i < values.size(); i++) { // read for every criterion of every decision: no iterator
            if (values.get(i).inForceOn(day)) {
                return values.get(i);
            }
        }
        return null;
    }

    private static boolean overlap(ParameterValue a, ParameterValue b) {
        LocalDate aEnd = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bEnd = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
    }
}
