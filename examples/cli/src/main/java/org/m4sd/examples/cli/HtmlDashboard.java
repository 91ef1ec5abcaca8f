package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
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
 * nothing fetched, so it opens offline and can be mailed as one file. In the order a reader asks: a summary (per
 * sector and per country, how many indicators are achieved, on track, need acceleration ...); the progress table
 * grouped by sector, each value with the period it is from, its baseline (with its year), target, achievement
 * and category; the trends over the reporting periods as small multiples; each indicator's latest values by
 * disaggregation; the validation findings; SDG 10.7.1 and 10.7.2; the decisions by country and outcome last.
 *
 * <p>Colours are from the Okabe-Ito palette, readable with the common colour-vision deficiencies, and every
 * colour has its name written beside it. Titles wrap rather than being cut. An indicator without values gets a
 * note, not empty axes. A baseline equal to its target at zero is shown as not assessable, whatever category the
 * report gives it: there is no progress to measure. A value withheld by disclosure control is written "withheld",
 * with the reason and the threshold in its title, in the progress table, and noted under the trend chart of its
 * country; the decision bars are protected by the framework's own {@link org.m4sd.sdk.framework.DisclosureControl}
 * ({@link DecisionCounts}). A period of which nothing was reported is written "nothing reported", not 0.
 * Countries are shown the framework's financed ones first, each marked as financed, then the others; wide tables
 * and charts scroll inside the page rather than widen it.
 */
final class HtmlDashboard {
    /** A colour and the words written beside it. */
    record Style(String label, String colour) {
    }

    /**
     * Each progress category's style, best first; not assessable last. Okabe-Ito blue to vermilion, so no two
     * categories differ by red and green alone; a test checks that every category has an entry.
     */
    static final Map<ProgressCategory, Style> CATEGORIES = inOrder(
            Map.entry(ProgressCategory.ACHIEVED, new Style("achieved", "#0072B2")),
            Map.entry(ProgressCategory.ON_TRACK, new Style("on track", "#56B4E9")),
            Map.entry(ProgressCategory.ACCELERATION_NEEDED, new Style("needs acceleration", "#F0E442")),
            Map.entry(ProgressCategory.LIMITED_PROGRESS, new Style("limited progress", "#E69F00")),
            Map.entry(ProgressCategory.DETERIORATION, new Style("deterioration", "#D55E00")),
            Map.entry(ProgressCategory.NOT_ASSESSED, new Style("not assessable", "#BBBBBB")));
    /** Each decision outcome's style; a test checks that every outcome has an entry. */
    static final Map<Outcome, Style> OUTCOMES = inOrder(
            Map.entry(Outcome.ELIGIBLE, new Style("eligible", "#0072B2")),
            Map.entry(Outcome.CONDITIONAL, new Style("conditional", "#56B4E9")),
            Map.entry(Outcome.INELIGIBLE, new Style("ineligible", "#E69F00")),
            Map.entry(Outcome.COMPLIANT, new Style("compliant", "#CC79A7")),
            Map.entry(Outcome.NON_COMPLIANT, new Style("non-compliant", "#D55E00")),
            Map.entry(Outcome.UNDETERMINED, new Style("undetermined", "#BBBBBB")));
    /** The trend charts' value line and points. */
    static final String VALUE_COLOUR = "#0072B2";
    /** The trend charts' baseline, dashed. */
    static final String BASELINE_COLOUR = "#000000";
    /** The trend charts' target, dotted. */
    static final String TARGET_COLOUR = "#D55E00";
    /** The disaggregation charts' series: Okabe-Ito, then greys. */
    private static final String[] SERIES = {"#0072B2", "#E69F00", "#56B4E9", "#D55E00", "#CC79A7", "#F0E442",
        "#000000", "#999999"};
    /** Length in pixels of the decision bar of the row with the most published decisions; the others in scale. */
    static final int DECISION_BAR = 360;

    /** What is written for a value withheld by disclosure control. */
    static final String WITHHELD = "withheld";
    /** What is written for a period of which nothing was reported. */
    static final String NOTHING_REPORTED = "nothing reported";
    /** The colour of what is withheld: a neutral grey, no category's. */
    static final String WITHHELD_COLOUR = "#999999";

    private final ResultsReport report;
    /** The decisions by country, determination and outcome, protected by the report's disclosure control. */
    private final DecisionCounts decisions;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlDashboard(ResultsReport report, Iterable<? extends ProgrammeEvent> events) {
        this.report = report;
        this.decisions = new DecisionCounts(events, report.framework().disclosureControl());
    }

    /** Why a value is withheld, with the threshold of the control the report was protected with. */
    private String withheldReason() {
        int threshold = report.framework().disclosureControl().threshold();
        return "Withheld by disclosure control: a count of 1 to " + (threshold - 1) + " people (threshold "
                + threshold + "), or a count from which one could be worked out, is not published.";
    }

    /** The styles in the order given, which is the order legends and summary columns show them in. */
    @SafeVarargs
    private static <E extends Enum<E>> Map<E, Style> inOrder(Map.Entry<E, Style>... styles) {
        Map<E, Style> ordered = new LinkedHashMap<>();
        for (Map.Entry<E, Style> style : styles) {
            ordered.put(style.getKey(), style.getValue());
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Writes the dashboard of the report's protected copy ({@link ResultsReport#protect()}); the decisions among
     * {@code events} are counted by country and outcome.
     */
    static void write(ResultsReport report, Iterable<? extends ProgrammeEvent> events, Writer out) {
        try {
            out.write(new HtmlDashboard(report.protect(), events).render());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The category the dashboard shows: the report's, except that a baseline equal to its target at zero is not
     * assessable (there is nothing to progress towards, so "limited progress" would be wrong).
     */
    static ProgressCategory shown(Achievement a) {
        boolean zeroToZero = a.baseline() == 0 && a.target().isPresent() && a.target().getAsDouble() == 0;
        return zeroToZero ? ProgressCategory.NOT_ASSESSED : a.category();
    }

    /** The style of a category; fails on a category without one, which the palette test rules out. */
    private static Style style(ProgressCategory category) {
        return Objects.requireNonNull(CATEGORIES.get(category), () -> "no style for " + category);
    }

    private String render() {
        var programme = report.framework().programme();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(programme.title())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1336px}")
                .append("h1,h2,h3,figcaption,td,th{overflow-wrap:anywhere;white-space:normal}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:4px 8px;")
                .append("font-size:13px;text-align:right;vertical-align:top}th{background:#f4f4f4}")
                .append("td.l,th.l{text-align:left}tr.sector th{text-align:left;background:#e8eef4;font-size:14px}")
                .append(".cat{white-space:nowrap;font-size:12px}")
                .append(".sw{display:inline-block;width:12px;height:12px;border:1px solid #555;margin-right:4px;")
                .append("vertical-align:-2px}ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;")
                .append("gap:4px 18px;font-size:13px}")
                .append(".note{background:#fff3cd;padding:.5rem 1rem;border-left:4px solid #E69F00}")
                .append("td.nothing-reported,td.withheld{text-align:left;min-width:7.5rem;color:#555}")
                .append("td.nothing-reported .cat{white-space:normal}")
                .append("section{margin-bottom:2.5rem}svg text{font-size:11px;fill:#333}")
                .append(".scroll,figure.chart{overflow-x:auto;max-width:100%}figure{margin:1rem 0}")
                .append(".fin{display:block;font-size:10px;font-weight:normal;color:#0072B2}")
                .append("th.financed{background:#e3eef7}td.title{min-width:16rem;max-width:22rem}")
                .append(".multiples{display:flex;flex-wrap:wrap;gap:6px}p.no-data{color:#555;font-style:italic}")
                .append("td.summary-bar{width:220px}.period{color:#555}span.when{white-space:nowrap}")
                .append("td.achievement{text-align:left;min-width:7.5rem}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(programme.title())).append("</h1>\n");
        if (programme.illustrative()) {
            html.append("<p class=\"note\" id=\"illustrative\">Illustrative framework: indicators, baselines and ")
                    .append("targets are examples, not the programme's own.</p>\n");
        }
        financedNote();
        html.append("<p>Periods: ").append(esc(report.periods().stream().map(HtmlDashboard::periodLabel)
                .collect(Collectors.joining(", ")))).append(". ").append(report.values().size())
                .append(" indicator values, ").append(report.achievements().stream().filter(Achievement::reported).count())
                .append(" assessed against ")
                .append("baseline and target, ").append(report.findings().size()).append(" validation findings.</p>\n");
        Map<String, Map<String, Achievement>> latest = latestAchievements();
        summary(latest);
        progress(latest, latestWithheld(latest));
        trends();
        charts();
        findings();
        sdg();
        decisions();
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
     * Per indicator and country, the achievement of the latest period with an actual; where nothing was ever
     * reported, the latest period's (not assessed, nothing reported).
     */
    private Map<String, Map<String, Achievement>> latestAchievements() {
        Map<String, Map<String, Achievement>> latest = new LinkedHashMap<>();
        java.util.Comparator<Achievement> latestFirst = java.util.Comparator.comparing(Achievement::reported)
                .thenComparing(Achievement::period);
        for (Achievement a : report.achievements()) {
            Map<String, Achievement> byCountry = latest.computeIfAbsent(a.indicator(), k -> new LinkedHashMap<>());
            Achievement seen = byCountry.get(a.country());
            if (seen == null || latestFirst.compare(a, seen) > 0) {
                byCountry.put(a.country(), a);
            }
        }
        return latest;
    }

    /**
     * Per indicator and country, the latest period whose total is withheld, where it is later than the latest
     * period with an actual (a withheld total has no achievement in the published report).
     */
    private Map<String, Map<String, Period>> latestWithheld(Map<String, Map<String, Achievement>> latest) {
        Map<String, Map<String, Period>> out = new LinkedHashMap<>();
        for (IndicatorValue v : report.values()) {
            if (!v.total() || !v.suppressed()) {
                continue;
            }
            Achievement a = latest.getOrDefault(v.indicator(), Map.of()).get(v.country());
            if (a != null && a.reported() && a.period().compareTo(v.period()) >= 0) {
                continue;
            }
            out.computeIfAbsent(v.indicator(), k -> new LinkedHashMap<>()).merge(v.country(), v.period(),
                    (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        return out;
    }

    /** The progress categories, each colour with its name beside it. */
    private void legend(String id) {
        html.append("<ul class=\"legend\" id=\"").append(id).append("\">");
        CATEGORIES.forEach((category, style) -> html.append("<li data-category=\"").append(category).append("\">")
                .append(swatch(style)).append(esc(style.label())).append("</li>"));
        html.append("</ul>\n");
    }

    private static String swatch(Style style) {
        return "<span class=\"sw\" style=\"background:" + style.colour() + "\"></span>";
    }

    /** A category as its colour and its name. */
    private static String category(ProgressCategory category) {
        Style style = style(category);
        return "<span class=\"cat\">" + swatch(style) + esc(style.label()) + "</span>";
    }

    /**
     * Per sector and per country: of the indicators assessed (their latest period with an assessment), how many
     * in each category, as "n of N" and as a stacked bar.
     */
    private void summary(Map<String, Map<String, Achievement>> latest) {
        html.append("<section id=\"summary\"><h2>Summary: are the indicators on track?</h2>\n");
        if (latest.isEmpty()) {
            html.append("<p>No indicator has both a baseline and an actual yet.</p></section>\n");
            return;
        }
        html.append("<p>Each indicator in each country is counted once, at the latest period assessed against its ")
                .append("baseline and target.</p>\n");
        legend("legend");
        Map<String, List<ProgressCategory>> bySector = new LinkedHashMap<>();
        for (Sector sector : Sector.values()) {
            bySector.put(sectorLabel(Optional.of(sector)), new ArrayList<>());
        }
        bySector.put(sectorLabel(Optional.empty()), new ArrayList<>());
        Map<String, List<ProgressCategory>> byCountry = new LinkedHashMap<>();
        List<String> countries = ordered(report.achievements().stream().map(Achievement::country).toList());
        countries.forEach(c -> byCountry.put(c, new ArrayList<>()));
        for (Indicator indicator : report.framework().indicators()) {
            for (Achievement a : latest.getOrDefault(indicator.id(), Map.of()).values()) {
                if (!a.country().equals(IndicatorValue.TOTAL)) {
                    bySector.get(sectorLabel(indicator.sector())).add(shown(a));
                }
                byCountry.get(a.country()).add(shown(a));
            }
        }
        bySector.values().removeIf(List::isEmpty);
        html.append("<h3>By sector</h3><p>Indicators of the sector in each country (programme totals left out).</p>\n");
        summaryTable("summary-sector", "sector", bySector, k -> esc(k));
        html.append("<h3>By country</h3>\n");
        summaryTable("summary-country", "country", byCountry, this::countryLabel);
        html.append("</section>\n");
    }

    private void summaryTable(String id, String rowName, Map<String, List<ProgressCategory>> rows,
            java.util.function.Function<String, String> label) {
        html.append("<div class=\"scroll\"><table class=\"summary\" id=\"").append(id).append("\"><tr><th class=\"l\">")
                .append(rowName).append("</th>");
        CATEGORIES.forEach((c, style) -> html.append("<th data-category=\"").append(c).append("\">").append(swatch(style))
                .append(esc(style.label())).append("</th>"));
        html.append("<th class=\"l\">share</th></tr>\n");
        for (Map.Entry<String, List<ProgressCategory>> row : rows.entrySet()) {
            int of = row.getValue().size();
            Map<ProgressCategory, Long> counts = row.getValue().stream()
                    .collect(Collectors.groupingBy(c -> c, () -> new EnumMap<>(ProgressCategory.class),
                            Collectors.counting()));
            html.append("<tr data-row=\"").append(esc(row.getKey())).append("\"><th class=\"l\">")
                    .append(label.apply(row.getKey())).append("</th>");
            StringBuilder bar = new StringBuilder("<svg class=\"summary-bar\" width=\"200\" height=\"12\" role=\"img\">");
            double x = 0;
            for (ProgressCategory c : CATEGORIES.keySet()) {
                long n = counts.getOrDefault(c, 0L);
                html.append("<td data-category=\"").append(c).append("\" data-count=\"").append(n).append("\">")
                        .append(n == 0 ? "<span class=\"period\">0</span>" : n + " of " + of).append("</td>");
                if (n > 0) {
                    double width = 200.0 * n / of;
                    bar.append("<rect x=\"").append(format(x)).append("\" width=\"").append(format(width))
                            .append("\" height=\"12\" fill=\"").append(style(c).colour()).append("\"><title>")
                            .append(esc(style(c).label())).append(": ").append(n).append(" of ").append(of)
                            .append("</title></rect>");
                    x += width;
                }
            }
            html.append("<td class=\"l summary-bar\">").append(bar).append("</svg></td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    /** The indicator's unit after its title, when it has one. */
    private static String unit(Indicator indicator) {
        return indicator.unit().isBlank() ? "" : " <span class=\"period\">(" + esc(indicator.unit()) + ")</span>";
    }

    private static String sectorLabel(Optional<Sector> sector) {
        return sector.map(s -> switch (s) {
            case HEALTH -> "Health";
            case EDUCATION -> "Education";
            case SOCIAL_SECURITY -> "Social security and human rights";
            case EMPLOYMENT -> "Employment and economic inclusion";
        }).orElse("Cross-sector (governance, policy, global)");
    }

    /** Latest achievement per indicator and country, indicators grouped by sector. */
    private void progress(Map<String, Map<String, Achievement>> latest, Map<String, Map<String, Period>> withheld) {
        List<String> countries = ordered(java.util.stream.Stream.concat(
                report.achievements().stream().map(Achievement::country),
                withheld.values().stream().flatMap(m -> m.keySet().stream())).toList());
        html.append("<section id=\"progress\"><h2>Progress against targets, by sector and country</h2>\n");
        if (latest.isEmpty()) {
            html.append("<p>No indicator has both a baseline and an actual yet.</p></section>\n");
            return;
        }
        html.append("<p>Each cell: the latest actual and the period it is from, the baseline and its year, the ")
                .append("target, the achievement ((actual - baseline) / (target - baseline)) and the category. ")
                .append("\"").append(WITHHELD).append("\": the latest value is withheld by disclosure control (")
                .append(esc(withheldReason())).append("). \"").append(NOTHING_REPORTED).append("\": no record was ")
                .append("reported for any period, which is not a count of 0.</p>\n");
        var programme = report.framework().programme();
        if (programme.financedCountries().isEmpty()) {
            progressTable("progress-table", countries, latest, withheld);
        } else {
            // one table for the financed countries and the programme as a whole, one for the others: each fits
            // the page's width
            html.append("<h3>Financed countries</h3>\n");
            progressTable("progress-financed", countries.stream()
                    .filter(c -> programme.financed(c) || c.equals(IndicatorValue.TOTAL)).toList(), latest, withheld);
            html.append("<h3>Other programme countries</h3>\n");
            progressTable("progress-others", countries.stream()
                    .filter(c -> !programme.financed(c) && !c.equals(IndicatorValue.TOTAL)).toList(), latest, withheld);
        }
        html.append("</section>\n");
    }

    /** One row per indicator with an achievement in {@code countries}, one column per country, by sector. */
    private void progressTable(String id, List<String> countries, Map<String, Map<String, Achievement>> latest,
            Map<String, Map<String, Period>> withheld) {
        html.append("<div class=\"scroll\"><table class=\"progress\" id=\"").append(id)
                .append("\"><tr><th class=\"l\">indicator</th>");
        countries.forEach(c -> html.append("<th data-country=\"").append(esc(c)).append("\"")
                .append(report.framework().programme().financed(c) ? " class=\"financed\">" : ">")
                .append(countryLabel(c)).append("</th>"));
        html.append("</tr>\n");
        Map<String, List<Indicator>> bySector = new LinkedHashMap<>();
        for (Indicator indicator : report.framework().indicators()) {
            Map<String, Achievement> byCountry = latest.getOrDefault(indicator.id(), Map.of());
            Map<String, Period> withheldHere = withheld.getOrDefault(indicator.id(), Map.of());
            if (countries.stream().anyMatch(c -> byCountry.containsKey(c) || withheldHere.containsKey(c))) {
                bySector.computeIfAbsent(sectorLabel(indicator.sector()), k -> new ArrayList<>()).add(indicator);
            }
        }
        for (Map.Entry<String, List<Indicator>> sector : bySector.entrySet()) {
            html.append("<tr class=\"sector\"><th colspan=\"").append(countries.size() + 1).append("\">")
                    .append(esc(sector.getKey())).append("</th></tr>\n");
            for (Indicator indicator : sector.getValue()) {
                progressRow(indicator, countries, latest.getOrDefault(indicator.id(), Map.of()),
                        withheld.getOrDefault(indicator.id(), Map.of()));
            }
        }
        html.append("</table></div>\n");
    }

    private void progressRow(Indicator indicator, List<String> countries, Map<String, Achievement> byCountry,
            Map<String, Period> withheld) {
        html.append("<tr><td class=\"l title\"><b>").append(esc(indicator.id())).append("</b> ")
                .append(esc(indicator.title())).append(unit(indicator)).append("</td>");
        for (String country : countries) {
            Achievement a = byCountry.get(country);
            Period withheldPeriod = withheld.get(country);
            if (withheldPeriod != null) {
                withheldCell(indicator, country, withheldPeriod);
                continue;
            }
            if (a == null) {
                html.append("<td></td>");
                continue;
            }
            if (!a.reported()) {
                nothingReportedCell(a);
                continue;
            }
            ProgressCategory category = shown(a);
            html.append("<td class=\"achievement\" data-category=\"").append(category).append("\"><b>")
                    .append(number(a.actual()));
            html.append("</b> <span class=\"period when\">in ").append(periodLabel(a.period()))
                    .append("</span><br><small>baseline ").append(number(a.baseline())).append(" (")
                    .append(a.baselineYear()).append(")");
            a.target().ifPresentOrElse(t -> html.append("<br>target ").append(number(t)),
                    () -> html.append("<br>no target"));
            html.append("</small><br>").append(progressBar(a, category));
            // no achievement where the dashboard overrides the category: (actual - 0) / (0 - 0) means nothing
            a.ratio().stream().filter(r -> category == a.category() && Double.isFinite(r))
                    .forEach(r -> html.append(" ").append(String.format(Locale.ROOT, "%.0f %%", r * 100)));
            html.append("<br>").append(category(category)).append("</td>");
        }
        html.append("</tr>\n");
    }

    /**
     * A progress cell of an indicator and country with nothing reported in any period: one line, the words beside
     * the colour of "not assessable" (the reason, the baseline and the target in its title); no period, since
     * none has a report, and no bar.
     */
    private void nothingReportedCell(Achievement a) {
        Style style = style(a.category());
        String title = a.reason().orElseThrow() + "; baseline " + number(a.baseline()) + " (" + a.baselineYear() + ")"
                + (a.target().isPresent() ? ", target " + number(a.target().getAsDouble()) : "") + "; "
                + style.label();
        html.append("<td class=\"nothing-reported\" data-category=\"").append(a.category()).append("\"><span class=\"cat\" ")
                .append("title=\"").append(esc(title)).append("\">").append(swatch(style)).append(NOTHING_REPORTED)
                .append(" (").append(esc(style.label())).append(")</span></td>");
    }

    /**
     * A progress cell whose latest total is withheld: the word, the reason and threshold in its title, the period,
     * the baseline and target (published in the framework); no actual, achievement or category.
     */
    private void withheldCell(Indicator indicator, String country, Period period) {
        html.append("<td class=\"withheld\" data-withheld=\"true\"><b title=\"")
                .append(esc(withheldReason())).append("\">").append(WITHHELD).append("</b> <span class=\"period when\">")
                .append("in ").append(periodLabel(period)).append("</span>");
        indicator.baseline(country).ifPresent(b -> b.value().ifPresent(v -> html.append("<br><small>baseline ")
                .append(number(v)).append(" (").append(b.year()).append(")</small>")));
        html.append("</td>");
    }

    private static String progressBar(Achievement a, ProgressCategory category) {
        double shown = category == ProgressCategory.NOT_ASSESSED ? 0 : a.displayRatio().orElse(0);
        return "<svg class=\"progress\" width=\"60\" height=\"8\" role=\"img\"><rect width=\"60\" height=\"8\" "
                + "fill=\"#eee\" stroke=\"#999\"/><rect class=\"bar\" width=\"" + Math.round(shown * 60)
                + "\" height=\"8\" fill=\"" + style(category).colour() + "\"/></svg>";
    }

    /**
     * For each indicator, its totals over the reporting periods: one small line chart per country that has a
     * value, with the baseline and the latest target as lines; a note instead of a chart when there is none.
     */
    private void trends() {
        html.append("<section id=\"trends\"><h2>Trends over the reporting periods</h2>\n");
        html.append("<p>Totals (all disaggregations) by period, one chart per indicator and country; the axis runs ")
                .append("from zero (or the lowest value, when negative) to the highest value, baseline or target. ")
                .append("A period whose total is withheld is not drawn and is named under the charts: ")
                .append(esc(withheldReason())).append("</p>")
                .append("<ul class=\"legend\" id=\"trend-legend\"><li><svg width=\"26\" height=\"10\">")
                .append("<line x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\" stroke=\"").append(VALUE_COLOUR)
                .append("\" stroke-width=\"2\"/><circle cx=\"13\" cy=\"5\" r=\"3\" fill=\"").append(VALUE_COLOUR)
                .append("\"/></svg> value</li><li><svg width=\"26\" height=\"10\"><line x1=\"0\" y1=\"5\" ")
                .append("x2=\"26\" y2=\"5\" stroke=\"").append(BASELINE_COLOUR).append("\" stroke-dasharray=\"4 3\"/>")
                .append("</svg> baseline</li><li><svg width=\"26\" height=\"10\"><line x1=\"0\" y1=\"5\" x2=\"26\" ")
                .append("y2=\"5\" stroke=\"").append(TARGET_COLOUR).append("\" stroke-width=\"2\" ")
                .append("stroke-dasharray=\"1 3\"/></svg> target</li></ul>\n");
        List<Period> periods = report.periods();
        for (Indicator indicator : report.framework().indicators()) {
            Map<String, Map<Period, Double>> series = new LinkedHashMap<>();
            Map<String, Map<Period, Double>> found = new TreeMap<>();
            Map<String, List<Period>> withheld = new TreeMap<>();
            for (IndicatorValue v : report.values()) {
                if (!v.indicator().equals(indicator.id()) || !v.total()) {
                    continue;
                }
                // a value withheld by disclosure control is not drawn: the series skips that period, and a note
                // under the chart says so
                if (v.suppressed()) {
                    withheld.computeIfAbsent(v.country(), k -> new ArrayList<>()).add(v.period());
                } else {
                    found.computeIfAbsent(v.country(), k -> new TreeMap<>()).put(v.period(), v.value());
                }
            }
            ordered(found.keySet()).forEach(c -> series.put(c, found.get(c)));
            html.append("<figure class=\"trend\" data-indicator=\"").append(esc(indicator.id()))
                    .append("\"><figcaption><b>").append(esc(indicator.id())).append("</b> ")
                    .append(esc(indicator.title())).append(unit(indicator)).append("</figcaption>");
            if (series.isEmpty()) {
                html.append("<p class=\"no-data\" data-indicator=\"").append(esc(indicator.id())).append("\">")
                        .append(withheld.isEmpty() ? "No values reported for this indicator in any period"
                                : "Every value of this indicator is withheld by disclosure control")
                        .append(": nothing to chart.</p>");
            } else {
                html.append("<div class=\"multiples\">");
                series.forEach((country, values) -> trendChart(indicator, country, periods, values));
                html.append("</div>");
            }
            if (!withheld.isEmpty()) {
                html.append("<p class=\"withheld-note\" data-indicator=\"").append(esc(indicator.id()))
                        .append("\" title=\"").append(esc(withheldReason())).append("\">").append(WITHHELD)
                        .append(" (not drawn): ").append(esc(ordered(withheld.keySet()).stream()
                                .map(c -> label(c) + " " + withheld.get(c).stream().map(HtmlDashboard::periodLabel)
                                        .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))).append(".</p>");
            }
            html.append("</figure>\n");
        }
        html.append("</section>\n");
    }

    /** One small line chart: {@code values} by period, the baseline and the latest target as lines. */
    private void trendChart(Indicator indicator, String country, List<Period> periods, Map<Period, Double> values) {
        int width = 178;
        int height = 128;
        int left = 44;
        int right = width - 18;
        int top = 24;
        int bottom = height - 22;
        OptionalDouble baseline = indicator.baseline(country).flatMap(b -> b.value().isPresent()
                ? Optional.of(b.value()) : Optional.empty()).orElse(OptionalDouble.empty());
        Optional<org.m4sd.sdk.framework.Target> target = indicator.targets().stream()
                .filter(t -> t.country().equals(country) && t.dimensions().isEmpty() && t.value().isPresent())
                .max(java.util.Comparator.comparing(org.m4sd.sdk.framework.Target::period));
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = Math.min(0, values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        if (baseline.isPresent()) {
            max = Math.max(max, baseline.getAsDouble());
            min = Math.min(min, baseline.getAsDouble());
        }
        if (target.isPresent()) {
            max = Math.max(max, target.get().value().getAsDouble());
            min = Math.min(min, target.get().value().getAsDouble());
        }
        if (max == min) {
            max = min + 1;
        }
        double low = min;
        double span = max - min;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - low) / span * (bottom - top);
        java.util.function.IntToDoubleFunction x = i -> periods.size() == 1 ? (left + right) / 2.0
                : left + i * (right - left) / (periods.size() - 1.0);
        html.append("<svg class=\"trend-chart\" data-indicator=\"").append(esc(indicator.id()))
                .append("\" data-country=\"").append(esc(country)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(indicator.id() + " " + label(country))).append("\">");
        html.append("<text x=\"0\" y=\"12\" font-weight=\"bold\">").append(esc(label(country)))
                .append(report.framework().programme().financed(country) ? " (financed)" : "").append("</text>");
        // axes: the value scale at its two ends, the first and last period under the time axis
        html.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/><line x1=\"").append(left)
                .append("\" y1=\"").append(bottom).append("\" x2=\"").append(right).append("\" y2=\"").append(bottom)
                .append("\" stroke=\"#999\"/>");
        html.append("<text class=\"axis\" x=\"").append(left - 3).append("\" y=\"").append(top + 4)
                .append("\" text-anchor=\"end\">").append(compact(max)).append("</text><text class=\"axis\" x=\"")
                .append(left - 3).append("\" y=\"").append(bottom).append("\" text-anchor=\"end\">")
                .append(compact(min)).append("</text>");
        html.append("<text class=\"axis\" x=\"").append(format(x.applyAsDouble(0))).append("\" y=\"")
                .append(bottom + 14).append("\" text-anchor=\"middle\">").append(year(periods.get(0))).append("</text>");
        if (periods.size() > 1) {
            html.append("<text class=\"axis\" x=\"").append(format(x.applyAsDouble(periods.size() - 1)))
                    .append("\" y=\"").append(bottom + 14).append("\" text-anchor=\"middle\">")
                    .append(year(periods.get(periods.size() - 1))).append("</text>");
        }
        for (int i = 0; i < periods.size(); i++) {
            html.append("<line x1=\"").append(format(x.applyAsDouble(i))).append("\" y1=\"").append(bottom)
                    .append("\" x2=\"").append(format(x.applyAsDouble(i))).append("\" y2=\"").append(bottom + 3)
                    .append("\" stroke=\"#999\"/>");
        }
        baseline.ifPresent(b -> html.append("<line class=\"baseline\" x1=\"").append(left).append("\" x2=\"")
                .append(right).append("\" y1=\"").append(format(y.applyAsDouble(b))).append("\" y2=\"")
                .append(format(y.applyAsDouble(b))).append("\" stroke=\"").append(BASELINE_COLOUR)
                .append("\" stroke-dasharray=\"4 3\"><title>baseline ").append(number(b)).append("</title></line>"));
        target.ifPresent(t -> html.append("<line class=\"target\" x1=\"").append(left).append("\" x2=\"")
                .append(right).append("\" y1=\"").append(format(y.applyAsDouble(t.value().getAsDouble())))
                .append("\" y2=\"").append(format(y.applyAsDouble(t.value().getAsDouble()))).append("\" stroke=\"")
                .append(TARGET_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"1 3\"><title>target ")
                .append(number(t.value().getAsDouble())).append(" by ").append(periodLabel(t.period()))
                .append("</title></line>"));
        StringBuilder line = new StringBuilder();
        StringBuilder points = new StringBuilder();
        double lastValue = 0;
        for (int i = 0; i < periods.size(); i++) {
            Double v = values.get(periods.get(i));
            if (v == null) {
                continue;
            }
            lastValue = v;
            line.append(format(x.applyAsDouble(i))).append(',').append(format(y.applyAsDouble(v))).append(' ');
            points.append("<circle class=\"point\" cx=\"").append(format(x.applyAsDouble(i))).append("\" cy=\"")
                    .append(format(y.applyAsDouble(v))).append("\" r=\"3\" fill=\"").append(VALUE_COLOUR)
                    .append("\"><title>").append(periodLabel(periods.get(i))).append(": ").append(number(v))
                    .append("</title></circle>");
        }
        html.append("<polyline points=\"").append(line.toString().trim()).append("\" fill=\"none\" stroke=\"")
                .append(VALUE_COLOUR).append("\" stroke-width=\"2\"/>").append(points);
        html.append("<text x=\"").append(width).append("\" y=\"12\" text-anchor=\"end\">")
                .append("latest ").append(compact(lastValue)).append("</text></svg>");
    }

    /** For each indicator: the latest period's values by country, one bar per value of its first dimension. */
    private void charts() {
        html.append("<section id=\"charts\"><h2>Indicators by country and disaggregation</h2>\n");
        int drawn = 0;
        for (Indicator indicator : report.framework().indicators()) {
            List<IndicatorValue> values = report.values().stream()
                    .filter(v -> v.indicator().equals(indicator.id()) && !v.country().equals(IndicatorValue.TOTAL))
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            Period last = values.stream().map(IndicatorValue::period).max(Period::compareTo).orElseThrow();
            String dimension = indicator.dimensions().isEmpty() ? null : indicator.dimensions().get(0);
            Map<String, Map<String, Double>> bars = new LinkedHashMap<>();
            for (IndicatorValue v : values) {
                if (!v.period().equals(last) || !onlyDimensionShown(v, dimension) || v.suppressed()) {
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

    /**
     * Per country, one bar per determination: its decisions by outcome, on one scale for the whole page, each
     * outcome's count written beside the bar. The table is protected by the report's disclosure control
     * ({@link DecisionCounts}): a withheld outcome has no number; where the bar's total is published, the withheld
     * outcomes share one grey segment (their sum follows from the total, not each one); where it is withheld too,
     * a short grey mark stands for them.
     */
    private void decisions() {
        html.append("<section id=\"decisions\"><h2>Decisions by country, determination and outcome</h2>\n");
        if (decisions.countries().isEmpty()) {
            html.append("<p>No decisions were reported.</p></section>\n");
            return;
        }
        long scale = 1;
        for (String country : decisions.countries()) {
            for (Determination determination : decisions.determinations(country)) {
                scale = Math.max(scale, decisions.total(country, determination).orElse(decisions
                        .published(country, determination).values().stream().mapToLong(Long::longValue).sum()));
            }
        }
        html.append("<p>Bar length: decisions, ").append(DECISION_BAR).append(" px for ").append(number(scale))
                .append(". \"").append(WITHHELD).append("\" (grey): ").append(esc(withheldReason()))
                .append("</p>\n");
        html.append("<ul class=\"legend\" id=\"outcome-legend\">");
        OUTCOMES.forEach((o, style) -> html.append("<li data-outcome=\"").append(o).append("\">").append(swatch(style))
                .append(esc(style.label())).append("</li>"));
        html.append("<li data-outcome=\"withheld\">").append(swatch(new Style(WITHHELD, WITHHELD_COLOUR)))
                .append(WITHHELD).append("</li></ul>\n");
        int rowHeight = 18;
        for (String country : ordered(decisions.countries())) {
            List<Determination> determinations = decisions.determinations(country);
            OptionalLong decided = decisions.total(country);
            boolean financed = report.framework().programme().financed(country);
            html.append("<figure class=\"outcome-chart\" data-country=\"").append(esc(country))
                    .append("\" data-financed=\"").append(financed).append("\"><figcaption><b>").append(esc(country))
                    .append("</b> ").append(financed ? "(financed) " : "")
                    .append(decided.isPresent() ? number(decided.getAsLong()) + " decisions"
                            : "decisions (total " + WITHHELD + ")")
                    .append("</figcaption>");
            html.append("<svg class=\"outcomes\" width=\"").append(250 + DECISION_BAR + 470).append("\" height=\"")
                    .append(determinations.size() * rowHeight + 4).append("\" role=\"img\">");
            int y = 2;
            for (Determination determination : determinations) {
                html.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(esc(determination.id()))
                        .append("</text>");
                double x = 250;
                StringBuilder counts = new StringBuilder();
                Map<Outcome, Long> published = decisions.published(country, determination);
                List<Outcome> withheld = decisions.withheld(country, determination);
                long shown = 0;
                for (Outcome outcome : OUTCOMES.keySet()) {
                    Style style = OUTCOMES.get(outcome);
                    if (withheld.contains(outcome)) {
                        counts.append(counts.isEmpty() ? "" : " · ").append(style.label()).append(" ").append(WITHHELD);
                        continue;
                    }
                    Long count = published.get(outcome);
                    if (count == null) {
                        continue;
                    }
                    counts.append(counts.isEmpty() ? "" : " · ").append(style.label()).append(" ").append(number(count));
                    double width = (double) count / scale * DECISION_BAR;
                    html.append("<rect class=\"segment\" data-outcome=\"").append(outcome)
                            .append("\" data-count=\"").append(count).append("\" x=\"").append(format(x))
                            .append("\" y=\"").append(y).append("\" width=\"").append(format(width))
                            .append("\" height=\"").append(rowHeight - 4).append("\" fill=\"").append(style.colour())
                            .append("\"><title>").append(esc(determination.id())).append(", ").append(style.label())
                            .append(": ").append(number(count)).append("</title></rect>");
                    x += width;
                    shown += count;
                }
                OptionalLong total = decisions.total(country, determination);
                if (!withheld.isEmpty()) {
                    // the withheld outcomes together: their sum where the total is published, else a mark
                    double width = total.isPresent() ? (double) (total.getAsLong() - shown) / scale * DECISION_BAR : 6;
                    html.append("<rect class=\"segment withheld\" data-outcome=\"withheld\" x=\"").append(format(x))
                            .append("\" y=\"").append(y).append("\" width=\"").append(format(width))
                            .append("\" height=\"").append(rowHeight - 4).append("\" fill=\"").append(WITHHELD_COLOUR)
                            .append("\"><title>").append(esc(determination.id())).append(", ")
                            .append(withheld.size()).append(" outcome(s) ").append(WITHHELD).append(". ")
                            .append(esc(withheldReason())).append("</title></rect>");
                }
                if (total.isPresent() && published.size() + withheld.size() > 1) {
                    counts.append(" = ").append(number(total.getAsLong()));
                } else if (total.isEmpty()) {
                    counts.append(" (total ").append(WITHHELD).append(")");
                }
                html.append("<text class=\"counts\" x=\"").append(250 + DECISION_BAR + 8).append("\" y=\"")
                        .append(y + 12).append("\">").append(esc(counts.toString())).append("</text>");
                y += rowHeight;
            }
            html.append("</svg></figure>\n");
        }
        html.append("</section>\n");
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
                    .append("<th>excluded</th><th>mean</th><th>median</th></tr>\n");
            for (Sdg1071Result r : report.sdg1071()) {
                html.append("<tr class=\"sdg1071\"><td class=\"l\">").append(esc(label(r.country()))).append("</td><td class=\"l\">")
                        .append(esc(r.period().toString())).append("</td><td>").append(r.workers()).append("</td><td>")
                        .append(r.excluded()).append("</td><td>").append(number(r.mean())).append("</td><td>")
                        .append(number(r.median())).append("</td></tr>\n");
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
                            .append(Math.round(score / 2)).append("\" height=\"8\" fill=\"#0072B2\"/></svg></td>");
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

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A value for a small axis label: at most three significant figures, with k and M. */
    private static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", v / 1e3);
        }
        return number(Math.rint(v * 100) / 100);
    }

    /**
     * A calendar year as its number ("2022"), whole months of one year as the year and the months ("2023
     * (Jan-Oct)"), another period as its first and last day.
     */
    static String periodLabel(Period p) {
        boolean wholeMonths = p.start().getDayOfMonth() == 1 && p.end().getYear() == p.start().getYear()
                && p.end().getDayOfMonth() == p.end().lengthOfMonth();
        if (!wholeMonths) {
            return p.start() + " to " + p.end();
        }
        if (p.start().getMonthValue() == 1 && p.end().getMonthValue() == 12) {
            return String.valueOf(p.start().getYear());
        }
        return p.start().getYear() + " (" + month(p.start()) + "-" + month(p.end()) + ")";
    }

    private static String month(java.time.LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The year a period ends in, for a time axis. */
    private static String year(Period p) {
        return String.valueOf(p.end().getYear());
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
