package org.m4sd.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compiled messages format exactly as MessageFormat does, for every message the rule packs ship. */
class CompiledMessageProperties {
    private static final Path BUNDLES = Path.of("src/main/resources/org/m4sd/rules/messages");

    record Message(String file, String code, String pattern, Locale locale) {
    }

    private static final List<Message> MESSAGES = load();

    private static List<Message> load() {
        List<Message> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Locale locale = name.endsWith("_fr.properties") ? Locale.FRENCH
                        : name.endsWith("_es.properties") ? new Locale("es") : Locale.ENGLISH;
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.stringPropertyNames().stream().sorted()
                        .forEach(code -> all.add(new Message(name, code, p.getProperty(code), locale)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @Provide
    Arbitrary<Message> messages() {
        return Arbitraries.of(MESSAGES);
    }

    /** Arguments of the kinds each placeholder takes, sometimes of another kind, null, or too few. */
    private static Object[] argumentsFor(MessageFormat format, Random random) {
        Format[] byArgument = format.getFormatsByArgumentIndex();
        int count = random.nextInt(10) == 0 ? random.nextInt(byArgument.length + 1) : byArgument.length;
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            Format f = byArgument[i];
            if (f instanceof ChoiceFormat) {
                // a choice is made from the number's double value: every kind of number, on and between limits
                args[i] = switch (random.nextInt(6)) {
                    case 0 -> random.nextDouble() * 4 - 1.5;
                    case 1 -> new BigDecimal(random.nextInt(400) - 150).movePointLeft(2);
                    case 2 -> (long) random.nextInt(5) - 1;
                    case 3 -> random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY;
                    default -> random.nextInt(3) - (random.nextBoolean() ? 0 : 1);
                };
            } else if (f instanceof NumberFormat) {
                args[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(100_000);
                    case 1 -> random.nextLong() % 10_000_000_000L;
                    case 2 -> random.nextDouble() * 1_000;
                    default -> new BigDecimal(random.nextInt(1_000_000)).movePointLeft(random.nextInt(5));
                };
            } else if (f instanceof DateFormat) {
                args[i] = new Date(random.nextLong() % 4_000_000_000_000L);
            } else {
                args[i] = switch (random.nextInt(7)) {
                    case 0 -> null;
                    case 1 -> random.nextInt(1_000_000);
                    case 2 -> new BigDecimal(random.nextInt(1_000_000)).movePointLeft(random.nextInt(4));
                    case 3 -> LocalDate.ofEpochDay(random.nextInt(30_000));
                    case 4 -> new Date(random.nextLong() % 4_000_000_000_000L);
                    case 5 -> random.nextDouble();
                    default -> "text with {braces} and 'quotes' " + random.nextInt(100);
                };
            }
        }
        return args;
    }

    @Property(tries = 5_000)
    void formatsAsMessageFormatDoes(@ForAll("messages") Message message, @ForAll long seed) {
        MessageFormat reference = new MessageFormat(message.pattern(), message.locale());
        Object[] args = argumentsFor(reference, new Random(seed));
        CompiledMessage compiled = new CompiledMessage(message.pattern(), message.locale());

        assertThat(compiled.format(args)).as("%s %s", message.file(), message.code())
                .isEqualTo(reference.format(args));
    }

    /**
     * One compiled message formatting argument after argument, many of them equal to earlier ones (the text made
     * last is shared when the arguments are equal), and arrays changed after they were formatted: every text as
     * MessageFormat makes it.
     */
    @Property(tries = 500)
    void aMessageUsedAgainFormatsEachTimeAsMessageFormatDoes(@ForAll("messages") Message message,
            @ForAll long seed) {
        MessageFormat reference = new MessageFormat(message.pattern(), message.locale());
        CompiledMessage compiled = new CompiledMessage(message.pattern(), message.locale());
        Random random = new Random(seed);
        List<Object[]> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Object[] args = !seen.isEmpty() && random.nextBoolean() ? seen.get(random.nextInt(seen.size())).clone()
                    : argumentsFor(reference, random);
            seen.add(args.clone());
            assertThat(compiled.format(args)).as("%s %s", message.file(), message.code())
                    .isEqualTo(reference.format(args));
            if (args.length > 0 && random.nextBoolean()) {
                args[0] = "changed after formatting"; // the text kept is not the array's
            }
        }
    }

    @Example
    void everyShippedMessageCompiles() {
        assertThat(MESSAGES).hasSizeGreaterThan(300);
        for (Message m : MESSAGES) {
            new CompiledMessage(m.pattern(), m.locale());
        }
    }

    @Example
    void quotingChoicesThatYieldPatternsAndMissingArguments() {
        String pattern = "It''s '{'{0}'}': {1,choice,0#none|1#one of {2}|1<{1,number,integer} of {2}}; {3}";
        for (Object[] args : List.of(new Object[] {"x", 0, "y"}, new Object[] {"x", 1, "y", 2},
                new Object[] {null, 5, 1234.5, "z"}, new Object[0])) {
            assertThat(new CompiledMessage(pattern, Locale.FRENCH).format(args))
                    .isEqualTo(new MessageFormat(pattern, Locale.FRENCH).format(args));
        }
        assertThat(new CompiledMessage(pattern, Locale.ENGLISH).format(new Object[] {"x", 2, "y"}))
                .isEqualTo("It's {x}: 2 of y; {3}");
    }
}
