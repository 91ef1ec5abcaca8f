package org.m4sd.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 * A registry row as the request tree it stands for, without JSON text, so that the SDK checks it exactly as it
 * checks any request ({@code JsonlReader.readTree}) and names every problem by its JSON path, which is also the
 * column path ({@code $.person.contributionPeriods[1].to}). Fields are taken by name from the row's own schema,
 * null cells left out (the contract has no nulls), dates as ISO dates, and numbers as a parser reads them from
 * their plain text: an amount without a fraction as a whole number, one with a fraction as a decimal without
 * trailing zeros, so a request written to the registry and read back is equal to the original. Not
 * thread-safe: one per task.
 */
final class RequestTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The schema the column indexes below were found in; every row of a partition has the same one. */
    private StructType schema;
    private StructType request;
    /** For each field of the request, its index in the row, or -1 when the row has no such column. */
    private int[] columns;

    /** The request of {@code row}, whose schema is the registry's (extra top-level columns are skipped). */
    ObjectNode toTree(Row row, StructType request) {
        StructType rowSchema = row.schema();
        if (rowSchema != schema || request != this.request) {
            locate(rowSchema, request);
        }
        StructField[] fields = request.fields();
        StructField[] rowFields = rowSchema.fields();
        ObjectNode tree = NODES.objectNode();
        for (int f = 0; f < fields.length; f++) {
            int i = columns[f];
            if (i >= 0 && !row.isNullAt(i)) {
                tree.set(fields[f].name(), value(row.get(i), rowFields[i].dataType()));
            }
        }
        return tree;
    }

    private void locate(StructType rowSchema, StructType request) {
        int[] found = new int[request.fields().length];
        for (int f = 0; f < found.length; f++) {
            found[f] = rowSchema.getFieldIndex(request.fields()[f].name()).getOrElse(() -> -1);
        }
        this.columns = found;
        this.schema = rowSchema;
        this.request = request;
    }

    private static JsonNode value(Object v, DataType type) {
        if (type instanceof StructType struct) {
            Row row = (Row) v;
            StructField[] fields = struct.fields();
            ObjectNode node = NODES.objectNode();
            for (int i = 0; i < fields.length; i++) {
                if (!row.isNullAt(i)) {
                    node.set(fields[i].name(), value(row.get(i), fields[i].dataType()));
                }
            }
            return node;
        }
        if (type instanceof ArrayType array) {
            List<?> items = list(v);
            ArrayNode node = NODES.arrayNode(items.size());
            for (Object item : items) {
                // a null item stays, for the SDK to name
                node.add(item == null ? NullNode.getInstance() : value(item, array.elementType()));
            }
            return node;
        }
        if (type instanceof MapType map) {
            ObjectNode node = NODES.objectNode();
            for (Map.Entry<?, ?> e : map(v).entrySet()) {
                node.set(String.valueOf(e.getKey()),
                        e.getValue() == null ? NullNode.getInstance() : value(e.getValue(), map.valueType()));
            }
            return node;
        }
        if (v instanceof BigDecimal d) {
            return number(d);
        }
        if (v instanceof java.sql.Date d) {
            return TextNode.valueOf(d.toLocalDate().toString());
        }
        if (v instanceof LocalDate d) {
            return TextNode.valueOf(d.toString());
        }
        if (v instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (v instanceof Integer n) {
            return IntNode.valueOf(n);
        }
        if (v instanceof Long n) {
            return n == n.intValue() ? IntNode.valueOf(n.intValue()) : LongNode.valueOf(n);
        }
        return TextNode.valueOf(v.toString());
    }

    /**
     * The node a parser reads from the decimal's plain text without trailing zeros: a whole number as an int, a
     * long or a big integer (the smallest that holds it), a fraction as a decimal.
     */
    static JsonNode number(BigDecimal d) {
        if (d.signum() == 0) {
            return IntNode.valueOf(0);
        }
        BigDecimal plain = d.stripTrailingZeros();
        if (plain.scale() > 0) {
            return DecimalNode.valueOf(plain);
        }
        BigInteger whole = plain.toBigIntegerExact();
        if (whole.compareTo(INT_MIN) >= 0 && whole.compareTo(INT_MAX) <= 0) {
            return IntNode.valueOf(whole.intValue());
        }
        if (whole.compareTo(LONG_MIN) >= 0 && whole.compareTo(LONG_MAX) <= 0) {
            return LongNode.valueOf(whole.longValue());
        }
        return BigIntegerNode.valueOf(whole);
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
