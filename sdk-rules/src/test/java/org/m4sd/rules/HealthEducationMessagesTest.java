package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reason code a rule of these determinations can report has a message in English, French and Spanish,
 * with the same placeholders in each language.
 */
class HealthEducationMessagesTest {
    private static final Pattern CODE = Pattern.compile("\"((?:HE|HS|HD|ED)_[A-Z_]*)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d)\\}");

    @ParameterizedTest
    @CsvSource({
        "health_emergency_care, health/health.drl, HE_, ''",
        "health_essential_care, health/health.drl, HS_, 'HS_RULE_ALL_PERSONS,HS_RULE_RESIDENTS,HS_RULE_BY_STATUS'",
        "health_diaspora_return_support, health/health.drl, HD_, ''",
        "education_public_school, education/public-school.drl, ED_, ''"
    })
    void everyReasonCodeHasTheSameMessageInEachLanguage(String bundle, String drl, String prefix, String composed) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        Properties es = load(bundle + "_es.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());

        Set<String> used = new TreeSet<>();
        Matcher m = CODE.matcher(read("org/m4sd/rules/" + drl));
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) { // the package's file holds other determinations' rules too
                used.add(m.group(1));
            }
        }
        for (String code : composed.split(",")) {
            if (!code.isBlank()) {
                used.add(code.trim());
            }
        }
        used.removeIf(code -> code.endsWith("_"));
        assertThat(en.stringPropertyNames()).containsAll(used);

        for (String key : en.stringPropertyNames()) {
            Set<String> args = args(en.getProperty(key));
            assertThat(args(fr.getProperty(key))).as("fr " + key).isEqualTo(args);
            assertThat(args(es.getProperty(key))).as("es " + key).isEqualTo(args);
            for (Properties p : new Properties[] {en, fr, es}) {
                new MessageFormat(p.getProperty(key), Locale.ROOT); // throws on a malformed pattern
            }
        }
    }

    /**
     * Every gap sentence, in each language, formats on each branch of its choices (the statuses covered or none,
     * a date or none, one month or more) to a sentence of its own: a capital first, a full stop last, no
     * placeholder, no "null", no doubled apostrophe.
     */
    @ParameterizedTest
    @CsvSource({
        "health_emergency_care, ''",
        "health_essential_care, _fr",
        "health_essential_care, _es",
        "health_essential_care, ''",
        "health_diaspora_return_support, ''",
        "health_diaspora_return_support, _fr",
        "health_diaspora_return_support, _es",
        "education_public_school, ''",
        "education_public_school, _fr",
        "education_public_school, _es",
        "health_emergency_care, _fr",
        "health_emergency_care, _es"
    })
    void everyGapSentenceFormatsOnEachBranch(String bundle, String language) throws IOException {
        Properties messages = load(bundle + language + ".properties");
        for (String key : messages.stringPropertyNames()) {
            if (!key.endsWith(".gap")) {
                continue;
            }
            for (int branch = 0; branch <= 2; branch++) {
                // {0} amount, {1} unit, {2} date, {3} values, {4} fact, then the reason's own arguments, each a
                // number that picks the branch where a choice reads it
                Object[] args = {new java.math.BigDecimal(Math.max(1, branch)), "months",
                    java.time.LocalDate.of(2025, 6, 1), "ASYLUM_SEEKER, REFUGEE", "$.x", branch, branch, branch,
                    branch, branch};
                String text = new MessageFormat(messages.getProperty(key), Locale.ROOT).format(args);
                assertThat(text).as("%s%s %s branch %d", bundle, language, key, branch)
                        .doesNotContain("{", "}", "null", "''").endsWith(".");
                // a sentence may open on a number or a country code, which stand for themselves in the test's args
                assertThat(Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)))
                        .as("%s%s %s branch %d starts a sentence: %s",
                        bundle, language, key, branch, text).isTrue();
            }
        }
    }

    private static Set<String> args(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var reader = new java.io.StringReader(read("org/m4sd/rules/messages/" + name))) {
            p.load(reader);
        }
        assertThat(p).as(name).isNotEmpty();
        return p;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = HealthEducationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
