package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.FactType;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.GapKind;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Letters of hand-built decisions carrying gaps and questions, in the three languages, as text and as HTML. */
class LetterTest {
    static final String SHA = "fb5117dea34c6354" + "0".repeat(48);
    static final RulePackRef ECU = new RulePackRef("ecu", "1.1.0", "a".repeat(64));
    static final LegalBasis C102_29 = LegalBasis.of("ILO C102", "29",
            "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C102",
            VerificationStatus.V);
    static final LegalBasis C102_26 = LegalBasis.of("ILO C102", "26", null, VerificationStatus.B);
    static final LegalBasis NATIONAL_LAW = LegalBasis.of("Ley de Seguridad Social 2001", "", null,
            VerificationStatus.S);

    /** A pension refused for 23 months of record, with the agreement route, and an age reached in 2027. */
    static Decision pensionShortOfRecord() {
        Criterion age = new Criterion("ss.pension.age", "ss.pension.age.not-reached", CriterionResult.NOT_MET,
                "SS_AGE_NOT_REACHED", "Age 58: the pensionable age is 60", List.of(C102_26, NATIONAL_LAW),
                Optional.of(Gap.reachDate("$.asOf", LocalDate.of(2027, 4, 2))));
        Criterion record = new Criterion("ss.pension.contributions", "ss.pension.contributions.short",
                CriterionResult.NOT_MET, "SS_CONTRIB_SHORT", "337 months of contributions, below the 360 required",
                List.of(C102_29), Optional.of(Gap.increase("$.person.contributionPeriods", BigDecimal.valueOf(23),
                        "months").withRoute(new Route(RouteKind.AGREEMENT, "ECU-ESP"))));
        return new Decision("req-17", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.INELIGIBLE,
                List.of(age, record), List.of(), Map.of(), ECU, LocalDate.of(2023, 6, 30), SHA);
    }

    /** Recruitment costs NPR 15,000 above the ceiling, with a reimbursement procedure. */
    static Decision recruitmentAboveCeiling() {
        Criterion fee = new Criterion("fr.npl.service-charge", "fr.npl.service-charge.above", CriterionResult.NOT_MET,
                "FR_NPL_ABOVE_CAP", "A service charge of NPR 25,000 is above the NPR 10,000 cap",
                List.of(LegalBasis.of("ILO General principles and operational guidelines for fair recruitment",
                        "General principle 7", null, VerificationStatus.V)),
                Optional.of(Gap.decrease("$.recruitment.costsPaidByWorker", BigDecimal.valueOf(15000), "NPR")
                        .withRoute(new Route(RouteKind.PROCEDURE, "reimbursement claim"))));
        return new Decision("req-18", Determination.EMPLOYMENT_FAIR_RECRUITMENT, Outcome.NON_COMPLIANT, List.of(fee),
                List.of(), Map.of(), new RulePackRef("npl", "1.0.0", "b".repeat(64)), LocalDate.of(2024, 1, 15),
                SHA);
    }

    /** A qualification recognised once a measure is completed, and a difference no measure makes up. */
    static Decision recognitionWithMeasures() {
        Criterion measure = new Criterion("qr.measure", "qr.measure.to-choose", CriterionResult.NOT_MET,
                "QR_MEASURE", "A substantial difference in learning outcomes",
                List.of(LegalBasis.of("Lisbon Recognition Convention", "VI.1", null, VerificationStatus.V)),
                Optional.of(Gap.change("$.qualification.preferredCompensation",
                        List.of("ADAPTATION_PERIOD", "APTITUDE_TEST"))));
        Criterion convention = new Criterion("qr.convention", "qr.convention.none", CriterionResult.NOT_MET,
                "QR_NO_CONVENTION", "No convention binds both countries",
                List.of(LegalBasis.of("Lisbon Recognition Convention", "VII", null, VerificationStatus.V)),
                Optional.of(Gap.unchangeable("$.jurisdiction")));
        return new Decision("req-19", Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION, Outcome.CONDITIONAL,
                List.of(measure, convention), List.of(), Map.of(), new RulePackRef("international", "1.0.0",
                        "c".repeat(64)), LocalDate.of(2023, 9, 30), SHA);
    }

    /** Undetermined for a birth date and a sex, with their questions. */
    static Decision pensionWithQuestions() {
        Criterion age = new Criterion("ss.pension.age", "ss.pension.age.unknown", CriterionResult.UNKNOWN,
                "SS_BIRTH_DATE_UNKNOWN", "The birth date is missing", List.of(C102_26));
        return new Decision("req-20", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.UNDETERMINED,
                List.of(age), List.of("$.person.birthDate", "$.person.sex"), List.of(),
                List.of(new Question("$.person.birthDate", "$.person.birthDate", FactType.DATE, Optional.empty(),
                                List.of(), "What is your date of birth?"),
                        new Question("$.person.sex", "$.person.sex", FactType.ONE_OF, Optional.empty(),
                                List.of("F", "M", "X"), "What is your sex as recorded?")),
                Map.of(), ECU, LocalDate.of(2023, 6, 30), SHA);
    }

    static String text(Decision d, String language) {
        return LetterText.render(Letter.of(d, Locale.forLanguageTag(language)));
    }

    static String html(Decision d, String language) {
        return LetterHtml.render(Letter.of(d, Locale.forLanguageTag(language)));
    }

    /** The text of a letter on one line, so a sentence wrapped across lines is found whole. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void anIneligibleDecisionSaysWhatWouldChangeItInEnglish() {
        String letter = flat(text(pensionShortOfRecord(), "en"));
        assertThat(letter).contains("Decision on an old-age pension")
                .contains("Ecuador, the law as it stood on 30 June 2023")
                .contains("On the facts we were given, you are not entitled to an old-age pension.")
                .contains("[Not met] 337 months of contributions, below the 360 required.")
                .contains("Legal basis: ILO C102, art. 29 (confirmed in the official text)")
                .contains("Legal basis: ILO C102, art. 26 (not yet confirmed: to be checked against the official text)")
                .contains("Legal basis: Ley de Seguridad Social 2001 (from a secondary source, not yet checked")
                .contains("What would change it: your record of contributions would have to grow by 23 months.")
                .contains("Another way: periods counted under an agreement between countries (ECU-ESP).")
                .contains("What would change it: time. This condition is met from 2 April 2027")
                .contains("Ask about the other ways named above")
                .contains("ask for them to be checked")
                .contains("rule pack ecu, version 1.1.0")
                .contains("Reference of your request: fb5117dea34c6354.")
                .doesNotContain("req-17");
        assertThat(letter.indexOf("Age 58")).as("the criteria in the decision's order")
                .isLessThan(letter.indexOf("337 months"));
    }

    @Test
    void theSameLetterInFrenchAndSpanish() {
        String fr = flat(text(pensionShortOfRecord(), "fr"));
        assertThat(fr).contains("Décision : pension de vieillesse")
                .contains("Équateur, le droit tel qu'il était le 30 juin 2023")
                .contains("vous n'avez pas droit à : pension de vieillesse")
                .contains("[Non rempli]")
                .contains("Base juridique : ILO C102, art. 29 (confirmée dans le texte officiel)")
                .contains("votre historique de cotisations devrait augmenter de 23 mois.")
                .contains("Autre possibilité : des périodes comptées au titre d'un accord entre pays (ECU-ESP).")
                .contains("à partir du 2 avril 2027");
        String es = flat(text(pensionShortOfRecord(), "es"));
        assertThat(es).contains("Decisión: pensión de vejez")
                .contains("Ecuador, el derecho tal como estaba el 30 de junio de 2023")
                .contains("usted no tiene derecho a: pensión de vejez")
                .contains("[No se cumple]")
                .contains("Base jurídica: ILO C102, art. 29 (confirmada en el texto oficial)")
                .contains("su historial de cotizaciones tendría que aumentar en 23 meses.")
                .contains("Otra vía: periodos contados en virtud de un convenio entre países (ECU-ESP).")
                .contains("a partir del 2 de abril de 2027");
    }

    @Test
    void aNonCompliantRecruitmentGivesTheAmountToReclaim() {
        assertThat(flat(text(recruitmentAboveCeiling(), "en")))
                .contains("We checked the recruitment costs you paid: they break the rules.")
                .contains("the recruitment costs you paid would have to be lower by NPR 15,000.")
                .contains("Legal basis: ILO General principles and operational guidelines for fair recruitment,"
                        + " General principle 7 (confirmed in the official text)")
                .contains("Another way: a procedure open to you (reimbursement claim).")
                .contains("claim the money back");
        assertThat(flat(text(recruitmentAboveCeiling(), "fr")))
                .contains("Nous avons vérifié les frais de recrutement que vous avez payés : ils enfreignent")
                .containsPattern("devrait être inférieur de 15[\\s\u00a0\u202f]000 NPR");
        assertThat(flat(text(recruitmentAboveCeiling(), "es")))
                .contains("Comprobamos los costos de contratación que usted pagó: infringen las normas.")
                .contains("tendría que ser menor en 15.000 NPR");
    }

    @Test
    void aConditionalRecognitionNamesTheMeasuresAndWhatCannotChange() {
        String en = flat(text(recognitionWithMeasures(), "en"));
        assertThat(en).contains("You are entitled to recognition of your qualification once the condition")
                .contains("What would change it: an adaptation period or an aptitude test (the measure you choose).")
                .contains("This condition rests on the country deciding, which nothing you do can change.")
                .contains("Lisbon Recognition Convention, art. VI.1")
                .contains("The law as it stood on 30 September 2023").doesNotContain("International,");
        assertThat(flat(text(recognitionWithMeasures(), "fr")))
                .contains("un stage d'adaptation ou une épreuve d'aptitude (la mesure que vous choisissez)")
                .contains("rien de ce que vous faites ne peut changer : le pays qui décide.");
        assertThat(flat(text(recognitionWithMeasures(), "es")))
                .contains("un periodo de prácticas de adaptación o una prueba de aptitud (la medida que elige)");
    }

    @Test
    void anUndeterminedDecisionAsksItsQuestions() {
        String en = flat(text(pensionWithQuestions(), "en"));
        assertThat(en).contains("We cannot decide yet whether you are entitled to an old-age pension")
                .contains("What we still need from you")
                .contains("1. What is your date of birth? Answer with a date.")
                .contains("2. What is your sex as recorded? Answer with one of: woman, man or another sex (X).")
                .contains("[Not known yet]")
                .contains("Send us the information listed above.");
        assertThat(en.indexOf("date of birth?")).as("questions in the decision's order")
                .isLessThan(en.indexOf("sex as recorded?"));
        assertThat(flat(text(pensionWithQuestions(), "fr"))).contains("Ce dont nous avons encore besoin")
                .contains("Répondez par : une date.").contains("l'un de ces choix : femme, homme ou autre sexe (X)");
        assertThat(flat(text(pensionWithQuestions(), "es"))).contains("Lo que todavía necesitamos de usted")
                .contains("Responda con: una fecha.").contains("una de estas opciones: mujer, hombre o otro sexo (X)");
    }

    @Test
    void anUndeterminedDecisionWithoutQuestionsNamesItsMissingFactsAndWhatIsNotEncoded() {
        Decision d = new Decision("r", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.UNDETERMINED,
                List.of(), List.of("$.person.contributionPeriods[0].units"), List.of("ss.pension.age"), Map.of(),
                ECU, LocalDate.of(2023, 6, 30), SHA);
        assertThat(flat(text(d, "en"))).contains("1. Your record of contributions.")
                .contains("not yet in the rules we use (ss.pension.age)")
                .contains("Ask for an official to decide the part of the law the rules do not yet cover.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void everyHtmlLetterIsWellFormedAccessibleAndSelfContained(String language) throws Exception {
        for (Decision d : List.of(pensionShortOfRecord(), recruitmentAboveCeiling(), recognitionWithMeasures(),
                pensionWithQuestions())) {
            String html = html(d, language);
            Document doc = parse(html);
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("html");
            assertThat(root.getAttribute("lang")).isEqualTo(language);
            assertThat(doc.getElementsByTagName("h1").getLength()).isEqualTo(1);
            assertThat(doc.getElementsByTagName("h2").getLength()).isGreaterThanOrEqualTo(3);
            assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo(doc.getElementsByTagName("h1").item(0).getTextContent());
            assertThat(doc.getElementsByTagName("style").getLength()).isEqualTo(1);
            for (String tag : List.of("script", "link", "img", "iframe", "object", "embed")) {
                assertThat(doc.getElementsByTagName(tag).getLength()).as(tag).isZero();
            }
            assertThat(html).doesNotContain("src=", "@import", "url(");
            // the text letter and the HTML letter say the same things
            String text = flat(text(d, language));
            String body = flat(doc.getElementsByTagName("main").item(0).getTextContent());
            for (String criterion : d.criteria().stream().map(Criterion::message).toList()) {
                assertThat(text).contains(criterion);
                assertThat(body).contains(criterion);
            }
        }
    }

    @Test
    void everyValueIsEscapedInHtml() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";
        Criterion c = new Criterion("c", "c.rule", CriterionResult.NOT_MET, "R", hostile,
                List.of(LegalBasis.of("<i>Act</i> & Co", "<1>", "javascript:alert(1)", VerificationStatus.V),
                        LegalBasis.of("Law \"quoted\"", "2", "https://example.org/a?b=1&c=\"2\"",
                                VerificationStatus.V)),
                Optional.of(Gap.change("$.person.documentsHeld", List.of("<img src=x>")).withRoute(
                        new Route(RouteKind.PROCEDURE, "</main><script>"))));
        Decision d = new Decision("<r>", Determination.HEALTH_ESSENTIAL_CARE, Outcome.INELIGIBLE, List.of(c),
                List.of(), Map.of(), ECU, LocalDate.of(2023, 1, 1), SHA);
        String html = html(d, "en");
        assertThat(html).doesNotContain("<script", "<b>", "<i>", "<img", "javascript:", "</main><")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\"");
        Document doc = parse(html);
        String body = flat(doc.getElementsByTagName("main").item(0).getTextContent());
        assertThat(body).contains(hostile + ".").contains("<i>Act</i> & Co, <1>").contains("<img src=x>")
                .contains("(</main><script>)");
        NodeList links = doc.getElementsByTagName("a");
        assertThat(links.getLength()).as("only the web address becomes a link").isEqualTo(1);
        assertThat(((Element) links.item(0)).getAttribute("href")).isEqualTo("https://example.org/a?b=1&c=\"2\"");
    }

    /** WCAG 2 contrast: every colour of the style against the background it is read on, at least 7:1 (AAA). */
    @Test
    void everyColourOfTheStyleHasEnoughContrast() {
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(LetterHtml.STYLE);
        int checked = 0;
        while (rule.find()) {
            String declarations = rule.group(2);
            Optional<String> colour = property(declarations, "color");
            if (colour.isEmpty()) {
                continue;
            }
            String background = property(declarations, "background").orElse("#ffffff");
            assertThat(contrast(colour.get(), background)).as(rule.group(1).strip() + " " + colour.get() + " on "
                    + background).isGreaterThanOrEqualTo(7.0);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theThreeBundlesHaveTheSameSentences() {
        Set<String> en = bundle("en").keySet();
        assertThat(bundle("fr").keySet()).isEqualTo(en);
        assertThat(bundle("es").keySet()).isEqualTo(en);
        for (String language : Letter.LANGUAGES) {
            ResourceBundle b = bundle(language);
            for (Determination d : Determination.values()) {
                assertThat(b.containsKey("determination." + d.id())).as(language + " " + d).isTrue();
            }
            for (GapKind kind : GapKind.values()) {
                assertThat(b.containsKey("gap." + kind)).as(language + " " + kind).isTrue();
            }
            for (RouteKind kind : RouteKind.values()) {
                assertThat(b.containsKey("route." + kind)).as(language + " " + kind).isTrue();
            }
            for (FactType type : FactType.values()) {
                assertThat(b.containsKey("answer." + type)).as(language + " " + type).isTrue();
            }
            for (VerificationStatus s : VerificationStatus.values()) {
                assertThat(b.containsKey("status." + s)).as(language + " " + s).isTrue();
            }
            for (CriterionResult r : CriterionResult.values()) {
                assertThat(b.containsKey("result." + r)).as(language + " " + r).isTrue();
            }
        }
    }

    /**
     * Every fact a gap or a missing fact can name has words in the three languages: each property of the request
     * and of its person, recruitment, qualification and health professional (a member of a list or of a money
     * amount is told by its property's words). The request's id, language and determinations, and the person's
     * id, are no facts of a decision.
     */
    @Test
    void everyFactOfTheRequestSchemaHasWords() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema;
        try (java.io.InputStream in = org.m4sd.sdk.json.M4sdJson.class.getClassLoader()
                .getResourceAsStream("org/m4sd/sdk/schema/request.schema.json")) {
            schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> facts = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(top -> {
            com.fasterxml.jackson.databind.JsonNode node = top.getValue();
            if (node.has("$ref")) {
                node = schema.at(node.get("$ref").asText().substring(1));
            }
            facts.add("$." + top.getKey());
            node.path("properties").fieldNames().forEachRemaining(member -> facts.add("$." + top.getKey() + "."
                    + member));
        });
        facts.removeAll(List.of("$.requestId", "$.locale", "$.determinations", "$.person.id"));
        assertThat(facts).hasSizeGreaterThan(40).contains("$.person.birthDate", "$.qualification.level");
        for (String language : Letter.LANGUAGES) {
            ResourceBundle b = bundle(language);
            for (String fact : facts) {
                assertThat(b.containsKey("fact." + fact)).as(language + " " + fact).isTrue();
            }
        }
    }

    @Test
    void routesOfOneKindShareASentenceAndAPackReferenceIsSaidToBeOne() {
        Gap gap = Gap.increase("$.person.contributionPeriods", BigDecimal.valueOf(160), "months")
                .withRoute(new Route(RouteKind.QUALIFYING_PATH, "ss.pension.paths[1]"))
                .withRoute(new Route(RouteKind.QUALIFYING_PATH, "ss.pension.early-paths[0]"))
                .withRoute(new Route(RouteKind.AGREEMENT, "CMISS"))
                .withRoute(new Route(RouteKind.COMPENSATION_MEASURE, "SET_BY_AUTHORITY"));
        Criterion c = new Criterion("ss.pension.contributions", "r", CriterionResult.NOT_MET, "R", "Short",
                List.of(C102_29), Optional.of(gap));
        Decision d = new Decision("r", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.INELIGIBLE, List.of(c),
                List.of(), Map.of(), ECU, LocalDate.of(2023, 6, 30), SHA);
        assertThat(flat(text(d, "en")))
                .contains("Another way: another path to the same benefit (rule pack reference ss.pension.paths[1]"
                        + " or rule pack reference ss.pension.early-paths[0]).")
                .contains("Another way: periods counted under an agreement between countries (CMISS).")
                .contains("(the measure the authority sets)");
        assertThat(flat(text(d, "fr"))).contains("(référence du paquet de règles ss.pension.paths[1] ou");
    }

    @Test
    void aLetterFromAnotherLanguageIsInEnglish() {
        assertThat(Letter.of(pensionShortOfRecord(), Locale.GERMAN).language()).isEqualTo("en");
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("org.m4sd.examples.cli.letters", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> property(String declarations, String name) {
        Matcher m = Pattern.compile("(?:^|;)\\s*" + name + "\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(declarations);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        List<Double> channels = new ArrayList<>();
        for (int i = 1; i < 7; i += 2) {
            double c = Integer.parseInt(hex.substring(i, i + 2), 16) / 255.0;
            channels.add(c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
    }
}
