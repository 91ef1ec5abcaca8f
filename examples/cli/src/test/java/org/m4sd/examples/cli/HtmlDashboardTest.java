package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.request.EligibilityRequest;
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
                    r.person().migratoryStatus(), ProgrammeEvent.DecisionMade.personKey(r.person().id())));
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
        Matcher shown = Pattern.compile("data-category=\"([A-Z_]+)\">").matcher(html);
        java.util.Set<ProgressCategory> categories = java.util.EnumSet.noneOf(ProgressCategory.class);
        while (shown.find()) {
            categories.add(ProgressCategory.valueOf(shown.group(1)));
        }
        assertThat(categories).hasSizeGreaterThanOrEqualTo(2);
        categories.forEach(c -> assertThat(html).contains("background:" + HtmlDashboard.COLOURS.get(c)));
        assertThat(report.achievements().stream().map(a -> a.category())).containsAll(categories);
        assertThat(html).contains("id=\"illustrative\"");
    }

    @Test
    void countsEveryDecisionByCountryAndOutcome() {
        List<ProgrammeEvent.DecisionMade> made = events.stream()
                .filter(ProgrammeEvent.DecisionMade.class::isInstance).map(ProgrammeEvent.DecisionMade.class::cast)
                .toList();
        long countries = made.stream().map(ProgrammeEvent.DecisionMade::country).distinct().count();
        assertThat(count("<figure class=\"outcome-chart\"")).isEqualTo((int) countries).isGreaterThan(1);
        Matcher segments = Pattern.compile("<rect class=\"segment\" data-outcome=\"([A-Z_]+)\" data-count=\"(\\d+)\"")
                .matcher(html);
        java.util.Map<Outcome, Long> shown = new java.util.EnumMap<>(Outcome.class);
        while (segments.find()) {
            long n = Long.parseLong(segments.group(2));
            assertThat(n).as("a count below the disclosure threshold drawn").isGreaterThanOrEqualTo(5);
            shown.merge(Outcome.valueOf(segments.group(1)), n, Long::sum);
        }
        java.util.Map<Outcome, Long> expected = new java.util.EnumMap<>(Outcome.class);
        made.forEach(d -> expected.merge(d.outcome(), 1L, Long::sum));
        // the few ineligible decisions of most countries are withheld (grey, no number); the rest is drawn
        assertThat(shown).containsOnlyKeys(Outcome.ELIGIBLE, Outcome.INELIGIBLE);
        shown.forEach((outcome, n) -> assertThat(n).isLessThanOrEqualTo(expected.get(outcome)));
        assertThat(shown.get(Outcome.ELIGIBLE)).isGreaterThan(expected.get(Outcome.ELIGIBLE) / 2);
        assertThat(count("<rect class=\"withheld\"")).isPositive();
    }

    @Test
    void drawsSmallCountsOfDecisionsGreyAndWithoutANumber() {
        List<ProgrammeEvent> few = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2021, 6, 1);
        for (int i = 0; i < 40; i++) {
            few.add(new ProgrammeEvent.DecisionMade("ECU", day, Determination.HEALTH_EMERGENCY_CARE,
                    i < 3 ? Outcome.INELIGIBLE : Outcome.ELIGIBLE, Sex.F, org.m4sd.sdk.request.MigratoryStatus.REGULAR,
                    "ecu-" + i));
        }
        for (int i = 0; i < 2; i++) {
            few.add(new ProgrammeEvent.DecisionMade("MAR", day, Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE,
                    Sex.M, org.m4sd.sdk.request.MigratoryStatus.REGULAR, "mar-" + i));
        }
        ResultsReport small = ResultsReporter.reference().report(Framework.illustrative(), Collections.emptyIterator(),
                few.iterator());
        StringWriter out = new StringWriter();
        HtmlDashboard.write(small, few, out);
        String page = out.toString();
        // Ecuador: 37 eligible and 3 ineligible; the 3 cannot be hidden with the 37 alone, since the bar's total
        // (40) is shown: both are withheld, the total stays. Morocco's 2 decisions are withheld, total and all.
        assertThat(page).doesNotContain("data-count=\"3\"").doesNotContain("data-count=\"37\"")
                .doesNotContain("data-count=\"2\"");
        assertThat(page).contains("<b>ECU</b> (financed) 40 decisions").contains("<b>MAR</b> (financed) decisions withheld");
        assertThat(Pattern.compile("<rect class=\"withheld\"").matcher(page).results().count()).isEqualTo(2);
        assertThat(page).contains("withheld (fewer than 5 people");
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
