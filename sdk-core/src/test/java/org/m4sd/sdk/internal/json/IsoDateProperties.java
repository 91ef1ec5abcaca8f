package org.m4sd.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Binder#isoDate} against its definition, a match of {@code \d{4}-\d{2}-\d{2}} then {@code LocalDate.parse}:
 * on real dates of any year from 0000 to 9999, impossible ones (30 February, month 13, day 00), near-dates with a
 * character out of place, and any text.
 */
class IsoDateProperties {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static LocalDate definition(String s) {
        if (!DATE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> nearDates = Arbitraries.strings().withChars("0123456789-/ +a\u0660").ofLength(10);
        Arbitrary<String> written = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers()
                .between(0, 13).flatMap(m -> Arbitraries.integers().between(0, 32)
                        .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        return Arbitraries.oneOf(written, written, nearDates, Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property(tries = 2000)
    void isoDateIsTheMatchThenTheParse(@ForAll("texts") String text) {
        assertThat(Binder.isoDate(text)).isEqualTo(definition(text));
    }

    @Example
    void realAndImpossibleDates() {
        assertThat(Binder.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Binder.isoDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(Binder.isoDate("2023-02-29")).isNull();
        assertThat(Binder.isoDate("2023-13-01")).isNull();
        assertThat(Binder.isoDate("2023-04-31")).isNull();
        assertThat(Binder.isoDate("2023-1-01")).isNull();
        assertThat(Binder.isoDate("+2023-01-01")).isNull();
        assertThat(Binder.isoDate("2023/01/01")).isNull();
        assertThat(Binder.isoDate("\u0662\u0660\u0662\u0663-01-01")).as("Arabic-Indic digits").isNull();
    }
}
