package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.DecisiveFact;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Tier;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.MarkdownReport;
import org.refugeelaw.report.ReportLabels;
import org.refugeelaw.report.TextReport;

/**
 * Issue 14 point 3: every surface takes the language. A Korean and a Chinese rendering of the text, Markdown and HTML
 * reports, of {@code run}, {@code what-if}, {@code compare} and {@code batch} hold no English label (the words of the
 * English {@code report} catalog); what the labels frame (reasons not yet converted, citations, JSON paths,
 * identifiers, the engine's search notes) is masked first. English keeps the words the reports always printed.
 */
public class ReportLanguagesTest {
    static final Path CATALOG = Path.of("../core/src/main/resources/org/refugeelaw/messages/report.properties");
    static final List<Locale> LOCALES = List.of(Locale.KOREAN, Locale.forLanguageTag("zh-Hans"));

    static Properties load(Path catalog) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(catalog, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /**
     * The English labels: each catalog pattern cut at its placeholders, the fragments that hold a word, except the
     * terms the translations keep as they are (the Latin "sur place", "ipso facto").
     */
    static List<String> englishLabels() throws IOException {
        Properties p = load(CATALOG);
        StringBuilder kept = new StringBuilder();
        for (String suffix : List.of("_ko", "_zh_Hans")) {
            Properties t = load(CATALOG.resolveSibling("report" + suffix + ".properties"));
            t.stringPropertyNames().forEach(k -> kept.append(t.getProperty(k)).append('\n'));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key).replace("''", "'");
            for (String part : pattern.split("\\{\\d+\\}")) {
                String s = part.strip().replaceAll("^[(,.:;]+|[),.:;]+$", "").strip();
                // The program's name stands in every language ("refugee-law 0.1.0").
                if (s.matches(".*[A-Za-z]{2,}.*") && !s.contains("refugee-law") && kept.indexOf(s) < 0) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    /** What the labels frame, in {@code locale}: masked before looking for English labels. */
    public static List<String> content(Assessment a, Locale locale) {
        List<String> c = new ArrayList<>();
        c.addAll(a.determination().reasons(locale));
        c.addAll(a.determination().legalBasis());
        c.addAll(a.determination().rulesFired());
        a.determination().surPlaceCauses().forEach(x -> c.add(x.description(locale)));
        for (CriterionFinding f : a.criteria()) {
            c.addAll(f.reasons(locale));
            c.addAll(f.legalBasis());
            c.addAll(f.rulesFired());
        }
        for (ReturnFinding r : a.returns()) {
            c.addAll(r.reasons(locale));
            for (BarFinding b : r.bars()) {
                c.addAll(b.reasons(locale));
                c.addAll(b.instruments());
                c.addAll(b.legalBasis());
                c.addAll(b.rulesFired());
            }
        }
        for (ProceduralFinding p : a.procedure()) {
            c.addAll(p.reasons(locale));
            c.add(p.guarantee());
            c.add(p.guaranteeName(locale));
            c.addAll(p.legalBasis());
            c.addAll(p.rulesFired());
        }
        // The engine's prose outside the reasons is content too, rendered in the report's language (TranslatedProseTest
        // checks it holds no English once its quoted data are masked).
        c.addAll(a.searchNotes(locale));
        a.counterfactuals().forEach(x -> {
            c.add(x.summary(locale));
            // The HTML report's form of the facts changed (values are the case record's: established, ...).
            x.changes().forEach(ch -> c.add(ch.fact() + ": " + ch.from() + " -> " + ch.to()));
        });
        for (DecisiveFact f : a.decisiveFacts()) {
            f.alternatives().forEach(alt -> c.addAll(alt.changes(locale)));
        }
        c.add(a.coverageWarning(locale));
        c.add(a.caseId());
        c.add(a.frame());
        c.addAll(a.unknownFacts());
        a.criteria().forEach(f -> {
            c.addAll(f.factsRelied());
            c.addAll(f.missingFacts());
        });
        return c;
    }

    static String normal(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The English labels left in {@code output} once {@code content} is masked (in its text, Markdown and HTML forms). */
    public static List<String> englishLabelsIn(String output, List<String> content) throws IOException {
        // An HTML page: its text, without the style sheet and the tags (class names are identifiers).
        String o = normal(output.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " "));
        List<String> sorted = new ArrayList<>(content);
        sorted.sort((x, y) -> y.length() - x.length());
        for (String c : sorted) {
            if (c == null || c.isBlank()) {
                continue;
            }
            for (String form : List.of(c, MarkdownReport.escape(c), html(c), html(c).replace("=", "&#61;"))) {
                o = o.replace(normal(form), "\u2588");
            }
        }
        List<String> found = new ArrayList<>();
        for (String label : englishLabels()) {
            if (Pattern.compile("(?<![A-Za-z_$.\\-])" + Pattern.quote(label) + "(?![A-Za-z_\\-])").matcher(o).find()) {
                found.add(label);
            }
        }
        return found;
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void theReportsOfEveryScenarioInKoreanAndChineseHoldNoEnglishLabel() throws IOException {
        ScenarioRunner runner = new ScenarioRunner();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            if (FamilyScenario.isFamily(file)) {
                continue;
            }
            Scenario s = ScenarioLoader.load(file);
            List<Assessment> assessments = new ArrayList<>(List.of(runner.assess(s)));
            if (file.getFileName().toString().matches("S[1-6]-.*")) {
                // With the decisive missing facts and counterfactuals, whose sections have labels of their own.
                assessments.add(runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame(),
                        Duration.ofSeconds(120), 40));
            }
            for (Assessment a : assessments) {
                for (Locale l : LOCALES) {
                    List<String> c = content(a, l);
                    for (String[] out : List.of(new String[] {"text", TextReport.render(a, l)},
                            new String[] {"md", MarkdownReport.render(a, l)},
                            new String[] {"html", HtmlReport.render(a, l)})) {
                        List<String> left = englishLabelsIn(out[1], c);
                        if (!left.isEmpty()) {
                            problems.add(file.getFileName() + " " + out[0] + " " + l.toLanguageTag() + ": " + left);
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(600);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsAnEnglishLabel() throws IOException {
        Assessment a = new ScenarioRunner().assess(ScenarioLoader.load(Path.of(
                "scenarios/S1-hunger-defector-held-in-china.yaml")));
        assertThat(englishLabelsIn(TextReport.render(a), content(a, Locale.ROOT)))
                .contains("Legal basis", "Waiting on", "Became a refugee after leaving through", "MET");
        assertThat(englishLabelsIn(HtmlReport.render(a, Locale.ROOT), content(a, Locale.ROOT)))
                .contains("Facts relied on", "Explained assessment under international refugee law");
        assertThat(englishLabelsIn(TextReport.render(a, Locale.KOREAN), content(a, Locale.KOREAN))).isEmpty();
    }

    @Test
    void theEnglishLabelsAreTheWordsTheReportsAlwaysPrintedAndEveryCriterionHasItsTitleInEachLanguage() {
        for (Criterion c : Criterion.values()) {
            assertThat(ReportLabels.criterion(c, Locale.ROOT)).as(c.name()).isEqualTo(c.title());
            for (Locale l : LOCALES) {
                assertThat(ReportLabels.criterion(c, l)).as(c + " in " + l.toLanguageTag())
                        .isNotEqualTo(c.title()).doesNotContainPattern("\\b(the|of|and|or|to|on)\\b");
            }
        }
        for (Tier t : Tier.values()) {
            assertThat(ReportLabels.tier(t, Locale.ROOT)).isEqualTo(t.title());
            LOCALES.forEach(l -> assertThat(ReportLabels.tier(t, l)).isNotEqualTo(t.title()));
        }
        // A language without catalogs is English, labels included.
        assertThat(ReportLabels.criterion(Criterion.NEXUS, Locale.FRENCH)).isEqualTo(Criterion.NEXUS.title());
    }

    @Test
    void theRunnerTableAndTitlesFollowTheLanguageAndSayOnceWhereTheyFallBackToEnglish(@TempDir Path dir)
            throws IOException {
        for (String name : List.of("S1-hunger-defector-held-in-china.yaml", "S4-overseas-worker-who-left-his-post.yaml",
                "B01-horvath-bars-follow-state-protection.yaml", "B02-blood-feud-bars-follow-relocation.yaml")) {
            // Scenarios that use the bundled country information (a file of their own would not follow the copy).
            Files.copy(Path.of("scenarios", name), dir.resolve(name));
        }
        long untranslated = ScenarioLoader.files(dir).stream().map(ScenarioLoader::load)
                .filter(s -> !s.translatedInto(Locale.KOREAN)).count();
        assertThat(untranslated).as("the folder mixes translated and untranslated scenarios").isPositive();
        CliGateTest.Result en = CliGateTest.run("run", dir.toString());
        assertThat(CliGateTest.run("run", dir.toString(), "--lang", "en").out()).isEqualTo(en.out());
        assertThat(en.out()).contains("S1. The hunger defector held in China", "scenario", "expected", "pass.")
                .doesNotContain("in English");
        for (Locale l : LOCALES) {
            String lang = l.getLanguage();
            CliGateTest.Result r = CliGateTest.run("run", dir.toString(), "--lang", lang);
            assertThat(r.exit()).as(r.out()).isZero();
            Scenario s1 = ScenarioLoader.load(dir.resolve("S1-hunger-defector-held-in-china.yaml"));
            assertThat(r.out()).contains(s1.title(l)).doesNotContain(s1.title())
                    .contains(ReportLabels.text("report.runner.scenario", l),
                            ReportLabels.text("report.runner.summary", l, String.valueOf(ScenarioLoader.files(dir)
                                    .size()), String.valueOf(ScenarioLoader.files(dir).size())));
            String fallback = ReportLabels.text("report.runner.fallback", l, String.valueOf(untranslated));
            assertThat(r.out().split(Pattern.quote(fallback), -1)).as("said once").hasSize(2);
            // The table and the reports: masked content aside, no English label.
            List<String> content = new ArrayList<>();
            ScenarioRunner runner = new ScenarioRunner();
            for (Path f : ScenarioLoader.files(dir)) {
                Scenario s = ScenarioLoader.load(f);
                content.addAll(content(runner.assess(s), l));
                content.add(s.title(l));
                content.add(f.getFileName().toString());
            }
            assertThat(englishLabelsIn(r.out(), content)).isEmpty();
        }
    }

    @Test
    void whatIfAndCompareInKoreanAndChinese() throws IOException {
        String s1 = "scenarios/S1-hunger-defector-held-in-china.yaml";
        Scenario s = ScenarioLoader.load(Path.of(s1));
        String set = "departure.withPermission=established";
        CliGateTest.Result en = CliGateTest.run("what-if", s1, "--set", set);
        assertThat(en.out()).startsWith(s.title() + " (" + s.frame() + " frame)" + System.lineSeparator() + "What if "
                + set + "?" + System.lineSeparator());
        assertThat(CliGateTest.run("compare", s1).out()).contains("Why the frames differ:");
        for (Locale l : LOCALES) {
            CliGateTest.Result w = CliGateTest.run("what-if", s1, "--set", set, "--lang", l.getLanguage());
            assertThat(w.exit()).isZero();
            assertThat(w.out()).startsWith(s.title(l)).contains(ReportLabels.text("report.whatIf.question", l, set))
                    .doesNotContain("What if", "Nothing changes", "(no finding)");
            CliGateTest.Result c = CliGateTest.run("compare", s1, "--lang", l.getLanguage());
            assertThat(c.exit()).isZero();
            assertThat(c.out()).startsWith(s.title(l)).contains(ReportLabels.text("report.compare.item", l))
                    .doesNotContain("Why the frames differ", "The frames agree", " item ");
        }
    }

    @Test
    void batchWritesTheMessagesInTheLanguageAndEnglishAsBefore(@TempDir Path dir) throws IOException {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/S1-hunger-defector-held-in-china.yaml"));
        String line = CaseJson.write(ScenarioRunner.caseOf(s)).replaceAll("\\s*\\n\\s*", " ");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line + "\n");
        String en = CliGateTest.run("batch", in.toString(), "--no-progress").out();
        assertThat(CliGateTest.run("batch", in.toString(), "--no-progress", "--lang", "en").out()).isEqualTo(en);
        Assessment a = new ScenarioRunner().assess(s);
        for (Locale l : LOCALES) {
            String out = CliGateTest.run("batch", in.toString(), "--no-progress", "--lang", l.getLanguage()).out();
            String converted = a.finding(Criterion.EXIT_PENALTY).orElseThrow().reasons(l).get(0);
            assertThat(out).contains("\"text\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(converted)).isNotEqualTo(en);
        }
    }
}
