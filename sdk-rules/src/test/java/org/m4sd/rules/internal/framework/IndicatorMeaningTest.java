package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Level;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.PolicyType;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Sdg1072Answer;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Every indicator of the illustrative framework on a small population made by hand, through both reporters: the
 * reference (sdk-core) and the Drools rules. Each expected number is worked out in the comment beside it. The
 * access indicators count migrants (nationals and persons of unknown status left out), each person once per
 * country and period however many decisions the person had.
 */
class IndicatorMeaningTest {
    private static final Framework FRAMEWORK = Framework.illustrative();
    private static final Period Y2021 = Period.ofYear(2021);
    private static final Period Y2022 = Period.ofYear(2022);
    private static final double EPS = 1e-9;

    static Stream<ResultsReporter> reporters() {
        return Stream.of(ResultsReporter.reference(), new DroolsResultsReporter());
    }

    private static DecisionMade decided(String person, MigratoryStatus status, Sex sex, Determination d,
            Outcome outcome, LocalDate date) {
        return new DecisionMade("ECU", date, d, outcome, sex, status, DecisionMade.personKey(person));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /**
     * Health care in Ecuador, 2021 (and one person again in 2022):
     * <ul>
     *   <li>Ana, irregular, F: emergency and essential care granted the same day: one person.</li>
     *   <li>Ben, regular, M: emergency care refused in February, granted in August: one person; granted again in
     *       2022, where he counts once more.</li>
     *   <li>Chloe, national, F: emergency care granted twice: not a migrant.</li>
     *   <li>Dan, status unknown, M: essential care granted: not known to be a migrant.</li>
     *   <li>Eva, asylum seeker, F: essential care refused: decided, not granted.</li>
     *   <li>Farid, refugee, M: support for a returning health professional granted: not access to care.</li>
     *   <li>Gil, stateless, X: emergency care undetermined: decided, not granted.</li>
     *   <li>Hana, F: emergency care granted in January as an asylum seeker, essential care granted on conditions in
     *       November as a refugee: one person, counted under her latest status, refugee.</li>
     * </ul>
     */
    static List<ProgrammeEvent> healthPopulation() {
        Determination emergency = Determination.HEALTH_EMERGENCY_CARE;
        Determination essential = Determination.HEALTH_ESSENTIAL_CARE;
        return List.of(
                decided("ana", MigratoryStatus.IRREGULAR, Sex.F, emergency, Outcome.ELIGIBLE, day(2021, 3, 1)),
                decided("ana", MigratoryStatus.IRREGULAR, Sex.F, essential, Outcome.ELIGIBLE, day(2021, 3, 1)),
                decided("ben", MigratoryStatus.REGULAR, Sex.M, emergency, Outcome.INELIGIBLE, day(2021, 2, 1)),
                decided("ben", MigratoryStatus.REGULAR, Sex.M, emergency, Outcome.ELIGIBLE, day(2021, 8, 1)),
                decided("ben", MigratoryStatus.REGULAR, Sex.M, emergency, Outcome.ELIGIBLE, day(2022, 4, 1)),
                decided("chloe", MigratoryStatus.NATIONAL, Sex.F, emergency, Outcome.ELIGIBLE, day(2021, 5, 1)),
                decided("chloe", MigratoryStatus.NATIONAL, Sex.F, emergency, Outcome.ELIGIBLE, day(2021, 9, 1)),
                decided("dan", MigratoryStatus.UNKNOWN, Sex.M, essential, Outcome.ELIGIBLE, day(2021, 6, 1)),
                decided("eva", MigratoryStatus.ASYLUM_SEEKER, Sex.F, essential, Outcome.INELIGIBLE, day(2021, 6, 1)),
                decided("farid", MigratoryStatus.REFUGEE, Sex.M, Determination.HEALTH_DIASPORA_RETURN_SUPPORT,
                        Outcome.ELIGIBLE, day(2021, 7, 1)),
                decided("gil", MigratoryStatus.STATELESS, Sex.X, emergency, Outcome.UNDETERMINED, day(2021, 7, 1)),
                decided("hana", MigratoryStatus.ASYLUM_SEEKER, Sex.F, emergency, Outcome.ELIGIBLE, day(2021, 1, 10)),
                decided("hana", MigratoryStatus.REFUGEE, Sex.F, essential, Outcome.CONDITIONAL, day(2021, 11, 10)));
    }

    private static ResultsReport report(ResultsReporter reporter, Framework framework, List<Observation> observations,
            List<ProgrammeEvent> events) {
        return reporter.report(framework, observations.iterator(), events.iterator());
    }

    private static ResultsReport report(ResultsReporter reporter, List<ProgrammeEvent> events) {
        return report(reporter, FRAMEWORK, List.of(), events);
    }

    private static Optional<Double> value(ResultsReport r, String indicator, String country, Period period,
            Map<String, String> dims) {
        return r.value(indicator, country, period, dims).map(IndicatorValue::value);
    }

    private static double ecu(ResultsReport r, String indicator, Period period, Map<String, String> dims) {
        return value(r, indicator, "ECU", period, dims).orElseThrow(() -> new AssertionError(
                indicator + " ECU " + period + " " + dims + " is missing"));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void hea1_counts_migrants_granted_health_care_once_each(ResultsReporter reporter) {
        ResultsReport r = report(reporter, healthPopulation());
        // Ana, Ben, Hana: 3 persons from 6 granting decisions (Chloe's two and Dan's left out, Farid's not care)
        assertThat(ecu(r, "HEA-1", Y2021, Map.of())).isEqualTo(3);
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("migratoryStatus", "IRREGULAR"))).isEqualTo(1);
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("migratoryStatus", "REGULAR"))).isEqualTo(1);
        // Hana under her latest status only
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("migratoryStatus", "REFUGEE"))).isEqualTo(1);
        assertThat(value(r, "HEA-1", "ECU", Y2021, Map.of("migratoryStatus", "ASYLUM_SEEKER"))).isEmpty();
        // no national and no unknown status in any cell
        assertThat(value(r, "HEA-1", "ECU", Y2021, Map.of("migratoryStatus", "NATIONAL"))).isEmpty();
        assertThat(value(r, "HEA-1", "ECU", Y2021, Map.of("migratoryStatus", "UNKNOWN"))).isEmpty();
        // Ana and Hana are women, Ben a man
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("sex", "F"))).isEqualTo(2);
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("sex", "M"))).isEqualTo(1);
        // Ben again in 2022: once there too
        assertThat(ecu(r, "HEA-1", Y2022, Map.of())).isEqualTo(1);
        // the programme total is Ecuador's
        assertThat(value(r, "HEA-1", "_T", Y2021, Map.of())).contains(3.0);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void hea2_counts_migrants_decided_on_health_care_once_each(ResultsReporter reporter) {
        ResultsReport r = report(reporter, healthPopulation());
        // Ana, Ben, Eva (refused), Gil (undetermined), Hana: 5; Chloe, Dan and Farid left out
        assertThat(ecu(r, "HEA-2", Y2021, Map.of())).isEqualTo(5);
        assertThat(ecu(r, "HEA-2", Y2021, Map.of("migratoryStatus", "ASYLUM_SEEKER"))).isEqualTo(1);
        assertThat(ecu(r, "HEA-2", Y2021, Map.of("migratoryStatus", "STATELESS", "sex", "X"))).isEqualTo(1);
        // Ben: refused, then granted: one person decided
        assertThat(ecu(r, "HEA-2", Y2021, Map.of("migratoryStatus", "REGULAR"))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void hea3_is_the_share_of_decided_migrants_granted_care(ResultsReporter reporter) {
        ResultsReport r = report(reporter, healthPopulation());
        // HEA-1 / HEA-2 x 100 = 3 / 5 x 100
        assertThat(ecu(r, "HEA-3", Y2021, Map.of())).isCloseTo(60, within(EPS));
        // women: Ana and Hana granted, of Ana, Eva, Hana decided: 2 / 3 x 100
        assertThat(ecu(r, "HEA-3", Y2021, Map.of("sex", "F"))).isCloseTo(200.0 / 3, within(EPS));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void hea1_counts_decisions_only_where_the_population_says_so(ResultsReporter reporter) {
        Framework decisions = withHea1Counting(Population.Counting.DECISIONS, "decisions");
        ResultsReport r = report(reporter, decisions, List.of(), healthPopulation());
        // granting decisions about migrants in 2021: Ana 2, Ben 1, Hana 2
        assertThat(ecu(r, "HEA-1", Y2021, Map.of())).isEqualTo(5);
        assertThat(ecu(r, "HEA-1", Y2021, Map.of("migratoryStatus", "ASYLUM_SEEKER"))).isEqualTo(1);
    }

    /** The illustrative framework with HEA-1's population counting as given, under that unit. */
    private static Framework withHea1Counting(Population.Counting counting, String unit) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : FRAMEWORK.indicators()) {
            if (i.id().equals("HEA-1")) {
                Population p = i.population().orElseThrow();
                i = new Indicator(i.id(), i.result(), i.title(), i.measure(), i.ascending(), unit, i.references(),
                        i.sector(), i.level(), i.dimensions(), i.aggregation(), i.source(), i.aggregationStatus(),
                        i.ratio(), Optional.of(new Population(p.migratoryStatuses(), p.determinations(),
                                p.outcomes(), counting)), i.baselines(), i.targets(), i.limit());
            }
            indicators.add(i);
        }
        return new Framework(FRAMEWORK.programme(), FRAMEWORK.outcomes(), FRAMEWORK.outputs(), indicators);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void hea4_is_the_density_as_observed(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(Observation.of("HEA-4", "ECU", Y2021, 23.5)),
                List.of());
        assertThat(ecu(r, "HEA-4", Y2021, Map.of())).isEqualTo(23.5);
        // a density is not summed over countries
        assertThat(value(r, "HEA-4", "_T", Y2021, Map.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void edu1_counts_migrant_children_given_a_school_place_once_each(ResultsReporter reporter) {
        Determination school = Determination.EDUCATION_PUBLIC_SCHOOL;
        ResultsReport r = report(reporter, List.of(
                // a refugee girl admitted twice (two schools in a year): one child
                decided("kid1", MigratoryStatus.REFUGEE, Sex.F, school, Outcome.ELIGIBLE, day(2021, 2, 1)),
                decided("kid1", MigratoryStatus.REFUGEE, Sex.F, school, Outcome.ELIGIBLE, day(2021, 9, 1)),
                // a national child: not a migrant
                decided("kid2", MigratoryStatus.NATIONAL, Sex.M, school, Outcome.ELIGIBLE, day(2021, 9, 1)),
                // refused: not granted
                decided("kid3", MigratoryStatus.IRREGULAR, Sex.M, school, Outcome.INELIGIBLE, day(2021, 9, 1)),
                // granted on conditions (a document to bring): granted
                decided("kid4", MigratoryStatus.IRREGULAR, Sex.M, school, Outcome.CONDITIONAL, day(2021, 9, 1))));
        // kid1 and kid4
        assertThat(ecu(r, "EDU-1", Y2021, Map.of())).isEqualTo(2);
        assertThat(ecu(r, "EDU-1", Y2021, Map.of("migratoryStatus", "REFUGEE"))).isEqualTo(1);
        assertThat(value(r, "EDU-1", "ECU", Y2021, Map.of("migratoryStatus", "NATIONAL"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void soc1_counts_migrants_granted_an_old_age_pension_once_each(ResultsReporter reporter) {
        Determination pension = Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;
        ResultsReport r = report(reporter, List.of(
                // refused in April, granted on appeal in October, its payment abroad granted too: one person
                decided("olu", MigratoryStatus.REGULAR, Sex.M, pension, Outcome.INELIGIBLE, day(2021, 4, 1)),
                decided("olu", MigratoryStatus.REGULAR, Sex.M, pension, Outcome.ELIGIBLE, day(2021, 10, 1)),
                decided("olu", MigratoryStatus.REGULAR, Sex.M, Determination.SOCIAL_SECURITY_BENEFIT_EXPORT,
                        Outcome.ELIGIBLE, day(2021, 10, 1)),
                // export allowed without a pension granted: no pension is paid, not counted
                decided("vera", MigratoryStatus.REGULAR, Sex.F, Determination.SOCIAL_SECURITY_BENEFIT_EXPORT,
                        Outcome.ELIGIBLE, day(2021, 4, 1)),
                // a national and a person of unknown status: left out
                decided("pia", MigratoryStatus.NATIONAL, Sex.F, pension, Outcome.ELIGIBLE, day(2021, 4, 1)),
                decided("quim", MigratoryStatus.UNKNOWN, Sex.M, pension, Outcome.ELIGIBLE, day(2021, 4, 1)),
                // refused
                decided("rosa", MigratoryStatus.REGULAR, Sex.F, pension, Outcome.INELIGIBLE, day(2021, 4, 1))));
        // olu
        assertThat(ecu(r, "SOC-1", Y2021, Map.of())).isEqualTo(1);
        assertThat(ecu(r, "SOC-1", Y2021, Map.of("sex", "M", "migratoryStatus", "REGULAR"))).isEqualTo(1);
        assertThat(value(r, "SOC-1", "ECU", Y2021, Map.of("sex", "F"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void soc2_is_the_coverage_as_observed_never_summed(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(Observation.of("SOC-2", "ECU", Y2021, 35),
                new Observation("SOC-2", "ECU", Y2021, 40, Map.of("sex", "F")),
                new Observation("SOC-2", "ECU", Y2021, 30, Map.of("sex", "M"))), List.of());
        assertThat(ecu(r, "SOC-2", Y2021, Map.of())).isEqualTo(35);
        assertThat(ecu(r, "SOC-2", Y2021, Map.of("sex", "F"))).isEqualTo(40);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void emp1_and_emp2_are_the_mean_and_median_recruitment_cost_in_months_of_earnings(ResultsReporter reporter) {
        LocalDate survey = day(2021, 6, 30);
        ResultsReport r = report(reporter, List.of(
                // 1,200 / 400 = 3 months; 500 / 500 = 1 month; 900 / 450 = 2 months
                new RecruitmentCost("NPL", "QAT", survey, day(2021, 1, 10), 1200, 400, Sex.M),
                new RecruitmentCost("NPL", "QAT", survey, day(2020, 2, 1), 500, 500, Sex.F),
                new RecruitmentCost("NPL", "MYS", survey, day(2019, 7, 1), 900, 450, Sex.M)));
        // mean (3 + 1 + 2) / 3 = 2, median 2; men: mean (3 + 2) / 2 = 2.5
        assertThat(value(r, "EMP-1", "NPL", Y2021, Map.of())).contains(2.0);
        assertThat(value(r, "EMP-2", "NPL", Y2021, Map.of())).contains(2.0);
        assertThat(value(r, "EMP-1", "NPL", Y2021, Map.of("sex", "M"))).contains(2.5);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void emp8_is_the_fourth_quintile_of_the_recruitment_cost(ResultsReporter reporter) {
        LocalDate survey = day(2021, 6, 30);
        ResultsReport r = report(reporter, List.of(
                new RecruitmentCost("NPL", "QAT", survey, day(2021, 1, 10), 1200, 400, Sex.M),
                new RecruitmentCost("NPL", "QAT", survey, day(2020, 2, 1), 500, 500, Sex.F),
                new RecruitmentCost("NPL", "MYS", survey, day(2019, 7, 1), 900, 450, Sex.M)));
        // ratios 1, 2, 3; the 0.8 quantile: h = (3 - 1) x 0.8 = 1.6, between 2 and 3: 2 + 0.6 x (3 - 2) = 2.6
        assertThat(value(r, "EMP-8", "NPL", Y2021, Map.of())).hasValueSatisfying(
                v -> assertThat(v).isCloseTo(2.6, within(EPS)));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void emp3_counts_migrants_whose_qualification_was_recognised_once_each(ResultsReporter reporter) {
        Determination recognition = Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION;
        ResultsReport r = report(reporter, List.of(
                // recognised with a compensation measure, then fully once it was done: one person
                decided("rita", MigratoryStatus.REFUGEE, Sex.F, recognition, Outcome.CONDITIONAL, day(2021, 3, 1)),
                decided("rita", MigratoryStatus.REFUGEE, Sex.F, recognition, Outcome.ELIGIBLE, day(2021, 10, 1)),
                // a national with a foreign degree: not a migrant
                decided("sam", MigratoryStatus.NATIONAL, Sex.M, recognition, Outcome.ELIGIBLE, day(2021, 3, 1)),
                // not recognised
                decided("tom", MigratoryStatus.REGULAR, Sex.M, recognition, Outcome.INELIGIBLE, day(2021, 3, 1))));
        assertThat(ecu(r, "EMP-3", Y2021, Map.of())).isEqualTo(1);
        assertThat(ecu(r, "EMP-3", Y2021, Map.of("sex", "F"))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void emp4_is_the_average_cost_of_the_services_into_the_country(ResultsReporter reporter) {
        LocalDate priced = day(2021, 5, 1);
        ResultsReport r = report(reporter, List.of(
                // fee / 200 x 100 + margin: 4 / 2 + 1 = 3 %, 6 / 2 + 1 = 4 %, 8 / 2 + 1 = 5 %
                new RemittancePrice("USA", "ECU", priced, "A", 4, 1, 1, true, true),
                new RemittancePrice("USA", "ECU", priced, "B", 6, 1, 1, true, true),
                new RemittancePrice("USA", "ECU", priced, "C", 8, 1, 1, true, true)));
        // the simple average over the services into Ecuador (SDG 10.c.1 country figure): (3 + 4 + 5) / 3 = 4 %
        assertThat(ecu(r, "EMP-4", Y2021, Map.of())).isCloseTo(4, within(EPS));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void emp5_to_emp7_are_injuries_workers_and_their_rate(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(
                new Observation("EMP-5", "ECU", Y2021, 4, Map.of("sex", "F")),
                new Observation("EMP-5", "ECU", Y2021, 8, Map.of("sex", "M")),
                new Observation("EMP-6", "ECU", Y2021, 20_000, Map.of("sex", "F")),
                new Observation("EMP-6", "ECU", Y2021, 30_000, Map.of("sex", "M"))), List.of());
        // injuries 4 + 8 = 12; workers 20,000 + 30,000 = 50,000
        assertThat(ecu(r, "EMP-5", Y2021, Map.of())).isEqualTo(12);
        assertThat(ecu(r, "EMP-6", Y2021, Map.of())).isEqualTo(50_000);
        // 12 / 50,000 x 100,000 = 24; women 4 / 20,000 x 100,000 = 20
        assertThat(ecu(r, "EMP-7", Y2021, Map.of())).isCloseTo(24, within(EPS));
        assertThat(ecu(r, "EMP-7", Y2021, Map.of("sex", "F"))).isCloseTo(20, within(EPS));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void gov1_adds_the_people_trained_to_the_baselines(ResultsReporter reporter) {
        ResultsReport r = report(reporter, List.of(
                new OfficialsTrained("ECU", day(2020, 5, 1), 30, Level.NATIONAL, Sex.F),
                new OfficialsTrained("ECU", day(2021, 7, 1), 20, Level.LOCAL, Sex.M)));
        // Ecuador's baseline 0 + 30 + 20
        assertThat(ecu(r, "GOV-1", Y2021, Map.of())).isEqualTo(50);
        // the programme-wide baseline from the brief, 5,000, + 50
        assertThat(value(r, "GOV-1", "_T", Y2021, Map.of())).contains(5_050.0);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void gov2_adds_the_authorities_that_adopted_a_plan(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(Observation.of("GOV-2", "ECU",
                Period.ofYear(2020), 2), Observation.of("GOV-2", "ECU", Y2021, 3)), List.of());
        // baseline 0 + 2 in 2020 + 3 in 2021
        assertThat(ecu(r, "GOV-2", Y2021, Map.of())).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void gov3_takes_no_number(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(Observation.of("GOV-3", "ECU", Y2021, 1)), List.of());
        assertThat(r.findings()).anyMatch(f -> f.indicator().equals("GOV-3") && f.rule().equals("value-fits-measure"));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void pol1_adds_the_instruments_adopted_to_the_baselines(ResultsReporter reporter) {
        ResultsReport r = report(reporter, List.of(
                new PolicyAdopted("ECU", day(2020, 3, 1), PolicyType.LAW, Level.NATIONAL,
                        Optional.of(Determination.Sector.HEALTH), "Health-care access law"),
                new PolicyAdopted("ECU", day(2021, 3, 1), PolicyType.STRATEGY, Level.LOCAL, Optional.empty(),
                        "Local migration strategy")));
        // Ecuador's baseline 0 + 1 + 1; the programme-wide baseline from the brief, 179, + 2
        assertThat(ecu(r, "POL-1", Y2021, Map.of())).isEqualTo(2);
        assertThat(value(r, "POL-1", "_T", Y2021, Map.of())).contains(181.0);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void pol2_is_the_sdg_1072_overall_score(ResultsReporter reporter) {
        Map<String, Sdg1072Answer> answers = new HashMap<>();
        for (char domain = '1'; domain <= '6'; domain++) {
            for (char item = 'a'; item <= 'e'; item++) {
                answers.put("" + domain + item, domain == '1' ? Sdg1072Answer.YES_REGARDLESS_OF_STATUS
                        : Sdg1072Answer.YES);
            }
        }
        ResultsReport r = report(reporter, List.of(new Sdg1072Questionnaire("ECU", day(2021, 4, 1), answers)));
        // every sub-item answered with the full-weight answer: every domain 100, overall 100
        assertThat(ecu(r, "POL-2", Y2021, Map.of())).isCloseTo(100, within(EPS));
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void pol3_is_the_share_of_countries_in_each_sdg_1072_band(ResultsReporter reporter) {
        Map<String, Sdg1072Answer> full = new HashMap<>();
        for (char domain = '1'; domain <= '6'; domain++) {
            for (char item = 'a'; item <= 'e'; item++) {
                full.put("" + domain + item, domain == '1' ? Sdg1072Answer.YES_REGARDLESS_OF_STATUS
                        : Sdg1072Answer.YES);
            }
        }
        ResultsReport r = report(reporter, List.of(new Sdg1072Questionnaire("ECU", day(2021, 4, 1), full),
                new Sdg1072Questionnaire("MAR", day(2021, 4, 1), Map.of())));
        // Ecuador scores 100 (fully meets), Morocco 0 (requires further progress): half the countries in each
        assertThat(value(r, "POL-3", IndicatorValue.TOTAL, Y2021, Map.of("band", "FULLY_MEETS"))).contains(50.0);
        assertThat(value(r, "POL-3", IndicatorValue.TOTAL, Y2021, Map.of("band", "REQUIRES_FURTHER_PROGRESS")))
                .contains(50.0);
        assertThat(value(r, "POL-3", IndicatorValue.TOTAL, Y2021, Map.of("band", "MEETS"))).contains(0.0);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void glo1_adds_the_contributions(ResultsReporter reporter) {
        ResultsReport r = report(reporter, FRAMEWORK, List.of(Observation.of("GLO-1", "ECU",
                Period.ofYear(2020), 1), Observation.of("GLO-1", "ECU", Y2021, 2)), List.of());
        // baseline 0 + 1 + 2
        assertThat(ecu(r, "GLO-1", Y2021, Map.of())).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("reporters")
    void the_order_of_a_persons_decisions_does_not_move_the_person(ResultsReporter reporter) {
        List<ProgrammeEvent> reversed = new ArrayList<>(healthPopulation());
        Collections.reverse(reversed);
        assertThat(report(reporter, reversed)).isEqualTo(report(reporter, healthPopulation()));
    }

    @Test
    void every_indicator_of_the_framework_is_checked_here() {
        // a new indicator in the illustrative framework needs its hand case in this class
        assertThat(FRAMEWORK.indicators()).extracting(Indicator::id).containsExactly("HEA-1", "HEA-2", "HEA-3",
                "HEA-4", "EDU-1", "SOC-1", "SOC-2", "EMP-1", "EMP-2", "EMP-3", "EMP-4", "EMP-5", "EMP-6", "EMP-7",
                "EMP-8", "GOV-1", "GOV-2", "GOV-3", "POL-1", "POL-2", "POL-3", "GLO-1");
    }
}
