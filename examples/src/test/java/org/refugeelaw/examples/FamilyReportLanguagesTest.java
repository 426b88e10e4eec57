package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.api.FamilyJson;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.MarkdownReport;
import org.refugeelaw.report.ReportLabels;

/**
 * Issue 14 point 3 for a family (issue 17): {@code assess family --lang ko|zh} in text, Markdown, HTML and JSON, and
 * {@link HtmlReport#renderFamily(FamilyAssessment, Locale)}, give the family's labels, its findings and every
 * member's report in that language: no English label of the {@code report} catalog and no English words of the
 * family's findings ({@code familyAssessment} catalog) left, once what they frame is masked (as in
 * {@link ReportLanguagesTest}). English stays as it was.
 */
class FamilyReportLanguagesTest {
    static final Path F1 = Path.of("families/F1-trafficked-mother-and-unregistered-child.yaml");
    static final Path FINDINGS = ReportLanguagesTest.CATALOG.resolveSibling("familyAssessment.properties");

    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Runner.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    /** The English words of the family's findings: each pattern cut at its placeholders, what the translations keep. */
    static List<String> findingWords() throws IOException {
        Properties en = ReportLanguagesTest.load(FINDINGS);
        StringBuilder kept = new StringBuilder();
        for (String suffix : List.of("_ko", "_zh_Hans")) {
            Properties t = ReportLanguagesTest.load(FINDINGS.resolveSibling("familyAssessment" + suffix
                    + ".properties"));
            t.stringPropertyNames().forEach(k -> kept.append(t.getProperty(k)).append('\n'));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String key : en.stringPropertyNames()) {
            for (String part : en.getProperty(key).replace("''", "'").split("\\{\\d+\\}")) {
                String s = part.strip().replaceAll("^[(,.:;]+|[),.:;]+$", "").strip();
                if (s.matches(".*[a-z]{2,}.*") && kept.indexOf(s) < 0) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The English labels and finding words left in a family's output in {@code locale}. */
    static List<String> englishIn(String output, FamilyAssessment fa, Locale l) throws IOException {
        List<String> content = new ArrayList<>();
        for (FamilyAssessment.Member m : fa.members()) {
            content.addAll(ReportLanguagesTest.content(m.assessment(), l));
            content.add(m.personId());
            // The member's report as the JSON writes it: case record values and identifiers.
            content.add(m.assessment().ruleSetHash());
        }
        content.add(fa.familyId());
        List<String> left = new ArrayList<>(ReportLanguagesTest.englishLabelsIn(output, content));
        // The same masking for the findings' words: the text without tags, what the labels frame taken out.
        String text = ReportLanguagesTest.normal(output.replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("<[^>]*>", " "));
        content.sort((x, y) -> y.length() - x.length());
        for (String c : content) {
            if (c != null && !c.isBlank()) {
                for (String form : List.of(c, MarkdownReport.escape(c), ReportLanguagesTest.html(c))) {
                    text = text.replace(ReportLanguagesTest.normal(form), "\u2588");
                }
            }
        }
        for (String words : findingWords()) {
            if (Pattern.compile("(?<![A-Za-z_$.\\-])" + Pattern.quote(words) + "(?![A-Za-z_\\-])").matcher(text)
                    .find()) {
                left.add(words);
            }
        }
        return left;
    }

    @Test
    void theFamilyReportInKoreanAndChineseHoldsNoEnglishLabelOrFinding(@TempDir Path dir) throws IOException {
        FamilyScenario fs = FamilyScenario.load(F1);
        FamilyAssessment fa = fs.assess(new ScenarioRunner());
        Path json = dir.resolve("family.json");
        Files.writeString(json, FamilyJson.write(fs.record()));
        assertThat(fa.findings()).isNotEmpty();
        for (Locale l : ReportLanguagesTest.LOCALES) {
            String lang = l.getLanguage();
            for (String format : List.of("text", "md", "html")) {
                for (Path file : List.of(F1, json)) {
                    String out = run("assess", file.toString(), "--format", format, "--lang", lang);
                    assertThat(out).as(format).contains(fa.findings(l).get(0)
                            .replace("'", "html".equals(format) ? "&#39;" : "'"));
                    assertThat(englishIn(out, fa, l)).as(format + " " + lang + " " + file).isEmpty();
                }
            }
            String html = HtmlReport.renderFamily(fa, l);
            assertThat(html).contains("<html lang=\"" + (lang.equals("zh") ? "zh-Hans" : "ko") + "\">")
                    .contains(ReportLabels.text("report.family.title", l, "F1"))
                    .contains(ReportLabels.text("report.family.htmlMember", l, "2", HtmlReport.who(fa.members()
                            .get(1), l)));
            assertThat(englishIn(html, fa, l)).isEmpty();
            // JSON: the findings and each message's text in the language; keys, arguments and values as they were.
            String out = run("assess", json.toString(), "--format", "json", "--lang", lang);
            assertThat(out).contains(fa.findings(l).get(0)).doesNotContain(fa.findings().get(0))
                    .contains("\"familyId\" : \"F1\"");
        }
    }

    @Test
    void theFindingsNameTheMembersAndTheDecisiveStatusesInEveryLanguage() {
        FamilyAssessment fa = FamilyScenario.load(F1).assess(new ScenarioRunner());
        FamilyAssessment.Member child = fa.member("F1-child");
        // English as it always was, from the messages.
        assertThat(fa.findings(Locale.ROOT)).isEqualTo(fa.findings());
        assertThat(fa.findings().get(0)).startsWith("F1-child (child of F1-mother): own determination UNDETERMINED;"
                + " shares the principal's protection (FAMILY_UNITY): UNDETERMINED.");
        for (Locale l : ReportLanguagesTest.LOCALES) {
            String finding = fa.findings(l).get(0);
            assertThat(finding).contains("F1-child", "F1-mother", "FAMILY_UNITY", "HB 185", "GIP No. 8")
                    .contains(ReportLabels.refugeeStatus(child.assessment().determination().status(), l))
                    .contains(ReportLabels.refugeeStatus(fa.member("F1-mother").assessment().determination().status(),
                            l));
        }
    }

    @Test
    void theCheckFindsTheEnglishOfAFamilyReport() throws IOException {
        FamilyAssessment fa = FamilyScenario.load(F1).assess(new ScenarioRunner());
        List<String> left = englishIn(run("assess", F1.toString(), "--format", "text"), fa, Locale.ROOT);
        assertThat(left).contains("principal applicant", "Legal basis")
                .anySatisfy(w -> assertThat(w).contains("own determination"));
        assertThat(englishIn(HtmlReport.renderFamily(fa), fa, Locale.ROOT))
                .contains("Explained assessment under international refugee law, member by member");
    }

    @Test
    void inEnglishTheFamilyOutputIsWhatItWas() {
        FamilyAssessment fa = FamilyScenario.load(F1).assess(new ScenarioRunner());
        assertThat(HtmlReport.renderFamily(fa, Locale.ROOT)).isEqualTo(HtmlReport.renderFamily(fa));
        for (String format : List.of("text", "md", "json")) {
            assertThat(run("assess", F1.toString(), "--format", format, "--lang", "en"))
                    .isEqualTo(run("assess", F1.toString(), "--format", format));
        }
        String text = run("assess", F1.toString(), "--format", "text");
        assertThat(text).startsWith("Family F1 (frame UNHCR), member by member\n")
                .contains("\n== Member F1-mother (principal applicant)\n", "\n== Member F1-child (child of F1-mother)\n");
        assertThat(HtmlReport.renderFamily(fa)).contains("<title>Assessment of family F1</title>",
                "<p class=\"kicker\">Explained assessment under international refugee law, member by member</p>",
                "<h2 class=\"member\">Member 2: F1-child (child of F1-mother)</h2>", ": UNDETERMINED</li>");
    }
}
