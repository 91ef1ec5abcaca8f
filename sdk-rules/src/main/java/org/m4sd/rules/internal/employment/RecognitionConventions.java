package org.m4sd.rules.internal.employment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;

/**
 * The parties to the encoded recognition conventions as the international pack records them (table
 * {@value #TABLE}): for each convention, each party with the first day the convention binds it. A state absent from
 * a convention's parties is not recorded as one. Parsed once per table node.
 */
final class RecognitionConventions {
    static final String TABLE = "recognition-convention-parties";

    private final Map<RecognitionConvention, Map<String, LocalDate>> partiesFrom;

    private RecognitionConventions(Map<RecognitionConvention, Map<String, LocalDate>> partiesFrom) {
        this.partiesFrom = partiesFrom;
    }

    static RecognitionConventions of(PackContext packs) {
        JsonNode table = packs.table(TABLE).orElseThrow(() -> new IllegalStateException(
                "the rule packs have no " + TABLE + " table"));
        return Parsed.of(packs.packs(), table, RecognitionConventions::parse);
    }

    private static RecognitionConventions parse(JsonNode table) {
        Map<RecognitionConvention, Map<String, LocalDate>> out = new EnumMap<>(RecognitionConvention.class);
        for (JsonNode convention : table.path("conventions")) {
            RecognitionConvention encoded = encoded(convention.path("convention").asText());
            if (encoded == null) {
                continue; // a regional convention: recorded as data, no rules
            }
            Map<String, LocalDate> parties = new HashMap<>();
            for (JsonNode party : convention.path("parties")) {
                parties.put(party.path("state").asText(), LocalDate.parse(party.path("inForceFrom").asText()));
            }
            out.put(encoded, Collections.unmodifiableMap(parties));
        }
        for (RecognitionConvention c : RecognitionConvention.values()) {
            if (!out.containsKey(c)) {
                throw new IllegalStateException(TABLE + " has no entry for the convention " + c);
            }
        }
        return new RecognitionConventions(Collections.unmodifiableMap(out));
    }

    private static RecognitionConvention encoded(String id) {
        for (RecognitionConvention c : RecognitionConvention.values()) {
            if (c.name().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The convention between the two states, or null where the table does not record both as its parties.
     *
     * @param convention     which convention
     * @param recognising    the jurisdiction
     * @param awarding       the state that awarded the qualification
     */
    ConventionBinding between(RecognitionConvention convention, String recognising, String awarding) {
        Map<String, LocalDate> parties = partiesFrom.get(convention);
        LocalDate recognisingFrom = parties.get(recognising);
        LocalDate awardingFrom = parties.get(awarding);
        return recognisingFrom == null || awardingFrom == null ? null
                : new ConventionBinding(convention, recognisingFrom, awardingFrom);
    }
}
