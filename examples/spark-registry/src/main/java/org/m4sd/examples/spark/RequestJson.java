package org.m4sd.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A registry row as the request JSON it stands for, so that the SDK's reader checks it exactly as it checks any
 * request, and names every problem by its JSON path, which is also the column path ({@code
 * $.person.contributionPeriods[1].to}). Fields are written by name from the row's own schema, null cells are
 * left out (the contract has no nulls), dates as ISO dates and decimals plainly without trailing zeros, so a
 * request written to the registry and read back is equal to the original. Not thread-safe: one per task.
 */
final class RequestJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final ByteArrayBuilder buffer = new ByteArrayBuilder(4096);

    /** The request of {@code row}, whose schema is the registry's (extra top-level columns are skipped). */
    byte[] toJson(Row row, StructType request) {
        buffer.reset();
        try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
            g.writeStartObject();
            StructType schema = row.schema();
            for (StructField f : request.fields()) {
                int i = schema.getFieldIndex(f.name()).getOrElse(() -> -1);
                if (i >= 0 && !row.isNullAt(i)) {
                    g.writeFieldName(f.name());
                    value(g, row.get(i), schema.fields()[i].dataType());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static void value(JsonGenerator g, Object v, DataType type) throws IOException {
        if (type instanceof StructType struct) {
            Row row = (Row) v;
            g.writeStartObject();
            for (int i = 0; i < struct.fields().length; i++) {
                if (!row.isNullAt(i)) {
                    g.writeFieldName(struct.fields()[i].name());
                    value(g, row.get(i), struct.fields()[i].dataType());
                }
            }
            g.writeEndObject();
        } else if (type instanceof ArrayType array) {
            g.writeStartArray();
            for (Object item : list(v)) {
                if (item == null) {
                    g.writeNull(); // the reader names the null item
                } else {
                    value(g, item, array.elementType());
                }
            }
            g.writeEndArray();
        } else if (type instanceof MapType map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map(v).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                if (e.getValue() == null) {
                    g.writeNull();
                } else {
                    value(g, e.getValue(), map.valueType());
                }
            }
            g.writeEndObject();
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (v instanceof java.sql.Date d) {
            g.writeString(d.toLocalDate().toString());
        } else if (v instanceof LocalDate d) {
            g.writeString(d.toString());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer n) {
            g.writeNumber(n);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else {
            g.writeString(v.toString());
        }
    }

    private static List<?> list(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) v);
    }

    private static Map<?, ?> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Map<?, ?>) v);
    }
}
