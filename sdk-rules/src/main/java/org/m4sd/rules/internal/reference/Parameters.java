package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Resolved;

/** The pack data seen from one request: the values in force for its jurisdiction on its date. */
record Parameters(PackStore packs, String jurisdiction, LocalDate asOf) {

    /** The country overlay's value in force, else the international default; a pack data error if neither. */
    Resolved get(String name) {
        return packs.resolve(name, jurisdiction, asOf);
    }

    /** As {@link #get}, empty where no pack has a value in force on the date. */
    Optional<Resolved> find(String name) {
        return packs.find(name, jurisdiction, asOf);
    }

    /** A data table (agreements, fee policies) of the jurisdiction's overlay, else of the international pack. */
    Optional<JsonNode> table(String name) {
        return packs.table(name, jurisdiction);
    }
}
