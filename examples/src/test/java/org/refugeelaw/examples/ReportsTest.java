package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.Tier;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.MarkdownReport;

/** The HTML and Markdown reports of a real assessment (S1), and the runner's html subcommand. */
class ReportsTest {
    private static final Path S1 = Path.of("scenarios/S1-hunger-defector-held-in-china.yaml");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String MUSTACHE = "{{x}}";

    private static ScenarioRunner runner;
    private static Scenario scenario;
    private static Assessment s1;
    private static String html;
    private static String md;

    @BeforeAll
    static void render() {
        runner = new ScenarioRunner();
        scenario = ScenarioLoader.load(S1);
        s1 = runner.assess(scenario);
        html = HtmlReport.render(s1);
        md = MarkdownReport.render(s1);
    }

    private static String label(Status s) {
        return switch (s) {
            case MET -> "MET";
            case NOT_MET -> "NOT MET";
            case UNDETERMINED -> "UNDETERMINED";
            case NOT_APPLICABLE -> "N/A";
        };
    }

    private static String cssClass(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }

    /** As the HTML report escapes text: mustache.java's escaping, and braces. */
    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("=", "&#61;").replace("`", "&#96;").replace("{", "&#123;")
                .replace("}", "&#125;");
    }

    private static void assertInOrder(String text, String... markers) {
        int last = -1;
        for (String m : markers) {
            int at = text.indexOf(m);
            assertThat(at).as("'" + m + "' present").isNotNegative();
            assertThat(at).as("'" + m + "' after the previous section").isGreaterThan(last);
            last = at;
        }
    }

    /** The HTML of one element, from the tag that holds {@code marker} to its closing tag. */
    private static String element(String page, String marker, String closing) {
        int from = page.indexOf(marker);
        assertThat(from).as(marker).isNotNegative();
        return page.substring(from, page.indexOf(closing, from));
    }

    @Test
    void htmlSectionsComeInOrder() {
        assertInOrder(html, "<h1>Assessment of case <span class=\"case-id\">S1</span>", "id=\"determination\"",
                "class=\"outcome\">refugee, sur place<", "id=\"tier-INCLUSION\"", "id=\"tier-OTHER_NATIONALITY\"",
                "id=\"tier-CESSATION_EXCLUSION\"", "id=\"tier-NON_REFOULEMENT\"", "id=\"returns\"",
                "id=\"tier-COMPLEMENTARY\"", "id=\"tier-PROCEDURE\"", "id=\"procedure\"", "id=\"unknown-facts\"");
        assertThat(html).contains("Frame: <strong>UNHCR</strong>", "library version <strong>" + s1.libraryVersion());
        // The criteria come in the order of the Criterion enum, within their tier.
        assertInOrder(html, s1.criteria().stream().map(f -> "id=\"criterion-" + f.criterion().name() + "\"")
                .toArray(String[]::new));
        for (Tier tier : Tier.values()) {
            assertThat(html).contains(esc(tier.title()));
        }
    }

    @Test
    void htmlShowsEveryCriterionWithItsStatusReasonsFactsAndCitations() {
        for (CriterionFinding f : s1.criteria()) {
            String article = element(html, "id=\"criterion-" + f.criterion().name() + "\"", "</article>");
            assertThat(article).as(f.criterion().name())
                    .contains("<span class=\"badge " + cssClass(f.status()) + "\">" + label(f.status()) + "</span>")
                    .contains(esc(f.criterion().title()));
            f.reasons().forEach(r -> assertThat(article).contains("<p>" + esc(r) + "</p>"));
            f.factsRelied().forEach(x -> assertThat(article).contains("<code class=\"fact\">" + esc(x) + "</code>"));
            f.missingFacts().forEach(x -> assertThat(article).contains("<code class=\"fact\">" + esc(x) + "</code>"));
            f.legalBasis().forEach(c -> assertThat(article).contains("<cite>" + esc(c) + "</cite>"));
            f.rulesFired().forEach(r -> assertThat(article).contains(esc(r)));
        }
        s1.determination().legalBasis().forEach(c -> assertThat(html).contains("<cite>" + esc(c) + "</cite>"));
        assertThat(element(html, "id=\"criterion-EXIT_PENALTY\"", "</article>"))
                .contains("badge met\">MET<", "<cite>HB 61</cite>");
    }

    @Test
    void htmlShowsTheReturnsPerDestinationAndTheProcedure() {
        String returns = element(html, "id=\"returns\"", "id=\"tier-COMPLEMENTARY\"");
        for (ReturnFinding r : s1.returns()) {
            assertThat(returns).contains("Return to " + esc(r.destination()) + "</h3>");
            for (BarFinding b : r.bars()) {
                assertThat(returns).contains("<span class=\"badge " + cssClass(b.status()) + "\">" + label(b.status())
                        + "</span>" + esc(b.criterion().title()) + " <span class=\"criterion-id\">"
                        + b.criterion().name() + "</span>");
                b.instruments().forEach(i -> assertThat(returns).contains("<cite>" + esc(i) + "</cite>"));
            }
        }
        assertThat(element(returns, "Return to KP", "</header>"))
                .contains("Return barred, whatever the unknown facts turn out to be.");
        assertThat(returns).contains("<span class=\"badge barred\">barred</span>Return to KP</h3>",
                "<span class=\"badge not-barred\">not barred</span>Return to KR</h3>");

        String procedure = element(html, "id=\"procedure\"", "</section>");
        long violations = s1.procedure().stream().filter(ProceduralFinding::violation).count();
        assertThat(violations).isPositive();
        assertThat(procedure).contains(violations + " violations");
        for (ProceduralFinding p : s1.procedure()) {
            assertThat(procedure).contains((p.violation() ? "<span class=\"badge violation\">VIOLATION" : "")
                    + "</span>" + esc(p.guarantee()) + " <span class=\"criterion-id\">" + p.criterion().name());
        }
        assertThat(procedure.split("class=\"criterion guarantee violation\"", -1)).hasSize((int) violations + 1);

        String unknown = element(html, "id=\"unknown-facts\"", "</section>");
        s1.unknownFacts().forEach(u -> assertThat(unknown).contains(esc(u)));
    }

    @Test
    void htmlIsSelfContained() {
        String lower = html.toLowerCase();
        assertThat(lower).startsWith("<!doctype html>").contains("<meta charset=\"utf-8\">", "<style>",
                "@media print", "break-inside: avoid");
        assertThat(lower).doesNotContain("<script", "<link", "@import", "@font-face", "url(", "<img", "<iframe",
                "src=", "href=\"http", "href=\"//", "http://", "https://");
        // Links stay inside the page.
        assertThat(html).doesNotContainPattern("href=\"[^#]");
        // The optional sections are empty until the assessment carries them.
        assertThat(html).doesNotContain("id=\"decisive-missing-facts\"", "id=\"counterfactuals\"", "{{");
    }

    @Test
    void markdownSectionsComeInOrderWithEveryCriterionAndCitation() {
        assertInOrder(md, "# Assessment of case S1", "## Determination: refugee, sur place", "## Inclusion",
                "## Other nationality and settlement", "## Cessation and exclusion", "## Non-refoulement, per destination",
                "### Return to KP: barred (whatever the unknown facts turn out to be)", "### Return to KR: not barred",
                "## Complementary and humanitarian protection", "## Individual determination and procedure",
                "### Guarantees", "## Unknown facts");
        for (CriterionFinding f : s1.criteria()) {
            String heading = "### `" + f.criterion().name() + "` " + MarkdownReport.escape(f.criterion().title())
                    + "\n\n**Status: " + label(f.status()) + "**";
            assertThat(md).as(f.criterion().name()).contains(heading);
            f.legalBasis().forEach(c -> assertThat(md).contains(MarkdownReport.escape(c)));
            f.factsRelied().forEach(x -> assertThat(md).contains(MarkdownReport.escape(x)));
        }
        for (ReturnFinding r : s1.returns()) {
            for (BarFinding b : r.bars()) {
                assertThat(md).contains("#### `" + b.criterion().name() + "`");
                b.instruments().forEach(i -> assertThat(md).contains("  - " + MarkdownReport.escape(i)));
            }
        }
        long violations = s1.procedure().stream().filter(ProceduralFinding::violation).count();
        assertThat(md.split("- \\*\\*VIOLATION\\*\\*: ", -1)).hasSize((int) violations + 1);
        assertThat(md).contains("- **VIOLATION**: personalInterview", "HB 61");
        assertThat(md).doesNotContainPattern("(?<!\\\\)<");
    }

    @Test
    void hostileTextInTheCaseIdIsEscapedInBothReports() {
        String hostileId = "S1 " + SCRIPT + " " + BREAKOUT + " " + MUSTACHE;
        ObjectNode tree = ((ObjectNode) scenario.caseTree()).deepCopy();
        tree.put("caseId", hostileId);
        Assessment a = runner.assessorFor(scenario).assess(CaseJson.fromTree(tree), scenario.frame());
        assertThat(a.caseId()).isEqualTo(hostileId);

        String page = HtmlReport.render(a);
        assertThat(page).doesNotContain(SCRIPT, BREAKOUT, MUSTACHE, "<script", "<img", "onerror=", "{{");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;", "&#123;&#123;x&#125;&#125;");
        String escapedId = "S1 &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"
                + " &#123;&#123;x&#125;&#125;";
        assertThat(page).contains("<title>Assessment of case " + escapedId + "</title>",
                "<span class=\"case-id\">" + escapedId + "</span>", "<p>Case " + escapedId + " · frame");

        String markdown = MarkdownReport.render(a);
        assertThat(markdown).doesNotContain(SCRIPT, BREAKOUT, MUSTACHE);
        assertThat(markdown).startsWith("# Assessment of case S1 \\<script\\>alert(1)\\</script\\>"
                + " \"\\>\\<img src=x onerror=alert(1)\\> \\{\\{x\\}\\}\n");
    }

    @Test
    void hostileTextInACaseNarrativeIsEscapedInTheHandout() {
        ObjectNode tree = ((ObjectNode) scenario.caseTree()).deepCopy();
        ((ObjectNode) tree.get("departure")).put("narrative", "We crossed at night. " + SCRIPT + " " + BREAKOUT + " "
                + MUSTACHE);
        org.refugeelaw.model.CaseRecord c = CaseJson.fromTree(tree);
        Assessment a = runner.assessorFor(scenario).assess(c, scenario.frame());
        String page = HtmlReport.render(a, c);
        assertThat(page).contains("id=\"case-account\"", "<code class=\"fact\">$.departure.narrative</code>",
                "We crossed at night. &lt;script&gt;alert(1)&lt;/script&gt;",
                "&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;", "&#123;&#123;x&#125;&#125;");
        assertThat(page).doesNotContain(SCRIPT, BREAKOUT, MUSTACHE, "<script", "<img", "onerror=\"", "{{");
        // Without the case record, no narrative reaches the page.
        assertThat(HtmlReport.render(a)).doesNotContain("We crossed at night", "id=\"case-account\"");
    }

    @Test
    void theRunnerWritesTheHtmlReportOfS1WithItsSections(@TempDir Path out) throws IOException {
        StringWriter stdout = new StringWriter();
        int exit = Runner.execute(new String[] {"html", "scenarios", "--out", out.toString()},
                new java.io.PrintWriter(stdout), new java.io.PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        String page = Files.readString(out.resolve("S1-hunger-defector-held-in-china.html"));
        int determination = page.indexOf("id=\"determination\"");
        int inclusion = page.indexOf("id=\"tier-INCLUSION\"");
        int returns = page.indexOf("id=\"returns\"");
        int procedure = page.indexOf("id=\"procedure\"");
        assertThat(determination).isPositive().isLessThan(inclusion);
        assertThat(inclusion).isLessThan(returns);
        assertThat(returns).isLessThan(procedure);
        assertThat(page).contains("id=\"counterfactuals\"", "criterion-EXIT_PENALTY", "HB 61", "CAT art. 3");
    }

    @Test
    void theHtmlSubcommandWritesOneReportPerScenario(@TempDir Path out) throws IOException {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Runner.execute(new String[] {"html", "scenarios", "--out", out.resolve("reports").toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(exit).as(stdout + "\n" + stderr).isZero();

        List<Path> scenarios = ScenarioLoader.files(Path.of("scenarios"));
        List<String> expected = scenarios.stream()
                .map(p -> Path.of("scenarios").relativize(p).toString().replaceFirst("\\.ya?ml$", ".html")).sorted()
                .toList();
        List<String> written;
        try (Stream<Path> files = Files.walk(out.resolve("reports"))) {
            written = files.filter(Files::isRegularFile).map(p -> out.resolve("reports").relativize(p).toString())
                    .sorted().toList();
        }
        assertThat(written).isEqualTo(expected).contains("S1-hunger-defector-held-in-china.html");
        for (String name : written) {
            assertThat(stdout.toString()).contains("wrote " + out.resolve("reports").resolve(name));
        }
        assertThat(stdout.toString()).contains("Wrote " + scenarios.size() + " reports to ");
        // Not compared with HtmlReport.render(s1) whole: the engine's order of equal sur-place causes can differ
        // from one assessment to the next.
        String page = Files.readString(out.resolve("reports/S1-hunger-defector-held-in-china.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Assessment of case S1</title>",
                "id=\"tier-PROCEDURE\"").endsWith("</html>\n");
    }

    @Test
    void assessPrintsMarkdownAndHtmlAndRejectsAnUnknownFormat() {
        StringWriter stdout = new StringWriter();
        assertThat(Runner.execute(new String[] {"assess", "--format", "md", S1.toString()},
                new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(stdout.toString()).startsWith("# Assessment of case S1\n")
                .contains("## Determination: refugee, sur place", "### `EXIT_PENALTY` ");

        stdout = new StringWriter();
        assertThat(Runner.execute(new String[] {"assess", "-f", "html", S1.toString()},
                new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(stdout.toString()).startsWith("<!DOCTYPE html>").contains("id=\"criterion-EXIT_PENALTY\"")
                .endsWith("</html>\n");

        StringWriter stderr = new StringWriter();
        int exit = Runner.execute(new String[] {"assess", "-f", "pdf", S1.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(stderr, true));
        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).contains("Unknown format 'pdf': use text, md, html or json.");
    }

    @Test
    void theHelpNamesTheFormatsAndTheHtmlSubcommand() {
        StringWriter stdout = new StringWriter();
        Runner.execute(new String[] {"assess", "--help"}, new PrintWriter(stdout, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(stdout.toString()).contains("text|md|html|json").contains("Markdown");
        stdout = new StringWriter();
        Runner.execute(new String[] {"--help"}, new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true));
        assertThat(stdout.toString()).contains("html");
        stdout = new StringWriter();
        Runner.execute(new String[] {"html", "--help"}, new PrintWriter(stdout, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(stdout.toString()).contains("--out=<dir>").contains("one self-contained HTML report per");
    }
}
