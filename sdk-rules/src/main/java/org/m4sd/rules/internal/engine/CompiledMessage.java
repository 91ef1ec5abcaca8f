package org.m4sd.rules.internal.engine;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageFormat} pattern parsed once into its literal text and placeholders, formatting exactly as
 * {@code new MessageFormat(pattern, locale).format(args)} does. Every decision formats one message per criterion,
 * and MessageFormat, not being thread-safe, would have to be cloned for each, with its sub-formats; here each
 * thread keeps its own copies of the sub-formats and the text is appended directly.
 */
final class CompiledMessage {
    private static final char OPEN = '\u0000';
    private static final char CLOSE = '\u0001';

    private final Locale locale;
    /** The text before each placeholder, and after the last one: one more than the placeholders. */
    private final String[] literals;
    /** Each placeholder's argument index. */
    private final int[] arguments;
    /** Each placeholder's format as the pattern gives it, or null to format by the argument's type. */
    private final Format[] formats;
    private final ThreadLocal<Formats> perThread;

    CompiledMessage(String pattern, Locale locale) {
        this.locale = locale;
        MessageFormat parsed = new MessageFormat(pattern, locale);
        this.formats = parsed.getFormats();
        int argumentCount = parsed.getFormatsByArgumentIndex().length;
        // With its formats removed and each argument replaced by a marked index, MessageFormat writes the
        // literal text, unquoted, with the placeholders in order between the marks.
        for (int i = 0; i < formats.length; i++) {
            parsed.setFormat(i, null);
        }
        Object[] marks = new Object[argumentCount];
        for (int i = 0; i < argumentCount; i++) {
            marks[i] = OPEN + Integer.toString(i) + CLOSE;
        }
        String marked = parsed.format(marks);
        List<String> text = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        int from = 0;
        for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
            int close = marked.indexOf(CLOSE, open);
            text.add(marked.substring(from, open));
            indices.add(Integer.parseInt(marked.substring(open + 1, close)));
            from = close + 1;
        }
        text.add(marked.substring(from));
        if (indices.size() != formats.length || text.stream().anyMatch(t -> t.indexOf(CLOSE) >= 0)) {
            throw new IllegalArgumentException("cannot compile message pattern: " + pattern);
        }
        this.literals = text.toArray(String[]::new);
        this.arguments = indices.stream().mapToInt(Integer::intValue).toArray();
        this.perThread = ThreadLocal.withInitial(() -> new Formats(formats, locale));
    }

    String format(Object[] args) {
        if (arguments.length == 0) {
            return literals[0];
        }
        Formats own = perThread.get();
        StringBuilder out = new StringBuilder(literals[0].length() + 16 * arguments.length + 32);
        for (int i = 0; i < arguments.length; i++) {
            out.append(literals[i]);
            int index = arguments[i];
            if (args == null || index >= args.length) {
                out.append('{').append(index).append('}');
            } else {
                append(out, own, i, args[index], args);
            }
        }
        return out.append(literals[arguments.length]).toString();
    }

    /** As MessageFormat.subformat: a choice that yields a pattern is formatted again with all the arguments. */
    private void append(StringBuilder out, Formats own, int placeholder, Object value, Object[] args) {
        if (value == null) {
            out.append("null");
            return;
        }
        Format format = own.byPlaceholder[placeholder];
        if (format != null) {
            String text = format.format(value);
            if (format instanceof ChoiceFormat && text.indexOf('{') >= 0) {
                text = new MessageFormat(text, locale).format(args);
            }
            out.append(text);
        } else if (value instanceof Number) {
            out.append(own.number().format(value));
        } else if (value instanceof Date) {
            out.append(own.date().format(value));
        } else if (value instanceof String s) {
            out.append(s);
        } else {
            out.append(value);
        }
    }

    /** One thread's copies of the formats: java.text formats keep state while they format. */
    private static final class Formats {
        final Format[] byPlaceholder;
        private final Locale locale;
        private NumberFormat number;
        private DateFormat date;

        Formats(Format[] prototypes, Locale locale) {
            this.locale = locale;
            this.byPlaceholder = new Format[prototypes.length];
            for (int i = 0; i < prototypes.length; i++) {
                byPlaceholder[i] = prototypes[i] == null ? null : (Format) prototypes[i].clone();
            }
        }

        NumberFormat number() {
            if (number == null) {
                number = NumberFormat.getInstance(locale);
            }
            return number;
        }

        DateFormat date() {
            if (date == null) {
                date = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale);
            }
            return date;
        }
    }
}
