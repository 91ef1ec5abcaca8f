package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.http.client.ApiClient;
import org.m4sd.examples.http.client.ApiException;
import org.m4sd.examples.http.client.api.DefaultApi;
import org.m4sd.examples.http.client.model.ContributionPeriod;
import org.m4sd.examples.http.client.model.Country;
import org.m4sd.examples.http.client.model.Decision;
import org.m4sd.examples.http.client.model.DecisionSet;
import org.m4sd.examples.http.client.model.Determination;
import org.m4sd.examples.http.client.model.EligibilityRequest;
import org.m4sd.examples.http.client.model.Health;
import org.m4sd.examples.http.client.model.PatchCall;
import org.m4sd.examples.http.client.model.PatchedDecisions;
import org.m4sd.examples.http.client.model.Person;
import org.m4sd.examples.http.client.model.Problem;
import org.m4sd.examples.http.client.model.RulePacks;

/**
 * The Java client openapi-generator made from the service's OpenAPI document (generated and compiled by the
 * build, under target/generated-test-sources/openapi) calls the running service: an integrator's first steps.
 */
class GeneratedClientIT {
    private static HttpService service;
    private static DefaultApi api;
    private static ObjectMapper mapper;

    @BeforeAll
    static void start() {
        service = HttpService.start(ServiceOptions.defaults().withPort(0), line -> { });
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + service.port());
        mapper = client.getObjectMapper();
        api = new DefaultApi(client);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void decidesARequestBuiltWithTheGeneratedModels() throws Exception {
        EligibilityRequest request = new EligibilityRequest().requestId("g-1").asOf(LocalDate.of(2023, 6, 30))
                .jurisdiction(Country.ECU).addDeterminationsItem(Determination.HEALTH_EMERGENCY_CARE)
                .person(new Person().id("p-g1").birthDate(LocalDate.of(1958, 4, 2)).nationality(Country.VEN)
                        .migratoryStatus(Person.MigratoryStatusEnum.IRREGULAR).presentInTerritory(true));

        JsonNode answer = api.decide(mapper.valueToTree(request));
        DecisionSet set = mapper.treeToValue(answer, DecisionSet.class);

        assertThat(set.getRequestId()).isEqualTo("g-1");
        Decision decision = set.getDecisions().get(0);
        assertThat(decision.getOutcome()).isEqualTo(Decision.OutcomeEnum.ELIGIBLE);
        assertThat(decision.getRulePack().getId()).isEqualTo("ecu");
    }

    @Test
    void readsTheRulePacksAndHealth() throws Exception {
        RulePacks packs = api.rulePacks(LocalDate.of(2023, 6, 30));
        assertThat(packs.getPacks()).extracting(p -> p.getId()).contains("international", "ecu");
        assertThat(packs.getParameters()).isNotEmpty();
        Health health = api.health();
        assertThat(health.getStatus()).isEqualTo(Health.StatusEnum.UP);
        assertThat(health.getPacks()).extracting(p -> p.getId()).contains("international", "ecu");
        assertThat(health.getPacks()).allSatisfy(p -> assertThat(p.getSigningKeyId()).as("shipped").isNull());
    }

    @Test
    void aReloadWithoutAPacksDirectoryIsAProblemTheClientCanRead() throws Exception {
        ApiException e = catchThrowableOfType(ApiException.class, () -> api.reloadPacks());

        assertThat(e.getCode()).isEqualTo(409);
        Problem problem = mapper.readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getDetail()).isEqualTo("the service was started without --packs DIR: there is no packs "
                + "directory to reload; the packs in service are unchanged");
    }

    @Test
    void anInvalidRequestIsAProblemTheClientCanRead() throws Exception {
        ApiException e = catchThrowableOfType(ApiException.class, () -> api.decide(mapper.readTree(
                "{\"requestId\":\"g-2\",\"asOf\":\"2023-02-30\",\"jurisdiction\":\"ECU\",\"person\":{\"id\":\"p\"}}")));

        assertThat(e.getCode()).isEqualTo(400);
        Problem problem = mapper.readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(x -> x.getPath()).isEqualTo(List.of("$.asOf"));
    }

    @Test
    void answersTheQuestionsOfAnUndeterminedDecisionAsAMergePatch() throws Exception {
        EligibilityRequest request = new EligibilityRequest().requestId("g-3").asOf(LocalDate.of(2023, 6, 30))
                .jurisdiction(Country.KGZ).addDeterminationsItem(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION)
                .person(new Person().id("p-g3").sex(Person.SexEnum.F).addContributionPeriodsItem(new ContributionPeriod()
                        .country(Country.KGZ).from(LocalDate.of(1990, 1, 1)).to(LocalDate.of(2022, 12, 31))));

        DecisionSet first = mapper.treeToValue(api.decide(mapper.valueToTree(request)), DecisionSet.class);
        Decision undetermined = first.getDecisions().get(0);
        assertThat(undetermined.getOutcome()).isEqualTo(Decision.OutcomeEnum.UNDETERMINED);
        assertThat(undetermined.getQuestions()).extracting(q -> q.getPath()).containsExactly("$.person.birthDate");

        PatchedDecisions patched = api.decidePatched(new PatchCall().request(mapper.valueToTree(request))
                .mergePatch(Map.of("person", Map.of("birthDate", "1958-03-01"))));

        assertThat(patched.getRequest().getPerson().getBirthDate()).isEqualTo(LocalDate.of(1958, 3, 1));
        assertThat(patched.getDecisionSet().getDecisions().get(0).getOutcome())
                .isNotEqualTo(Decision.OutcomeEnum.UNDETERMINED);
    }
}
