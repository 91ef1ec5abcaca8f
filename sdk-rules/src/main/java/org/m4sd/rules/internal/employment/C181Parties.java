package org.m4sd.rules.internal.employment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;

/** The C181 ratifications the international pack records (table {@code c181-parties}), parsed once. */
final class C181Parties {
    static final String TABLE = "c181-parties";

    private final Map<String, C181Party> byState;

    private C181Parties(Map<String, C181Party> byState) {
        this.byState = Map.copyOf(byState);
    }

    static C181Parties of(PackContext packs) {
        JsonNode table = packs.table(TABLE).orElseThrow(() -> new IllegalStateException(
                "the rule packs have no " + TABLE + " table"));
        return Parsed.of(packs.packs(), table, C181Parties::parse);
    }

    private static C181Parties parse(JsonNode table) {
        Map<String, C181Party> out = new HashMap<>();
        for (JsonNode p : table.path("parties")) {
            String state = p.get("state").asText();
            out.put(state, new C181Party(state, p.get("ratified").asInt(),
                    LocalDate.parse(p.get("inForceFrom").asText())));
        }
        return new C181Parties(out);
    }

    /** The state's ratification, or null where none is recorded. */
    C181Party party(String state) {
        return byState.get(state);
    }
}
