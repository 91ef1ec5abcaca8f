package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The pack table {@value #TABLE}: the WHO Health Workforce Support and Safeguards List 2023 as far as the sources
 * confirm it (DOMAIN.md section 4 item 23). A country absent from the table is "not recorded as listed", which is
 * not the same as "not listed".
 *
 * @param table the table as the pack file writes it: {@code criteria} and {@code listed}
 */
record ReferenceHealthSafeguardsList(JsonNode table) {
    static final String TABLE = "who-safeguards-list-2023";

    /** The table seen from the request's jurisdiction; every pack falls back to the international one. */
    static ReferenceHealthSafeguardsList of(Parameters parameters) {
        return new ReferenceHealthSafeguardsList(parameters.table(TABLE).orElseThrow(
                () -> new IllegalStateException("the international pack has no table " + TABLE)));
    }

    /** The V/S/B status of the country's listing, where the table records the country as listed. */
    Optional<String> listingOf(String country) {
        for (JsonNode entry : table.path("listed")) {
            if (country.equals(entry.path("country").asText())) {
                return Optional.of(entry.path("status").asText());
            }
        }
        return Optional.empty();
    }

    /** The list's density criterion as written: fewer doctors, nurses and midwives per 10,000 than this. */
    String densityBelow() {
        return criterion("doctorsNursesMidwivesPer10000Below");
    }

    /** The list's coverage criterion as written: a UHC service-coverage index below this. */
    String coverageIndexBelow() {
        return criterion("uhcServiceCoverageIndexBelow");
    }

    /** The countries the table records as listed, in its order, comma-separated. */
    String recordedCountries() {
        StringJoiner countries = new StringJoiner(", ");
        for (JsonNode entry : table.path("listed")) {
            countries.add(entry.path("country").asText());
        }
        return countries.toString();
    }

    private String criterion(String name) {
        JsonNode figure = table.path("criteria").path(name);
        if (!figure.isNumber()) {
            throw new IllegalStateException(TABLE + ": criterion " + name + " is not a number");
        }
        return figure.asText();
    }
}
