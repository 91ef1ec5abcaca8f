package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the ICRMW binds a state on a date, read from the pack table {@value #TABLE} (DOMAIN.md section 4 items 9
 * and 10: the Convention binds its parties only; BGD, ECU, JAM, KGZ, MAR, PHL and SEN among ours). A state the
 * table does not list among its parties is not taken for one.
 *
 * @param state   the state asked about
 * @param binding the party's entry of the table where the Convention is in force for the state on the date
 */
record ReferenceIcrmw(String state, Optional<JsonNode> binding) {
    static final String TABLE = "icrmw-parties";

    /** The Convention as it stands for the request's jurisdiction on the request's date. */
    static ReferenceIcrmw forRequest(Parameters parameters) {
        JsonNode table = parameters.table(TABLE).orElseThrow(
                () -> new IllegalStateException("the international pack has no table " + TABLE));
        for (JsonNode party : table.path("parties")) {
            if (party.path("state").asText().equals(parameters.jurisdiction())) {
                // Art. 87: bound from the day the table gives (1 July 2003, or the first day of the month three
                // months after a later deposit), not from the deposit itself.
                LocalDate from = LocalDate.parse(party.path("inForceFrom").asText());
                return new ReferenceIcrmw(parameters.jurisdiction(),
                        parameters.asOf().isBefore(from) ? Optional.empty() : Optional.of(party));
            }
        }
        return new ReferenceIcrmw(parameters.jurisdiction(), Optional.empty());
    }

    /** True where the Convention binds the state on the date. */
    boolean binds() {
        return binding.isPresent();
    }

    /** The first day the Convention binds the state, as the table writes it. */
    String inForceFrom() {
        return binding.orElseThrow().path("inForceFrom").asText();
    }

    /** The source of the state's ratification or accession: instrument and V/S/B status. */
    String ratificationSource() {
        JsonNode source = binding.orElseThrow().path("source");
        return source.path("instrument").asText() + " [" + source.path("status").asText() + "]";
    }
}
