package org.m4sd.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The registry's table layout: one row per person, a {@code recordIndex} column and then the request of the
 * decision contract as columns, derived from the JSON Schema sdk-core publishes ({@code request.schema.json}).
 * Objects become structs, lists arrays, dates {@code DATE}, counts {@code INT}, amounts and exchange rates
 * {@code DECIMAL(38,12)}, the exchange-rate table a map; column and field names are the contract's property
 * names, so a row reads as the request it stands for ({@link RequestTree}).
 */
public final class RegistrySchema {
    /** The registry's row number, 1-based: names a record in the error output without naming the person. */
    public static final String RECORD_INDEX = "recordIndex";
    /** Amounts and exchange rates: 26 digits before the point, 12 after. */
    static final DataType AMOUNT = DataTypes.createDecimalType(38, 12);

    private static final String RESOURCE = "org/m4sd/sdk/schema/request.schema.json";
    private static final StructType REQUEST = derive();

    private RegistrySchema() {
    }

    /** The request's columns, in the contract's property order. */
    public static StructType request() {
        return REQUEST;
    }

    /** {@code recordIndex BIGINT NOT NULL}, then {@link #request()}. */
    public static StructType registry() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(RECORD_INDEX, DataTypes.LongType, false));
        fields.addAll(List.of(REQUEST.fields()));
        return DataTypes.createStructType(fields);
    }

    private static StructType derive() {
        try (InputStream in = M4sdJson.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: add sdk-core");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            return (StructType) type(schema, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataType type(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return type(root.at(ref.substring(1)), root);
        }
        String type = node.path("type").asText();
        switch (type) {
            case "object" -> {
                if (node.has("properties")) {
                    List<StructField> fields = new ArrayList<>();
                    Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> p = it.next();
                        fields.add(DataTypes.createStructField(p.getKey(), type(p.getValue(), root), true));
                    }
                    return DataTypes.createStructType(fields);
                }
                return DataTypes.createMapType(DataTypes.StringType, type(node.get("additionalProperties"), root), true);
            }
            case "array" -> {
                return DataTypes.createArrayType(type(node.get("items"), root), true);
            }
            case "string" -> {
                return "date".equals(node.path("format").asText()) ? DataTypes.DateType : DataTypes.StringType;
            }
            case "integer" -> {
                return DataTypes.IntegerType;
            }
            case "number" -> {
                return AMOUNT;
            }
            case "boolean" -> {
                return DataTypes.BooleanType;
            }
            default -> throw new IllegalStateException("request.schema.json: no column type for " + node);
        }
    }
}
