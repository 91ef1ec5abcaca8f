package org.m4sd.sdk.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.request.Sex;

/**
 * Small hand-made populations for the SDG indicators (DOMAIN.md section 3), every figure of which SdgReportTest
 * computes by hand for the reference reporter and sdk-rules' DroolsSdgTest for the Drools reporter (published to
 * it in this module's test jar). The framework is the illustrative one with the SDG indicators broken down as their metadata
 * asks: EMP-1 and EMP-2 (10.7.1 mean and median) by sex, age group, education and destination, a 4th-quintile indicator beside it,
 * POL-2 (10.7.2) by domain, and the shares of countries by band.
 */
public final class SdgHandCases {
    /** The reporting period of every hand case. */
    public static final Period Y2022 = Period.ofYear(2022);
    static final LocalDate SURVEY = LocalDate.of(2022, 6, 30);

    private SdgHandCases() {
    }

    static Framework framework() {
        try (InputStream in = Framework.class.getResourceAsStream("/org/m4sd/sdk/framework/m4sd-illustrative.json")) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode tree = (ObjectNode) json.readTree(in);
            ArrayNode indicators = (ArrayNode) tree.get("indicators");
            ObjectNode quintile = null;
            ObjectNode bands = null;
            for (int i = 0; i < indicators.size(); i++) {
                ObjectNode ind = (ObjectNode) indicators.get(i);
                switch (ind.get("id").asText()) {
                    case "EMP-1" -> {
                        ind.putArray("dimensions").add("sex").add("ageGroup").add("education").add("destination");
                        quintile = ind.deepCopy();
                    }
                    case "EMP-2" ->
                        ind.putArray("dimensions").add("sex").add("ageGroup").add("education").add("destination");
                    case "POL-2" -> {
                        ind.putArray("dimensions").add("domain");
                        bands = ind.deepCopy();
                    }
                    default -> { }
                }
            }
            quintile.put("id", "EMP-1Q4").put("title", "Recruitment cost borne by workers, 4th quintile")
                    .put("source", "SDG_10_7_1_FOURTH_QUINTILE");
            quintile.putArray("baselines");
            quintile.putArray("targets");
            bands.put("id", "POL-2B").put("title", "Countries by SDG 10.7.2 band").put("measure", "PERCENTAGE")
                    .put("unit", "percent of countries").put("source", "SDG_10_7_2_BAND_SHARE");
            bands.putArray("dimensions").add("domain").add("band");
            bands.putArray("baselines");
            bands.putArray("targets");
            indicators.add(quintile);
            indicators.add(bands);
            return Framework.fromJson(new ByteArrayInputStream(json.writeValueAsBytes(tree)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ResultsReport report(ResultsReporter reporter) {
        return reporter.report(framework(), java.util.Collections.emptyIterator(), events().iterator());
    }

    static List<ProgrammeEvent> events() {
        List<ProgrammeEvent> e = new ArrayList<>();
        e.addAll(workers());
        e.addAll(questionnaires());
        e.addAll(prices());
        return e;
    }

    private static RecruitmentCost worker(String destination, Sex sex, String age, String education, double costs,
            double earnings, Set<String> unconverted) {
        return new RecruitmentCost("NPL", destination, SURVEY, LocalDate.of(2021, 3, 1), costs, earnings, sex,
                Optional.ofNullable(age), Optional.ofNullable(education), unconverted);
    }

    /** Nepal, 2022: four workers whose ratios are 0.5, 1, 1 and 3, and one whose costs were paid in rupees. */
    static List<RecruitmentCost> workers() {
        return List.of(
                worker("QAT", Sex.F, "Y25T34", "ISCED11_3", 200, 400, Set.of()),   // 0.5
                worker("QAT", Sex.M, "Y25T34", "ISCED11_2", 400, 400, Set.of()),   // 1.0
                worker("MYS", Sex.M, "Y35T44", "ISCED11_3", 500, 500, Set.of()),   // 1.0
                worker("MYS", Sex.F, null, "ISCED11_2", 1200, 400, Set.of()),      // 3.0, age not recorded
                // a cost in Indian rupees, and no rupee rate to Qatari riyals: not counted, a finding
                worker("QAT", Sex.M, "Y25T34", null, 0, 400, Set.of("INR")));
    }

    private static Map<String, Sdg1072Answer> answers(int yesDomainsFrom, int yesDomainsTo) {
        Map<String, Sdg1072Answer> a = new HashMap<>();
        for (String item : Formulas.sdg1072Items()) {
            int domain = item.charAt(0) - '0';
            boolean yes = domain >= yesDomainsFrom && domain <= yesDomainsTo;
            a.put(item, !yes ? Sdg1072Answer.NO : domain == 1 ? Sdg1072Answer.YES_REGARDLESS_OF_STATUS
                    : Sdg1072Answer.YES);
        }
        return a;
    }

    /**
     * Five countries, 2022. Overall scores: SEN 100 (fully meets), ECU 25 / 30 = 83.3 (meets), MAR 53.3 (partially
     * meets: domains 60, 100, 80, 40, 0, 40), TUN and NPL 0 (requires further progress, nothing answered).
     */
    static List<Sdg1072Questionnaire> questionnaires() {
        LocalDate day = LocalDate.of(2022, 5, 1);
        return List.of(
                new Sdg1072Questionnaire("SEN", day, answers(1, 6)),
                new Sdg1072Questionnaire("ECU", day, answers(1, 5)),
                new Sdg1072Questionnaire("MAR", day, ReportFixtures.workedAnswers()),
                new Sdg1072Questionnaire("TUN", day, Map.of()),
                new Sdg1072Questionnaire("NPL", day, Map.of()));
    }

    private static RemittancePrice price(String from, String to, LocalDate date, String service, double fee,
            double fx, boolean transparent) {
        return new RemittancePrice(from, to, date, service, fee, fx, 1, true, transparent);
    }

    /**
     * 2022 remittance prices. Total cost = fee / 200 x 100 + FX margin.
     * <ul>
     *   <li>Spain to Morocco: service A priced in Q1, Q2 and twice in Q3 (2.0 on 1 July, 3.0 on 15 August, the
     *       later standing), B 6.0 and C 7.0 in Q3 only.</li>
     *   <li>France to Tunisia, Q2: K 2.0, L 3.0, M 4.0; Germany to Tunisia, Q2: N 9.0, O 9.5 (two services only).</li>
     *   <li>Italy to Senegal, Q4: F 4.0, G 8.0, H 4.5 not transparent, I 9.0, J 3.5 with a negative FX margin
     *       (fee 4 %, margin -0.5 %).</li>
     * </ul>
     */
    static List<RemittancePrice> prices() {
        LocalDate q1 = LocalDate.of(2022, 2, 15);
        LocalDate q2 = LocalDate.of(2022, 5, 15);
        LocalDate q3 = LocalDate.of(2022, 8, 15);
        LocalDate q4 = LocalDate.of(2022, 11, 10);
        return List.of(
                price("ESP", "MAR", q1, "A", 4, 1.0, true),
                price("ESP", "MAR", q2, "A", 4, 1.0, true),
                price("ESP", "MAR", LocalDate.of(2022, 7, 1), "A", 2, 1.0, true),
                price("ESP", "MAR", q3, "A", 4, 1.0, true),
                price("ESP", "MAR", q3, "B", 8, 2.0, true),
                price("ESP", "MAR", q3, "C", 10, 2.0, true),
                price("FRA", "TUN", q2, "K", 2, 1.0, true),
                price("FRA", "TUN", q2, "L", 4, 1.0, true),
                price("FRA", "TUN", q2, "M", 6, 1.0, true),
                price("DEU", "TUN", q2, "N", 12, 3.0, true),
                price("DEU", "TUN", q2, "O", 13, 3.0, true),
                price("ITA", "SEN", q4, "F", 6, 1.0, true),
                price("ITA", "SEN", q4, "G", 12, 2.0, true),
                price("ITA", "SEN", q4, "H", 6, 1.5, false),
                price("ITA", "SEN", q4, "I", 14, 2.0, true),
                price("ITA", "SEN", q4, "J", 8, -0.5, true));
    }
}
