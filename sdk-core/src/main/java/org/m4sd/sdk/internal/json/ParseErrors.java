package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parser's complaints into the contract's errors: the JSON path the parser had reached (a repeated
 * key at the repeated key's path, a broken value at its property) and a message in plain words, never the
 * parser's own wording, feature names or class names.
 */
final class ParseErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
            Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)");
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\((?:CTRL-CHAR, )?code (\\d+)");
    private static final Pattern BETWEEN = Pattern.compile("Illegal character \\(\\((?:CTRL-CHAR, )?code (\\d+)\\)\\)");
    private static final Pattern UNOPENED = Pattern.compile("Unexpected close marker '(.)': no open");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);

    private ParseErrors() {
    }

    /** The path of the value the parser was reading, {@code $} when it had not entered the document. */
    static String path(JsonParser parser) {
        if (parser == null) {
            return "$";
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "$";
        for (JsonStreamContext c : chain) {
            if (c.inObject()) {
                String name = c.getCurrentName();
                if (name == null) {
                    break; // inside an object, before its first property name
                }
                path = Problems.child(path, name);
            } else if (c.inArray()) {
                if (c.getCurrentIndex() < 0) {
                    break;
                }
                path = Problems.index(path, c.getCurrentIndex());
            }
        }
        return path;
    }

    /**
     * As {@link #message(JsonProcessingException, JsonParser)}, for a parser reading {@code bytes} from
     * {@code from}, bytes already checked to be UTF-8. A character beyond ASCII where a value belongs is named
     * from the bytes, with its own line and column: Jackson's versions disagree there (2.21, which Spark brings,
     * calls it invalid UTF-8; later versions an unexpected character or an unrecognized word, each at another
     * column), and the same bytes must get the same answer whichever Jackson the SDK runs on.
     */
    static String message(JsonProcessingException e, JsonParser parser, byte[] bytes, int from) {
        String m = String.valueOf(e.getOriginalMessage());
        if (bytes != null && e.getLocation() != null && e.getLocation().getByteOffset() >= 0
                && nonAsciiWhereAValueBelongs(m)) {
            int at = characterAt(bytes, from, from + (int) e.getLocation().getByteOffset() - 1);
            if (at >= 0) {
                int code = new String(bytes, at, Math.min(4, bytes.length - at), StandardCharsets.UTF_8)
                        .codePointAt(0);
                return "not valid JSON" + position(bytes, from, at) + ": unexpected character " + codePoint(code)
                        + "; expected a value: a string in double quotes, a number, an object, an array, true, "
                        + "false or null";
            }
        }
        return message(e, parser);
    }

    private static boolean nonAsciiWhereAValueBelongs(String m) {
        if (m.startsWith("Invalid UTF-8") || m.startsWith("Invalid UTF8")) {
            return true; // the bytes are UTF-8: the parser stumbled on a character where it expected a value
        }
        Matcher unexpected = UNEXPECTED.matcher(m);
        if (unexpected.find() && Integer.parseInt(unexpected.group(2)) >= 0x80) {
            return m.contains("expected a valid value") || m.contains("expected a value");
        }
        Matcher token = TOKEN.matcher(m);
        return token.find() && !token.group(1).isEmpty() && token.group(1).charAt(0) >= 0x80;
    }

    /** The first byte of the character beyond ASCII at or next to {@code near}, or -1. */
    private static int characterAt(byte[] bytes, int from, int near) {
        int i = Math.max(from, Math.min(near, bytes.length - 1));
        if (bytes[i] >= 0 && i + 1 < bytes.length && bytes[i + 1] < 0) {
            i++;
        }
        while (i > from && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return (bytes[i] & 0xC0) == 0xC0 ? i : -1;
    }

    /** " at line L, column C" of the byte at {@code at}, lines ending at LF, CR or CRLF, columns in bytes. */
    private static String position(byte[] bytes, int from, int at) {
        int line = 1;
        int start = from;
        for (int i = from; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
                line++;
                start = i + 1;
            }
        }
        return " at line " + line + ", column " + (at - start + 1);
    }

    /** What is wrong, in plain words, with the line and column where the parser stopped. */
    static String message(JsonProcessingException e, JsonParser parser) {
        String m = String.valueOf(e.getOriginalMessage());
        JsonLocation location = e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation();
        String at = JsonCodec.where(location);
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.lookingAt()) {
            return "property " + Problems.quote(dup.group(1)) + " appears more than once in the same object" + at
                    + "; keep one";
        }
        if (m.startsWith("Trailing token")) {
            return "not valid JSON" + at + ": more content follows the end of the document";
        }
        return "not valid JSON" + at + ": " + plain(m);
    }

    private static String plain(String m) {
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("String value") || m.contains("in VALUE_STRING") || m.contains("in field name")
                    || m.contains("for name") || m.contains("escape sequence")) {
                return "the text ends inside a string; a closing double quote is missing";
            }
            return "the text ends before the document is complete; an object or array is not closed";
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return "the control character " + codePoint(code) + " must be escaped inside a string (for example \\n "
                    + "or \\t)";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            String word = token.group(1);
            if (word.equals("NaN") || word.contains("Infinity") || word.contains("INF")) {
                return Problems.quote(word) + " is not a number JSON allows; write a finite number such as 12.5";
            }
            return "the word " + Problems.quote(word) + " is not a JSON value; expected a string in double quotes, "
                    + "a number, true, false or null";
        }
        Matcher unexpected = UNEXPECTED.matcher(m);
        if (unexpected.find()) {
            int code = Integer.parseInt(unexpected.group(2));
            return "unexpected character " + shown(code) + expectation(m);
        }
        Matcher between = BETWEEN.matcher(m);
        if (between.find()) {
            return "unexpected character " + codePoint(Integer.parseInt(between.group(1)))
                    + "; only spaces, tabs and line breaks may stand between values";
        }
        Matcher unopened = UNOPENED.matcher(m);
        if (unopened.find()) {
            String close = unopened.group(1);
            return "a closing " + close + " that no " + ("}".equals(close) ? "{" : "[") + " opened";
        }
        if (m.startsWith("Unexpected close marker") || m.contains("close marker")) {
            return "a closing bracket does not match the opening one";
        }
        if (m.contains("Leading zeroes not allowed") || m.contains("Leading zero")) {
            return "a number must not start with a zero";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a string holds an escape sequence JSON does not have; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, "
                    + "\\t or \\uXXXX";
        }
        if (m.contains("Invalid numeric value") || m.contains("Invalid number")) {
            return "a number is not written as JSON requires (digits, an optional fraction and exponent)";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8")) {
            return "the text is not valid UTF-8";
        }
        if (m.contains("surrogate")) {
            return "a string holds a \\u escape that is half of a character (an unpaired surrogate)";
        }
        return "the text is not a well-formed JSON document";
    }

    private static String expectation(String m) {
        if (m.contains("double-quote to start field name")) {
            return "; expected a property name in double quotes";
        }
        if (m.contains("comma to separate Object entries")) {
            return "; expected a comma between properties or } to close the object";
        }
        if (m.contains("comma to separate Array entries")) {
            return "; expected a comma between elements or ] to close the array";
        }
        if (m.contains("colon to separate")) {
            return "; expected a colon after the property name";
        }
        if (m.contains("expected a valid value") || m.contains("expected a value")) {
            return "; expected a value: a string in double quotes, a number, an object, an array, true, false or "
                    + "null";
        }
        return "";
    }

    /** A character as a user can recognise it: printable ones quoted, the others by code point. */
    private static String shown(int code) {
        if (code > 0x20 && code < 0x7F) {
            return "'" + (char) code + "'";
        }
        return codePoint(code);
    }

    private static String codePoint(int code) {
        String name = switch (code) {
            case 0xFEFF -> " (a byte order mark)";
            case 0x09 -> " (tab)";
            case 0x0A -> " (line feed)";
            case 0x0D -> " (carriage return)";
            case 0x20 -> " (space)";
            default -> "";
        };
        return String.format(Locale.ROOT, "U+%04X", code) + name;
    }

    static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from memory: nothing to release
            }
        }
    }
}
