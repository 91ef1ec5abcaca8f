package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

class HtmlDashboardTest {
    private static ResultsReport report;
    private static List<ProgrammeEvent> events;
    private static String html;

    @BeforeAll
    static void render() {
        events = new ArrayList<>();
        List<EligibilityRequest> people = new SyntheticPopulation(11).requests(3_000).toList();
        for (EligibilityRequest r : people) {
            boolean present = r.person().presentInTerritory().orElse(false);
            events.add(new ProgrammeEvent.DecisionMade(r.jurisdiction(), r.asOf(), Determination.HEALTH_EMERGENCY_CARE,
                    present ? Outcome.ELIGIBLE : Outcome.INELIGIBLE, r.person().sex().orElse(Sex.X),
                    r.person().migratoryStatus(), r.person().id()));
            ReportEvents.recruitmentCost(r).ifPresent(events::add);
        }
        events.addAll(ReportEvents.sampleActivity(11, SyntheticPopulation.AS_OF));
        report = ResultsReporter.reference().report(Framework.illustrative(), Collections.emptyIterator(),
                events.iterator());
        StringWriter out = new StringWriter();
        HtmlDashboard.write(report, events, out);
        html = out.toString();
    }

    private static int count(String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void isOneSelfContainedPage() {
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "http://", "https://", "@import");
        assertThat(count("<svg")).isEqualTo(count("</svg>"));
        assertThat(count("<table")).isEqualTo(count("</table>"));
    }

    @Test
    void drawsABarChartForEveryIndicatorWithValues() {
        long indicatorsWithValues = report.values().stream().map(v -> v.indicator()).distinct().count();
        assertThat(indicatorsWithValues).isPositive();
        int charts = count("<figure class=\"chart\"");
        assertThat(charts).isPositive().isLessThanOrEqualTo((int) indicatorsWithValues);
        assertThat(count("<rect class=\"bar\" x=")).isGreaterThanOrEqualTo(charts);
        assertThat(html).contains("data-indicator=\"HEA-1\"");
    }

    @Test
    void colourEveryAssessedIndicatorByItsProgressCategory() {
        assertThat(report.achievements()).isNotEmpty();
        assertThat(count("<td class=\"achievement\"")).isPositive();
        Matcher shown = Pattern.compile("<td class=\"achievement\" data-category=\"([A-Z_]+)\">").matcher(html);
        java.util.Set<ProgressCategory> categories = java.util.EnumSet.noneOf(ProgressCategory.class);
        while (shown.find()) {
            categories.add(ProgressCategory.valueOf(shown.group(1)));
        }
        assertThat(categories).hasSizeGreaterThanOrEqualTo(2);
        categories.forEach(c -> assertThat(html).contains("background:" + HtmlDashboard.CATEGORIES.get(c).colour())
                .contains("</span>" + HtmlDashboard.CATEGORIES.get(c).label() + "</span>"));
        assertThat(report.achievements().stream().map(HtmlDashboard::shown)).containsAll(categories);
        assertThat(html).contains("id=\"illustrative\"");
    }

    /**
     * Every decision count drawn is the count of its cell and at least the framework's threshold; the withheld
     * ones are drawn as grey "withheld" segments, with no number.
     */
    @Test
    void countsEveryDecisionByCountryAndOutcomeUnderTheFrameworksDisclosureControl() {
        int threshold = Framework.illustrative().disclosureControl().threshold();
        List<ProgrammeEvent.DecisionMade> made = events.stream()
                .filter(ProgrammeEvent.DecisionMade.class::isInstance).map(ProgrammeEvent.DecisionMade.class::cast)
                .toList();
        long countries = made.stream().map(ProgrammeEvent.DecisionMade::country).distinct().count();
        assertThat(count("<figure class=\"outcome-chart\"")).isEqualTo((int) countries).isGreaterThan(1);
        Matcher segments = Pattern.compile("<rect class=\"segment\" data-outcome=\"([A-Z_]+)\" data-count=\"(\\d+)\"")
                .matcher(html);
        java.util.Map<Outcome, Long> shown = new java.util.EnumMap<>(Outcome.class);
        while (segments.find()) {
            assertThat(Long.parseLong(segments.group(2))).isGreaterThanOrEqualTo(threshold);
            shown.merge(Outcome.valueOf(segments.group(1)), Long.parseLong(segments.group(2)), Long::sum);
        }
        java.util.Map<Outcome, Long> decided = new java.util.EnumMap<>(Outcome.class);
        made.forEach(d -> decided.merge(d.outcome(), 1L, Long::sum));
        assertThat(shown).containsKeys(Outcome.ELIGIBLE, Outcome.INELIGIBLE);
        shown.forEach((outcome, n) -> assertThat(n).isLessThanOrEqualTo(decided.get(outcome)));
        // 3,000 people over eleven countries leave some outcomes below the threshold
        assertThat(html).contains("<rect class=\"segment withheld\" data-outcome=\"withheld\"");
    }

    /**
     * The decisions' disclosure control on a hand-made country, by the framework's hypercube method: 3 refusals
     * of health care are withheld; the cheapest box through them (adding 120 + 9 + 40 = 169, against 123 + 9 + 49
     * = 181 through the school row's total) withholds both outcomes of both rows, so each row shows one grey
     * segment with its published total, and the country's total stays published.
     */
    @Test
    void withholdsCountsBelowTheThresholdAndTheCountsThatWouldRevealThem() {
        List<ProgrammeEvent> few = new ArrayList<>();
        decisions(few, "ECU", Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE, 120);
        decisions(few, "ECU", Determination.HEALTH_EMERGENCY_CARE, Outcome.INELIGIBLE, 3);
        decisions(few, "ECU", Determination.EDUCATION_PUBLIC_SCHOOL, Outcome.ELIGIBLE, 40);
        decisions(few, "ECU", Determination.EDUCATION_PUBLIC_SCHOOL, Outcome.INELIGIBLE, 9);
        String page = render(emptyReport(List.of(), List.of()), few);
        String section = page.substring(page.indexOf("<section id=\"decisions\""));

        assertThat(section).contains(">eligible withheld · ineligible withheld = 123</text>",
                ">eligible withheld · ineligible withheld = 49</text>", "<b>ECU</b> (financed) 172 decisions</figcaption>",
                "threshold 5");
        assertThat(section).doesNotContain("data-count=\"3\"", "data-count=\"120\"", "ineligible 3", "eligible 40");
        assertThat(count(section, "<rect class=\"segment\" ")).isZero();
        assertThat(count(section, "<rect class=\"segment withheld\"")).isEqualTo(2);

        // with every count at the threshold or above, everything is published
        decisions(few, "ECU", Determination.HEALTH_EMERGENCY_CARE, Outcome.INELIGIBLE, 2);
        String published = render(emptyReport(List.of(), List.of()), few);
        assertThat(published).contains(">eligible 120 · ineligible 5 = 125</text>",
                ">eligible 40 · ineligible 9 = 49</text>", "<b>ECU</b> (financed) 174 decisions</figcaption>");
        assertThat(published).doesNotContain("segment withheld");
    }

    /**
     * Whatever the counts, no count from 1 to 4 is drawn or written, and no row publishes its total beside a
     * single withheld outcome (which the total would give away).
     */
    @Property(tries = 200)
    void noSmallDecisionCountIsPublishedOrDerivable(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 12) Integer> counts) {
        Determination[] determinations = {Determination.HEALTH_EMERGENCY_CARE, Determination.EDUCATION_PUBLIC_SCHOOL};
        Outcome[] outcomes = {Outcome.ELIGIBLE, Outcome.CONDITIONAL, Outcome.INELIGIBLE};
        List<ProgrammeEvent> made = new ArrayList<>();
        java.util.Map<Integer, List<Integer>> rows = new java.util.TreeMap<>();
        for (int i = 0; i < counts.size(); i++) {
            decisions(made, "MAR", determinations[i / 3], outcomes[i % 3], counts.get(i));
            rows.computeIfAbsent(i / 3, k -> new ArrayList<>()).add(counts.get(i));
        }
        Assume.that(!made.isEmpty());
        String section = render(emptyReport(List.of(), List.of()), made);
        section = section.substring(section.indexOf("<section id=\"decisions\""));
        Matcher caption = Pattern.compile("<b>MAR</b> \\(financed\\) (\\d+ )?decisions( \\(total withheld\\))?</figcaption>")
                .matcher(section);
        assertThat(caption.find()).isTrue();
        if (caption.group(1) != null) {
            int decided = Integer.parseInt(caption.group(1).trim());
            assertThat(decided == 0 || decided >= 5).as("country total %d", decided).isTrue();
        }
        Matcher texts = Pattern.compile("<text class=\"counts\"[^>]*>([^<]*)</text>").matcher(section);
        for (List<Integer> row : rows.values()) {
            if (row.stream().allMatch(n -> n == 0)) {
                continue;
            }
            assertThat(texts.find()).isTrue();
            String text = texts.group(1);
            assertThat(text).doesNotContainPattern("(^|[a-z=] )[1-4]( |$)");
            int withheldOutcomes = text.replace("(total withheld)", "").split(" withheld", -1).length - 1;
            if (!text.contains("(total withheld)")) {
                assertThat(withheldOutcomes).isNotEqualTo(1);
            }
        }
        Matcher segment = Pattern.compile("data-count=\"(\\d+)\"").matcher(section);
        while (segment.find()) {
            assertThat(Integer.parseInt(segment.group(1))).isGreaterThanOrEqualTo(5);
        }
    }

    /**
     * A total withheld by disclosure control: "withheld" in the progress table, with the reason and the threshold
     * in its title, and a note under the trend charts naming the country and period; never its number.
     */
    @Test
    void aWithheldTotalIsMarkedWithheldInTheProgressTableAndUnderItsTrend() {
        List<ProgrammeEvent> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(new ProgrammeEvent.DecisionMade("SRB", LocalDate.of(2022, 3, 1),
                    Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE, Sex.F, MigratoryStatus.IRREGULAR,
                    "srb-" + i));
        }
        for (int i = 0; i < 40; i++) {
            three.add(new ProgrammeEvent.DecisionMade("SRB", LocalDate.of(2021, 3, 1),
                    Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE, Sex.M, MigratoryStatus.REGULAR,
                    "srb-2021-" + i));
        }
        ResultsReport small = ResultsReporter.reference().report(Framework.illustrative(), Collections.emptyIterator(),
                three.iterator());
        assertThat(small.protect().value("HEA-1", "SRB", Period.ofYear(2022), java.util.Map.of()).orElseThrow()
                .suppressed()).isTrue();
        String page = render(small, three);
        String progress = page.substring(page.indexOf("<section id=\"progress\""), page.indexOf("<section id=\"trends\""));
        Matcher cell = Pattern.compile("<td class=\"withheld\" data-withheld=\"true\"><b title=\"([^\"]*)\">"
                + "withheld</b> <span class=\"period when\">in 2022</span>").matcher(progress);
        assertThat(cell.find()).isTrue();
        assertThat(cell.group(1)).contains("disclosure control", "threshold 5");
        String trends = page.substring(page.indexOf("<section id=\"trends\""), page.indexOf("<section id=\"charts\"") > 0
                ? page.indexOf("<section id=\"charts\"") : page.indexOf("<section id=\"findings\""));
        assertThat(trends).containsPattern("<p class=\"withheld-note\" data-indicator=\"HEA-1\" title=\"[^\"]*threshold 5"
                + "[^\"]*\">withheld \\(not drawn\\): SRB 2022[.;]");
        // 2021's 40 are drawn; 2022's 3 appear nowhere
        assertThat(trends).contains("<svg class=\"trend-chart\" data-indicator=\"HEA-1\" data-country=\"SRB\"");
        assertThat(page).doesNotContain(">3</b>");
    }

    /** A period of which nothing was reported reads "nothing reported" and not assessable, never 0. */
    @Test
    void nothingReportedIsWrittenSoAndNotAsZero() {
        ResultsReport none = ResultsReporter.reference().report(Framework.illustrative(), Collections.emptyIterator(),
                Collections.emptyIterator());
        String page = render(none, List.of());
        String progress = page.substring(page.indexOf("<section id=\"progress\""), page.indexOf("<section id=\"trends\""));
        assertThat(progress).containsPattern("<td class=\"nothing-reported\" data-category=\"NOT_ASSESSED\"><span "
                + "class=\"cat\" title=\"" + Achievement.NOTHING_REPORTED + "; baseline [^\"]*; not assessable\">"
                + "<span class=\"sw\"[^>]*></span>nothing reported \\(not assessable\\)</span></td>");
        assertThat(progress).doesNotContain("<b>0</b>");
        assertThat(page).contains("<p class=\"no-data\" data-indicator=\"GLO-1\">");
    }

    /** Every progress category and every outcome has a colour and a name, from a palette without red and green. */
    @Test
    void everyCategoryAndOutcomeHasAnAccessibleColourAndALabel() {
        assertThat(HtmlDashboard.CATEGORIES.keySet()).containsExactlyInAnyOrder(ProgressCategory.values());
        assertThat(HtmlDashboard.OUTCOMES.keySet()).containsExactlyInAnyOrder(Outcome.values());
        java.util.Set<String> okabeIto = java.util.Set.of("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442",
                "#0072B2", "#D55E00", "#CC79A7", "#BBBBBB");
        List<HtmlDashboard.Style> styles = new ArrayList<>(HtmlDashboard.CATEGORIES.values());
        styles.addAll(HtmlDashboard.OUTCOMES.values());
        for (HtmlDashboard.Style style : styles) {
            assertThat(style.label()).isNotBlank().doesNotContain("_");
            assertThat(okabeIto).contains(style.colour());
        }
        // no bluish green beside vermilion: the pair that reads alike without red-green vision
        assertThat(styles).noneMatch(s -> s.colour().equals("#009E73"));
        assertThat(HtmlDashboard.CATEGORIES.values().stream().map(HtmlDashboard.Style::colour).distinct())
                .hasSize(HtmlDashboard.CATEGORIES.size());
        HtmlDashboard.CATEGORIES.forEach((c, style) -> assertThat(html).contains("<li data-category=\"" + c
                + "\"><span class=\"sw\" style=\"background:" + style.colour() + "\"></span>" + style.label() + "</li>"));
    }

    /** Summary, progress, trends, the other sections, the decisions last. */
    @Test
    void sectionsAnswerAreWeOnTrackFirstAndShowTheDecisionsLast() {
        List<String> sections = values("<section id=\"([a-z0-9]+)\"", html);
        assertThat(sections).startsWith("summary", "progress", "trends").endsWith("decisions");
        assertThat(html).doesNotContain("…", "text-overflow");
        for (Indicator indicator : Framework.illustrative().indicators()) {
            assertThat(html).contains("</b> " + HtmlDashboard.esc(indicator.title())
                    + (indicator.unit().isBlank() ? "</figcaption>" : " <span class=\"period\">("));
        }
    }

    /** The summary counts each indicator and country once, at its latest assessed period. */
    @Test
    void summaryCountsTheLatestCategoryOfEachIndicatorByCountryAndSector() {
        java.util.Map<String, ProgressCategory> latest = new java.util.HashMap<>();
        java.util.Map<String, Achievement> seen = new java.util.HashMap<>();
        for (Achievement a : report.achievements()) {
            String key = a.indicator() + " " + a.country();
            if (!seen.containsKey(key) || a.period().compareTo(seen.get(key).period()) > 0) {
                seen.put(key, a);
                latest.put(key, HtmlDashboard.shown(a));
            }
        }
        String byCountry = html.substring(html.indexOf("<table class=\"summary\" id=\"summary-country\">"));
        String ecu = byCountry.substring(byCountry.indexOf("<tr data-row=\"ECU\">"));
        ecu = ecu.substring(0, ecu.indexOf("</tr>"));
        long assessed = latest.keySet().stream().filter(k -> k.endsWith(" ECU")).count();
        for (ProgressCategory c : ProgressCategory.values()) {
            long n = latest.entrySet().stream().filter(e -> e.getKey().endsWith(" ECU") && e.getValue() == c).count();
            assertThat(ecu).contains("<td data-category=\"" + c + "\" data-count=\"" + n + "\">"
                    + (n == 0 ? "<span class=\"period\">0</span>" : n + " of " + assessed) + "</td>");
        }
        assertThat(html).contains("<table class=\"summary\" id=\"summary-sector\">", "<tr data-row=\"Health\">");
    }

    /**
     * A baseline equal to its target at zero is not assessable, whatever the report says; its progress bar stays
     * empty and no achievement is written. Another zero baseline with a target above it keeps its category.
     */
    @Test
    void zeroBaselineAndZeroTargetIsNotAssessable() {
        Period year = Period.ofYear(2022);
        Achievement zeroToZero = new Achievement("GOV-2", "ECU", year, 0, 2019, OptionalDouble.of(0), 0,
                OptionalDouble.of(0), true, OptionalDouble.empty(), ProgressCategory.LIMITED_PROGRESS);
        Achievement zeroToTwo = new Achievement("GLO-1", "ECU", year, 0, 2019, OptionalDouble.of(2), 0,
                OptionalDouble.of(0), false, OptionalDouble.of(0), ProgressCategory.LIMITED_PROGRESS);
        assertThat(HtmlDashboard.shown(zeroToZero)).isEqualTo(ProgressCategory.NOT_ASSESSED);
        assertThat(HtmlDashboard.shown(zeroToTwo)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);

        String page = render(emptyReport(List.of(zeroToZero, zeroToTwo), List.of()), List.of());
        String progress = page.substring(page.indexOf("<section id=\"progress\""), page.indexOf("<section id=\"trends\""));
        String gov2 = progress.substring(progress.indexOf("<b>GOV-2</b>"));
        gov2 = gov2.substring(0, gov2.indexOf("</tr>"));
        assertThat(gov2).contains("data-category=\"NOT_ASSESSED\"", "not assessable", "<b>0</b> <span class=\"period "
                + "when\">in 2022</span>", "baseline 0 (2019)", "target 0", "<rect class=\"bar\" width=\"0\"")
                .doesNotContain("limited progress", " %");
        assertThat(progress).contains("data-category=\"LIMITED_PROGRESS\"");
        String summary = page.substring(page.indexOf("<tr data-row=\"ECU\">"));
        assertThat(summary.substring(0, summary.indexOf("</tr>")))
                .contains("<td data-category=\"NOT_ASSESSED\" data-count=\"1\">1 of 2</td>",
                        "<td data-category=\"LIMITED_PROGRESS\" data-count=\"1\">1 of 2</td>");
    }

    /**
     * An indicator without values gets a note, not empty axes; one with values gets a line chart per country
     * with a point per period that has a value, and its baseline and target.
     */
    @Test
    void trendsChartEveryIndicatorWithValuesAndNoteTheOthers() {
        Period first = Period.ofYear(2021);
        Period second = Period.ofYear(2022);
        Indicator gov1 = Framework.illustrative().indicators().stream().filter(i -> i.id().equals("GOV-1"))
                .findFirst().orElseThrow();
        java.util.Map<String, String> total = new java.util.TreeMap<>();
        gov1.dimensions().forEach(d -> total.put(d, IndicatorValue.TOTAL));
        java.util.Map<String, String> part = new java.util.TreeMap<>(total);
        part.put(gov1.dimensions().get(0), "F");
        List<IndicatorValue> values = List.of(
                new IndicatorValue("GOV-1", "ECU", first, total, 40),
                new IndicatorValue("GOV-1", "ECU", second, total, 90),
                new IndicatorValue("GOV-1", "ECU", second, part, 50));
        ResultsReport hand = new ResultsReport(Framework.illustrative(), List.of(first, second), values, List.of(),
                List.of(), List.of(), List.of(), List.of());
        String page = render(hand, List.of());
        String trends = page.substring(page.indexOf("<section id=\"trends\""), page.indexOf("<section id=\"charts\""));
        assertThat(count(trends, "<svg class=\"trend-chart\"")).isEqualTo(1);
        String chart = trends.substring(trends.indexOf("<svg class=\"trend-chart\" data-indicator=\"GOV-1\" "
                + "data-country=\"ECU\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        assertThat(count(chart, "<circle class=\"point\"")).isEqualTo(2);
        assertThat(chart).contains("<title>2021: 40</title>", "<title>2022: 90</title>", "class=\"baseline\"",
                "class=\"target\"", ">2021</text>", ">2022</text>", ">0</text>");
        for (Indicator indicator : Framework.illustrative().indicators()) {
            if (!indicator.id().equals("GOV-1")) {
                assertThat(trends).contains("<p class=\"no-data\" data-indicator=\"" + indicator.id() + "\">")
                        .doesNotContain("<svg class=\"trend-chart\" data-indicator=\"" + indicator.id() + "\"");
            }
        }
        // in the demo-like report too: a chart per indicator and country with published values (the dashboard
        // draws the protected report), a note for the others
        ResultsReport published = report.protect();
        for (Indicator indicator : report.framework().indicators()) {
            long countries = published.values().stream()
                    .filter(v -> v.indicator().equals(indicator.id()) && v.total() && !v.suppressed())
                    .map(IndicatorValue::country).distinct().count();
            assertThat(count(html, "<svg class=\"trend-chart\" data-indicator=\"" + indicator.id() + "\""))
                    .as(indicator.id()).isEqualTo((int) countries);
            assertThat(html.contains("<p class=\"no-data\" data-indicator=\"" + indicator.id() + "\">"))
                    .isEqualTo(countries == 0);
        }
    }

    @Test
    void labelsPeriodsByYearAndMonths() {
        assertThat(HtmlDashboard.periodLabel(Period.ofYear(2022))).isEqualTo("2022");
        assertThat(HtmlDashboard.periodLabel(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 10, 31))))
                .isEqualTo("2023 (Jan-Oct)");
        assertThat(HtmlDashboard.periodLabel(Period.of(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 10, 31))))
                .isEqualTo("2023-01-05 to 2023-10-31");
    }

    private static ResultsReport emptyReport(List<Achievement> achievements, List<IndicatorValue> values) {
        return new ResultsReport(Framework.illustrative(), List.of(Period.ofYear(2022)), values, achievements,
                List.of(), List.of(), List.of(), List.of());
    }

    private static String render(ResultsReport report, List<ProgrammeEvent> events) {
        StringWriter out = new StringWriter();
        HtmlDashboard.write(report, events, out);
        return out.toString();
    }

    private static void decisions(List<ProgrammeEvent> events, String country, Determination determination,
            Outcome outcome, int n) {
        for (int i = 0; i < n; i++) {
            events.add(new ProgrammeEvent.DecisionMade(country, LocalDate.of(2022, 3, 1), determination, outcome,
                    Sex.F, MigratoryStatus.REGULAR, country + "-" + determination.id() + "-" + outcome + "-" + i));
        }
    }

    /**
     * Every programme country has a column in a progress table and a decisions chart, the financed countries
     * first and marked so: one table holds them and the programme as a whole, another the five others, so that
     * each fits the page (and scrolls inside its own box rather than widen it where it does not).
     */
    @Test
    void showsTheElevenCountriesTheFinancedOnesFirstAndMarked() {
        List<String> financed = List.of("ECU", "MAR", "NPL", "SEN", "SRB", "TUN");
        List<String> others = List.of("BGD", "JAM", "KGZ", "MDA", "PHL");
        List<String> expected = new ArrayList<>(financed);
        expected.addAll(others);

        String first = table("progress-financed");
        String second = table("progress-others");
        assertThat(html).contains("<div class=\"scroll\"><table class=\"progress\" id=\"progress-financed\">")
                .doesNotContain("id=\"progress-table\"");
        assertThat(values("<th data-country=\"([A-Z]{3})\"", first)).containsExactlyElementsOf(financed);
        assertThat(values("<th data-country=\"([A-Z]{3})\" class=\"financed\">", first))
                .containsExactlyElementsOf(financed);
        assertThat(values("<th data-country=\"([A-Z]{3})\"", second)).containsExactlyElementsOf(others);
        assertThat(second).doesNotContain("class=\"financed\"");
        assertThat(count("<span class=\"fin\">financed</span>")).isGreaterThanOrEqualTo(financed.size());
        // the financed countries, then the programme as a whole; the others in a table of their own
        assertThat(first.substring(0, first.indexOf("</tr>"))).endsWith("<th data-country=\"_T\">all</th>");
        for (String[] t : new String[][] {{first, "" + (1 + financed.size() + 1)}, {second, "" + (1 + others.size())}}) {
            for (String row : t[0].substring(t[0].indexOf("</tr>") + 5).split("</tr>")) {
                if (row.contains("<td")) {
                    assertThat(count(row, "<td")).as(row).isEqualTo(Integer.parseInt(t[1]));
                }
            }
        }

        assertThat(values("<figure class=\"outcome-chart\" data-country=\"([A-Z]{3})\"", html))
                .containsExactlyElementsOf(expected);
        assertThat(values("data-country=\"([A-Z]{3})\" data-financed=\"true\"", html))
                .containsExactlyElementsOf(financed);
        assertThat(html).contains("<p id=\"financed\">11 countries. Financed (national projects the programme "
                + "finances): ECU, MAR, NPL, SRB, SEN, TUN. Others (capacity building and peer learning): BGD, JAM, "
                + "KGZ, MDA, PHL.</p>");
    }

    private static String table(String id) {
        String table = html.substring(html.indexOf("<table class=\"progress\" id=\"" + id + "\">"));
        return table.substring(0, table.indexOf("</table>"));
    }

    private static List<String> values(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String text, String literal) {
        return text.split(Pattern.quote(literal), -1).length - 1;
    }

    @Test
    void listsValidationFindingsAndSdgResults() {
        assertThat(count("<tr class=\"finding\"")).isEqualTo(report.findings().size());
        assertThat(count("<tr class=\"sdg1071\"")).isEqualTo(report.sdg1071().size()).isPositive();
        assertThat(html).contains("SDG 10.7.2");
    }

    @Test
    void escapesText() {
        assertThat(HtmlDashboard.esc("<b>\"Tom\" & 'Jerry'</b>"))
                .isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    }
}
