package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;

/** Every kind of input error, with the exact path and message a user sees. */
class RequestValidationTest {
    private final M4sdJson json = M4sdJson.create();

    /** A valid request; tests swap a part of it for a bad one. */
    private static final String VALID = """
            {"requestId": "c-001", "asOf": "2023-06-30", "jurisdiction": "ECU", "locale": "es",
             "determinations": ["health.emergency-care", "social-security.old-age-pension"],
             "person": {"id": "p-1", "birthDate": "1958-04-02", "sex": "F", "nationality": "VEN",
                        "migratoryStatus": "IRREGULAR", "presentInTerritory": true, "residenceMonths": 40,
                        "contributionPeriods": [{"country": "VEN", "from": "1990-01-01", "to": "2000-12-31"},
                                                {"country": "ECU", "from": "2001-01-01", "to": "2015-12-31"}]},
             "recruitment": {"origin": "NPL", "destination": "QAT",
                             "costsPaidByWorker": [{"item": "SERVICE_CHARGE", "amount": 10000, "currency": "NPR"}],
                             "firstMonthEarnings": {"amount": 1300, "currency": "QAR"},
                             "exchangeRates": {"NPR": 0.0274}},
             "qualification": {"awardingCountry": "SYR", "level": "ISCED_6",
                               "substantialDifferences": ["CLINICAL_PRACTICE_HOURS", "WORKLOAD"],
                               "differencesCoveredByExperience": ["WORKLOAD"]},
             "healthProfessional": {"profession": "NURSE", "originCountry": "SRB", "countryOfPractice": "DEU"}}
            """;

    private List<FieldError> errors(String document) {
        return errors(json, document);
    }

    private static List<FieldError> errors(M4sdJson codec, String document) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> codec.readRequest(document));
        assertThat(e).as("expected the document to be rejected: %s", document).isNotNull();
        return e.errors();
    }

    private static String with(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void theBaseDocumentIsValid() {
        assertThat(json.readRequest(VALID).requestId()).isEqualTo("c-001");
    }

    @Nested
    class Structure {
        @Test
        void unknownPropertyNamesTheAllowedOnes() {
            assertThat(errors(with("\"id\": \"p-1\",", "\"id\": \"p-1\", \"name\": \"Ana\","))).containsExactly(
                    FieldError.of("$.person.name", "unknown property \"name\"; allowed here: id, birthDate, sex, "
                            + "nationality, migratoryStatus, presentInTerritory, residenceMonths, "
                            + "countryOfResidence, contributionPeriods, documentsHeld, childrenRaised, "
                            + "earlyPensionGrounds"));
        }

        @Test
        void anEarlyPensionGroundListedTwiceIsNamedAtItsSecondPlace() {
            assertThat(errors(with("\"id\": \"p-1\",",
                    "\"id\": \"p-1\", \"earlyPensionGrounds\": [\"PREMATURE_WEAR\", \"PREMATURE_WEAR\"],")))
                    .extracting(FieldError::path).containsExactly("$.person.earlyPensionGrounds[1]");
        }

        @Test
        void childrenRaisedIsACount() {
            assertThat(errors(with("\"id\": \"p-1\",", "\"id\": \"p-1\", \"childrenRaised\": -1,")))
                    .extracting(FieldError::path).containsExactly("$.person.childrenRaised");
        }

        @Test
        void anUnusualPropertyNameIsQuotedInThePath() {
            assertThat(errors(with("\"locale\": \"es\",", "\"locale\": \"es\", \"as of\": 1,")))
                    .extracting(FieldError::path).containsExactly("$['as of']");
        }

        @Test
        void missingRequiredFields() {
            assertThat(errors(with("\"requestId\": \"c-001\",", ""))).containsExactly(
                    FieldError.of("$.requestId", "requestId is required"));
            assertThat(errors(with(", \"to\": \"2000-12-31\"", ""))).containsExactly(
                    FieldError.of("$.person.contributionPeriods[0].to", "to is required"));
            assertThat(errors(with("\"id\": \"p-1\",", ""))).containsExactly(
                    FieldError.of("$.person.id", "id is required"));
        }

        @Test
        void wrongTypes() {
            assertThat(errors(with("\"requestId\": \"c-001\"", "\"requestId\": 1"))).containsExactly(
                    FieldError.of("$.requestId", "requestId must be a string, got 1"));
            assertThat(errors(with("\"presentInTerritory\": true", "\"presentInTerritory\": \"yes\"")))
                    .containsExactly(FieldError.of("$.person.presentInTerritory",
                            "presentInTerritory must be true or false, got \"yes\""));
            assertThat(errors(with("\"residenceMonths\": 40", "\"residenceMonths\": 40.5"))).containsExactly(
                    FieldError.of("$.person.residenceMonths", "residenceMonths must be a whole number, got 40.5"));
            assertThat(errors(with("\"amount\": 1300", "\"amount\": \"1300\""))).containsExactly(
                    FieldError.of("$.recruitment.firstMonthEarnings.amount", "amount must be a number, got \"1300\""));
            assertThat(errors(with("\"contributionPeriods\": [", "\"contributionPeriods\": {\"x\": ["
                    ).replace("\"2015-12-31\"}]}", "\"2015-12-31\"}]}}"))).containsExactly(
                    FieldError.of("$.person.contributionPeriods", "contributionPeriods must be an array, got an object"));
            assertThat(errors(with("\"person\": {", "\"person\": [{").replace("\"2015-12-31\"}]}", "\"2015-12-31\"}]}]")))
                    .containsExactly(FieldError.of("$.person", "person must be an object, got an array"));
            assertThat(errors(with("\"exchangeRates\": {\"NPR\": 0.0274}", "\"exchangeRates\": [0.0274]")))
                    .containsExactly(FieldError.of("$.recruitment.exchangeRates",
                            "exchangeRates must be an object mapping currency codes to rates, got an array"));
        }

        @Test
        void aWholeNumberMayBeWrittenWithZeroDecimals() {
            assertThat(json.readRequest(with("\"residenceMonths\": 40", "\"residenceMonths\": 40.0")).person()
                    .residenceMonths()).hasValue(40);
        }

        @Test
        void nullIsNotAValue() {
            assertThat(errors(with("\"sex\": \"F\"", "\"sex\": null"))).containsExactly(
                    FieldError.of("$.person.sex", "sex must be a string, got null"));
        }

        @Test
        void blankIdentifiers() {
            assertThat(errors(with("\"requestId\": \"c-001\"", "\"requestId\": \"  \""))).containsExactly(
                    FieldError.of("$.requestId", "requestId must not be blank"));
        }

        @Test
        void theRootMustBeAnObject() {
            assertThat(errors("[1, 2]")).containsExactly(
                    FieldError.of("$", "the document must be an object, got an array"));
        }
    }

    @Nested
    class Codes {
        @Test
        void unknownEnumValueListsTheAllowedOnes() {
            assertThat(errors(with("\"sex\": \"F\"", "\"sex\": \"female\""))).containsExactly(
                    FieldError.of("$.person.sex", "sex must be one of F, M, X, got \"female\""));
            assertThat(errors(with("\"migratoryStatus\": \"IRREGULAR\"", "\"migratoryStatus\": \"UNDOCUMENTED\"")))
                    .containsExactly(FieldError.of("$.person.migratoryStatus", "migratoryStatus must be one of "
                            + "NATIONAL, REGULAR, IRREGULAR, ASYLUM_SEEKER, REFUGEE, STATELESS, UNKNOWN, got "
                            + "\"UNDOCUMENTED\""));
            assertThat(errors(with("\"item\": \"SERVICE_CHARGE\"", "\"item\": \"BRIBE\""))).containsExactly(
                    FieldError.of("$.recruitment.costsPaidByWorker[0].item", "item must be one of SERVICE_CHARGE, VISA, "
                            + "AIR_TICKET, ORIENTATION, MEDICAL, WELFARE_FUND, INSURANCE, TRAINING, DOCUMENTS, "
                            + "DOMESTIC_TRAVEL, OTHER, got \"BRIBE\""));
        }

        @Test
        void unknownCountry() {
            assertThat(errors(with("\"nationality\": \"VEN\"", "\"nationality\": \"VE\""))).containsExactly(
                    FieldError.of("$.person.nationality",
                            "nationality must be an ISO 3166-1 alpha-3 country code such as ECU or NPL, got \"VE\""));
            assertThat(errors(with("\"country\": \"ECU\"", "\"country\": \"ecu\""))).containsExactly(
                    FieldError.of("$.person.contributionPeriods[1].country",
                            "country must be an ISO 3166-1 alpha-3 country code such as ECU or NPL, got \"ecu\""));
        }

        @Test
        void unknownCurrency() {
            assertThat(errors(with("\"currency\": \"QAR\"", "\"currency\": \"RIYAL\""))).containsExactly(
                    FieldError.of("$.recruitment.firstMonthEarnings.currency",
                            "currency must be an ISO 4217 currency code such as USD or NPR, got \"RIYAL\""));
            assertThat(errors(with("{\"NPR\": 0.0274}", "{\"NPX\": 0.0274}"))).containsExactly(
                    FieldError.of("$.recruitment.exchangeRates.NPX",
                            "exchangeRates names \"NPX\", which is not an ISO 4217 currency code such as USD or NPR"));
        }

        @Test
        void unknownDetermination() {
            assertThat(errors(with("\"health.emergency-care\",", "\"health.emergency\","))).containsExactly(
                    FieldError.of("$.determinations[0]", "unknown determination \"health.emergency\"; known: "
                            + "health.emergency-care, health.essential-care, education.public-school, "
                            + "social-security.old-age-pension, social-security.benefit-export, "
                            + "employment.qualification-recognition, employment.fair-recruitment, "
                            + "health.diaspora-return-support"));
        }

        @Test
        void repeatedDetermination() {
            assertThat(errors(with("\"social-security.old-age-pension\"]",
                    "\"social-security.old-age-pension\", \"health.emergency-care\"]"))).containsExactly(
                    FieldError.of("$.determinations[2]",
                            "determination \"health.emergency-care\" is already listed at $.determinations[0]"));
        }

        @Test
        void iscedLevel() {
            assertThat(errors(with("\"ISCED_6\"", "\"bachelor\""))).containsExactly(FieldError.of(
                    "$.qualification.level", "level must be an ISCED 2011 level ISCED_0 to ISCED_8, got \"bachelor\""));
        }

        @Test
        void localeIsEnglishFrenchOrSpanish() {
            String message = "locale must be a BCP 47 language tag for English, French or Spanish (en, fr, es, "
                    + "optionally with a region such as es-EC), got ";
            assertThat(errors(with("\"locale\": \"es\"", "\"locale\": \"de\""))).containsExactly(
                    FieldError.of("$.locale", message + "\"de\""));
            assertThat(errors(with("\"locale\": \"es\"", "\"locale\": \"es_EC\""))).containsExactly(
                    FieldError.of("$.locale", message + "\"es_EC\""));
            assertThat(json.readRequest(with("\"locale\": \"es\"", "\"locale\": \"es-EC\"")).locale())
                    .hasValueSatisfying(l -> assertThat(l.toLanguageTag()).isEqualTo("es-EC"));
        }

        @Test
        void aTagReadAgainGivesTheSameLocaleAndARefusedTagStaysRefused() {
            for (int time = 0; time < 2; time++) {
                assertThat(json.readRequest(with("\"locale\": \"es\"", "\"locale\": \"fr-SN\"")).locale())
                        .hasValue(Locale.forLanguageTag("fr-SN"));
                assertThat(errors(with("\"locale\": \"es\"", "\"locale\": \"fr_SN\""))).extracting(FieldError::path)
                        .containsExactly("$.locale");
                // well formed as a tag but not in a language the packs speak
                assertThat(errors(with("\"locale\": \"es\"", "\"locale\": \"pt-BR\""))).extracting(FieldError::path)
                        .containsExactly("$.locale");
            }
            // tags differing in case name one locale; each is read as written was before
            assertThat(json.readRequest(with("\"locale\": \"es\"", "\"locale\": \"es-ec\"")).locale())
                    .hasValue(new Locale.Builder().setLanguageTag("es-ec").build());
        }

        @Test
        void differencesMustBeAmongTheSubstantialOnes() {
            assertThat(errors(with("\"differencesCoveredByExperience\": [\"WORKLOAD\"]",
                    "\"differencesCoveredByExperience\": [\"WORKLOAD\", \"LANGUAGE\"], "
                            + "\"nonCompensableDifferences\": [\"LEVEL\"]"))).containsExactly(
                    FieldError.of("$.qualification.differencesCoveredByExperience[1]",
                            "differencesCoveredByExperience[1] names \"LANGUAGE\", which is not among "
                                    + "substantialDifferences"),
                    FieldError.of("$.qualification.nonCompensableDifferences[0]",
                            "nonCompensableDifferences[0] names \"LEVEL\", which is not among substantialDifferences"));
        }
    }

    @Nested
    class LimitsAndConsistency {
        @Test
        void aMisspeltDocumentCodeIsAnErrorNamingTheCodeMeant() {
            String withDocs = with("\"residenceMonths\": 40,", "\"residenceMonths\": 40, "
                    + "\"documentsHeld\": [\"PASSPORT\", \"RESIDENCE-CARD-COPY\", \"TAX_CARD\"],");
            List<FieldError> e = errors(withDocs);
            assertThat(e).extracting(FieldError::path)
                    .containsExactly("$.person.documentsHeld[1]", "$.person.documentsHeld[2]");
            assertThat(e.get(0).message())
                    .isEqualTo("unknown document code \"RESIDENCE-CARD-COPY\"; did you mean RESIDENCE_CARD_COPY?");
            assertThat(e.get(1).message()).startsWith("unknown document code \"TAX_CARD\"; the codes are: PASSPORT, ")
                    .contains("RESIDENCE_CARD_COPY", "ASYLUM_SEEKER_CERTIFICATE");
        }

        @Test
        void aBirthDateMoreThan120YearsBeforeTheDecision() {
            assertThat(errors(with("\"birthDate\": \"1958-04-02\"", "\"birthDate\": \"1800-04-02\""))).containsExactly(
                    FieldError.of("$.person.birthDate",
                            "birthDate (1800-04-02) is more than 120 years before asOf (2023-06-30); check the year"));
            assertThat(json.readRequest(with("\"birthDate\": \"1958-04-02\"", "\"birthDate\": \"1903-06-30\""))
                    .person().birthDate()).as("exactly 120 years").isPresent();
        }

        @Test
        void aResidenceLongerThanTheLifeSoFar() {
            String child = with("\"birthDate\": \"1958-04-02\"", "\"birthDate\": \"2020-06-30\"")
                    .replace("\"contributionPeriods\": [{\"country\": \"VEN\", \"from\": \"1990-01-01\", \"to\": \"2000-12-31\"},", "\"contributionPeriods\": [")
                    .replace("{\"country\": \"ECU\", \"from\": \"2001-01-01\", \"to\": \"2015-12-31\"}", "");
            assertThat(errors(child)).containsExactly(FieldError.of("$.person.residenceMonths",
                    "residenceMonths (40) is longer than the person's life (36 whole months from birthDate to asOf)"));
            assertThat(json.readRequest(child.replace("\"residenceMonths\": 40", "\"residenceMonths\": 37")))
                    .as("one month's tolerance").isNotNull();
            assertThat(errors(with("\"birthDate\": \"1958-04-02\", ", "").replace("\"residenceMonths\": 40",
                    "\"residenceMonths\": 1500"))).containsExactly(FieldError.of("$.person.residenceMonths",
                    "residenceMonths (1500) is longer than 120 years (1440 months)"));
        }

        @Test
        void periodsBeforeBirthOrAfterTheDecisionWhateverIsAsked() {
            String onlyEmergency = with("\"determinations\": [\"health.emergency-care\", \"social-security.old-age-pension\"]",
                    "\"determinations\": [\"health.emergency-care\"]");
            assertThat(errors(onlyEmergency.replace("\"from\": \"1990-01-01\"", "\"from\": \"1950-01-01\"")
                    .replace("\"from\": \"2001-01-01\", \"to\": \"2015-12-31\"", "\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"")))
                    .containsExactly(
                            FieldError.of("$.person.contributionPeriods[0].from", "1950-01-01 is before the birth date 1958-04-02"),
                            FieldError.of("$.person.contributionPeriods[1].from",
                                    "2024-01-01 is after asOf (2023-06-30); a record as of a date holds no later period"));
        }

        @Test
        void aCostPaidAfterTheDecisionAndQualificationDatesOutOfOrder() {
            assertThat(errors(with("\"amount\": 10000, \"currency\": \"NPR\"}",
                    "\"amount\": 10000, \"currency\": \"NPR\", \"paidOn\": \"2023-07-01\"}"))).containsExactly(
                    FieldError.of("$.recruitment.costsPaidByWorker[0].paidOn", "paidOn (2023-07-01) is after asOf (2023-06-30)"));
            String dated = with("\"level\": \"ISCED_6\",", "\"level\": \"ISCED_6\", \"fileCompleteDate\": \"2023-05-01\", "
                    + "\"decisionDate\": \"2023-04-01\", \"workExperienceMonths\": 900,");
            assertThat(errors(dated)).containsExactly(
                    FieldError.of("$.qualification.workExperienceMonths",
                            "workExperienceMonths (900) is longer than the person's life (782 whole months from birthDate to asOf)"),
                    FieldError.of("$.qualification.decisionDate",
                            "qualification.decisionDate (2023-04-01) is before qualification.fileCompleteDate (2023-05-01)"));
            assertThat(errors(dated.replace("2023-05-01", "2023-07-01").replace("2023-04-01", "2023-07-02")
                    .replace("900", "12"))).containsExactly(
                    FieldError.of("$.qualification.fileCompleteDate", "qualification.fileCompleteDate (2023-07-01) is after asOf (2023-06-30)"),
                    FieldError.of("$.qualification.decisionDate", "qualification.decisionDate (2023-07-02) is after asOf (2023-06-30)"));
        }

        @Test
        void amountsAboveTenToTheTwelfth() {
            assertThat(errors(with("\"amount\": 10000", "\"amount\": 100000000000000000000"))).containsExactly(
                    FieldError.of("$.recruitment.costsPaidByWorker[0].amount",
                            "amount must be at most 1000000000000 (10^12), got 100000000000000000000"));
            assertThat(json.readRequest(with("\"amount\": 10000", "\"amount\": 1000000000000"))).isNotNull();
        }

        @Test
        void aRequestBuiltInJavaListsWhatTheReaderRefuses() {
            var request = json.readRequest(VALID);
            var badPerson = request.person().toBuilder().residenceMonths(900).build();
            assertThat(request.toBuilder().person(badPerson).build().inconsistencies()).containsExactly(
                    FieldError.of("$.person.residenceMonths", "residenceMonths (900) is longer than the person's life "
                            + "(782 whole months from birthDate to asOf)"));
            assertThat(request.inconsistencies()).isEmpty();
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                    () -> request.person().toBuilder().addDocumentHeld("residence card").build()))
                    .hasMessage("documentsHeld: unknown document code \"residence card\"; did you mean RESIDENCE_CARD?");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                    () -> org.m4sd.sdk.request.Money.of("1000000000001", "USD")))
                    .hasMessage("amount must be at most 1000000000000 (10^12), got 1000000000001");
        }
    }

    @Nested
    class DatesAndRanges {
        @Test
        void impossibleOrMisspelledDates() {
            assertThat(errors(with("\"asOf\": \"2023-06-30\"", "\"asOf\": \"2023-02-30\""))).containsExactly(
                    FieldError.of("$.asOf", "asOf must be a real date written YYYY-MM-DD, got \"2023-02-30\""));
            assertThat(errors(with("\"asOf\": \"2023-06-30\"", "\"asOf\": \"30/06/2023\""))).containsExactly(
                    FieldError.of("$.asOf", "asOf must be a real date written YYYY-MM-DD, got \"30/06/2023\""));
            assertThat(errors(with("\"asOf\": \"2023-06-30\"", "\"asOf\": \"2023-6-30\""))).containsExactly(
                    FieldError.of("$.asOf", "asOf must be a real date written YYYY-MM-DD, got \"2023-6-30\""));
        }

        @Test
        void aPeriodEndingBeforeItStartsIsBlamedOnItsEnd() {
            assertThat(errors(with("\"from\": \"2001-01-01\", \"to\": \"2015-12-31\"",
                    "\"from\": \"2001-01-01\", \"to\": \"2000-12-31\""))).containsExactly(
                    FieldError.of("$.person.contributionPeriods[1].to", "to (2000-12-31) is before from (2001-01-01)"));
        }

        @Test
        void birthAfterTheDateOfTheDecision() {
            assertThat(errors(with("\"birthDate\": \"1958-04-02\"", "\"birthDate\": \"2024-01-01\"")))
                    .containsExactly(FieldError.of("$.person.birthDate",
                            "birthDate (2024-01-01) is after asOf (2023-06-30)"));
        }

        @Test
        void negativeAmountsAndCounts() {
            assertThat(errors(with("\"amount\": 10000", "\"amount\": -10000"))).containsExactly(
                    FieldError.of("$.recruitment.costsPaidByWorker[0].amount", "amount must not be negative, got -10000"));
            assertThat(errors(with("\"residenceMonths\": 40", "\"residenceMonths\": -1"))).containsExactly(
                    FieldError.of("$.person.residenceMonths", "residenceMonths must not be negative, got -1"));
            assertThat(errors(with("\"residenceMonths\": 40", "\"residenceMonths\": 3000000000"))).containsExactly(
                    FieldError.of("$.person.residenceMonths", "residenceMonths is too large, got 3000000000; at most 2147483647 is allowed"));
        }

        @Test
        void exchangeRatesArePositive() {
            assertThat(errors(with("{\"NPR\": 0.0274}", "{\"NPR\": 0}"))).containsExactly(
                    FieldError.of("$.recruitment.exchangeRates.NPR", "the exchange rate for NPR must be greater than 0, got 0"));
            assertThat(errors(with("{\"NPR\": 0.0274}", "{\"NPR\": -0.5}"))).containsExactly(
                    FieldError.of("$.recruitment.exchangeRates.NPR", "the exchange rate for NPR must be greater than 0, got -0.5"));
        }

        @Test
        void aShortNumberThatWouldBeHugeWrittenOutIsRefused() {
            assertThat(errors(with("\"amount\": 10000", "\"amount\": 1E999999"))).containsExactly(
                    FieldError.of("$.recruitment.costsPaidByWorker[0].amount",
                            "amount is too large: written without an exponent it has 1000000 digits, more than the "
                                    + "limit maxNumberLength (40)"));
        }

        @Test
        void aListLongerThanTheLimit() {
            M4sdJson small = M4sdJson.create(Limits.builder().maxListSize(1).build());
            assertThat(errors(small, VALID)).containsExactly(
                    FieldError.of("$.determinations", "determinations has 2 elements, more than the limit maxListSize (1)"),
                    FieldError.of("$.person.contributionPeriods",
                            "contributionPeriods has 2 elements, more than the limit maxListSize (1)"),
                    FieldError.of("$.qualification.substantialDifferences",
                            "substantialDifferences has 2 elements, more than the limit maxListSize (1)"));
        }
    }

    @Nested
    class Documents {
        @Test
        void malformedJsonGivesLineAndColumn() {
            assertThat(errors("{\"requestId\": \"c-001\",\n \"asOf\" \"2023-06-30\"}")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.path()).isEqualTo("$.asOf");
                        assertThat(e.message()).isEqualTo("not valid JSON at line 2, column 9: unexpected character "
                                + "'\"'; expected a colon after the property name");
                    });
        }

        @Test
        void aRepeatedKey() {
            assertThat(errors("{\"requestId\": \"a\", \"requestId\": \"b\"}")).containsExactly(FieldError.of(
                    "$.requestId", "property \"requestId\" appears more than once in the same object at line 1, "
                            + "column 31; keep one"));
        }

        @Test
        void textAfterTheDocument() {
            assertThat(errors(VALID.strip() + " {}")).containsExactly(FieldError.of("$",
                    "not valid JSON at line 14, column 101: more content follows the end of the document"));
        }

        @Test
        void anEmptyDocument() {
            assertThat(errors("  \n")).containsExactly(
                    FieldError.of("$", "the request is empty or blank; expected one JSON object"));
        }

        @Test
        void aDocumentOverTheSizeLimitGetsOneErrorNamingTheLimit() {
            M4sdJson small = M4sdJson.create(Limits.builder().maxDocumentBytes(100).build());
            FieldError expected = FieldError.of("$",
                    "the document is larger than the limit maxDocumentBytes (100 bytes)");
            assertThat(errors(small, VALID)).containsExactly(expected);
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> small.readRequest(VALID.getBytes(StandardCharsets.UTF_8)));
            assertThat(e.errors()).containsExactly(expected);
        }

        @Test
        void multiByteCharactersCountAsTheirUtf8Bytes() {
            M4sdJson small = M4sdJson.create(Limits.builder().maxDocumentBytes(30).build());
            String twentyChars = "{\"a\":\"" + "é".repeat(12) + "\"}"; // 20 characters, 32 bytes
            assertThat(errors(small, twentyChars)).containsExactly(
                    FieldError.of("$", "the document is larger than the limit maxDocumentBytes (30 bytes)"));
        }

        @Test
        void deepNesting() {
            assertThat(errors("[".repeat(20) + "]".repeat(20))).containsExactly(
                    FieldError.of("$" + "[0]".repeat(17), "the document nests objects and arrays deeper than the limit "
                            + "maxNestingDepth (16) at line 1, column 18"));
        }

        @Test
        void longStringsAndNumbers() {
            assertThat(errors(with("\"requestId\": \"c-001\"", "\"requestId\": \"" + "c".repeat(5000) + "\"")))
                    .containsExactly(
                    FieldError.of("$.requestId",
                            "a string is longer than the limit maxStringLength (4096 characters) at line 1, column 15"));
            assertThat(errors(with("\"residenceMonths\": 40", "\"residenceMonths\": " + "4".repeat(41))))
                    .singleElement().satisfies(e -> {
                        assertThat(e.path()).isEqualTo("$.person.residenceMonths");
                        assertThat(e.message()).startsWith(
                                "a number is longer than the limit maxNumberLength (40 characters) at line ");
                    });
        }

        @Test
        void everyProblemIsReportedAtOnceInDocumentOrder() {
            String bad = with("\"jurisdiction\": \"ECU\"", "\"jurisdiction\": \"Ecuador\"")
                    .replace("\"sex\": \"F\"", "\"sex\": \"f\"")
                    .replace("\"to\": \"2000-12-31\"", "\"to\": \"1989-12-31\"")
                    .replace("\"currency\": \"NPR\"", "\"currency\": \"Rs\"")
                    .replace("\"countryOfPractice\": \"DEU\"", "\"countryOfPractice\": \"DE\"");
            assertThat(errors(bad)).extracting(FieldError::path).containsExactly(
                    "$.jurisdiction",
                    "$.person.sex",
                    "$.person.contributionPeriods[0].to",
                    "$.recruitment.costsPaidByWorker[0].currency",
                    "$.healthProfessional.countryOfPractice");
        }
    }
}
