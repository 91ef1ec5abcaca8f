package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.m4sd.rules.internal.engine.Messages;
import org.m4sd.sdk.Determination;

/** Every reason code the employment rules report has a message in English, French and Spanish, with the same arguments. */
class EmploymentMessagesTest {
    private static final Pattern REPORT = Pattern.compile("\\.(?:met|notMet|unknown)\\(\"[^\"]+\",\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d)[,}]");
    private static final Messages MESSAGES = new Messages();

    @ParameterizedTest
    @EnumSource(value = Determination.class, names = {"EMPLOYMENT_FAIR_RECRUITMENT",
            "EMPLOYMENT_QUALIFICATION_RECOGNITION"})
    void everyReasonCodeHasTheSameArgumentsInEveryLanguage(Determination determination) throws IOException {
        // The package's one DRL file holds both determinations; each reports codes with its own prefix.
        String prefix = determination == Determination.EMPLOYMENT_FAIR_RECRUITMENT ? "FR_" : "QR_";
        String drl = Files.readString(Path.of("src/main/resources/org/m4sd/rules/employment/employment.drl"),
                StandardCharsets.UTF_8);
        Set<String> codes = new TreeSet<>();
        Matcher m = REPORT.matcher(drl);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                codes.add(m.group(1));
            }
        }
        assertThat(codes).hasSizeGreaterThan(15);
        for (String code : codes) {
            Set<String> english = args(MESSAGES.pattern(determination, Locale.ENGLISH, code));
            for (Locale locale : List.of(Locale.FRENCH, new Locale("es"))) {
                assertThat(args(MESSAGES.pattern(determination, locale, code))).as("%s in %s", code, locale)
                        .isEqualTo(english);
            }
        }
    }

    private static Set<String> args(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
