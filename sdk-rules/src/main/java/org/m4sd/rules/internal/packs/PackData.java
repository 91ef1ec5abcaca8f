package org.m4sd.rules.internal.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters and tables of a pack's topic files, read the same way for the shipped packs and for bundles.
 *
 * @param parameters by name
 * @param tables     by name
 */
record PackData(Map<String, Parameter> parameters, Map<String, JsonNode> tables) {

    /** A topic file that does not read as pack data; names the file and what is wrong. */
    static final class InvalidFile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String file;

        InvalidFile(String file, String message, Throwable cause) {
            super(message, cause);
            this.file = file;
        }

        String file() {
            return file;
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * Reads {@code parameters} and {@code tables} from each file.
     *
     * @throws InvalidFile at the first file that does not read, naming the parameter where there is one
     */
    static PackData read(ObjectMapper mapper, Map<String, byte[]> files) {
        var params = new LinkedHashMap<String, Parameter>();
        var tables = new LinkedHashMap<String, JsonNode>();
        for (var file : files.entrySet()) {
            String path = file.getKey();
            String where = path;
            try {
                JsonNode root = mapper.readTree(file.getValue());
                int index = 0;
                for (JsonNode p : root.path("parameters")) {
                    where = path + " parameters[" + index++ + "]";
                    if (!p.hasNonNull("name") || p.get("name").asText().isBlank()) {
                        throw new IllegalArgumentException("missing \"name\"");
                    }
                    String name = p.get("name").asText();
                    where += " (" + name + ")";
                    String parameter = where;
                    List<ParameterValue> values = new ArrayList<>();
                    int valueIndex = 0;
                    for (JsonNode v : p.path("values")) {
                        where = parameter + " values[" + valueIndex++ + "]";
                        values.add(mapper.treeToValue(v, ParameterValue.class));
                    }
                    where = parameter;
                    if (params.put(name, new Parameter(name, p.path("unit").asText(), p.path("description").asText(),
                            values)) != null) {
                        throw new IllegalArgumentException("parameter " + name + " is defined twice");
                    }
                }
                where = path;
                for (Map.Entry<String, JsonNode> e : root.path("tables").properties()) {
                    if (tables.put(e.getKey(), e.getValue()) != null) {
                        throw new IllegalArgumentException("table " + e.getKey() + " is defined twice");
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new InvalidFile(path, where + ": " + reason(e), e);
            }
        }
        return new PackData(params, tables);
    }

    /** What is wrong, without Jackson's location lines: the value's own check where it refused the data. */
    private static String reason(Exception e) {
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
