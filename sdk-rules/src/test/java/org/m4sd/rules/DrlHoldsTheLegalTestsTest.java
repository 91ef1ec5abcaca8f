package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The eligibility DRL holds the legal tests, not labels for conclusions Java reached: every threshold a pack
 * gives (a number, an amount, a period, or a table of them) is compared with a measured fact in the condition of
 * at least one DRL rule; no condition reads a conclusion the case builders used to compute; no condition names a
 * country by a string literal (jurisdictions, ratifications and national rules are data).
 *
 * <p>A new numeric parameter fails this test until a rule compares a fact with it, or it is listed below among
 * the figures that are not tests on the person, with the reason.
 */
class DrlHoldsTheLegalTestsTest {
    private static final String RULES = "org/m4sd/rules/";
    private static final List<String> ELIGIBILITY_DRL = List.of("socialsecurity/socialsecurity.drl",
            "education/public-school.drl", "health/health.drl", "employment/employment.drl");

    /** Each threshold parameter, with the comparison (a regular expression) that reads it in a rule's condition. */
    private static final Map<String, List<String>> COMPARISONS = Map.ofEntries(
            Map.entry("ss.pension.age", List.of(
                    "monthsOfAge >= params\\.pensionAge\\.months",
                    "monthsOfAge < params\\.earliestPensionAge\\.months")),
            Map.entry("ss.pension.age.women-schedule", List.of(
                    "monthsOfAge >= params\\.pensionAge\\.months,\\s*params\\.pensionAge\\.bySchedule\\b")),
            Map.entry("ss.pension.paths", List.of(
                    "pensionCase\\.ownUnits >= units", "pensionCase\\.totalUnits >= units",
                    "totalUnits >= params\\.anyAgePath\\.minimum")),
            Map.entry("ss.pension.early-paths", List.of(
                    "QualifyingPath\\( ageMonths <= \\$c\\.monthsOfAge \\) from \\$c\\.params\\.earlyPaths",
                    "String\\( this memberOf \\$c\\.earlyPensionGrounds \\) from \\$p\\.grounds",
                    "pensionCase\\.childrenRaised >= path\\.childrenMin",
                    "pensionCase\\.ownUnits >= path\\.minimumUpTo", "pensionCase\\.totalUnits >= path\\.minimumUpTo",
                    "pensionCase\\.ownUnits < path\\.minimum\\b",
                    "pensionCase\\.reductionPeriods\\( \\$p \\) > path\\.reduction\\.capPeriods")),
            Map.entry("ss.pension.annual-average", List.of(
                    "pensionCase\\.workingLifeWeeks \\* 12\\s+>= pensionCase\\.params\\.annualAverageWeeks "
                            + "\\* pensionCase\\.workingLifeMonths",
                    "pensionCase\\.workingLifeWeeks \\* 12\\s+< pensionCase\\.params\\.annualAverageWeeks "
                            + "\\* pensionCase\\.workingLifeMonths")),
            Map.entry("ss.totalisation.min-own-months", List.of(
                    "pensionCase\\.ownMonths >= pensionCase\\.params\\.minOwnMonths",
                    "pensionCase\\.ownMonths < pensionCase\\.params\\.minOwnMonths")),
            Map.entry("education.school-age", List.of(
                    "ageYears >= schoolAges\\.admissionMin", "ageYears <= schoolAges\\.admissionMax")),
            Map.entry("education.compulsory-age", List.of(
                    "ageYears >= compulsoryAges\\.from", "ageYears <= compulsoryAges\\.to")),
            Map.entry("health.essential-care.children-under-years", List.of(
                    "ageYears < coverage\\.childrenUnderYears", "ageYears >= coverage\\.childrenUnderYears")),
            Map.entry("health.essential-care.coverage", List.of(
                    "residenceMonths >= coverage\\.residentFromMonths", "status memberOf coverage\\.coveredStatuses")),
            Map.entry("hd.return.programme", List.of(
                    "monthsWorkedAbroadAfter\\(asOf\\.minusMonths\\(programme\\.windowMonths\\)\\) >= "
                            + "programme\\.minMonthsAbroad",
                    "monthsWorkedAbroadAfter\\(asOf\\.minusMonths\\(programme\\.windowMonths\\)\\) < "
                            + "programme\\.minMonthsAbroad",
                    "iscedLevel >= programme\\.minIscedLevel", "iscedLevel < programme\\.minIscedLevel",
                    "nationality == programme\\.nationality", "nationality != programme\\.nationality",
                    "languages contains programme\\.language", "languages not contains programme\\.language")),
            Map.entry("fr.npl.service-charge-cap", List.of("\\$paid\\.amount > \\$npl\\.serviceChargeCap\\.amount")),
            Map.entry("fr.npl.welfare-fund", List.of("\\$paid\\.amount > \\$npl\\.welfareFund\\.amount")),
            Map.entry("fr.phl.placement-fee-months",
                    List.of("\\$paid\\.amount > \\$phl\\.placementFeeCap\\.amountFor\\(\\$salary\\)")),
            Map.entry("fr.bgd.ceiling.", List.of("\\$paid\\.amount > \\$ceiling\\.amount")),
            Map.entry("qr.higher-education.min-isced-level", List.of(
                    "iscedLevel >= higherEducation\\.fromLevel", "iscedLevel < higherEducation\\.fromLevel")),
            Map.entry("qr.decision.max-months", List.of("\\$due : fileCompleteDate\\.plusMonths"
                    + "\\(decisionTimeLimit\\.months\\),\\s+decisionReferenceDate > \\$due")));

    /** Numeric parameters that are not a test on the person, and why. */
    private static final Map<String, String> NOT_TESTS = Map.of(
            "qr.adaptation-period.max-months", "the longest adaptation period the authority may require: the decision"
                    + " reports it with the compensation measure offered; no fact of the applicant is compared with it",
            "fr.sdg1071.window-years", "the survey window of SDG indicator 10.7.1 (which recruitments the statistic"
                    + " counts), a measurement convention rather than a legal test",
            "ss.pension.flat-band", "the amounts of the flat benefit band, reported as the benefit's figures",
            "ss.pension.working-life", "the age from which the working life runs (Jamaica), over which the weeks"
                    + " of the record are averaged; the average, not the age, is compared with its minimum",
            "ss.pension.max-days-per-month", "how the record is counted (Morocco credits at most 26 declared days a"
                    + " month), applied when calendar ranges are converted into the scheme's unit; the record, not"
                    + " the limit, is compared with the qualifying paths");

    /** Conclusions the case builders computed before the legal tests moved into the DRL. */
    private static final List<String> OLD_CONCLUSIONS = List.of("ageReached", "ownQualifies", "totalQualifies",
            "anyAgeQualifies", "withinSchoolAge", "statusCoverage", "safeguardsListed", "ceilingCheck",
            "serviceChargeCheck", "welfareFundCheck", "placementFeeCheck");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyThresholdParameterIsComparedInARuleCondition() {
        String conditions = String.join("\n", ELIGIBILITY_DRL.stream().map(f -> conditions(read(RULES + f))).toList());
        String flat = conditions.replaceAll("[ \\t]+", " ");
        List<String> missing = new ArrayList<>();
        COMPARISONS.forEach((parameter, comparisons) -> comparisons.stream()
                .filter(c -> !Pattern.compile(c).matcher(flat).find())
                .forEach(c -> missing.add(parameter + ": " + c)));
        assertThat(missing).as("threshold comparisons absent from every eligibility rule's condition").isEmpty();
    }

    @Test
    void everyNumericPackParameterHasItsComparisonOrAReason() {
        Set<String> numeric = numericParameters();
        assertThat(numeric).as("numeric parameters of the packs").contains("ss.pension.age", "education.school-age");
        List<String> unaccounted = numeric.stream()
                .filter(p -> COMPARISONS.keySet().stream().noneMatch(p::startsWith) && !NOT_TESTS.containsKey(p))
                .toList();
        assertThat(unaccounted).as("numeric pack parameters that no DRL condition compares a fact with (add the rule"
                + " and its comparison to COMPARISONS, or the reason it is no test to NOT_TESTS)").isEmpty();
        Set<String> stale = new TreeSet<>(NOT_TESTS.keySet());
        stale.removeAll(numeric);
        assertThat(stale).as("NOT_TESTS entries no pack has any more").isEmpty();
    }

    @Test
    void noConditionReadsAConclusionOrNamesACountry() {
        Pattern countryLiteral = Pattern.compile("\"[A-Z]{3}\"");
        for (String file : ELIGIBILITY_DRL) {
            String conditions = conditions(read(RULES + file));
            for (String conclusion : OLD_CONCLUSIONS) {
                assertThat(Pattern.compile("\\b" + conclusion + "\\b").matcher(conditions).find())
                        .as("%s: a condition reads %s, a conclusion Java reached", file, conclusion).isFalse();
            }
            List<String> literals = countryLiteral.matcher(conditions).results().map(r -> r.group()).toList();
            assertThat(literals).as("%s: country codes as string literals in conditions", file).isEmpty();
        }
    }

    @Test
    void theConditionsAreWhatTheRulesMatch() {
        String drl = "rule \"a\"\n  // x >= 1 in a comment\nwhen\n  C( x >= limit ) // y < 2\nthen\n"
                + "  z(x >= 3);\nend\n";
        assertThat(conditions(drl)).contains("x >= limit").doesNotContain("x >= 1").doesNotContain("y < 2")
                .doesNotContain("x >= 3");
    }

    /** The text between {@code when} and {@code then} of every rule, comments left out. */
    static String conditions(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b").matcher(code);
        while (m.find()) {
            out.append(m.group(1)).append('\n');
        }
        return out.toString();
    }

    /** The names of the pack parameters whose values hold a number, in any pack. */
    private static Set<String> numericParameters() {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(resource(RULES + "packs").toURI()))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode parameters = MAPPER.readTree(file.toFile()).path("parameters");
                for (JsonNode parameter : parameters) {
                    for (JsonNode value : parameter.path("values")) {
                        if (holdsNumber(value.path("value"))) {
                            out.add(parameter.path("name").asText());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static boolean holdsNumber(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        for (JsonNode child : value) {
            if (holdsNumber(child)) {
                return true;
            }
        }
        return false;
    }

    private static java.net.URL resource(String name) {
        java.net.URL url = DrlHoldsTheLegalTestsTest.class.getClassLoader().getResource(name);
        assertThat(url).as("class-path resource %s", name).isNotNull();
        return url;
    }

    private static String read(String name) {
        try (InputStream in = resource(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
