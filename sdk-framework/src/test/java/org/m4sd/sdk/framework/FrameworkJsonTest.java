package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.request.MigratoryStatus;

/** Loading, validating and rejecting framework files. */
class FrameworkJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode illustrativeTree() throws Exception {
        try (InputStream in = Framework.class.getResourceAsStream("/org/m4sd/sdk/framework/m4sd-illustrative.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static Framework load(ObjectNode tree) throws Exception {
        return Framework.fromJson(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)));
    }

    static List<String> errors(ObjectNode tree) {
        try {
            load(tree);
        } catch (InvalidFrameworkException e) {
            return e.errors().stream().map(FieldError::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the framework was accepted");
    }

    @Test
    void the_illustrative_framework_says_it_is_illustrative_and_covers_the_brief() {
        Framework f = Framework.illustrative();
        assertThat(f.programme().illustrative()).isTrue();
        assertThat(f.programme().note()).startsWith("ILLUSTRATIVE").contains("179").contains("5,000");
        assertThat(f.outcomes()).hasSize(3);
        assertThat(f.outputs()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(f.indicators()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(f.indicators().stream().flatMap(i -> i.sector().stream()).collect(Collectors.toSet()))
                .isEqualTo(Set.of(Sector.values()));
        assertThat(f.indicators().stream().map(Indicator::level).collect(Collectors.toSet()))
                .isEqualTo(Set.of(Level.values()));
        assertThat(f.indicators().stream().flatMap(i -> i.references().stream())
                .filter(r -> r.vocabulary() == ReferenceVocabulary.SDG).map(Reference::code)
                .collect(Collectors.toSet()))
                .contains("10.7.1", "10.7.2", "10.c.1", "1.3.1", "3.c.1", "8.8.1");
        assertThat(f.programme().countries()).containsExactlyInAnyOrder("BGD", "ECU", "JAM", "KGZ", "MDA", "MAR",
                "NPL", "PHL", "SEN", "SRB", "TUN");
        // the brief: "Ecuador, Morocco, Nepal, Serbia, Senegal and Tunisia will receive concrete financial support"
        assertThat(f.programme().financedCountries()).containsExactly("ECU", "MAR", "NPL", "SRB", "SEN", "TUN");
        assertThat(f.programme().financed("TUN")).isTrue();
        assertThat(f.programme().financed("JAM")).isFalse();
        for (String c : f.programme().countries()) {
            for (Indicator i : f.indicators()) {
                if (i.source() == Source.SDG_10_7_2_BAND_SHARE) {
                    continue; // shares of the countries: a programme-wide figure, no country has one
                }
                assertThat(i.baselines()).as(i.id() + " baseline for " + c).anyMatch(b -> b.country().equals(c));
                assertThat(i.targets()).as(i.id() + " target for " + c).anyMatch(t -> t.country().equals(c));
            }
        }
        assertThat(f.indicator("POL-1").orElseThrow().baseline("_T").orElseThrow().value().getAsDouble())
                .isEqualTo(179);
        assertThat(f.indicator("GOV-1").orElseThrow().baseline("_T").orElseThrow().value().getAsDouble())
                .isEqualTo(5000);
    }

    @Test
    void duplicate_indicator_id_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ArrayNode inds = (ArrayNode) tree.get("indicators");
        ((ObjectNode) inds.get(3)).put("id", inds.get(0).get("id").asText());
        assertThat(errors(tree)).contains("$.indicators[3].id: duplicate indicator id \"HEA-1\"");
    }

    @Test
    void duplicate_outcome_id_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ((ObjectNode) tree.get("outcomes").get(2)).put("id", "OC1");
        assertThat(errors(tree)).contains("$.outcomes[2].id: duplicate result id \"OC1\"");
    }

    @Test
    void target_period_outside_the_programme_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ObjectNode target = (ObjectNode) tree.get("indicators").get(5).get("targets").get(1);
        target.put("start", "2024-01-01").put("end", "2024-12-31");
        assertThat(errors(tree)).contains("$.indicators[5].targets[1].period: target period 2024-01-01/2024-12-31"
                + " lies outside the programme 2019-11-01/2023-10-31");
    }

    @Test
    void value_that_does_not_fit_the_measure_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        // HEA-3 is a PERCENTAGE
        ((ObjectNode) tree.get("indicators").get(2).get("baselines").get(0)).put("value", 140);
        // HEA-1 is a UNIT count
        ((ObjectNode) tree.get("indicators").get(0).get("targets").get(0)).put("value", -5);
        assertThat(errors(tree)).contains(
                "$.indicators[2].baselines[0].value: a PERCENTAGE value must lie in [0, 100], got 140.0",
                "$.indicators[0].targets[0].value: a UNIT value must not be negative, got -5.0");
    }

    @Test
    void qualitative_value_and_unknown_references_are_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ArrayNode inds = (ArrayNode) tree.get("indicators");
        int gov3 = indexOf(inds, "GOV-3");
        ((ObjectNode) inds.get(gov3).get("baselines").get(0)).put("value", 1);
        ((ObjectNode) inds.get(0)).put("result", "OP9");
        ((ObjectNode) inds.get(2).get("ratio")).put("numerator", "NOPE");
        ((ObjectNode) tree.get("outputs").get(0)).put("outcome", "OC7");
        assertThat(errors(tree)).contains(
                "$.indicators[" + gov3 + "].baselines[0].value: a QUALITATIVE indicator takes text in a comment,"
                        + " not the number 1.0",
                "$.indicators[0].result: unknown outcome or output \"OP9\"",
                "$.indicators[2].ratio.numerator: unknown indicator \"NOPE\"",
                "$.outputs[0].outcome: unknown outcome \"OC7\"");
    }

    @Test
    void unknown_fields_enum_values_and_countries_are_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ((ObjectNode) tree.get("indicators").get(1)).put("colour", "red");
        ((ObjectNode) tree.get("indicators").get(4)).put("level", "PLANETARY");
        List<String> errors = errors(tree);
        assertThat(errors).anyMatch(e -> e.startsWith("$.indicators[1].colour: unknown field"));
        assertThat(errors).anyMatch(e -> e.startsWith("$.indicators[4].level: unknown value \"PLANETARY\""));
    }

    @Test
    void baseline_for_a_country_outside_the_programme_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ((ObjectNode) tree.get("indicators").get(6).get("baselines").get(0)).put("country", "FRA");
        assertThat(errors(tree)).contains("$.indicators[6].baselines[0].country: \"FRA\" is not a programme country");
    }

    @Test
    void financed_country_outside_the_programme_is_named_and_the_list_is_optional() throws Exception {
        ObjectNode tree = illustrativeTree();
        ((ArrayNode) tree.get("programme").get("financedCountries")).add("FRA");
        assertThat(errors(tree)).contains(
                "$.programme.financedCountries[6]: \"FRA\" is not one of the programme's countries");
        ((ObjectNode) tree.get("programme")).remove("financedCountries");
        assertThat(load(tree).programme().financedCountries()).isEmpty();
    }

    @Test
    void dimension_not_allowed_for_the_source_is_named() throws Exception {
        ObjectNode tree = illustrativeTree();
        ((ArrayNode) tree.get("indicators").get(0).get("dimensions")).add("age");
        assertThat(errors(tree)).anyMatch(e -> e.startsWith("$.indicators[0].dimensions[2]: source ACCESS_DECISIONS"
                + " cannot be broken down by \"age\""));
    }

    @Test
    void sdg_breakdowns_follow_the_metadata() throws Exception {
        ObjectNode tree = illustrativeTree();
        ArrayNode indicators = (ArrayNode) tree.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            ObjectNode ind = (ObjectNode) indicators.get(i);
            switch (ind.get("id").asText()) {
                case "EMP-1" -> ind.putArray("dimensions").add("education").add("migratoryStatus");
                case "POL-3" -> ind.putArray("dimensions").add("domain");
                default -> { }
            }
        }
        List<String> errors = errors(tree);
        assertThat(errors).anyMatch(e -> e.endsWith("source SDG_10_7_1_MEAN cannot be broken down by"
                + " \"migratoryStatus\"; allowed: [ageGroup, destination, education, sex]"));
        assertThat(errors).noneMatch(e -> e.contains("\"education\""));
        assertThat(errors).anyMatch(e -> e.endsWith("source SDG_10_7_2_BAND_SHARE needs the dimension \"band\""));
    }

    @Test
    void the_population_of_an_access_indicator_is_read_as_data() {
        Indicator hea1 = Framework.illustrative().indicator("HEA-1").orElseThrow();
        Population p = hea1.population().orElseThrow();
        assertThat(p.migratoryStatuses()).isEqualTo(Population.MIGRANTS).doesNotContain(MigratoryStatus.NATIONAL,
                MigratoryStatus.UNKNOWN);
        assertThat(p.determinations()).containsExactlyInAnyOrder(Determination.HEALTH_EMERGENCY_CARE,
                Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(p.outcomes()).isEqualTo(Population.ACCESS);
        assertThat(p.counts()).isEqualTo(Population.Counting.PERSONS);
        assertThat(hea1.unit()).isEqualTo("persons");
    }

    @Test
    void population_errors_are_named_by_their_path() throws Exception {
        ObjectNode tree = illustrativeTree();
        ObjectNode hea1 = (ObjectNode) tree.get("indicators").get(0);
        ObjectNode population = (ObjectNode) hea1.get("population");
        ((ArrayNode) population.get("migratoryStatuses")).add("CITIZEN");
        assertThat(errors(tree)).contains("$.indicators[0].population.migratoryStatuses[5]: unknown value "
                + "\"CITIZEN\"; expected one of " + java.util.Arrays.toString(MigratoryStatus.values()));

        tree = illustrativeTree();
        hea1 = (ObjectNode) tree.get("indicators").get(0);
        ((ArrayNode) hea1.get("population").get("determinations")).add("education.public-school");
        ((ArrayNode) hea1.get("population").get("outcomes")).add("INELIGIBLE");
        ((ObjectNode) hea1.get("population")).put("counts", "DECISIONS");
        assertThat(errors(tree)).contains(
                "$.indicators[0].population.determinations: \"education.public-school\" belongs to sector EDUCATION,"
                        + " not to the indicator's sector HEALTH",
                "$.indicators[0].population.outcomes: source ACCESS_DECISIONS counts access granted: outcomes must be"
                        + " among [ELIGIBLE, CONDITIONAL], got [ELIGIBLE, CONDITIONAL, INELIGIBLE]",
                "$.indicators[0].population.counts: counting DECISIONS needs the unit \"decisions\", the indicator's"
                        + " unit is \"persons\"");

        tree = illustrativeTree();
        ((ObjectNode) tree.get("indicators").get(0)).remove("population");
        ((ObjectNode) tree.get("indicators").get(3)).set("population", illustrativeTree().get("indicators").get(0)
                .get("population"));
        assertThat(errors(tree)).contains(
                "$.indicators[0].population: source ACCESS_DECISIONS needs a population: the migratory statuses,"
                        + " determinations and outcomes it counts",
                "$.indicators[3].population: only the sources fed by decisions (ACCESS_DECISIONS, DECISIONS_MADE) take"
                        + " a population; this indicator's source is OBSERVATIONS");

        tree = illustrativeTree();
        ((ObjectNode) tree.get("indicators").get(0)).put("unit", "decisions");
        assertThat(errors(tree)).contains(
                "$.indicators[0].unit: the population counts PERSONS; a unit of \"decisions\" would say otherwise");

        tree = illustrativeTree();
        ((ArrayNode) tree.get("indicators").get(1).get("population").get("outcomes")).removeAll();
        assertThat(errors(tree)).contains("$.indicators[1].population.outcomes: expected a non-empty array");
    }

    @Test
    void malformed_json_is_rejected_at_the_root() {
        assertThatThrownBy(() -> Framework.fromJson(new ByteArrayInputStream("{\"programme\": ".getBytes(
                StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("$: malformed JSON");
    }

    @Test
    void observations_are_read_lazily_and_checked_against_the_framework() {
        Framework f = Framework.illustrative();
        String json = """
                [ {"indicator": "SOC-2", "country": "ECU", "year": 2021, "value": 35},
                  {"indicator": "SOC-2", "country": "ECU", "start": "2021-01-01", "end": "2021-12-31", "value": 40,
                   "dimensions": {"sex": "F"}},
                  {"indicator": "NOPE-1", "country": "ECU", "year": 2021, "value": 1} ]
                """;
        Iterator<Observation> it = f.observationsFromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<Observation> read = new ArrayList<>();
        read.add(it.next());
        read.add(it.next());
        assertThat(read.get(1).dimensions()).containsEntry("sex", "F");
        assertThat(read.get(0).period()).isEqualTo(Period.ofYear(2021));
        assertThatThrownBy(it::next).isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("$[2].indicator: unknown indicator \"NOPE-1\"");
    }

    @Test
    void observation_value_that_does_not_fit_the_measure_is_named() {
        Framework f = Framework.illustrative();
        String jsonl = "{\"indicator\": \"SOC-2\", \"country\": \"ECU\", \"year\": 2021, \"value\": 20}\n"
                + "{\"indicator\": \"SOC-2\", \"country\": \"ECU\", \"year\": 2021, \"value\": 120}\n";
        Iterator<Observation> it = f.observationsFromJson(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        assertThat(it.next().value()).isEqualTo(20);
        assertThatThrownBy(it::next).isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("$[1].value: a PERCENTAGE value must lie in [0, 100], got 120.0");
    }

    @Test
    void observation_for_a_computed_indicator_is_named() {
        Framework f = Framework.illustrative();
        String jsonl = "{\"indicator\": \"HEA-1\", \"country\": \"ECU\", \"year\": 2021, \"value\": 20}";
        assertThatThrownBy(() -> f.observationsFromJson(new ByteArrayInputStream(
                jsonl.getBytes(StandardCharsets.UTF_8))).next())
                .hasMessageContaining("$[0].indicator: indicator \"HEA-1\" is computed from ACCESS_DECISIONS");
    }

    private static int indexOf(ArrayNode inds, String id) {
        for (int i = 0; i < inds.size(); i++) {
            if (inds.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
