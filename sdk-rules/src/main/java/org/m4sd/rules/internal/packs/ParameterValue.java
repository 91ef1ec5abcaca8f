package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated value of a parameter, with its provenance.
 *
 * @param validFrom first day in force
 * @param validTo   last day in force, or null while in force
 * @param value     the value as data (number, string, boolean, array or object)
 * @param source    where it comes from, with its V/S/B status
 * @param note      what the source says beyond the value, if anything
 */
public record ParameterValue(LocalDate validFrom, LocalDate validTo, JsonNode value, Source source, String note) {
    public ParameterValue {
        if (validFrom == null) {
            throw new IllegalArgumentException("a parameter value has a validFrom date");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
        if (value == null || source == null) {
            throw new IllegalArgumentException("a parameter value has a value and a source");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public BigDecimal decimal() {
        return value.decimalValue();
    }

    public int integer() {
        return value.intValue();
    }

    public String text() {
        return value.asText();
    }
}
