package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code m4sd ask} driven through stdin, as over a pipe: the questions, the refusals, the re-decisions. */
class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kyrgyzstan, 2023: a record of 33 years and neither the sex nor the birth date. */
    private static final String PENSION = """
            {"requestId": "ask-1", "asOf": "2023-06-30", "jurisdiction": "KGZ", "locale": "en",
             "determinations": ["social-security.old-age-pension"],
             "person": {"id": "p-1", "contributionPeriods": [
               {"country": "KGZ", "from": "1990-01-01", "to": "2022-12-31"}]}}
            """;

    /** Serbia, 2023: recognition asked without the qualification. */
    private static final String RECOGNITION = """
            {"requestId": "ask-2", "asOf": "2023-09-30", "jurisdiction": "SRB", "locale": "fr",
             "determinations": ["employment.qualification-recognition"],
             "person": {"id": "p-2", "migratoryStatus": "REGULAR"}}
            """;

    /** Nepal to Qatar: a service charge in US dollars and a welfare-fund payment in euros, no rate for either. */
    private static final String RECRUITMENT = """
            {"requestId": "ask-3", "asOf": "2023-06-30", "jurisdiction": "NPL", "locale": "en",
             "determinations": ["employment.fair-recruitment"],
             "person": {"id": "w", "sex": "M"},
             "recruitment": {"origin": "NPL", "destination": "QAT", "employerDeclinedToPay": true,
               "firstJobStart": "2022-05-01",
               "costsPaidByWorker": [{"item": "SERVICE_CHARGE", "amount": 20, "currency": "USD"},
                                     {"item": "WELFARE_FUND", "amount": 10, "currency": "EUR"}],
               "firstMonthEarnings": {"amount": 1300, "currency": "QAR"},
               "exchangeRates": {"NPR": 0.0274}}}
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run ask(String stdin, String... args) {
        InputStream original = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = M4sdCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 1];
            all[0] = "ask";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Run(cli.execute(all), out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void asksTheSexThenTheBirthDateRefusingWhatIsNotValidAndStopsOnceDecided() throws Exception {
        Path request = Files.writeString(dir.resolve("request.json"), PENSION);
        Path completed = dir.resolve("completed.json");

        Run run = ask("W\nF\n2030-01-01\n1958-03-01\n", request.toString(), "--out", completed.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("What is the person's sex as recorded?")
                .contains("Not accepted: $.person.sex: 'W' is not one of F, M, X")
                .contains("What is the person's date of birth?")
                .contains("Not accepted: $.person.birthDate: birthDate (2030-01-01) is after asOf (2023-06-30)");
        assertThat(out.indexOf("sex as recorded")).isLessThan(out.indexOf("date of birth"));
        String decided = out.substring(out.lastIndexOf("social-security.old-age-pension: "));
        assertThat(decided).doesNotStartWith("social-security.old-age-pension: UNDETERMINED");
        JsonNode person = JSON.readTree(completed.toFile()).path("person");
        assertThat(person.path("sex").asText()).isEqualTo("F");
        assertThat(person.path("birthDate").asText()).isEqualTo("1958-03-01");
    }

    @Test
    void takesTheRequestAndTheAnswersFromOnePipeAndAsksAWholeObjectMemberByMember() throws Exception {
        Path completed = dir.resolve("completed.json");

        Run run = ask(RECOGNITION + "srb\nISCED_9\n7\n2023-02-01\n", "--out", completed.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Quel pays a délivré la qualification ?")
                .contains("Quel est le niveau CITE 2011 de la qualification ?")
                .contains("Not accepted: $.qualification.level: 'ISCED_9' is not one of ISCED_0")
                .contains("À quelle date le dossier de demande de reconnaissance a-t-il été complet ?")
                .doesNotContain("employment.qualification-recognition: UNDETERMINED");
        JsonNode qualification = JSON.readTree(completed.toFile()).path("qualification");
        assertThat(qualification.path("awardingCountry").asText()).isEqualTo("SRB");
        assertThat(qualification.path("level").asText()).isEqualTo("ISCED_6");
        assertThat(qualification.path("fileCompleteDate").asText()).isEqualTo("2023-02-01");
    }

    @Test
    void asksOneExchangeRateAtATimeAndWhenTheAnswersRunOutSaysSoAndKeepsWhatWasAnswered() throws Exception {
        Path request = Files.writeString(dir.resolve("request.json"), RECRUITMENT);
        Path completed = dir.resolve("completed.json");

        Run run = ask("-1\n1.08\n", request.toString(), "--out", completed.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(run.out()).contains("What is one EUR worth in the currency of the worker's first month's earnings?")
                .contains("Not accepted: $.recruitment.exchangeRates.EUR")
                .contains("What is one USD worth")
                .contains("No more answers: stopping with decisions still open.")
                .contains("employment.fair-recruitment: UNDETERMINED")
                .contains("missing facts: $.recruitment.exchangeRates.USD");
        JsonNode rates = JSON.readTree(completed.toFile()).path("recruitment").path("exchangeRates");
        assertThat(rates.path("EUR").decimalValue()).isEqualByComparingTo("1.08");
        assertThat(rates.has("USD")).isFalse();
    }

    @Test
    void anInvalidRequestIsRefusedWithItsFieldsAndNothingIsAsked() {
        Run run = ask("""
                {"requestId": "ask-4", "asOf": "2023-06-30", "jurisdiction": "KGZ",
                 "person": {"id": "p", "birthDate": "2024-01-01"}}
                """);

        assertThat(run.exit()).isEqualTo(M4sdCli.INVALID_RECORDS);
        assertThat(run.out()).contains("The request is not valid:").contains("$.person.birthDate")
                .doesNotContain("> ");
    }
}
