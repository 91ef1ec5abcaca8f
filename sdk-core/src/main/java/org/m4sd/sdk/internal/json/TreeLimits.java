package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.m4sd.sdk.Limits;

/**
 * The {@link Limits} a parser applies to text, applied to a tree a caller built without text: nesting depth,
 * string and property-name length, number length (of the number's text) and document size (of the tree's
 * compact JSON text). Like the parser, it stops at the first limit exceeded and reports it at the path
 * the parser names (the value's; an array too deep at its first place; a long property name at the property
 * before it), with the parser's message less its line
 * and column.
 */
final class TreeLimits {
    private final Limits limits;
    private final ObjectMapper mapper;
    /** An upper bound of the bytes of the tree's compact UTF-8 text, summed while walking. */
    private long bound;

    private TreeLimits(Limits limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
    }

    /** Checks {@code tree}, reporting the first limit exceeded; whether it is within every limit. */
    static boolean check(JsonNode tree, Limits limits, ObjectMapper mapper, Problems problems) {
        TreeLimits t = new TreeLimits(limits, mapper);
        if (!t.walk(tree, "$", 1, problems)) {
            return false;
        }
        if (t.bound > limits.maxDocumentBytes() && t.exactSize(tree) > limits.maxDocumentBytes()) {
            problems.add("$", "the document is larger than the limit maxDocumentBytes (" + limits.maxDocumentBytes()
                    + " bytes)");
            return false;
        }
        return true;
    }

    private boolean walk(JsonNode node, String path, int depth, Problems problems) {
        if (node.isContainerNode()) {
            if (depth > limits.maxNestingDepth()) {
                // where a parser stands on an array too deep: at its first place
                problems.add(node.isArray() ? Problems.index(path, 0) : path, "the document nests objects and arrays deeper than the limit maxNestingDepth ("
                        + limits.maxNestingDepth() + ")");
                return false;
            }
            bound += 2L + Math.max(0, node.size() - 1);
            if (node.isObject()) {
                String previous = null;
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (e.getKey().length() > limits.maxStringLength()) {
                        // a parser still stands on the property before the long name, if any
                        problems.add(previous == null ? path : Problems.child(path, previous), "a property name is longer than the limit maxStringLength ("
                                + limits.maxStringLength() + " characters)");
                        return false;
                    }
                    bound += 6L * e.getKey().length() + 3;
                    if (!walk(e.getValue(), Problems.child(path, e.getKey()), depth + 1, problems)) {
                        return false;
                    }
                    previous = e.getKey();
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    if (!walk(node.get(i), Problems.index(path, i), depth + 1, problems)) {
                        return false;
                    }
                }
            }
        } else if (node.isTextual()) {
            if (node.textValue().length() > limits.maxStringLength()) {
                problems.add(path, "a string is longer than the limit maxStringLength (" + limits.maxStringLength()
                        + " characters)");
                return false;
            }
            bound += 6L * node.textValue().length() + 2;
        } else if (node.isNumber()) {
            // the number as its text would spell it (BigDecimal.toString: 1E-60, not sixty digits); the binder
            // then limits its digits written plainly, as it does for text
            long length = node.isBigDecimal() ? node.decimalValue().toString().length() : node.asText().length();
            if (length > limits.maxNumberLength()) {
                problems.add(path, "a number is longer than the limit maxNumberLength (" + limits.maxNumberLength()
                        + " characters)");
                return false;
            }
            bound += length;
        } else {
            bound += 5; // true, false, null; a binary or POJO node is refused by the binder by its type
        }
        return true;
    }

    /** Bytes of the tree's compact UTF-8 text; counted, never held. */
    private long exactSize(JsonNode tree) {
        long[] count = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try (JsonGenerator g = mapper.getFactory().createGenerator(counter)) {
            mapper.writeTree(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }
}
