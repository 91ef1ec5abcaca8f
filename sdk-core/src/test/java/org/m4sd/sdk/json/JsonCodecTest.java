package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

/** Writing, the canonical form and the input hash, and reading decisions, by example. */
class JsonCodecTest {
    private static final String HASH = "a".repeat(64);
    private final M4sdJson json = M4sdJson.create();

    private static EligibilityRequest request() {
        Person person = Person.builder("p-1").birthDate(LocalDate.of(1958, 4, 2))
                .migratoryStatus(MigratoryStatus.IRREGULAR).nationality("VEN")
                .addContributionPeriod(ContributionPeriod.of("ECU", LocalDate.of(2001, 1, 1), LocalDate.of(2015, 12, 31)))
                .build();
        return EligibilityRequest.builder("c-001", LocalDate.of(2023, 6, 30), "ECU", person)
                .determinations(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION).build();
    }

    private static Decision decision(Map<String, Object> values) {
        Criterion c = new Criterion("ss.min-contribution", "ss.min-contribution.met", CriterionResult.MET,
                "SS_CONTRIB_15Y", "15 years of contributions reached (180 of 180 months)",
                List.of(LegalBasis.of("ILO C102", "29", null, VerificationStatus.V)));
        return new Decision("c-001", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.ELIGIBLE, List.of(c),
                List.of(), values, new RulePackRef("ecu", "1.0.0", HASH), LocalDate.of(2023, 6, 30), HASH);
    }

    @Test
    void aRequestIsWrittenInTheContractsOrderWithAbsentFactsLeftOut() {
        assertThat(json.writeRequest(request())).isEqualTo("{\"requestId\":\"c-001\",\"asOf\":\"2023-06-30\","
                + "\"jurisdiction\":\"ECU\",\"determinations\":[\"social-security.old-age-pension\"],"
                + "\"person\":{\"id\":\"p-1\",\"birthDate\":\"1958-04-02\",\"nationality\":\"VEN\","
                + "\"migratoryStatus\":\"IRREGULAR\",\"contributionPeriods\":[{\"country\":\"ECU\","
                + "\"from\":\"2001-01-01\",\"to\":\"2015-12-31\"}],\"documentsHeld\":[]}}");
    }

    @Test
    void aDecisionIsWrittenInTheContractsOrder() {
        assertThat(json.writeDecision(decision(Map.of("months", 180, "ratio", new BigDecimal("0.50"), "full", true,
                "basis", "C102")))).isEqualTo("{\"requestId\":\"c-001\","
                + "\"determination\":\"social-security.old-age-pension\",\"outcome\":\"ELIGIBLE\","
                + "\"criteria\":[{\"id\":\"ss.min-contribution\",\"rule\":\"ss.min-contribution.met\","
                + "\"result\":\"MET\",\"reasonCode\":\"SS_CONTRIB_15Y\","
                + "\"message\":\"15 years of contributions reached (180 of 180 months)\","
                + "\"legalBasis\":[{\"instrument\":\"ILO C102\",\"article\":\"29\",\"status\":\"V\"}]}],"
                + "\"missingFacts\":[],\"values\":{\"basis\":\"C102\",\"full\":true,\"months\":180,\"ratio\":0.50},"
                + "\"rulePack\":{\"id\":\"ecu\",\"version\":\"1.0.0\",\"sha256\":\"" + HASH + "\"},"
                + "\"asOf\":\"2023-06-30\",\"inputSha256\":\"" + HASH + "\"}");
    }

    @Test
    void aPackFromABundleIsWrittenWithItsSigningKeyAndReadBack() {
        Decision shipped = decision(Map.of());
        Decision signed = new Decision(shipped.requestId(), shipped.determination(), shipped.outcome(),
                shipped.criteria(), shipped.missingFacts(), shipped.notEncoded(), shipped.questions(), shipped.values(),
                new RulePackRef("gha", "0.1.0", HASH, Optional.of("0123456789abcdef")), shipped.asOf(),
                shipped.inputSha256());
        String written = json.writeDecision(signed);
        assertThat(written).contains("\"rulePack\":{\"id\":\"gha\",\"version\":\"0.1.0\",\"sha256\":\"" + HASH
                + "\",\"signingKeyId\":\"0123456789abcdef\"}");
        assertThat(json.readDecision(written)).isEqualTo(signed);
        assertThatThrownBy(() -> json.readDecision(written.replace("0123456789abcdef", "0123456789ABCDEF")))
                .hasMessageContaining("signingKeyId must be 16 lower-case hexadecimal digits or \"unsigned\", "
                        + "got \"0123456789ABCDEF\"");
    }

    @Test
    void numbersAreWrittenPlainlyNeverWithAnExponent() {
        String text = json.writeDecision(decision(Map.of("big", new BigDecimal("1E+3"), "small",
                new BigDecimal("1E-7"), "real", 0.1d)));
        assertThat(text).contains("\"values\":{\"big\":1000,\"real\":0.1,\"small\":0.0000001}");
    }

    @Test
    void theSameDecisionAlwaysGivesTheSameBytes() {
        Decision d = decision(Map.of("a", 1, "b", "x", "c", false, "d", new BigDecimal("2.5")));
        Decision equal = decision(new java.util.TreeMap<>(Map.of("d", new BigDecimal("2.5"), "c", false, "b", "x",
                "a", 1)));
        assertThat(json.writeDecision(d)).isEqualTo(json.writeDecision(equal));
    }

    @Test
    void aDecisionSetIsRequestIdThenDecisions() {
        DecisionSet set = new DecisionSet("c-001", List.of(decision(Map.of())));
        assertThat(json.writeDecisionSet(set)).isEqualTo(
                "{\"requestId\":\"c-001\",\"decisions\":[" + json.writeDecision(decision(Map.of())) + "]}");
        assertThat(json.readDecisionSet(json.writeDecisionSet(set))).isEqualTo(set);
    }

    @Test
    void canonicalFormSortsKeysDropsWhitespaceAndNormalisesNumbers() {
        assertThat(json.canonicalize(" { \"b\" : [1.0, 1.00, 1E0, 10E-1, -0, -0.0, 1.50, 100, 1e2, 12345678901234567890.10],"
                + " \"a\": {\"z\": null, \"y\": true} } ")).isEqualTo(
                "{\"a\":{\"y\":true,\"z\":null},\"b\":[1,1,1,1,0,0,1.5,100,100,12345678901234567890.1]}");
    }

    @Test
    void canonicalStringsAreEscapedMinimally() {
        assertThat(json.canonicalize("[\"\\u0041\\/\\u00e9\\u2028\\t\\u001f\\\"\\\\\\ud83d\\ude00\"]"))
                .isEqualTo("[\"A/é\u2028\\t\\u001f\\\"\\\\\uD83D\uDE00\"]");
    }

    @Test
    void keysAreSortedByUtf16CodeUnits() {
        assertThat(json.canonicalize("{\"é\":1,\"b\":2,\"B\":3,\"\uD83D\uDE00\":4,\"\uFF21\":5}"))
                .isEqualTo("{\"B\":3,\"b\":2,\"é\":1,\"\uD83D\uDE00\":4,\"\uFF21\":5}");
    }

    @Test
    void veryLargeExponentsStayShort() {
        assertThat(json.canonicalize("[1E400, 1.0E-400]")).isEqualTo("[1E+400,1E-400]");
    }

    @Test
    void canonicalizeRejectsMalformedInput() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> json.canonicalize("{\"a\":"));
        assertThat(e.errors()).containsExactly(FieldError.of("$.a", "not valid JSON at line 1, column 6: the text "
                + "ends before the document is complete; an object or array is not closed"));
    }

    @Test
    void theInputHashIsTheSha256OfTheCanonicalRequest() {
        EligibilityRequest r = request();
        assertThat(json.inputSha256(r)).isEqualTo(TrivialEngine.sha256(json.canonicalize(json.writeRequest(r))))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theInputHashDependsOnValuesNotOnSpelling() {
        String a = "{\"requestId\":\"c\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"NPL\",\"person\":{\"id\":\"p\"},"
                + "\"recruitment\":{\"origin\":\"NPL\",\"destination\":\"QAT\",\"exchangeRates\":{\"NPR\":0.0274}}}";
        String b = "{ \"person\": {\"id\": \"p\", \"migratoryStatus\": \"UNKNOWN\"}, \"requestId\": \"c\",\n"
                + " \"recruitment\": {\"exchangeRates\": {\"NPR\": 0.02740}, \"destination\": \"QAT\", \"origin\": \"NPL\","
                + " \"householdService\": false}, \"asOf\": \"2023-06-30\", \"jurisdiction\": \"NPL\", \"determinations\": []}";
        assertThat(json.inputSha256(json.readRequest(a))).isEqualTo(json.inputSha256(json.readRequest(b)));
        String c = a.replace("0.0274", "0.0275");
        assertThat(json.inputSha256(json.readRequest(c))).isNotEqualTo(json.inputSha256(json.readRequest(a)));
    }

    @Test
    void theInputHashOfARequestBeyondTheReadingLimitsStillWorks() {
        EligibilityRequest r = request().toBuilder().requestId("r".repeat(10_000)).build();
        assertThat(M4sdJson.create(Limits.defaults()).inputSha256(r)).hasSize(64);
    }

    @Test
    void readingADecisionRejectsAnOutcomeOfTheWrongKind() {
        String text = json.writeDecision(decision(Map.of())).replace("\"ELIGIBLE\"", "\"COMPLIANT\"");
        assertThat(decisionErrors(text)).containsExactly(FieldError.of("$.outcome", "outcome COMPLIANT does not "
                + "apply to social-security.old-age-pension, which allows ELIGIBLE, CONDITIONAL, INELIGIBLE, "
                + "UNDETERMINED"));
    }

    @Test
    void readingADecisionRejectsUndeterminedWithoutMissingFacts() {
        String text = json.writeDecision(decision(Map.of())).replace("\"ELIGIBLE\"", "\"UNDETERMINED\"");
        assertThat(decisionErrors(text)).containsExactly(FieldError.of("$.missingFacts",
                "an UNDETERMINED decision lists at least one missing fact or one condition not encoded"));
    }

    @Test
    void aConditionNotEncodedIsWrittenOnlyWhereADecisionNamesOne() {
        Decision settled = decision(Map.of());
        assertThat(json.writeDecision(settled)).doesNotContain("notEncoded");
        Decision open = new Decision("c-001", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.UNDETERMINED,
                settled.criteria(), List.of(), List.of("ss.pension.age", "ss.pension.age"), Map.of(),
                settled.rulePack(), settled.asOf(), HASH);
        assertThat(open.notEncoded()).as("sorted, without duplicates").containsExactly("ss.pension.age");
        String text = json.writeDecision(open);
        assertThat(text).contains("\"missingFacts\":[],\"notEncoded\":[\"ss.pension.age\"],\"values\"");
        assertThat(json.readDecision(text)).isEqualTo(open);
    }

    @Test
    void anUndeterminedDecisionSaysWhatIsMissingOrNotEncoded() {
        Decision settled = decision(Map.of());
        assertThatThrownBy(() -> new Decision("c-001", settled.determination(), Outcome.UNDETERMINED,
                settled.criteria(), List.of(), List.of(), Map.of(), settled.rulePack(), settled.asOf(), HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an UNDETERMINED decision lists its missing facts or the conditions not encoded");
    }

    @Test
    void readingADecisionChecksHashesValuesAndUnknownProperties() {
        String text = json.writeDecision(decision(Map.of()))
                .replace("\"sha256\":\"" + HASH + "\"", "\"sha256\":\"ABC\"")
                .replace("\"values\":{}", "\"values\":{\"list\":[1]}")
                .replace("\"status\":\"V\"", "\"status\":\"V\",\"note\":\"x\"");
        assertThat(decisionErrors(text)).containsExactly(
                FieldError.of("$.criteria[0].legalBasis[0].note",
                        "unknown property \"note\"; allowed here: instrument, article, url, status"),
                FieldError.of("$.values.list", "values.list must be a string, true or false, or a number, got an array"),
                FieldError.of("$.rulePack.sha256", "sha256 must be 64 lower-case hexadecimal digits, got \"ABC\""));
    }

    @Test
    void aDecisionSetHoldsDecisionsForItsOwnRequestOnly() {
        String text = "{\"requestId\":\"other\",\"decisions\":[" + json.writeDecision(decision(Map.of())) + "]}";
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> json.readDecisionSet(text));
        assertThat(e.errors()).containsExactly(FieldError.of("$.decisions[0].requestId",
                "requestId \"c-001\" differs from the set's requestId \"other\""));
    }

    @Test
    void createWithDefaultLimitsSharesOneInstance() {
        assertThat(M4sdJson.create(Limits.defaults())).isSameAs(M4sdJson.create());
        assertThat(M4sdJson.create(Limits.builder().maxListSize(5).build()).limits().maxListSize()).isEqualTo(5);
    }

    @Test
    void optionalFactsRoundTripAsAbsentNotNull() {
        EligibilityRequest r = request();
        EligibilityRequest back = json.readRequest(json.writeRequest(r));
        assertThat(back.locale()).isEqualTo(Optional.empty());
        assertThat(back).isEqualTo(r);
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() {
        List<EligibilityRequest> requests = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> request().toBuilder().requestId("c-" + i).build()).toList();
        List<String> sequential = requests.stream().map(r -> json.inputSha256(json.readRequest(json.writeRequest(r))))
                .toList();
        List<String> parallel = requests.parallelStream()
                .map(r -> json.inputSha256(json.readRequest(json.writeRequest(r)))).toList();
        assertThat(parallel).isEqualTo(sequential).doesNotHaveDuplicates();
    }

    private List<FieldError> decisionErrors(String text) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> json.readDecision(text));
        assertThat(e).isNotNull();
        return e.errors();
    }
}
