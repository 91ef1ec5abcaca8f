package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the dashboards that {@code m4sd report --format html} and {@code m4sd demo} write in headless Chromium
 * (Debian's {@code chromium} and {@code chromium-driver}) at 1,400 px wide and checks what a reader sees: the
 * summary first, then progress, trends and the decisions last; every chart laid out with a size and none without
 * data; bars as long as their counts and no count the framework's disclosure control withholds; withheld values
 * marked "withheld"; the accessible palette with a name beside every
 * colour; no title cut with an ellipsis; nothing fetched, no console error. Saves full-page screenshots and one
 * of each section of the demo dashboard under {@code target/dashboard-browser/}; with the system property
 * {@code m4sd.screenshots} set to a directory, the section screenshots are also written there (the committed
 * ones under {@code docs/dashboard/}, see docs/RESULTS-FRAMEWORK.md).
 *
 * <p>Without Chromium the test is skipped, unless {@code M4SD_REQUIRE_BROWSER} is set, as CI sets it: there a
 * missing browser fails the build instead of hiding the test.
 */
class DashboardBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("m4sd.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("m4sd.chromedriver", "/usr/bin/chromedriver"));
    private static final Path JAR = Path.of(System.getProperty("m4sd.jar", "target/m4sd.jar"));
    private static final Path OUT = Path.of("target", "dashboard-browser");
    private static final int WIDTH = 1400;
    /** The sections the demo dashboard is photographed by, in page order. */
    private static final List<String> SECTIONS = List.of("summary", "progress", "trends", "decisions");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver browser;
    private static Path demoDir;
    private static Path reportDashboard;

    @BeforeAll
    static void startBrowserAndWriteDashboards() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("M4SD_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("M4SD_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install the Debian packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium, chromium-driver): dashboard not checked in a browser");

        Files.createDirectories(OUT);
        demoDir = OUT.resolve("demo");
        m4sd("demo", "--people", "3000", "--seed", "7", "--output-dir", demoDir.toString());
        reportDashboard = OUT.resolve("report-dashboard.html");
        m4sd("report", "--cases", demoDir.resolve("population.jsonl").toString(), "--decisions",
                demoDir.resolve("decisions.jsonl").toString(), "--format", "html", "-o", reportDashboard.toString());

        browser = start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The closed network refuses Chromium's background connections; these flags stop it trying.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--force-color-profile=srgb",
                "--hide-scrollbars", "--window-size=" + WIDTH + ",900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static void m4sd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = OUT.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("m4sd %s finished", args[0]).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    /** Loads a page and returns its console messages at level SEVERE (errors), read after the load. */
    private static List<String> open(Path page) {
        browser.manage().logs().get(LogType.BROWSER); // drain what an earlier page left
        browser.get(page.toAbsolutePath().toUri().toString());
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** Every element the selector finds is laid out with a width and a height (it drew). */
    private static long drawn(String selector) {
        return number(js("return Array.from(document.querySelectorAll(arguments[0])).filter(e => {"
                + " const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length", selector));
    }

    private static long count(String selector) {
        return number(js("return document.querySelectorAll(arguments[0]).length", selector));
    }

    private static Path screenshot(String name) throws IOException {
        long height = number(js("return Math.ceil(document.documentElement.scrollHeight)"));
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 40, 16_000)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path file = OUT.resolve(name + ".png");
        Files.write(file, png);
        browser.manage().window().setSize(new Dimension(WIDTH, 900));
        return file;
    }

    /**
     * The screenshot as a PNG of its 256 most frequent colours, every other (the edges of anti-aliased text)
     * drawn in the nearest of them: about half the size, and as readable, so that the committed ones stay small.
     */
    private static byte[] indexed(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Map<Integer, Integer> frequency = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                frequency.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int[] palette = frequency.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(256).mapToInt(Map.Entry::getKey).toArray();
        byte[] red = new byte[palette.length];
        byte[] green = new byte[palette.length];
        byte[] blue = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            red[i] = (byte) (palette[i] >> 16);
            green[i] = (byte) (palette[i] >> 8);
            blue[i] = (byte) palette[i];
        }
        BufferedImage indexed = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                new java.awt.image.IndexColorModel(8, palette.length, red, green, blue));
        Map<Integer, Integer> nearest = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int index = nearest.computeIfAbsent(image.getRGB(x, y) & 0xFFFFFF, rgb -> {
                    int best = 0;
                    long bestDistance = Long.MAX_VALUE;
                    for (int i = 0; i < palette.length; i++) {
                        long r = ((palette[i] >> 16) & 0xFF) - ((rgb >> 16) & 0xFF);
                        long g = ((palette[i] >> 8) & 0xFF) - ((rgb >> 8) & 0xFF);
                        long b = (palette[i] & 0xFF) - (rgb & 0xFF);
                        if (r * r + g * g + b * b < bestDistance) {
                            bestDistance = r * r + g * g + b * b;
                            best = i;
                        }
                    }
                    return best;
                });
                indexed.getRaster().setSample(x, y, 0, index);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(indexed, "png", out);
        return out.toByteArray();
    }

    private static int pixelsOf(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The decisions in {@code decisions.jsonl}, counted by outcome over the cells (country, determination,
     * outcome) the dashboard publishes: those the framework's disclosure control does not withhold.
     */
    private static Map<Outcome, Long> publishedDecisionsByOutcome() throws IOException {
        Map<String, String> countryOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(demoDir.resolve("population.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode c = JSON.readTree(line);
            countryOf.put(c.path("requestId").asText(), c.path("jurisdiction").asText());
        }
        Map<String, Long> cells = new java.util.HashMap<>();
        for (String line : Files.readAllLines(demoDir.resolve("decisions.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode decided = JSON.readTree(line);
            for (JsonNode d : decided.path("decisions")) {
                cells.merge(countryOf.get(decided.path("requestId").asText()) + " " + d.path("determination").asText()
                        + " " + d.path("outcome").asText(), 1L, Long::sum);
            }
        }
        // the cells as decision events: the country, determination and outcome are what the table counts
        List<ProgrammeEvent.DecisionMade> made = new ArrayList<>();
        cells.forEach((cell, n) -> {
            String[] parts = cell.split(" ");
            for (long i = 0; i < n; i++) {
                made.add(new ProgrammeEvent.DecisionMade(parts[0], java.time.LocalDate.of(2022, 1, 1),
                        Determination.byId(parts[1]).orElseThrow(), Outcome.valueOf(parts[2]), Sex.X,
                        MigratoryStatus.UNKNOWN, cell + i));
            }
        });
        DecisionCounts published = new DecisionCounts(made, Framework.illustrative().disclosureControl());
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (String country : published.countries()) {
            for (Determination determination : published.determinations(country)) {
                published.published(country, determination).forEach((o, n) -> counts.merge(o, n, Long::sum));
            }
        }
        return counts;
    }

    private static TreeSet<String> countries() throws IOException {
        TreeSet<String> countries = new TreeSet<>();
        for (String line : Files.readAllLines(demoDir.resolve("population.jsonl"), StandardCharsets.UTF_8)) {
            countries.add(JSON.readTree(line).path("jurisdiction").asText());
        }
        return countries;
    }

    @Test
    void reportDashboardDrawsEveryChartWithoutErrorsOrFetches() throws Exception {
        assertThat(open(reportDashboard)).as("console errors").isEmpty();
        assertThat(number(js("return performance.getEntriesByType('resource').length"))).as("resources fetched")
                .isZero();
        assertThat(browser.getTitle()).isNotBlank();

        long charts = count("figure.chart");
        assertThat(charts).isPositive();
        assertThat(drawn("figure.chart svg.bars")).isEqualTo(charts);
        long bars = number(js("return Array.from(document.querySelectorAll('svg.bars rect.bar'))"
                + ".filter(r => Number(r.getAttribute('height')) > 0).length"));
        assertThat(bars).isGreaterThanOrEqualTo(charts);
        assertThat(drawn("svg.bars rect.bar")).isEqualTo(bars);

        int countries = countries().size();
        assertThat(count("figure.outcome-chart")).isEqualTo(countries);
        assertThat(drawn("figure.outcome-chart svg.outcomes")).isEqualTo(countries);
        Map<Outcome, Long> shown = new EnumMap<>(Outcome.class);
        for (WebElement segment : browser.findElements(By.cssSelector("rect.segment:not(.withheld)"))) {
            shown.merge(Outcome.valueOf(segment.getAttribute("data-outcome")),
                    Long.parseLong(segment.getAttribute("data-count")), Long::sum);
        }
        assertThat(shown).isEqualTo(publishedDecisionsByOutcome());
        assertThat(shown.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(
                Framework.illustrative().disclosureControl().threshold()));
        assertThat(drawn("rect.segment")).isEqualTo(count("rect.segment"));

        Path png = screenshot("report-dashboard");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getHeight()).isGreaterThan(900);
        assertThat(pixelsOf(image, HtmlDashboard.OUTCOMES.get(Outcome.ELIGIBLE).colour()))
                .as("eligible segments painted").isGreaterThan(1_000);
        assertThat(pixelsOf(image, HtmlDashboard.OUTCOMES.get(Outcome.INELIGIBLE).colour()))
                .as("ineligible segments painted").isGreaterThan(100);
    }

    /**
     * Every bar is on the page's one scale, the one its legend gives: each published segment as long as its count,
     * the longest bar (withheld outcomes drawn together in grey) 360 px.
     */
    @Test
    void decisionBarsAreAsLongAsTheirCounts() {
        assertThat(open(reportDashboard)).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) js(
                "const rows = new Map();"
                + "for (const r of document.querySelectorAll('rect.segment:not(.withheld)')) {"
                + "  const key = r.closest('figure').dataset.country + ' ' + r.getAttribute('y');"
                + "  const row = rows.get(key) || {width: 0, count: 0, segments: []};"
                + "  row.width += r.getBoundingClientRect().width; row.count += Number(r.dataset.count);"
                + "  row.segments.push([r.getBoundingClientRect().width, Number(r.dataset.count)]);"
                + "  rows.set(key, row); }"
                + "return Array.from(rows.values());");
        assertThat(rows).isNotEmpty();
        Matcher legend = Pattern.compile("Bar length: decisions, " + HtmlDashboard.DECISION_BAR + " px for ([\\d,]+)\\.")
                .matcher(browser.findElement(By.id("decisions")).getText());
        assertThat(legend.find()).isTrue();
        double scale = Double.parseDouble(legend.group(1).replace(",", ""));
        double longest = number(js("let longest = 0;"
                + "for (const svg of document.querySelectorAll('svg.outcomes')) {"
                + "  const rows = new Map();"
                + "  for (const r of svg.querySelectorAll('rect.segment')) {"
                + "    rows.set(r.getAttribute('y'), (rows.get(r.getAttribute('y')) || 0) + r.getBoundingClientRect().width); }"
                + "  for (const w of rows.values()) { longest = Math.max(longest, w); } }"
                + "return Math.round(longest);"));
        assertThat(longest).isCloseTo(HtmlDashboard.DECISION_BAR, within(1.0));
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<List<Number>> segments = (List<List<Number>>) row.get("segments");
            for (List<Number> s : segments) {
                assertThat(s.get(1).longValue()).isGreaterThanOrEqualTo(
                        Framework.illustrative().disclosureControl().threshold());
                assertThat(s.get(0).doubleValue()).isCloseTo(s.get(1).doubleValue() / scale * HtmlDashboard.DECISION_BAR,
                        within(0.6));
            }
        }
        assertThat(browser.findElement(By.id("decisions")).getText()).contains(HtmlDashboard.WITHHELD);
        assertThat(count("rect.segment.withheld")).isPositive();
    }

    @Test
    void demoDashboardColoursProgressAsItsLegendAndDrawsTheSdgScores() throws Exception {
        assertThat(open(demoDir.resolve("dashboard.html"))).as("console errors").isEmpty();
        assertThat(number(js("return performance.getEntriesByType('resource').length"))).isZero();

        List<WebElement> cells = browser.findElements(By.cssSelector("td.achievement"));
        assertThat(cells).isNotEmpty();
        TreeSet<ProgressCategory> seen = new TreeSet<>();
        for (WebElement cell : cells) {
            ProgressCategory category = ProgressCategory.valueOf(cell.getAttribute("data-category"));
            seen.add(category);
            WebElement named = cell.findElement(By.cssSelector("span.cat"));
            String painted = named.findElement(By.cssSelector("span.sw")).getCssValue("background-color");
            assertThat(painted).as("colour of %s", category)
                    .isEqualTo(rgba(HtmlDashboard.CATEGORIES.get(category).colour()));
            assertThat(named.getText()).isEqualTo(HtmlDashboard.CATEGORIES.get(category).label());
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(2);
        assertThat(drawn("svg.progress")).isEqualTo(count("svg.progress")).isEqualTo(cells.size());
        assertThat(count("tr.sdg1072")).isPositive();
        assertThat(drawn("tr.sdg1072 svg")).isEqualTo(6 * count("tr.sdg1072"));
        assertThat(drawn("figure.chart svg.bars")).isEqualTo(count("figure.chart")).isPositive();
        screenshot("demo-dashboard");
    }

    /**
     * What the issue asks a reader to see first and how: the sections in order, the summary's counts, a trend
     * chart per indicator and country with values and a note for each indicator without, the palette's colours
     * each with its name, no title cut. Then a screenshot of each section.
     */
    @Test
    void demoDashboardShowsTheSummaryTrendsAndAccessiblePalette() throws Exception {
        assertThat(open(demoDir.resolve("dashboard.html"))).as("console errors").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) js("return Array.from(document.querySelectorAll('body > section'))"
                + ".map(s => s.id)");
        assertThat(order).startsWith("summary", "progress", "trends").endsWith("decisions");
        assertThat(number(js("return document.getElementById('summary').getBoundingClientRect().top")))
                .as("summary starts within the first screen").isLessThan(900);

        // the summary: a row per country with a count per category, adding up to the indicators assessed
        List<WebElement> countryRows = browser.findElements(By.cssSelector("#summary-country tr[data-row]"));
        assertThat(countryRows).hasSize(countries().size() + 1);
        for (WebElement row : countryRows) {
            long sum = 0;
            for (WebElement cell : row.findElements(By.cssSelector("td[data-category]"))) {
                sum += Long.parseLong(cell.getAttribute("data-count"));
            }
            assertThat(sum).isPositive();
            assertThat(row.getText()).contains(" of " + sum);
        }
        assertThat(count("#summary-sector tr[data-row]")).isGreaterThanOrEqualTo(4);

        // the palette: every category in the legend, its swatch painted in its colour, its name beside it
        List<WebElement> legend = browser.findElements(By.cssSelector("#legend li"));
        assertThat(legend).hasSize(ProgressCategory.values().length);
        for (WebElement item : legend) {
            HtmlDashboard.Style style = HtmlDashboard.CATEGORIES.get(ProgressCategory.valueOf(item.getAttribute("data-category")));
            assertThat(item.getText()).isEqualTo(style.label());
            assertThat(item.findElement(By.cssSelector("span.sw")).getCssValue("background-color"))
                    .isEqualTo(rgba(style.colour()));
        }
        // every outcome, and the grey of the withheld ones
        assertThat(browser.findElements(By.cssSelector("#outcome-legend li"))).hasSize(Outcome.values().length + 1)
                .allSatisfy(li -> assertThat(li.getText()).isNotBlank());

        // trends: every chart drew a value; every indicator has charts or a note, never empty axes
        long trendCharts = count("svg.trend-chart");
        assertThat(trendCharts).isGreaterThan(10);
        assertThat(drawn("svg.trend-chart")).isEqualTo(trendCharts);
        assertThat(number(js("return Array.from(document.querySelectorAll('svg.trend-chart'))"
                + ".filter(s => s.querySelectorAll('circle.point').length > 0).length"))).isEqualTo(trendCharts);
        assertThat(number(js("return Array.from(document.querySelectorAll('svg.trend-chart'))"
                + ".filter(s => s.querySelectorAll('circle.point').length > 1).length"))).as("series over periods")
                .isPositive();
        // horizontal lines have no height to be "drawn": counted instead
        assertThat(count("svg.trend-chart line.target")).isPositive();
        assertThat(count("svg.trend-chart line.baseline")).isPositive();
        assertThat(number(js("return Array.from(document.querySelectorAll('figure.trend')).filter(f =>"
                + " (f.querySelector('svg.trend-chart') === null) === (f.querySelector('p.no-data') === null)).length")))
                .as("trend figures with both or neither a chart and a note").isZero();
        assertThat(count("p.no-data")).isPositive();

        // withheld values: written "withheld", the reason and the threshold in the title, never a number; a note
        // under each trend chart with a withheld period
        int threshold = Framework.illustrative().disclosureControl().threshold();
        List<WebElement> notes = browser.findElements(By.cssSelector("#trends p.withheld-note"));
        assertThat(notes).isNotEmpty().allSatisfy(note -> {
            assertThat(note.getText()).startsWith(HtmlDashboard.WITHHELD + " (not drawn): ");
            assertThat(note.getAttribute("title")).contains("disclosure control", "threshold " + threshold);
        });
        List<WebElement> withheldCells = browser.findElements(By.cssSelector("#progress td.withheld"));
        assertThat(withheldCells).isNotEmpty().allSatisfy(cell -> {
            WebElement word = cell.findElement(By.tagName("b"));
            assertThat(word.getText()).isEqualTo(HtmlDashboard.WITHHELD);
            assertThat(word.getAttribute("title")).contains("disclosure control", "threshold " + threshold);
            assertThat(cell.getText()).doesNotContainPattern("^\\d");
        });

        // no text cut: no ellipsis in the computed style, every title as long as its text
        assertThat(number(js("return Array.from(document.querySelectorAll('*'))"
                + ".filter(e => getComputedStyle(e).textOverflow === 'ellipsis').length"))).isZero();
        assertThat(number(js("return Array.from(document.querySelectorAll('h1, h2, h3, figcaption, td.title'))"
                + ".filter(e => e.scrollWidth > e.clientWidth + 1 || e.textContent.includes('\u2026')).length")))
                .isZero();

        browser.manage().window().setSize(new Dimension(WIDTH,
                (int) Math.min(number(js("return Math.ceil(document.documentElement.scrollHeight)")) + 40, 16_000)));
        String copies = System.getProperty("m4sd.screenshots", "");
        for (String id : SECTIONS) {
            byte[] png = indexed(browser.findElement(By.id(id)).getScreenshotAs(OutputType.BYTES));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).as(id).isGreaterThan(1_000);
            assertThat(png.length).as("size of %s.png", id).isLessThan(400_000);
            Files.write(OUT.resolve(id + ".png"), png);
            if (!copies.isBlank()) {
                Files.createDirectories(Path.of(copies));
                Files.write(Path.of(copies, id + ".png"), png);
            }
        }
        assertThat(pixelsOf(ImageIO.read(OUT.resolve("summary.png").toFile()),
                HtmlDashboard.CATEGORIES.get(ProgressCategory.ACHIEVED).colour())).as("summary bars painted")
                .isGreaterThan(500);
        assertThat(pixelsOf(ImageIO.read(OUT.resolve("trends.png").toFile()), HtmlDashboard.VALUE_COLOUR))
                .as("trend lines painted").isGreaterThan(500);
        browser.manage().window().setSize(new Dimension(WIDTH, 900));
    }

    @Test
    void consoleCheckCatchesAPageThatFails() throws IOException {
        Path broken = OUT.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><p>broken</p>"
                + "<script>console.error('chart failed'); undefinedFunction();</script></body></html>");
        assertThat(open(broken)).hasSizeGreaterThanOrEqualTo(2).anySatisfy(m -> assertThat(m).contains("chart failed"))
                .anySatisfy(m -> assertThat(m).contains("undefinedFunction"));
    }

    private static String rgba(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgba(" + (rgb >> 16) + ", " + ((rgb >> 8) & 0xFF) + ", " + (rgb & 0xFF) + ", 1)";
    }
}
