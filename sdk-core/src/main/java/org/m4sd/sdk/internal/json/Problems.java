package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;

/**
 * Collects every problem found in one document, each with its JSON path, so that a user sees all of them at
 * once rather than fixing one error per round trip.
 */
final class Problems {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
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
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** The last step of a path, as a user would name the field: {@code $.person.birthDate} gives {@code birthDate}. */
    static String label(String path) {
        if (path.equals("$")) {
            return "the document";
        }
        int cut = path.length();
        // Walk back over index and quoted-name steps to the start of the last plain name.
        int dot = path.lastIndexOf('.');
        int bracketName = path.lastIndexOf("['");
        if (bracketName > dot) {
            return path.substring(bracketName + 2, path.length() - 2);
        }
        return dot < 0 ? path : path.substring(dot + 1, cut);
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
