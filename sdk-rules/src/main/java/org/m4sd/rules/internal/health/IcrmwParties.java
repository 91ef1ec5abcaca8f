package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;

/**
 * The parties to the ICRMW as pack data records them (table {@value #TABLE}): for each party, the day the
 * Convention is in force for it and the source of its ratification or accession. A state absent here is not
 * recorded as a party. Read once per table node (see {@link Parsed}).
 *
 * @param inForceFrom the parties, each with the first day the Convention binds it
 * @param citations   the parties, each with the source of its ratification or accession as shown to the user
 */
public record IcrmwParties(Map<String, LocalDate> inForceFrom, Map<String, String> citations) {
    public static final String TABLE = "icrmw-parties";

    public IcrmwParties {
        inForceFrom = Collections.unmodifiableMap(new LinkedHashMap<>(inForceFrom));
        citations = Collections.unmodifiableMap(new LinkedHashMap<>(citations));
    }

    /** The table as the packs seen from one request give it (the international pack's, unless overlaid). */
    public static IcrmwParties of(PackContext packs) {
        return Parsed.of(packs.packs(), packs.table(TABLE).orElseThrow(() -> new IllegalStateException(
                "the international pack has no table " + TABLE)), IcrmwParties::parse);
    }

    /** Reads the table; a party without a valid date is a pack data error. */
    public static IcrmwParties parse(JsonNode table) {
        Map<String, LocalDate> from = new LinkedHashMap<>();
        Map<String, String> citations = new LinkedHashMap<>();
        for (JsonNode party : table.path("parties")) {
            String state = party.path("state").asText();
            from.put(state, LocalDate.parse(party.path("inForceFrom").asText()));
            JsonNode source = party.path("source");
            citations.put(state, source.path("instrument").asText() + " [" + source.path("status").asText() + "]");
        }
        return new IcrmwParties(from, citations);
    }

    /** The day the Convention binds the state, or null where the table does not record it as a party. */
    public LocalDate inForceFor(String state) {
        return inForceFrom.get(state);
    }

    /** The source of the state's ratification or accession, or null where it is not recorded as a party. */
    public String citationFor(String state) {
        return citations.get(state);
    }
}
