package org.m4sd.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;

/**
 * The two patch formats the service applies to a request: JSON Merge Patch (RFC 7386,
 * {@code application/merge-patch+json}) and JSON Patch (RFC 6902, {@code application/json-patch+json}, with
 * RFC 6901 pointers). Both work on a copy; the patched document is then read as a fresh request is.
 */
final class RequestPatch {
    private static final Set<String> OPERATIONS = Set.of("add", "remove", "replace", "move", "copy", "test");
    /** Numbers equal when their values are (RFC 6902 section 4.6), whatever their JSON spelling. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private RequestPatch() {
    }

    /** RFC 7386 section 2: members of the patch replace the target's, {@code null} removes one. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode out = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                out.remove(member.getKey());
            } else {
                out.set(member.getKey(), merge(out.get(member.getKey()), member.getValue()));
            }
        });
        return out;
    }

    /**
     * RFC 6902: the operations applied in order to a copy of {@code target}; the first that cannot be applied
     * stops the patch, and the request is refused with its index ({@code at}{@code [i]}) and the problem.
     */
    static JsonNode apply(JsonNode target, ArrayNode operations, String at) {
        JsonNode document = target.deepCopy();
        for (int i = 0; i < operations.size(); i++) {
            String where = at + "[" + i + "]";
            try {
                document = operation(document, operations.get(i), where);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(List.of(FieldError.of(where, e.getMessage())));
            }
        }
        return document;
    }

    private static JsonNode operation(JsonNode document, JsonNode operation, String where) {
        if (!operation.isObject()) {
            throw new IllegalArgumentException("an operation is a JSON object with op and path");
        }
        String op = text(operation, "op");
        if (!OPERATIONS.contains(op)) {
            throw new IllegalArgumentException("op \"" + op + "\" is not one of add, remove, replace, move, copy, test");
        }
        List<String> path = pointer(text(operation, "path"));
        switch (op) {
            case "add" -> {
                return add(document, path, value(operation));
            }
            case "remove" -> {
                return remove(document, path);
            }
            case "replace" -> {
                JsonNode removed = remove(document, path);
                return add(removed, path, value(operation));
            }
            case "move" -> {
                List<String> from = pointer(text(operation, "from"));
                if (path.size() > from.size() && path.subList(0, from.size()).equals(from)) {
                    throw new IllegalArgumentException("a value cannot be moved into itself");
                }
                JsonNode moved = at(document, from).deepCopy();
                return add(remove(document, from), path, moved);
            }
            case "copy" -> {
                return add(document, path, at(document, pointer(text(operation, "from"))).deepCopy());
            }
            default -> {
                if (!at(document, path).equals(SAME_VALUE, value(operation))) {
                    throw new IllegalArgumentException("test failed: the value at " + text(operation, "path")
                            + " is not the value given");
                }
                return document;
            }
        }
    }

    private static String text(JsonNode operation, String member) {
        JsonNode node = operation.get(member);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(member + " is required, as a string");
        }
        return node.asText();
    }

    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            throw new IllegalArgumentException("value is required");
        }
        return operation.get("value").deepCopy();
    }

    /** RFC 6901: the reference tokens of a pointer, {@code ~1} read as {@code /} and {@code ~0} as {@code ~}. */
    static List<String> pointer(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("\"" + pointer + "\" is not a JSON pointer (RFC 6901): it starts with /");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            if (token.matches(".*~([^01]|$).*")) {
                throw new IllegalArgumentException("\"" + pointer + "\" has a ~ that is neither ~0 nor ~1");
            }
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode at(JsonNode document, List<String> path) {
        JsonNode node = document;
        for (String token : path) {
            node = node.isArray() ? node.get(index(token, node.size() - 1)) : node.get(token);
            if (node == null) {
                throw new IllegalArgumentException("there is no value at " + render(path));
            }
        }
        return node;
    }

    private static JsonNode add(JsonNode document, List<String> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = at(document, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(last, array.size()), value);
            }
        } else {
            throw new IllegalArgumentException("the value at " + render(path.subList(0, path.size() - 1))
                    + " is neither an object nor an array");
        }
        return document;
    }

    private static JsonNode remove(JsonNode document, List<String> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the whole request cannot be removed");
        }
        at(document, path);
        JsonNode parent = at(document, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else {
            ((ArrayNode) parent).remove(index(last, parent.size() - 1));
        }
        return document;
    }

    /** An array index: digits without a leading zero, at most {@code max}. */
    private static int index(String token, int max) {
        if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) > max) {
            throw new IllegalArgumentException("\"" + token + "\" is not an index of the array (0 to " + max + ")");
        }
        return Integer.parseInt(token);
    }

    private static String render(List<String> path) {
        StringBuilder out = new StringBuilder();
        path.forEach(token -> out.append('/').append(token.replace("~", "~0").replace("/", "~1")));
        return out.isEmpty() ? "the root" : out.toString();
    }
}
