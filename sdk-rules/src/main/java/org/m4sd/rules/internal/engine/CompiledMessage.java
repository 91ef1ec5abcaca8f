package org.m4sd.rules.internal.engine;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageFormat} pattern parsed once into its literal text and placeholders, formatting exactly as
 * {@code new MessageFormat(pattern, locale).format(args)} does. Every decision formats one message per criterion,
 * and MessageFormat, not being thread-safe, would have to be cloned for each, with its sub-formats; here each
 * thread keeps its own copies of the sub-formats and the text is appended directly. Numbers in plain number
 * formats, most of the figures in messages, are written by {@link DecimalText} without a format's per-call cost.
 */
final class CompiledMessage {
    private static final char OPEN = '\u0000';
    private static final char CLOSE = '\u0001';
    private static final int INITIAL_CAPACITY = 512;
    private static final Object[] NO_ARGUMENTS = {};
    private static final int KEPT_CAPACITY = 16 * 1024;
    private static final ThreadLocal<StringBuilder> SCRATCH =
            ThreadLocal.withInitial(() -> new StringBuilder(INITIAL_CAPACITY));

    private final Locale locale;
    /** The text before each placeholder, and after the last one: one more than the placeholders. */
    private final String[] literals;
    /** Each placeholder's argument index. */
    private final int[] arguments;
    /** Each placeholder's format as the pattern gives it, or null to format by the argument's type. */
    private final Format[] formats;
    /** Each placeholder's number format written directly, or null where it is not a plain number format. */
    private final DecimalText[] numbers;
    /** Each placeholder's choices, or null where its format is not a choice format. */
    private final Choices[] choices;
    /** The locale's general number format written directly, for a number in a placeholder without a format. */
    private final DecimalText generalNumber;
    private final ThreadLocal<Formats> perThread;
    private Kept kept;

    CompiledMessage(String pattern, Locale locale) {
        this.locale = locale;
        MessageFormat parsed = new MessageFormat(pattern, locale);
        this.formats = parsed.getFormats();
        this.numbers = new DecimalText[formats.length];
        for (int i = 0; i < formats.length; i++) {
            numbers[i] = DecimalText.of(formats[i]);
        }
        this.generalNumber = DecimalText.of(NumberFormat.getInstance(locale));
        this.choices = new Choices[formats.length];
        for (int i = 0; i < formats.length; i++) {
            choices[i] = Choices.of(formats[i]);
        }
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
        String known = kept(args);
        if (known != null) {
            return known;
        }
        StringBuilder out = scratch();
        appendTo(out, args);
        return keep(args, text(out));
    }

    /**
     * The text first made from this message, where these are its arguments, or null. Most of a message's arguments
     * are the jurisdiction's figures, the same decision after decision, and the text made from equal arguments is
     * the same: it is made once and shared. Only the first is kept, never replaced: replacing it by the last text
     * had the threads deciding at the same time writing to the same memory all the time (measured: two threads
     * decided a quarter less than without it).
     */
    private String kept(Object[] args) {
        Kept first = kept;
        return first != null && Arrays.equals(first.args, args) ? first.text : null;
    }

    /**
     * Keeps {@code text}, made from these arguments, if no text is kept yet; returns it. Kept only where every
     * argument is a value whose equals means the same text (a string, number, date, enum or boolean): two equal
     * sets, say, may still be written in different orders.
     */
    private String keep(Object[] args, String text) {
        if (kept != null) {
            return text;
        }
        if (args != null) {
            for (Object a : args) {
                if (!(a == null || a instanceof String || a instanceof Integer || a instanceof Long
                        || a instanceof BigDecimal || a instanceof LocalDate || a instanceof Enum<?>
                        || a instanceof Boolean || a instanceof Double)) {
                    return text;
                }
            }
        }
        kept = new Kept(args == null ? null : args.clone(), text);
        return text;
    }

    /**
     * The text kept, with the arguments it was made from (a copy: the caller's array may change). Read and set
     * without a lock: its fields are final, so a thread sees either a whole entry or none.
     */
    private record Kept(Object[] args, String text) {
    }

    /**
     * Whether a placeholder takes the argument at {@code index}; a message with a choice may, as its choices are
     * patterns formatted with every argument.
     */
    boolean uses(int index) {
        for (Format f : formats) {
            if (f instanceof ChoiceFormat) {
                return true;
            }
        }
        for (int a : arguments) {
            if (a == index) {
                return true;
            }
        }
        return false;
    }

    /** Appends the message formatted with {@code args}. */
    void appendTo(StringBuilder out, Object[] args) {
        appendTo(out, NO_ARGUMENTS, args);
    }

    /**
     * Appends the message formatted with the arguments {@code first} followed by {@code rest}, as with one array
     * holding both, without making it.
     */
    void appendTo(StringBuilder out, Object[] first, Object[] rest) {
        int count = first.length + (rest == null ? 0 : rest.length);
        for (int i = 0; i < arguments.length; i++) {
            out.append(literals[i]);
            int index = arguments[i];
            if (index >= count) {
                out.append('{').append(index).append('}');
            } else {
                append(out, i, index < first.length ? first[index] : rest[index - first.length], first, rest);
            }
        }
        out.append(literals[arguments.length]);
    }

    /** All the arguments in one array, for a choice that yields a pattern: the rare text formatted again. */
    private static Object[] joined(Object[] first, Object[] rest) {
        if (first.length == 0) {
            return rest;
        }
        Object[] all = Arrays.copyOf(first, first.length + (rest == null ? 0 : rest.length));
        if (rest != null) {
            System.arraycopy(rest, 0, all, first.length, rest.length);
        }
        return all;
    }

    /**
     * This thread's text buffer, emptied: a message is written into it and copied out once, rather than into a
     * new builder that grows and is copied on every message. One message at a time per thread: what writes into
     * it calls nothing that takes it again.
     */
    static StringBuilder scratch() {
        StringBuilder out = SCRATCH.get();
        out.setLength(0);
        return out;
    }

    /** The text written into this thread's buffer; a buffer a very long message grew is not kept. */
    static String text(StringBuilder scratch) {
        String text = scratch.toString();
        if (scratch.capacity() > KEPT_CAPACITY) {
            SCRATCH.set(new StringBuilder(INITIAL_CAPACITY));
        }
        return text;
    }

    /**
     * As MessageFormat.subformat: a choice that yields a pattern is formatted again with all the arguments. A
     * number in a plain number format, the placeholder's or the locale's, is written directly; the java.text
     * formats, one copy per thread, write everything else.
     */
    private void append(StringBuilder out, int placeholder, Object value, Object[] first, Object[] rest) {
        if (value == null) {
            out.append("null");
            return;
        }
        DecimalText number = formats[placeholder] != null ? numbers[placeholder]
                : value instanceof Number ? generalNumber : null;
        if (number != null && number.append(out, value)) {
            return;
        }
        if (value instanceof String s && formats[placeholder] == null) {
            out.append(s);
            return;
        }
        if (choices[placeholder] != null && value instanceof Number n) {
            String text = choices[placeholder].choose(n.doubleValue());
            out.append(text.indexOf('{') >= 0 ? new MessageFormat(text, locale).format(joined(first, rest)) : text);
            return;
        }
        if (value instanceof LocalDate day && formats[placeholder] == null && day.getYear() >= 1000
                && day.getYear() <= 9999) {
            // LocalDate.toString of a four-digit year, written without the text it makes
            out.append(day.getYear()).append('-');
            twoDigits(out, day.getMonthValue());
            out.append('-');
            twoDigits(out, day.getDayOfMonth());
            return;
        }
        Formats own = perThread.get();
        Format format = own.byPlaceholder[placeholder];
        if (format != null) {
            String text = format.format(value);
            if (format instanceof ChoiceFormat && text.indexOf('{') >= 0) {
                text = new MessageFormat(text, locale).format(joined(first, rest));
            }
            out.append(text);
        } else if (value instanceof Number) {
            out.append(own.number().format(value));
        } else if (value instanceof Date) {
            out.append(own.date().format(value));
        } else {
            out.append(value);
        }
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * A choice format's limits and texts, copied once: the text for a number is chosen as ChoiceFormat chooses it,
     * from the number's double value, without the buffers ChoiceFormat allocates to return one of its own texts.
     */
    private record Choices(double[] limits, String[] texts) {
        static Choices of(Format format) {
            return format instanceof ChoiceFormat c && c.getLimits().length > 0
                    ? new Choices(c.getLimits(), Arrays.stream(c.getFormats()).map(String::valueOf)
                            .toArray(String[]::new)) : null;
        }

        /** As ChoiceFormat.format(double): the last choice whose limit the number reaches, else the first. */
        String choose(double number) {
            int i = 0;
            while (i < limits.length && number >= limits[i]) {
                i++;
            }
            return texts[Math.max(0, i - 1)];
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
