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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.ProgressCategory;
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
 * (Debian's {@code chromium} and {@code chromium-driver}) and checks what a reader sees: every chart laid out with
 * a size, bars as long as their counts, progress colours as the legend says, nothing fetched, no console error.
 * Saves full-page screenshots under {@code target/dashboard-browser/}.
 *
 * <p>Without Chromium the test is skipped, unless {@code M4SD_REQUIRE_BROWSER} is set, as CI sets it: there a
 * missing browser fails the build instead of hiding the test.
 */
class DashboardBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("m4sd.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("m4sd.chromedriver", "/usr/bin/chromedriver"));
    private static final Path JAR = Path.of(System.getProperty("m4sd.jar", "target/m4sd.jar"));
    private static final Path OUT = Path.of("target", "dashboard-browser");
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
                "--hide-scrollbars", "--window-size=1280,900");
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
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 16_000)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path file = OUT.resolve(name + ".png");
        Files.write(file, png);
        browser.manage().window().setSize(new Dimension(1280, 900));
        return file;
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

    /** The decisions in {@code decisions.jsonl}, counted by outcome, and the countries of their cases. */
    private static Map<Outcome, Long> decisionsByOutcome() throws IOException {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (String line : Files.readAllLines(demoDir.resolve("decisions.jsonl"), StandardCharsets.UTF_8)) {
            for (JsonNode d : JSON.readTree(line).path("decisions")) {
                counts.merge(Outcome.valueOf(d.path("outcome").asText()), 1L, Long::sum);
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
        for (WebElement segment : browser.findElements(By.cssSelector("rect.segment"))) {
            long n = Long.parseLong(segment.getAttribute("data-count"));
            assertThat(n).as("a count below the disclosure threshold drawn").isGreaterThanOrEqualTo(5);
            shown.merge(Outcome.valueOf(segment.getAttribute("data-outcome")), n, Long::sum);
        }
        // what disclosure control withholds is drawn grey, without a number
        Map<Outcome, Long> decided = decisionsByOutcome();
        assertThat(shown.keySet()).isEqualTo(decided.keySet());
        shown.forEach((outcome, n) -> assertThat(n).isLessThanOrEqualTo(decided.get(outcome)));
        assertThat(drawn("rect.segment")).isEqualTo(count("rect.segment"));
        assertThat(drawn("rect.withheld")).isEqualTo(count("rect.withheld")).isPositive();

        Path png = screenshot("report-dashboard");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getHeight()).isGreaterThan(900);
        assertThat(pixelsOf(image, HtmlDashboard.OUTCOME_COLOURS.get(Outcome.ELIGIBLE)))
                .as("eligible segments painted").isGreaterThan(1_000);
        assertThat(pixelsOf(image, HtmlDashboard.OUTCOME_COLOURS.get(Outcome.INELIGIBLE)))
                .as("ineligible segments painted").isGreaterThan(100);
    }

    @Test
    void stackedBarsAreAsLongAsTheirShareOfDecisions() {
        assertThat(open(reportDashboard)).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) js(
                "const rows = new Map();"
                + "for (const r of document.querySelectorAll('rect.segment, rect.withheld')) {"
                + "  const key = r.closest('figure').dataset.country + ' ' + r.getAttribute('y');"
                + "  const row = rows.get(key) || {width: 0, segments: []};"
                + "  row.width += r.getBoundingClientRect().width;"
                + "  if (r.dataset.count) row.segments.push([r.getBoundingClientRect().width, Number(r.dataset.count),"
                + "    Number(r.dataset.total)]);"
                + "  rows.set(key, row); }"
                + "return Array.from(rows.values());");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            double width = ((Number) row.get("width")).doubleValue();
            assertThat(width).isCloseTo(360, within(1.0));
            @SuppressWarnings("unchecked")
            List<List<Number>> segments = (List<List<Number>>) row.get("segments");
            for (List<Number> s : segments) {
                double total = s.get(2).doubleValue();
                assertThat(s.get(0).doubleValue()).isCloseTo(s.get(1).doubleValue() / total * 360, within(0.6));
            }
        }
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
            String painted = cell.findElement(By.cssSelector("span.cat")).getCssValue("background-color");
            assertThat(painted).as("colour of %s", category).isEqualTo(rgba(HtmlDashboard.COLOURS.get(category)));
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(2);
        assertThat(drawn("svg.progress")).isEqualTo(count("svg.progress")).isEqualTo(cells.size());
        assertThat(count("tr.sdg1072")).isPositive();
        assertThat(drawn("tr.sdg1072 svg")).isEqualTo(6 * count("tr.sdg1072"));
        assertThat(drawn("figure.chart svg.bars")).isEqualTo(count("figure.chart")).isPositive();
        screenshot("demo-dashboard");
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
