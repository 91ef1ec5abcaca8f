package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A rule pack's data: identity, the jurisdiction it overlays (none for {@code international}), its
 * parameters, and any further tables (agreements, ratifications, fee policies) kept as data with sources.
 */
public record Pack(String id, String version, String jurisdiction, String name, String description,
        Map<String, Parameter> parameters, Map<String, JsonNode> tables) {
    public Pack {
        parameters = Map.copyOf(parameters);
        tables = Map.copyOf(tables);
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Optional<JsonNode> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
