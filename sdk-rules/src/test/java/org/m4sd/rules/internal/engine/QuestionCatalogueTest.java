package org.m4sd.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.engine.QuestionCatalogue.Lack;
import org.m4sd.sdk.decision.FactType;
import org.m4sd.sdk.decision.Question;

/**
 * The question catalogue: every path a rule can report missing has its question in English, French and Spanish,
 * whole objects are asked member by member, and the questions come in the documented order.
 */
class QuestionCatalogueTest {
    private static final List<String> DRL = List.of("socialsecurity/socialsecurity.drl",
            "education/public-school.drl", "health/health.drl", "employment/employment.drl");
    /** {@code $c.unknown("rule name", "CODE", <path>)} in the DRL. */
    private static final Pattern DRL_UNKNOWN =
            Pattern.compile("\\.unknown\\(\"[^\"]+\",\\s*\"[A-Z0-9_]+\",\\s*([^;]+)\\);");
    /** {@code findings.unknown(RULE, "CODE", <path>)} in the reference engine. */
    private static final Pattern REFERENCE_UNKNOWN =
            Pattern.compile("findings\\.unknown\\([^;]*?\"[A-Z0-9_]+\",\\s*([^;]+)\\);", Pattern.DOTALL);
    private static final Pattern LITERAL_PATH = Pattern.compile("\"(\\$\\.[A-Za-z.]+)\"");
    /** A path built at run time: every such builder names an exchange rate ({@code missingRatePath}). */
    private static final Pattern RATE_PATH_EXPRESSION = Pattern.compile("[\\w$.]+[mM]issingRatePath\\([\\w.()]*\\)");

    private final QuestionCatalogue catalogue = new QuestionCatalogue();

    @Test
    void everyPathARuleCanReportMissingHasAQuestionInEveryLanguage() throws IOException {
        Set<String> paths = new TreeSet<>();
        for (String drl : DRL) {
            paths.addAll(reported(resource("org/m4sd/rules/" + drl), DRL_UNKNOWN));
        }
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/m4sd/rules/internal/reference"))) {
            for (Path source : sources.toList()) {
                paths.addAll(reported(Files.readString(source), REFERENCE_UNKNOWN));
            }
        }
        paths.add(QuestionCatalogue.EXCHANGE_RATES + ".USD");
        assertThat(paths).contains("$.person.birthDate", "$.recruitment", "$.qualification", "$.healthProfessional",
                "$.recruitment.firstMonthEarnings.amount");
        for (String path : paths) {
            assertThat(QuestionCatalogue.knows(path)).as(path).isTrue();
            for (Locale locale : Messages.SUPPORTED) {
                List<Question> questions = catalogue.questions(List.of(new Lack(path, true)), locale);
                assertThat(questions).as(path).isNotEmpty().allSatisfy(q -> assertThat(q.text()).isNotBlank());
            }
        }
    }

    /** The paths the unknown calls of one source name: literals, constants resolved in the file, rate builders. */
    private static Set<String> reported(String source, Pattern call) {
        Set<String> paths = new TreeSet<>();
        Matcher m = call.matcher(source);
        while (m.find()) {
            String argument = m.group(1).trim();
            if (RATE_PATH_EXPRESSION.matcher(argument).matches()) {
                continue;
            }
            Matcher literal = LITERAL_PATH.matcher(argument);
            if (literal.find()) {
                String suffix = argument.substring(literal.end()).trim();
                assertThat(suffix).as(argument).isEmpty();
                paths.add(literal.group(1));
                continue;
            }
            paths.add(constant(source, argument));
        }
        return paths;
    }

    /** A path named by constants of the same file, {@code FACT} or {@code FACT + ".member"}. */
    private static String constant(String source, String expression) {
        StringBuilder path = new StringBuilder();
        for (String part : expression.split("\\+")) {
            String p = part.trim();
            if (p.startsWith("\"")) {
                path.append(p, 1, p.length() - 1);
            } else {
                Matcher m = Pattern.compile("static final String " + Pattern.quote(p) + "\\s*=\\s*\"([^\"]+)\"")
                        .matcher(source);
                assertThat(m.find()).as("a path of a reported unknown: " + expression).isTrue();
                path.append(m.group(1));
            }
        }
        return path.toString();
    }

    @Test
    void everyLanguageHoldsEveryQuestionAndNothingElse() throws IOException {
        Properties english = bundle("questions.properties");
        for (String name : List.of("questions.properties", "questions_fr.properties", "questions_es.properties")) {
            Properties texts = bundle(name);
            assertThat(texts.stringPropertyNames()).as(name)
                    .containsExactlyInAnyOrderElementsOf(QuestionCatalogue.bundleKeys());
            for (String key : texts.stringPropertyNames()) {
                String text = new MessageFormat(texts.getProperty(key)).format(new Object[] {"USD"});
                assertThat(text).as(name + " " + key).endsWith("?").doesNotContain("{").doesNotContain("''");
                if (!name.equals("questions.properties")) {
                    assertThat(texts.getProperty(key)).as(name + " " + key + " is translated")
                            .isNotEqualTo(english.getProperty(key));
                }
            }
        }
    }

    @Test
    void aWholeObjectIsAskedByItsMembersAndARateByItsCurrency() {
        List<Question> recruitment = catalogue.questions(List.of(new Lack("$.recruitment", true)), Locale.ENGLISH);
        assertThat(recruitment).extracting(Question::path)
                .containsExactly("$.recruitment.origin", "$.recruitment.destination");
        assertThat(recruitment).allSatisfy(q -> {
            assertThat(q.fact()).isEqualTo("$.recruitment");
            assertThat(q.type()).isEqualTo(FactType.COUNTRY);
        });
        Question rate = catalogue.questions(List.of(new Lack("$.recruitment.exchangeRates.NPR", true)),
                Locale.FRENCH).get(0);
        assertThat(rate.type()).isEqualTo(FactType.NUMBER);
        assertThat(rate.text()).isEqualTo("Combien vaut un NPR dans la devise des gains du premier mois du "
                + "travailleur ?");
        Question status = catalogue.questions(List.of(new Lack("$.person.migratoryStatus", false)),
                new Locale("es")).get(0);
        assertThat(status.allowedValues()).contains("REFUGEE").doesNotContain("UNKNOWN");
        assertThat(status.text()).startsWith("¿");
        Question residence = catalogue.questions(List.of(new Lack("$.person.residenceMonths", false)),
                Locale.ENGLISH).get(0);
        assertThat(residence.type()).isEqualTo(FactType.INTEGER);
        assertThat(residence.unit()).contains("months");
    }

    @Test
    void moreCriteriaFirstThenBlockingThenTheCataloguesOrder() {
        List<Lack> lacks = new ArrayList<>(List.of(
                new Lack("$.person.sex", false),
                new Lack("$.healthProfessional", true),
                new Lack("$.person.nationality", false),
                new Lack("$.person.birthDate", false),
                new Lack("$.recruitment.exchangeRates.USD", false),
                new Lack("$.recruitment.exchangeRates.EUR", false),
                new Lack("$.person.sex", false)));
        assertThat(catalogue.questions(lacks, Locale.ENGLISH)).extracting(Question::path).containsExactly(
                // two criteria lack the sex
                "$.person.sex",
                // one blocking criterion lacks the professional's facts, asked member by member
                "$.healthProfessional.profession", "$.healthProfessional.originCountry",
                "$.healthProfessional.countryOfPractice", "$.healthProfessional.workAbroad",
                "$.healthProfessional.highestDegreeLevel", "$.healthProfessional.languages",
                // one condition each: the catalogue's order, exchange rates last by currency
                "$.person.birthDate", "$.person.nationality",
                "$.recruitment.exchangeRates.EUR", "$.recruitment.exchangeRates.USD");
    }

    @Test
    void aFactOutsideTheCatalogueIsAnError() {
        assertThatThrownBy(() -> catalogue.questions(List.of(new Lack("$.person.shoeSize", true)), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("$.person.shoeSize");
        assertThat(QuestionCatalogue.knows("$.recruitment.exchangeRates.usd")).isFalse();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = QuestionCatalogueTest.class.getClassLoader()
                .getResourceAsStream("org/m4sd/rules/messages/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuestionCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
