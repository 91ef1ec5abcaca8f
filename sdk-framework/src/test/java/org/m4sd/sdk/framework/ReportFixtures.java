package org.m4sd.sdk.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * A small scenario over the illustrative framework whose every figure is computed by hand in ReportTest. Bangladesh
 * keeps its place among the programme's countries but loses its baselines and targets, so that decisions reported
 * for it show the finding a programme country without baselines gives.
 */
final class ReportFixtures {
    static final Period Y2020 = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    static final Period Y2021 = Period.ofYear(2021);
    static final Period Y2022 = Period.ofYear(2022);
    static final Period Y2023 = Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 10, 31));

    private ReportFixtures() {
    }

    static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        // SOC-2 (percentage, by sex): every cell reported, nothing summed
        o.add(Observation.of("SOC-2", "ECU", Y2021, 35));
        o.add(new Observation("SOC-2", "ECU", Y2021, 40, Map.of("sex", "F")));
        o.add(new Observation("SOC-2", "ECU", Y2021, 30, Map.of("sex", "M")));
        // EMP-5 injuries: reported total 10, parts 4 + 8 = 12 above it
        o.add(Observation.of("EMP-5", "ECU", Y2021, 10));
        o.add(new Observation("EMP-5", "ECU", Y2021, 4, Map.of("sex", "F")));
        o.add(new Observation("EMP-5", "ECU", Y2021, 8, Map.of("sex", "M")));
        // EMP-6 workers: parts only, the total is their sum, 50,000
        o.add(new Observation("EMP-6", "ECU", Y2021, 20_000, Map.of("sex", "F")));
        o.add(new Observation("EMP-6", "ECU", Y2021, 30_000, Map.of("sex", "M")));
        // GOV-2 cumulative: 2 in 2020, 3 in 2021 (reported in two parts)
        o.add(Observation.of("GOV-2", "ECU", Y2020, 2));
        o.add(Observation.of("GOV-2", "ECU", Y2021, 1));
        o.add(Observation.of("GOV-2", "ECU", Y2021, 2));
        // a negative count, a country outside the programme, an indicator the framework does not have
        o.add(Observation.of("GOV-2", "MAR", Y2021, -1));
        o.add(Observation.of("GOV-2", "FRA", Y2021, 4));
        o.add(Observation.of("NOPE-1", "ECU", Y2021, 4));
        return o;
    }

    /** A decision about a person of its own: each fixture decision is about a different person. */
    static DecisionMade decision(String country, int year, Determination d, Outcome outcome, Sex sex,
            MigratoryStatus status, int person) {
        return new DecisionMade(country, LocalDate.of(year, 6, 1), d, outcome, sex, status, "fixture-person-" + person);
    }

    static List<ProgrammeEvent> events() {
        List<ProgrammeEvent> e = new ArrayList<>();
        Determination care = Determination.HEALTH_EMERGENCY_CARE;
        for (int i = 0; i < 3; i++) {
            e.add(decision("ECU", 2021, care, Outcome.ELIGIBLE, Sex.F, MigratoryStatus.IRREGULAR, e.size()));
        }
        e.add(decision("ECU", 2021, Determination.HEALTH_ESSENTIAL_CARE, Outcome.CONDITIONAL, Sex.M,
                MigratoryStatus.REGULAR, e.size()));
        e.add(decision("ECU", 2021, care, Outcome.INELIGIBLE, Sex.F, MigratoryStatus.IRREGULAR, e.size()));
        e.add(decision("ECU", 2021, care, Outcome.INELIGIBLE, Sex.F, MigratoryStatus.IRREGULAR, e.size()));
        e.add(decision("ECU", 2021, care, Outcome.UNDETERMINED, Sex.M, MigratoryStatus.REGULAR, e.size()));
        // a school decision does not count in health
        e.add(decision("ECU", 2021, Determination.EDUCATION_PUBLIC_SCHOOL, Outcome.ELIGIBLE, Sex.F,
                MigratoryStatus.REFUGEE, e.size()));
        // Bangladesh is a programme country without baselines here; France is not a programme country
        e.add(decision("BGD", 2021, care, Outcome.ELIGIBLE, Sex.M, MigratoryStatus.REGULAR, e.size()));
        e.add(decision("FRA", 2021, care, Outcome.ELIGIBLE, Sex.M, MigratoryStatus.REGULAR, e.size()));
        // before the programme
        e.add(decision("ECU", 2018, care, Outcome.ELIGIBLE, Sex.M, MigratoryStatus.REGULAR, e.size()));

        e.add(new PolicyAdopted("ECU", LocalDate.of(2020, 3, 1), PolicyType.LAW, Level.NATIONAL,
                Optional.of(Determination.Sector.HEALTH), "Health-care access law"));
        e.add(new PolicyAdopted("ECU", LocalDate.of(2021, 3, 1), PolicyType.STRATEGY, Level.LOCAL, Optional.empty(),
                "Local migration strategy"));
        e.add(new PolicyAdopted("MAR", LocalDate.of(2021, 9, 1), PolicyType.LAW, Level.NATIONAL,
                Optional.of(Determination.Sector.EMPLOYMENT), "Recruitment-fee law"));

        e.add(new OfficialsTrained("ECU", LocalDate.of(2021, 5, 1), 30, Level.NATIONAL, Sex.F));
        e.add(new OfficialsTrained("ECU", LocalDate.of(2021, 7, 1), 20, Level.LOCAL, Sex.M));

        LocalDate survey = LocalDate.of(2022, 6, 30);
        e.add(new RecruitmentCost("NPL", "QAT", survey, LocalDate.of(2021, 1, 10), 1200, 400, Sex.M));
        e.add(new RecruitmentCost("NPL", "QAT", survey, LocalDate.of(2020, 2, 1), 500, 500, Sex.F));
        e.add(new RecruitmentCost("NPL", "MYS", survey, LocalDate.of(2019, 7, 1), 900, 450, Sex.M));
        e.add(new RecruitmentCost("NPL", "ARE", survey, LocalDate.of(2022, 1, 1), 2000, 400, Sex.F));
        // first job more than three years before the survey: left out
        e.add(new RecruitmentCost("NPL", "QAT", survey, LocalDate.of(2018, 1, 1), 9000, 300, Sex.M));

        e.add(new Sdg1072Questionnaire("SEN", LocalDate.of(2022, 4, 1), workedAnswers()));
        // an earlier questionnaire the same year is replaced by the later one
        e.add(new Sdg1072Questionnaire("SEN", LocalDate.of(2022, 1, 1), Map.of("2a", Sdg1072Answer.YES)));

        e.addAll(FormulasTest.Sdg10c1.CORRIDOR);
        return e;
    }

    static Map<String, Sdg1072Answer> workedAnswers() {
        Map<String, Sdg1072Answer> a = new java.util.HashMap<>();
        a.put("1a", Sdg1072Answer.YES_REGARDLESS_OF_STATUS);
        a.put("1b", Sdg1072Answer.YES_REGARDLESS_OF_STATUS);
        a.put("1c", Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS);
        a.put("1d", Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS);
        a.put("1e", Sdg1072Answer.NO);
        for (String s : List.of("2a", "2b", "2c", "2d", "2e", "3a", "3b", "3c", "3d", "4a", "4c", "6a", "6b")) {
            a.put(s, Sdg1072Answer.YES);
        }
        for (String s : List.of("3e", "4b", "4d", "4e", "5a", "5b", "5c", "5d", "5e", "6c", "6d")) {
            a.put(s, Sdg1072Answer.NO);
        }
        return a;
    }

    static ResultsReport report() {
        return ResultsReporter.reference().report(framework(), observations().iterator(), events().iterator());
    }

    /** The illustrative framework without Bangladesh's baselines and targets. */
    static Framework framework() {
        try {
            ObjectNode tree = FrameworkJsonTest.illustrativeTree();
            for (JsonNode indicator : tree.get("indicators")) {
                for (String list : List.of("baselines", "targets")) {
                    ArrayNode entries = (ArrayNode) indicator.get(list);
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        if (entries.get(i).get("country").asText().equals("BGD")) {
                            entries.remove(i);
                        }
                    }
                }
            }
            return FrameworkJsonTest.load(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
