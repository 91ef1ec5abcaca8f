package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.m4sd.sdk.decision.LegalBasis;

/** The catalogue of legal sources rules cite by key ({@code @legalBasis("icrmw-28")}). */
public final class LegalSources {
    public static final String RESOURCE = "org/m4sd/rules/legal-sources.json";
    private final Map<String, LegalBasis> byKey;

    private LegalSources(Map<String, LegalBasis> byKey) {
        this.byKey = byKey;
    }

    public static LegalSources load() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            JsonNode root = mapper.readTree(PackStore.bytes(RESOURCE));
            var map = new LinkedHashMap<String, LegalBasis>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                var e = it.next();
                map.put(e.getKey(), mapper.treeToValue(e.getValue(), Source.class).toLegalBasis());
            }
            return new LegalSources(Map.copyOf(map));
        } catch (IOException e) {
            throw new IllegalStateException("invalid " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public LegalBasis get(String key) {
        LegalBasis b = byKey.get(key);
        if (b == null) {
            throw new IllegalStateException("legal source \"" + key + "\" is not in " + RESOURCE);
        }
        return b;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }
}
