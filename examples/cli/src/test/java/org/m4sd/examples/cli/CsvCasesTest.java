package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

class CsvCasesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final M4sdJson json = M4sdJson.create();

    @Test
    void everyColumnNamesAPropertyOfThePublishedRequestSchema() throws Exception {
        JsonNode schema;
        try (InputStream in = M4sdJson.class.getClassLoader()
                .getResourceAsStream("org/m4sd/sdk/schema/request.schema.json")) {
            schema = MAPPER.readTree(in);
        }
        for (CsvCases.Column column : CsvCases.COLUMNS) {
            JsonNode node = schema;
            for (String segment : column.path()) {
                node = resolve(schema, node).path("properties").path(segment);
                assertThat(node.isMissingNode()).as(column.name()).isFalse();
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return schema.at(ref.substring(1));
        }
        return node;
    }

    @Test
    void aRowAndItsRequestConvertBothWaysForTheWholeSyntheticPopulation() throws Exception {
        List<String> documents = new SyntheticPopulation(3).requests(1_500).map(json::writeRequest).toList();
        assertThat(documents).as("records in weeks").anyMatch(d -> d.contains("\"unit\":\"WEEKS\""));
        StringWriter csv = new StringWriter();
        CsvCases.writeRequests(documents, csv);

        List<String> back = new ArrayList<>();
        try (CsvCases.Reader reader = CsvCases.reader(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), json)) {
            reader.forEachRemaining(e -> {
                assertThat(e).isInstanceOf(JsonlReader.Entry.Parsed.class);
                back.add(json.writeRequest(((JsonlReader.Entry.Parsed) e).request()));
            });
        }
        assertThat(back).hasSameSizeAs(documents);
        for (int i = 0; i < documents.size(); i++) {
            assertThat(back.get(i)).isEqualTo(documents.get(i));
        }
    }

    @Test
    void aCellThatCannotBeReadIsAnErrorNamingItsPath() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("requestId", "r-1");
        row.put("person.contributionPeriods", "ECU 2001-01-01");
        row.put("recruitment.firstMonthEarnings", "1300");
        row.put("person.presentInTerritory", "maybe");
        CsvCases.Converted converted = CsvCases.toRequest(row);

        assertThat(converted.errors()).extracting(e -> e.path()).containsExactly("$.person.contributionPeriods",
                "$.recruitment.firstMonthEarnings", "$.person.presentInTerritory");
        assertThat(converted.errors().get(0).message()).contains("COUNTRY FROM TO");
    }

    @Test
    void listsAndCompoundCellsBecomeTheJsonTheContractDescribes() throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("determinations", "health.emergency-care; social-security.old-age-pension");
        row.put("person.residenceMonths", "40");
        row.put("recruitment.costsPaidByWorker", "SERVICE_CHARGE 10000 NPR; MEDICAL 4500 NPR");
        row.put("recruitment.exchangeRates", "NPR=0.0274");
        row.put("person.contributionPeriods", "GBR 1990-01-01 1999-12-31; JAM 2001-01-01 2015-12-31 700 WEEKS");
        row.put("person.id", "");

        JsonNode request = CsvCases.toRequest(row).request();
        assertThat(json.canonicalize(request.toString())).isEqualTo(json.canonicalize("""
                {"determinations":["health.emergency-care","social-security.old-age-pension"],
                 "person":{"residenceMonths":40,
                           "contributionPeriods":[{"country":"GBR","from":"1990-01-01","to":"1999-12-31"},
                               {"country":"JAM","from":"2001-01-01","to":"2015-12-31","units":700,"unit":"WEEKS"}]},
                 "recruitment":{"costsPaidByWorker":[{"item":"SERVICE_CHARGE","amount":10000,"currency":"NPR"},
                                                     {"item":"MEDICAL","amount":4500,"currency":"NPR"}],
                                "exchangeRates":{"NPR":0.0274}}}"""));
        assertThat(CsvCases.toRequest(row).errors()).isEmpty();
    }
}
