package org.refugeelaw.examples.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.FrameComparison;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.examples.WhatIf;

/**
 * The workbench in a real browser: headless Chromium driven by Selenium through chromedriver (Debian's chromium and
 * chromium-driver packages, which .ci/run installs). Every expected outcome is asked of the library itself, never
 * written down here. Each page is checked with axe-core for serious or critical accessibility violations.
 *
 * <p>Without Chromium the tests are skipped with a message, except under CI ({@code CI=true}), where they fail.
 */
class WorkbenchBrowserTest {
    static final Path FOLDER = Path.of("scenarios");
    static final String S1 = "S1-hunger-defector-held-in-china";
    static final String FACT = "$.departure.withPermission";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static ScenarioRunner runner;
    static Workbench wb;
    static WebDriver driver;
    static Path downloads;
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        // -Dworkbench.chromium=... and -Dworkbench.chromedriver=... name the programs and nothing else is tried.
        String chromium = System.getProperty("workbench.chromium") != null
                ? firstExisting(System.getProperty("workbench.chromium"))
                : firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String chromedriver = System.getProperty("workbench.chromedriver") != null
                ? firstExisting(System.getProperty("workbench.chromedriver"))
                : firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            String message = "Chromium or chromedriver is not installed (Debian: apt-get install chromium"
                    + " chromium-driver; or set CHROME_BIN and CHROMEDRIVER): the workbench's browser tests cannot run.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " Under CI they must: .ci/run installs them.");
            }
            // Each test then reports itself skipped, with this message (see skipWithoutChromium).
            missing = "Skipped: " + message;
            System.err.println("WorkbenchBrowserTest: " + missing);
            return;
        }
        runner = new ScenarioRunner();
        wb = new Workbench(new Workbench.Options("127.0.0.1", 0, FOLDER, null), runner).start();
        downloads = Files.createTempDirectory("workbench-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT).pageLoadTimeout(WAIT);
    }

    @BeforeEach
    void skipWithoutChromium() {
        Assumptions.assumeTrue(missing == null, () -> missing);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (wb != null) {
            wb.close();
        }
        if (downloads != null) {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String firstExisting(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    static String url(String path) {
        return "http://127.0.0.1:" + wb.port() + path;
    }

    /** Waits for the page; htmx replaces elements as it swaps, so a reference that went stale is read again. */
    static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, WAIT);
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    static String outcomeOnPage() {
        return driver.findElement(By.id("determination")).getDomAttribute("data-outcome");
    }

    @Test
    void theLibraryListsTheScenariosAndPassesAxe() throws IOException {
        driver.get(url("/"));
        Scenario s1 = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        WebElement card = driver.findElement(By.id("s-" + S1));
        assertThat(card.getText()).isEqualTo(s1.title());
        assertThat(driver.findElements(By.cssSelector("article.scenario"))).hasSize(ScenarioLoader.files(FOLDER).size());
        assertNoSeriousViolations("library");
    }

    @Test
    void changingAFactShowsWhatTheEngineSaysItChanges() throws IOException {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        Assessment before = runner.assess(s);
        String current = s.caseTree().path("departure").path("withPermission").asText("unknown");
        String other = current.equals("established") ? "not_established" : "established";
        Assessment after = runner.assessorFor(s).assess(CaseJson.fromTree(WhatIf.set(s.caseTree(), FACT, other)),
                s.frame());
        List<WhatIf.Change> changes = WhatIf.changes(before, after);
        assertThat(after.outcome()).as("the fact chosen for this test must change the determination of S1")
                .isNotEqualTo(before.outcome());

        driver.get(url("/case/" + S1));
        assertThat(outcomeOnPage()).isEqualTo(before.outcome());
        assertNoSeriousViolations("case page");
        new Select(driver.findElement(By.cssSelector("select[data-path='" + FACT + "']"))).selectByValue(other);
        waiting().until(d -> after.outcome().equals(outcomeOnPage()));

        WebElement determination = driver.findElement(By.id("determination"));
        assertThat(determination.getDomAttribute("class")).contains("changed");
        assertThat(determination.getText()).contains(after.determination().reasons().get(0));
        for (WhatIf.Change c : changes) {
            if (criterion(c.item()) != null && after.finding(criterion(c.item())).isPresent()) {
                WebElement finding = driver.findElement(By.id("c-" + c.item()));
                assertThat(finding.getDomAttribute("class")).as(c.item()).contains("changed");
                assertThat(finding.getText()).contains(c.reasons().get(0));
            }
        }
        assertThat(driver.findElement(By.id("changes-h")).isDisplayed()).isTrue();
        screenshot();
        assertNoSeriousViolations("case page after a change");

        // Change it back: the determination returns to what it was, as the engine says.
        new Select(driver.findElement(By.cssSelector("select[data-path='" + FACT + "']"))).selectByValue(current);
        waiting().until(d -> before.outcome().equals(outcomeOnPage()));
    }

    @Test
    void theFramesSideBySideAndTheAlternativesComeOnRequest() throws IOException {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        FrameComparison fc = runner.assessorFor(s).compareFrames(ScenarioRunner.caseOf(s));
        driver.get(url("/case/" + S1));
        driver.findElement(By.id("compare-button")).click();
        waiting().until(d -> !d.findElements(By.id("compare-h")).isEmpty());
        List<String> headers = driver.findElements(By.cssSelector(".compare thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers.subList(1, headers.size())).containsExactlyElementsOf(fc.frames());
        assertThat(driver.findElements(By.cssSelector(".compare tr.differs"))).hasSize(fc.differences().size());
        assertNoSeriousViolations("frames compared");

        Assessment alt = runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame());
        driver.findElement(By.id("alternatives-button")).click();
        waiting().until(d -> !d.findElements(By.id("alternatives-h")).isEmpty());
        String text = driver.findElement(By.cssSelector(".alternatives")).getText();
        alt.decisiveFacts().forEach(f -> assertThat(text).contains(f.fact()));
        alt.counterfactuals().forEach(c -> assertThat(text).contains(c.summary()));
        assertNoSeriousViolations("alternatives");
    }

    @Test
    void aTrainingRoundIsScoredAndTheScoresExportAsCsv() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        Assessment a = runner.assess(s);
        driver.get(url("/train/" + S1));
        assertNoSeriousViolations("training page");
        driver.findElement(By.id("trainee")).sendKeys("Trainee A");
        // Right on the determination, wrong on the first criterion on purpose, no prediction for the rest.
        new Select(driver.findElement(By.name("determination"))).selectByValue(a.determination().status().name());
        CriterionFinding first = a.criteria().get(0);
        String wrong = first.status() == Status.MET ? Status.NOT_MET.name() : Status.MET.name();
        new Select(driver.findElement(By.name("criterion:" + first.criterion().name()))).selectByValue(wrong);
        driver.findElement(By.id("reveal")).click();
        waiting().until(d -> !d.findElements(By.id("score")).isEmpty());
        int outOf = 1 + a.criteria().size() + a.returns().size();
        assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("Trainee A: 1 of " + outOf
                + " predictions right.");
        String misses = driver.findElements(By.cssSelector("article.miss")).stream().map(WebElement::getText)
                .collect(Collectors.joining("\n"));
        assertThat(misses).contains(first.reasons().get(0));
        first.legalBasis().forEach(b -> assertThat(misses).contains(b));
        assertNoSeriousViolations("revealed");

        driver.get(url("/scores"));
        assertNoSeriousViolations("scores");
        driver.findElement(By.id("export")).click();
        Path csv = downloads.resolve("scores.csv");
        waiting().until(d -> Files.exists(csv) && size(csv) > 0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("time,trainee,scenario,frame,score,out_of,missed");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"Trainee A\",\"" + S1 + "\",\"" + s.frame()
                + "\",\"1\",\"" + outOf + "\"").contains("criterion:" + first.criterion().name()));
    }

    @Test
    void theWorkbenchWorksByKeyboardAlone() {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        Assessment before = runner.assess(s);
        driver.get(url("/"));
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getText()).isEqualTo("Skip to the content");
        // Tab to the link that opens S1, and follow it with Enter.
        tabUntil(e -> ("/case/" + S1).equals(e.getDomAttribute("href")), 400);
        keys.sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.getCurrentUrl().endsWith("/case/" + S1));
        // Tab to the fact, change it with the arrow keys, and see the assessment follow.
        tabUntil(e -> FACT.equals(e.getDomAttribute("data-path")), 400);
        String was = new Select(active()).getFirstSelectedOption().getDomAttribute("value");
        keys.sendKeys(Keys.ARROW_UP).perform();
        String now = new Select(driver.findElement(By.cssSelector("select[data-path='" + FACT + "']")))
                .getFirstSelectedOption().getDomAttribute("value");
        assertThat(now).isNotEqualTo(was);
        Assessment after = runner.assessorFor(s).assess(CaseJson.fromTree(WhatIf.set(s.caseTree(), FACT, now)),
                s.frame());
        assertThat(after.outcome()).isNotEqualTo(before.outcome());
        waiting().until(d -> after.outcome().equals(outcomeOnPage()));
        // The focus stays on the fact that was changed.
        assertThat(active().getDomAttribute("data-path")).isEqualTo(FACT);
    }

    static org.refugeelaw.assessment.Criterion criterion(String item) {
        for (org.refugeelaw.assessment.Criterion c : org.refugeelaw.assessment.Criterion.values()) {
            if (c.name().equals(item)) {
                return c;
            }
        }
        return null;
    }

    static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, at most {@code limit} times. */
    static void tabUntil(java.util.function.Predicate<WebElement> wanted, int limit) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < limit; i++) {
            if (wanted.test(active())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Not reached by " + limit + " presses of Tab.");
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static void screenshot() throws IOException {
        Path target = Path.of("target", "workbench.png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        // mvn ... -Dworkbench.screenshot=../docs/workbench.png refreshes the README's screenshot.
        String docs = System.getProperty("workbench.screenshot");
        if (docs != null && !docs.isBlank()) {
            Files.copy(target, Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Injects axe-core and fails on any violation of impact serious or critical. */
    static void assertNoSeriousViolations(String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify(r.violations.map(function (v) {"
                + "    return {id: v.id, impact: v.impact, help: v.help,"
                + "            nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })));"
                + "}).catch(function (e) { done('error: ' + e); });");
        String text = String.valueOf(result);
        assertThat(text).as("axe-core ran on " + page).doesNotStartWith("error:");
        JsonNode violations = JSON.readTree(text);
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            if (Set.of("serious", "critical").contains(v.path("impact").asText())) {
                serious.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText()
                        + " at " + v.path("nodes"));
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on the " + page).isEmpty();
    }

    private static String axe;

    static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = WorkbenchBrowserTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }
}
