package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;

/**
 * Collects every problem found in one document, each with its JSON path, so that a user sees all of them at
 * once rather than fixing one error per round trip.
 */
final class Problems {
    private static final int SHOWN_TEXT = 60;

    private final List<FieldError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    int count() {
        return errors.size();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** True when nothing was added since {@code mark} (a value of {@link #count()}). */
    boolean cleanSince(int mark) {
        return errors.size() == mark;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void throwIfAny() {
        if (any()) {
            throw new InvalidRequestException(errors);
        }
    }

    static String child(String parent, String name) {
        if (isPlainName(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Same as matching {@code [A-Za-z_][A-Za-z0-9_]*}, without a regex: this runs for every property read. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /**
     * The last named step of a path, as a user would name the field: {@code $.person.birthDate} gives
     * {@code birthDate}, {@code $.person.documentsHeld[2]} gives {@code documentsHeld[2]}.
     */
    static String label(String path) {
        if (path.equals("$")) {
            return "the document";
        }
        int dot = path.lastIndexOf('.');
        int quoted = path.lastIndexOf("['");
        if (quoted > dot) {
            return path.substring(quoted + 2, path.length() - 2);
        }
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** How a value is shown in a message: strings quoted (and shortened), containers by kind. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toString();
        }
        return node.asText();
    }

    static String quote(String text) {
        String shown = text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "..." : text;
        return "\"" + shown + "\"";
    }
}
