package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.ValidationFinding;

/**
 * The results-framework report as one self-contained HTML page: inline CSS and inline SVG charts, no script and
 * nothing fetched, so it opens offline and can be mailed as one file. By country: the decisions by determination
 * and outcome; each indicator's latest actual against baseline and target, coloured by progress category; each
 * indicator's values by country and disaggregation as bar charts; the validation findings; SDG 10.7.1 and the
 * SDG 10.7.2 domain scores. Countries are shown the framework's financed ones first, each marked as financed, then
 * the others; wide tables and charts scroll inside the page rather than widen it.
 */
final class HtmlDashboard {
    static final Map<ProgressCategory, String> COLOURS = Map.of(
            ProgressCategory.ACHIEVED, "#1a7f37", ProgressCategory.ON_TRACK, "#4caf50",
            ProgressCategory.ACCELERATION_NEEDED, "#f2b705", ProgressCategory.LIMITED_PROGRESS, "#f57c00",
            ProgressCategory.DETERIORATION, "#c62828", ProgressCategory.NOT_ASSESSED, "#9e9e9e");
    static final Map<Outcome, String> OUTCOME_COLOURS = Map.of(
            Outcome.ELIGIBLE, "#1a7f37", Outcome.CONDITIONAL, "#8bc34a", Outcome.INELIGIBLE, "#c62828",
            Outcome.COMPLIANT, "#1565c0", Outcome.NON_COMPLIANT, "#f57c00", Outcome.UNDETERMINED, "#9e9e9e");
    private static final String[] SERIES = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f"};

    /** The colour of what disclosure control withholds. */
    static final String WITHHELD_COLOUR = "#bdbdbd";

    private final ResultsReport report;
    /** The decisions by country, determination and outcome, as disclosure control lets them be drawn. */
    private final DecisionCounts outcomes;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlDashboard(ResultsReport report, Iterable<? extends ProgrammeEvent> events) {
        this.report = report;
        this.outcomes = new DecisionCounts(events, report.framework().disclosureControl());
    }

    /**
     * Writes the dashboard of the report's protected copy ({@link ResultsReport#protect()}: values withheld by
     * disclosure control are not drawn); the decisions among {@code events} are counted by country and outcome.
     */
    static void write(ResultsReport report, Iterable<? extends ProgrammeEvent> events, Writer out) {
        try {
            out.write(new HtmlDashboard(report.protect(), events).render());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String render() {
        var programme = report.framework().programme();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(programme.title())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:4px 8px;")
                .append("font-size:13px;text-align:right}th{background:#f4f4f4}td.l,th.l{text-align:left}")
                .append(".cat{color:#fff;border-radius:3px;padding:1px 5px;font-size:11px;white-space:nowrap}")
                .append(".note{background:#fff3cd;padding:.5rem 1rem;border-left:4px solid #f2b705}")
                .append("section{margin-bottom:2.5rem}svg text{font-size:11px;fill:#333}")
                .append(".scroll,figure.chart{overflow-x:auto;max-width:100%}figure{margin:1rem 0}")
                .append(".fin{display:block;font-size:10px;font-weight:normal;color:#1a7f37}")
                .append("th.financed{background:#e6f2e9}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(programme.title())).append("</h1>\n");
        if (programme.illustrative()) {
            html.append("<p class=\"note\" id=\"illustrative\">Illustrative framework: indicators, baselines and ")
                    .append("targets are examples, not the programme's own.</p>\n");
        }
        financedNote();
        html.append("<p>Periods: ").append(esc(report.periods().stream().map(Period::toString)
                .collect(Collectors.joining(", ")))).append(". ").append(report.values().size())
                .append(" indicator values, ").append(report.achievements().size()).append(" assessed against ")
                .append("baseline and target, ").append(report.findings().size()).append(" validation findings.</p>\n");
        outcomes();
        legend();
        progress();
        charts();
        findings();
        sdg();
        html.append("</body></html>\n");
        return html.toString();
    }

    /** Which of the programme's countries are financed, when the framework says. */
    private void financedNote() {
        var programme = report.framework().programme();
        if (programme.financedCountries().isEmpty()) {
            return;
        }
        List<String> others = programme.countries().stream().filter(c -> !programme.financed(c)).toList();
        html.append("<p id=\"financed\">").append(programme.countries().size()).append(" countries. Financed (national ")
                .append("projects the programme finances): ").append(esc(String.join(", ", programme.financedCountries())))
                .append(".");
        if (!others.isEmpty()) {
            html.append(" Others (capacity building and peer learning): ").append(esc(String.join(", ", others)))
                    .append(".");
        }
        html.append("</p>\n");
    }

    /** The countries given, the framework's financed ones first, each group in alphabetical order. */
    private List<String> ordered(java.util.Collection<String> countries) {
        var programme = report.framework().programme();
        return countries.stream().distinct().sorted(java.util.Comparator
                .comparing((String c) -> !programme.financed(c)).thenComparing(c -> c)).toList();
    }

    /** A country code, with the mark of a financed country. */
    private String countryLabel(String code) {
        return esc(label(code)) + (report.framework().programme().financed(code)
                ? "<span class=\"fin\">financed</span>" : "");
    }

    /**
     * Per country, one stacked bar per determination: its decisions by outcome. What disclosure control withholds
     * is grey and unnumbered: the withheld outcomes of a bar as one segment (their sum follows from the bar's total
     * anyway), a whole bar when its total is withheld.
     */
    private void outcomes() {
        html.append("<section id=\"outcomes\"><h2>Decisions by country and outcome</h2>\n");
        if (outcomes.countries().isEmpty()) {
            html.append("<p>No decisions were reported.</p></section>\n");
            return;
        }
        html.append("<p id=\"outcome-legend\">");
        for (Outcome o : Outcome.values()) {
            html.append("<span class=\"cat\" style=\"background:").append(OUTCOME_COLOURS.get(o)).append("\">")
                    .append(o.name().replace('_', ' ').toLowerCase(Locale.ROOT)).append("</span> ");
        }
        html.append("<span class=\"cat\" style=\"background:").append(WITHHELD_COLOUR)
                .append(";color:#000\">withheld (fewer than ").append(report.framework().disclosureControl().threshold())
                .append(" people, or would reveal such a count)</span>");
        html.append("</p>\n");
        int barLength = 360;
        int rowHeight = 18;
        for (String country : ordered(outcomes.countries())) {
            List<Determination> determinations = outcomes.determinations(country);
            java.util.OptionalLong decided = outcomes.total(country);
            boolean financed = report.framework().programme().financed(country);
            html.append("<figure class=\"outcome-chart\" data-country=\"").append(esc(country))
                    .append("\" data-financed=\"").append(financed).append("\"><figcaption><b>").append(esc(country))
                    .append("</b> ").append(financed ? "(financed) " : "")
                    .append(decided.isPresent() ? number(decided.getAsLong()) + " decisions" : "decisions withheld")
                    .append("</figcaption>");
            html.append("<svg class=\"outcomes\" width=\"").append(260 + barLength + 80).append("\" height=\"")
                    .append(determinations.size() * rowHeight + 4).append("\" role=\"img\">");
            int y = 2;
            for (Determination determination : determinations) {
                java.util.OptionalLong total = outcomes.total(country, determination);
                html.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(esc(determination.id()))
                        .append("</text>");
                double x = 260;
                long shown = 0;
                if (total.isPresent()) {
                    for (Map.Entry<Outcome, Long> segment : outcomes.published(country, determination).entrySet()) {
                        double width = (double) segment.getValue() / total.getAsLong() * barLength;
                        html.append("<rect class=\"segment\" data-outcome=\"").append(segment.getKey())
                                .append("\" data-count=\"").append(segment.getValue()).append("\" data-total=\"")
                                .append(total.getAsLong()).append("\" x=\"")
                                .append(String.format(Locale.ROOT, "%.1f", x)).append("\" y=\"").append(y)
                                .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", width))
                                .append("\" height=\"").append(rowHeight - 4).append("\" fill=\"")
                                .append(OUTCOME_COLOURS.get(segment.getKey())).append("\"><title>")
                                .append(esc(determination.id())).append(", ")
                                .append(segment.getKey().name().toLowerCase(Locale.ROOT)).append(": ")
                                .append(number(segment.getValue())).append("</title></rect>");
                        x += width;
                        shown += segment.getValue();
                    }
                }
                if (total.isEmpty() || shown < total.getAsLong()) {
                    double width = total.isEmpty() ? barLength
                            : (double) (total.getAsLong() - shown) / total.getAsLong() * barLength;
                    html.append("<rect class=\"withheld\" x=\"").append(String.format(Locale.ROOT, "%.1f", x))
                            .append("\" y=\"").append(y).append("\" width=\"")
                            .append(String.format(Locale.ROOT, "%.1f", width)).append("\" height=\"")
                            .append(rowHeight - 4).append("\" fill=\"").append(WITHHELD_COLOUR).append("\"><title>")
                            .append(esc(determination.id())).append(": withheld by disclosure control</title></rect>");
                }
                html.append("<text x=\"").append(260 + barLength + 6).append("\" y=\"").append(y + 12).append("\">")
                        .append(total.isPresent() ? number(total.getAsLong()) : "withheld").append("</text>");
                y += rowHeight;
            }
            html.append("</svg></figure>\n");
        }
        html.append("</section>\n");
    }

    private void legend() {
        html.append("<p id=\"legend\">");
        for (ProgressCategory c : ProgressCategory.values()) {
            html.append("<span class=\"cat\" style=\"background:").append(COLOURS.get(c)).append("\">")
                    .append(c.name().replace('_', ' ').toLowerCase(Locale.ROOT)).append("</span> ");
        }
        html.append("</p>\n");
    }

    /** Latest achievement per indicator and country: actual against baseline and target, with its colour. */
    private void progress() {
        Map<String, Map<String, Achievement>> latest = new LinkedHashMap<>();
        for (Achievement a : report.achievements()) {
            Map<String, Achievement> byCountry = latest.computeIfAbsent(a.indicator(), k -> new LinkedHashMap<>());
            Achievement seen = byCountry.get(a.country());
            if (seen == null || a.period().compareTo(seen.period()) > 0) {
                byCountry.put(a.country(), a);
            }
        }
        List<String> countries = ordered(report.achievements().stream().map(Achievement::country).toList());
        html.append("<section id=\"progress\"><h2>Progress against targets, by country</h2>\n");
        if (latest.isEmpty()) {
            html.append("<p>No indicator has both a baseline and an actual yet.</p></section>\n");
            return;
        }
        var programme = report.framework().programme();
        if (programme.financedCountries().isEmpty()) {
            progressTable("progress-table", countries, latest);
        } else {
            // one table for the financed countries and the programme as a whole, one for the others: each fits
            // the page's width
            html.append("<h3>Financed countries</h3>\n");
            progressTable("progress-financed", countries.stream()
                    .filter(c -> programme.financed(c) || c.equals(IndicatorValue.TOTAL)).toList(), latest);
            html.append("<h3>Other programme countries</h3>\n");
            progressTable("progress-others", countries.stream()
                    .filter(c -> !programme.financed(c) && !c.equals(IndicatorValue.TOTAL)).toList(), latest);
        }
        html.append("</section>\n");
    }

    /** One row per indicator with an achievement in {@code countries}, one column per country. */
    private void progressTable(String id, List<String> countries, Map<String, Map<String, Achievement>> latest) {
        html.append("<div class=\"scroll\"><table class=\"progress\" id=\"").append(id)
                .append("\"><tr><th class=\"l\">indicator</th>");
        countries.forEach(c -> html.append("<th data-country=\"").append(esc(c)).append("\"")
                .append(report.framework().programme().financed(c) ? " class=\"financed\">" : ">")
                .append(countryLabel(c)).append("</th>"));
        html.append("</tr>\n");
        for (Indicator indicator : report.framework().indicators()) {
            Map<String, Achievement> byCountry = latest.get(indicator.id());
            if (byCountry == null || countries.stream().noneMatch(byCountry::containsKey)) {
                continue;
            }
            html.append("<tr><td class=\"l\" title=\"").append(esc(indicator.title())).append("\">")
                    .append(esc(indicator.id())).append(" ").append(esc(shorten(indicator.title(), 60))).append("</td>");
            for (String country : countries) {
                Achievement a = byCountry.get(country);
                if (a == null) {
                    html.append("<td></td>");
                    continue;
                }
                html.append("<td class=\"achievement\" data-category=\"").append(a.category()).append("\">")
                        .append(number(a.actual())).append(" ").append(progressBar(a)).append("<br><span class=\"cat\" ")
                        .append("style=\"background:").append(COLOURS.get(a.category())).append("\">")
                        .append(a.category().name().replace('_', ' ').toLowerCase(Locale.ROOT))
                        .append("</span><br><small>baseline ").append(number(a.baseline()));
                a.target().ifPresent(t -> html.append(", target ").append(number(t)));
                html.append("</small></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static String progressBar(Achievement a) {
        double shown = a.displayRatio().orElse(0);
        return "<svg class=\"progress\" width=\"60\" height=\"8\" role=\"img\"><rect width=\"60\" height=\"8\" "
                + "fill=\"#eee\"/><rect class=\"bar\" width=\"" + Math.round(shown * 60) + "\" height=\"8\" fill=\""
                + COLOURS.get(a.category()) + "\"/></svg>";
    }

    /** For each indicator: the latest period's values by country, one bar per value of its first dimension. */
    private void charts() {
        html.append("<section id=\"charts\"><h2>Indicators by country and disaggregation</h2>\n");
        int drawn = 0;
        for (Indicator indicator : report.framework().indicators()) {
            List<IndicatorValue> values = report.values().stream()
                    .filter(v -> v.indicator().equals(indicator.id()) && !v.country().equals(IndicatorValue.TOTAL))
                    .filter(v -> !v.suppressed()) // withheld by disclosure control: no bar, no number
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            Period last = values.stream().map(IndicatorValue::period).max(Period::compareTo).orElseThrow();
            String dimension = indicator.dimensions().isEmpty() ? null : indicator.dimensions().get(0);
            Map<String, Map<String, Double>> bars = new LinkedHashMap<>();
            for (IndicatorValue v : values) {
                if (!v.period().equals(last) || !onlyDimensionShown(v, dimension)) {
                    continue;
                }
                String series = dimension == null ? "total" : v.dimensions().get(dimension);
                bars.computeIfAbsent(v.country(), k -> new LinkedHashMap<>()).put(series, v.value());
            }
            if (bars.isEmpty()) {
                continue;
            }
            drawn++;
            html.append("<figure class=\"chart\" data-indicator=\"").append(esc(indicator.id())).append("\"><figcaption><b>")
                    .append(esc(indicator.id())).append("</b> ").append(esc(indicator.title())).append(" (")
                    .append(esc(last.toString())).append(dimension == null ? "" : ", by " + esc(dimension))
                    .append(")</figcaption>");
            Map<String, Map<String, Double>> inOrder = new LinkedHashMap<>();
            ordered(bars.keySet()).forEach(c -> inOrder.put(c, bars.get(c)));
            barChart(inOrder);
            html.append("</figure>\n");
        }
        if (drawn == 0) {
            html.append("<p>No indicator has values yet.</p>");
        }
        html.append("</section>\n");
    }

    /** True when every dimension but {@code shown} is the total, and {@code shown} is not. */
    private static boolean onlyDimensionShown(IndicatorValue v, String shown) {
        for (Map.Entry<String, String> d : v.dimensions().entrySet()) {
            boolean total = d.getValue().equals(IndicatorValue.TOTAL);
            if (d.getKey().equals(shown) == total) {
                return false;
            }
        }
        return true;
    }

    private void barChart(Map<String, Map<String, Double>> bars) {
        List<String> series = new ArrayList<>(new TreeSet<>(bars.values().stream()
                .flatMap(m -> m.keySet().stream()).toList()));
        if (series.size() > SERIES.length) {
            series = series.subList(0, SERIES.length);
        }
        double max = bars.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(1);
        max = max <= 0 ? 1 : max;
        int barWidth = 14;
        int groupWidth = series.size() * barWidth + 16;
        int height = 160;
        int width = 60 + bars.size() * groupWidth + 140;
        html.append("<svg class=\"bars\" width=\"").append(width).append("\" height=\"").append(height + 30)
                .append("\" role=\"img\">");
        html.append("<line x1=\"50\" y1=\"").append(height).append("\" x2=\"").append(width - 140).append("\" y2=\"")
                .append(height).append("\" stroke=\"#999\"/>");
        html.append("<text x=\"0\" y=\"12\">").append(number(max)).append("</text>");
        int x = 56;
        for (Map.Entry<String, Map<String, Double>> group : bars.entrySet()) {
            for (int i = 0; i < series.size(); i++) {
                Double v = group.getValue().get(series.get(i));
                if (v == null) {
                    continue;
                }
                int h = (int) Math.round(Math.max(0, v) / max * (height - 20));
                html.append("<rect class=\"bar\" x=\"").append(x + i * barWidth).append("\" y=\"").append(height - h)
                        .append("\" width=\"").append(barWidth - 2).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(SERIES[i]).append("\"><title>").append(esc(label(group.getKey()))).append(" ")
                        .append(esc(series.get(i))).append(": ").append(number(v)).append("</title></rect>");
            }
            html.append("<text x=\"").append(x).append("\" y=\"").append(height + 14).append("\">")
                    .append(esc(label(group.getKey()))).append("</text>");
            x += groupWidth;
        }
        for (int i = 0; i < series.size(); i++) {
            int y = 14 + i * 16;
            html.append("<rect x=\"").append(width - 130).append("\" y=\"").append(y - 9).append("\" width=\"10\" ")
                    .append("height=\"10\" fill=\"").append(SERIES[i]).append("\"/><text x=\"").append(width - 115)
                    .append("\" y=\"").append(y).append("\">").append(esc(label(series.get(i)))).append("</text>");
        }
        html.append("</svg>");
    }

    private void findings() {
        html.append("<section id=\"findings\"><h2>Validation findings</h2>\n");
        if (report.findings().isEmpty()) {
            html.append("<p>None.</p></section>\n");
            return;
        }
        html.append("<table><tr><th class=\"l\">importance</th><th class=\"l\">rule</th><th class=\"l\">indicator</th>")
                .append("<th class=\"l\">country</th><th class=\"l\">period</th><th class=\"l\">finding</th></tr>\n");
        for (ValidationFinding f : report.findings()) {
            html.append("<tr class=\"finding\"><td class=\"l\">").append(esc(f.importance().name())).append("</td><td class=\"l\">")
                    .append(esc(f.rule())).append("</td><td class=\"l\">").append(esc(f.indicator()))
                    .append("</td><td class=\"l\">").append(esc(label(f.country()))).append("</td><td class=\"l\">")
                    .append(esc(f.period().toString())).append("</td><td class=\"l\">").append(esc(f.message()))
                    .append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    private void sdg() {
        html.append("<section id=\"sdg\"><h2>SDG 10.7.1: recruitment cost in months of earnings</h2>\n");
        if (report.sdg1071().isEmpty()) {
            html.append("<p>No recruitment-cost survey answers.</p>");
        } else {
            html.append("<table><tr><th class=\"l\">origin</th><th class=\"l\">period</th><th>workers</th>")
                    .append("<th>outside 3 years</th><th>costs not convertible</th><th>mean</th><th>median</th>")
                    .append("<th>4th quintile</th></tr>\n");
            for (Sdg1071Result r : report.sdg1071()) {
                html.append("<tr class=\"sdg1071\"><td class=\"l\">").append(esc(label(r.country()))).append("</td><td class=\"l\">")
                        .append(esc(r.period().toString())).append("</td><td>").append(r.workers()).append("</td><td>")
                        .append(r.excluded()).append("</td><td>").append(r.unconvertible()).append("</td><td>")
                        .append(number(r.mean())).append("</td><td>").append(number(r.median())).append("</td><td>")
                        .append(number(r.fourthQuintile())).append("</td></tr>\n");
            }
            html.append("</table>");
        }
        html.append("<h2>SDG 10.7.2: well-managed migration policies, domain scores</h2>\n");
        if (report.sdg1072().isEmpty()) {
            html.append("<p>No SDG 10.7.2 questionnaire answers.</p>");
        } else {
            html.append("<table><tr><th class=\"l\">country</th><th class=\"l\">period</th>");
            for (int d = 1; d <= 6; d++) {
                html.append("<th>domain ").append(d).append("</th>");
            }
            html.append("<th>overall</th></tr>\n");
            for (Sdg1072Result r : report.sdg1072()) {
                html.append("<tr class=\"sdg1072\"><td class=\"l\">").append(esc(r.country())).append("</td><td class=\"l\">")
                        .append(esc(r.period().toString())).append("</td>");
                for (int d = 0; d < 6; d++) {
                    double score = r.domainScores().get(d);
                    html.append("<td>").append(number(score)).append(" <svg width=\"50\" height=\"8\">")
                            .append("<rect width=\"50\" height=\"8\" fill=\"#eee\"/><rect class=\"bar\" width=\"")
                            .append(Math.round(score / 2)).append("\" height=\"8\" fill=\"#1f77b4\"/></svg></td>");
                }
                html.append("<td>").append(number(r.overall())).append(" ").append(esc(r.band().name())).append("</td></tr>\n");
            }
            html.append("</table>");
        }
        html.append("</section>\n");
    }

    private static String label(String code) {
        return IndicatorValue.TOTAL.equals(code) ? "all" : code;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
