package org.m4sd.rules.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Resolved;

/** The packs seen from one request: its jurisdiction and date. */
public record PackContext(PackStore packs, String jurisdiction, LocalDate asOf) {

    /** The parameter in force: the overlay's value, else the international default. */
    public Resolved param(String name) {
        return packs.resolve(name, jurisdiction, asOf);
    }

    /** As {@link #param}, empty where no pack has a value in force on the date. */
    public Optional<Resolved> findParam(String name) {
        return packs.find(name, jurisdiction, asOf);
    }

    /** A data table of the jurisdiction's overlay, else of the international pack. */
    public Optional<JsonNode> table(String name) {
        return packs.table(name, jurisdiction);
    }
}
