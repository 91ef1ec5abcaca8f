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
