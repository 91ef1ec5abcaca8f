package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.sdk.framework.ReportFixtures.Y2021;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.internal.framework.CellSuppression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Disclosure control by hand: the method on small tables, then its marks in each published format. */
class DisclosureControlTest {
    private static final String T = IndicatorValue.TOTAL;
    private static final Map<String, String> F_IRREGULAR = Map.of("sex", "F", "migratoryStatus", "IRREGULAR");
    private static ResultsReport report;

    @BeforeAll
    static void run() {
        report = ReportFixtures.report();
    }

    private static Map<List<String>, Double> table(Object... coordinatesThenValue) {
        Map<List<String>, Double> cells = new LinkedHashMap<>();
        for (int i = 0; i < coordinatesThenValue.length; i += 2) {
            cells.put(List.of(((String) coordinatesThenValue[i]).split(" ")),
                    ((Number) coordinatesThenValue[i + 1]).doubleValue());
        }
        return cells;
    }

    @Test
    void one_small_count_of_a_country_list_is_hidden_with_the_smallest_other_country() {
        // A 2, B 30, C 40, total 72: withholding A alone leaves 72 - 30 - 40; B is the cheapest second cell
        Map<List<String>, Double> cells = table("A", 2, "B", 30, "C", 40, T, 72);
        assertThat(CellSuppression.suppress(cells, 5)).containsExactlyInAnyOrder(List.of("A"), List.of("B"));
    }

    @Test
    void a_small_count_of_a_cross_table_is_hidden_in_the_cheapest_rectangle() {
        // country x sex with margins; A/F = 3. The rectangles through A/F, by what they add:
        // B/M 20 + 10 + 12 = 42, B/T 23 + 10 + 22 = 55, C/M 20 + 8 + 9 = 37, C/T 23 + 8 + 17 = 48, and
        // through the country total more still: C/M is withheld
        Map<List<String>, Double> cells = table(
                "A F", 3, "A M", 20, "A _T", 23,
                "B F", 10, "B M", 12, "B _T", 22,
                "C F", 8, "C M", 9, "C _T", 17,
                "_T F", 21, "_T M", 41, "_T _T", 62);
        assertThat(CellSuppression.suppress(cells, 5)).containsExactlyInAnyOrder(
                List.of("A", "F"), List.of("A", "M"), List.of("C", "F"), List.of("C", "M"));
        assertThat(CellSuppression.suppress(cells, 3)).isEmpty();
    }

    @Test
    void zeros_are_published_and_never_used_to_hide_a_count() {
        // A: F 0, M 3, total 3 (both below 5). The rectangle through A/M cannot use the zero A/F: it goes through
        // A's total, and B (7 + 13 = 20) is cheaper than the country total (10 + 16 = 26). Publishing A/F = 0 tells
        // that everyone counted in A is a man, not how many there are.
        Map<List<String>, Double> cells = table(
                "A F", 0, "A M", 3, "A _T", 3,
                "B F", 6, "B M", 7, "B _T", 13,
                "_T F", 6, "_T M", 10, "_T _T", 16);
        assertThat(CellSuppression.suppress(cells, 5)).containsExactlyInAnyOrder(
                List.of("A", "M"), List.of("A", "_T"), List.of("B", "M"), List.of("B", "_T"));
    }

    @Test
    void a_dimension_without_a_total_is_not_summed_so_the_box_stays_in_its_value() {
        // no total over countries: A and B are tables apart, and A's 3 women are hidden with A's 10 men alone
        Map<List<String>, Double> cells = table("A F", 3, "A M", 10, "A _T", 13, "B F", 20, "B M", 30, "B _T", 50);
        assertThat(CellSuppression.suppress(cells, 5)).containsExactlyInAnyOrder(List.of("A", "F"), List.of("A", "M"));
        assertThat(DisclosureControl.DEFAULT.withheld(Map.of(List.of("A", "F"), 3, List.of("A", "M"), 10,
                List.of("A", T), 13))).containsExactlyInAnyOrder(List.of("A", "F"), List.of("A", "M"));
    }

    @Test
    void a_table_without_a_usable_box_is_withheld_whole() {
        // a reported total of 0 over a part of 3 (not the sum of its parts): no box through A has its two corners
        // above zero, so nothing short of the whole table hides it
        Map<List<String>, Double> cells = table("A", 3, "B", 0, T, 0);
        assertThat(CellSuppression.suppress(cells, 5)).containsExactlyInAnyOrderElementsOf(cells.keySet());
    }

    @Test
    void the_report_in_memory_keeps_every_value_and_its_protected_copy_withholds_small_counts() {
        assertThat(report.value("HEA-1", "ECU", Y2021, F_IRREGULAR).orElseThrow().value()).isEqualTo(3);
        ResultsReport published = report.protect();
        IndicatorValue withheld = published.value("HEA-1", "ECU", Y2021, F_IRREGULAR).orElseThrow();
        assertThat(withheld.suppressed()).isTrue();
        assertThat(withheld.value()).isNaN();
        // HEA-3 = HEA-1 / HEA-2 x 100 over the same cell is withheld with it
        assertThat(published.value("HEA-3", "ECU", Y2021, F_IRREGULAR).orElseThrow().suppressed()).isTrue();
        // GOV-2 counts local authorities: exempt in the illustrative framework, its 5 and its achievement published
        assertThat(published.value("GOV-2", "ECU", Y2021, Map.of()).orElseThrow().value()).isEqualTo(5);
        assertThat(published.achievement("GOV-2", "ECU", Y2021)).isPresent();
        // HEA-1 in Ecuador, 4 in all: withheld, and its achievement, which carries it, left out
        assertThat(published.value("HEA-1", "ECU", Y2021, Map.of()).orElseThrow().suppressed()).isTrue();
        assertThat(report.achievement("HEA-1", "ECU", Y2021)).isPresent();
        assertThat(published.achievement("HEA-1", "ECU", Y2021)).isEmpty();
        assertThat(published.protect()).isEqualTo(published);
    }

    @Test
    void a_finding_on_a_withheld_cell_loses_its_numbers() {
        // Bangladesh has no baseline here; its one health decision granting access is reported with the finding
        ValidationFinding raw = report.findings().stream()
                .filter(f -> f.rule().equals("actual-has-baseline") && f.indicator().equals("HEA-1")
                        && f.country().equals("BGD")).findFirst().orElseThrow();
        assertThat(raw.left()).hasValue(1);
        ValidationFinding published = report.protect().findings().stream()
                .filter(f -> f.rule().equals("actual-has-baseline") && f.indicator().equals("HEA-1")
                        && f.country().equals("BGD")).findFirst().orElseThrow();
        assertThat(published.left()).isEmpty();
        assertThat(published.right()).isEmpty();
        assertThat(published.message()).isEqualTo("the cell's values are withheld by disclosure control");
        assertThat(published.dimensions()).isEqualTo(raw.dimensions());
    }

    @Test
    void a_threshold_given_by_the_caller_replaces_the_framework_one_and_1_turns_suppression_off() {
        ResultsReport open = report.protect(report.framework().disclosureControl().withThreshold(1));
        assertThat(open.values()).noneMatch(IndicatorValue::suppressed);
        assertThat(open.toCsv()).contains("HEA-1,ECU,2021-01-01,2021-12-31,migratoryStatus=IRREGULAR;sex=F,3,");
        ResultsReport strict = report.protect(DisclosureControl.of(10));
        assertThat(strict.framework().disclosureControl().threshold()).isEqualTo(10);
        assertThat(strict.value("EMP-5", "ECU", Y2021, Map.of("sex", "M")).orElseThrow().suppressed()).isTrue();
        assertThat(report.protect().value("EMP-5", "ECU", Y2021, Map.of("sex", "M")).orElseThrow().suppressed())
                .isTrue(); // 4 women injured: the cheapest rectangle hiding them runs through the 8 men
    }

    @Test
    void json_marks_a_withheld_value_with_a_status_and_no_number() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.at("/disclosureControl/threshold").intValue()).isEqualTo(5);
        assertThat(json.at("/disclosureControl/exempt").toString()).isEqualTo("[\"GOV-2\",\"POL-1\",\"GLO-1\"]");
        JsonNode cell = null;
        for (JsonNode v : json.get("values")) {
            if (v.get("indicator").asText().equals("HEA-1") && v.get("country").asText().equals("ECU")
                    && v.get("start").asText().equals("2021-01-01")
                    && v.at("/dimensions/sex").asText().equals("F")
                    && v.at("/dimensions/migratoryStatus").asText().equals("IRREGULAR")) {
                cell = v;
            }
            assertThat(v.get("status").asText()).isIn("published", "suppressed");
            assertThat(v.has("value")).isEqualTo(v.get("status").asText().equals("published"));
        }
        assertThat(cell).isNotNull();
        assertThat(cell.get("status").asText()).isEqualTo("suppressed");
        assertThat(cell.has("value")).isFalse();
        assertThat(json.toString()).doesNotContain("NaN");
    }

    @Test
    void csv_leaves_a_withheld_value_empty_and_flags_it() {
        String[] lines = report.toCsv().split("\r\n");
        assertThat(lines[0]).endsWith(",value_status");
        for (String line : lines) {
            assertThat(line).doesNotContain("NaN");
        }
        assertThat(lines).contains("HEA-3,ECU,2021-01-01,2021-12-31,migratoryStatus=IRREGULAR;sex=F,,,,,,,,suppressed");
    }

    @Test
    void iati_gives_a_withheld_actual_no_value_and_the_framework_note_as_comment_and_stays_valid() throws Exception {
        String xml = IatiSchema.validate(report.toIatiXml());
        Document doc = parse(xml);
        NodeList actuals = doc.getElementsByTagName("actual");
        int withheld = 0;
        String note = report.framework().disclosureControl().noteText();
        for (int i = 0; i < actuals.getLength(); i++) {
            Element actual = (Element) actuals.item(i);
            NodeList comments = actual.getElementsByTagName("comment");
            if (actual.hasAttribute("value")) {
                assertThat(comments.getLength()).isZero();
                assertThat(actual.getAttribute("value")).isNotEqualTo("NaN");
            } else {
                withheld++;
                assertThat(comments.getLength()).isEqualTo(1);
                assertThat(comments.item(0).getTextContent()).isEqualTo(note);
            }
        }
        assertThat(withheld).isEqualTo(report.protect().values().stream().filter(IndicatorValue::suppressed).count());
        assertThat(withheld).isPositive();
    }

    @Test
    void iati_narratives_are_text_of_the_framework_and_name_no_file() throws Exception {
        Framework f = report.framework();
        Set<String> allowed = new HashSet<>(List.of(f.programme().title(), f.programme().note(),
                f.programme().reportingOrgName(), f.disclosureControl().noteText()));
        f.outcomes().forEach(o -> allowed.add(o.id() + ": " + o.title()));
        f.outputs().forEach(o -> allowed.add(o.id() + ": " + o.title()));
        for (Indicator ind : f.indicators()) {
            allowed.add(ind.id() + ": " + ind.title());
            ind.baselines().forEach(b -> b.comment().ifPresent(allowed::add));
            ind.targets().forEach(t -> t.comment().ifPresent(allowed::add));
        }
        Pattern fileName = Pattern.compile("[\\w./-]+\\.(md|json|jsonl|csv|xml|txt|pdf|html|xlsx?)\\b");
        Document doc = parse(report.toIatiXml());
        assertThat(doc.getElementsByTagName("document-link").getLength()).isZero();
        NodeList narratives = doc.getElementsByTagName("narrative");
        List<String> notFromFramework = new ArrayList<>();
        for (int i = 0; i < narratives.getLength(); i++) {
            String text = narratives.item(i).getTextContent();
            assertThat(fileName.matcher(text).find()).as("a file named in %s", text).isFalse();
            boolean description = narratives.item(i).getParentNode().getNodeName().equals("description")
                    && narratives.item(i).getParentNode().getParentNode().getNodeName().equals("indicator");
            if (!allowed.contains(text) && !description) {
                notFromFramework.add(text);
            }
        }
        assertThat(notFromFramework).isEmpty();
    }

    @Test
    void the_framework_file_sets_the_threshold_the_exemptions_and_the_note() throws Exception {
        ObjectNode tree = FrameworkJsonTest.illustrativeTree();
        ObjectNode control = (ObjectNode) tree.get("disclosureControl");
        control.put("threshold", 10).put("note", "Fewer than ten people.");
        ((ArrayNode) control.get("exempt")).removeAll().add("POL-1");
        DisclosureControl read = FrameworkJsonTest.load(tree).disclosureControl();
        assertThat(read).isEqualTo(new DisclosureControl(10, Set.of("POL-1"), java.util.Optional.of(
                "Fewer than ten people.")));
        tree.remove("disclosureControl");
        assertThat(FrameworkJsonTest.load(tree).disclosureControl()).isEqualTo(DisclosureControl.DEFAULT);
    }

    @Test
    void a_wrong_disclosure_control_is_named_by_its_path() throws Exception {
        ObjectNode tree = FrameworkJsonTest.illustrativeTree();
        ObjectNode control = (ObjectNode) tree.get("disclosureControl");
        ((ArrayNode) control.get("exempt")).add("NOPE-1").add("HEA-3");
        assertThat(FrameworkJsonTest.errors(tree)).contains(
                "$.disclosureControl.exempt[3]: unknown indicator \"NOPE-1\"",
                "$.disclosureControl.exempt[4]: indicator \"HEA-3\" is not an additive count, so it is never "
                        + "suppressed; exempting it has no effect");
        control.put("threshold", 0);
        assertThat(FrameworkJsonTest.errors(tree)).contains(
                "$.disclosureControl: threshold must be 1 or more, got 0");
        control.put("threshold", 2.5);
        assertThat(FrameworkJsonTest.errors(tree)).contains("$.disclosureControl.threshold: expected a whole number");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
