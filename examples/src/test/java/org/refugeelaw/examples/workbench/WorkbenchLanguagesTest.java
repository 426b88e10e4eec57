package org.refugeelaw.examples.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.report.ReportLabels;

/**
 * The workbench in Korean and Chinese (issue 14 point 3): a language selector on every page, the language carried by
 * every link and form, the scenario's title and teaching points, the labels and the reasons in that language; no
 * English label left (what they frame masked, as in ReportLanguagesTest). So also the training page, the reveal, the
 * class scores, and the error and problem pages a class sees: their labels and the workbench's own error messages,
 * which keep naming the field, the value and what is expected.
 */
class WorkbenchLanguagesTest {
    static final String S1 = WorkbenchHttpTest.S1;
    static final List<Locale> LOCALES = List.of(Locale.KOREAN, Locale.forLanguageTag("zh-Hans"));

    @BeforeAll
    static void start() throws IOException {
        WorkbenchHttpTest.start();
    }

    @AfterAll
    static void stop() {
        WorkbenchHttpTest.stop();
    }

    static String code(Locale l) {
        return l.getLanguage();
    }

    static List<String> left(String body, Assessment a, Scenario s, Locale l) throws IOException {
        List<String> content = new ArrayList<>(org.refugeelaw.examples.ReportLanguagesTest.content(a, l));
        content.add(s.title());
        content.addAll(s.provisions());
        content.add(s.caseTree().toString());
        content.add("English");
        // The facts panel's field names and meanings come from the case record's schema (English).
        for (Facts.Group g : Facts.groups(s.caseTree())) {
            content.add(g.title());
            for (Facts.Fact f : g.facts()) {
                content.add(f.name());
                content.add(f.description());
            }
        }
        return org.refugeelaw.examples.ReportLanguagesTest.englishLabelsIn(body, content);
    }

    @Test
    void theLibraryAndTheCasePageInKoreanAndChinese() throws Exception {
        Scenario s = ScenarioLoader.load(WorkbenchHttpTest.FOLDER.resolve(S1 + ".yaml"));
        Assessment a = new ScenarioRunner().assess(s);
        HttpResponse<String> en = WorkbenchHttpTest.get("/");
        assertThat(en.body()).contains("<html lang=\"en\">", "Scenario library", "<select id=\"lang-select\"",
                "href=\"/case/" + S1 + "\"");
        for (Locale l : LOCALES) {
            HttpResponse<String> lib = WorkbenchHttpTest.get("/?lang=" + code(l));
            assertThat(lib.statusCode()).isEqualTo(200);
            assertThat(lib.body()).contains("<html lang=\"" + (code(l).equals("zh") ? "zh-Hans" : "ko") + "\">")
                    .contains(WorkbenchHttpTest.escaped(s.title(l)))
                    .contains(WorkbenchHttpTest.escaped(s.teaching(l).get(0)))
                    .contains("href=\"/case/" + S1 + "?lang" + "&#61;" + code(l) + "\"")
                    .doesNotContain("Scenario library", "Open the case", "Teaching points");
            HttpResponse<String> page = WorkbenchHttpTest.get("/case/" + S1 + "?lang=" + code(l));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(WorkbenchHttpTest.escaped(s.title(l)))
                    .contains("name=\"lang\" value=\"" + code(l) + "\"")
                    .contains(WorkbenchHttpTest.escaped(a.determination().reasons(l).get(0)))
                    .contains(ReportLabels.text("report.workbench.established", l));
            assertThat(left(page.body(), a, s, l)).isEmpty();
        }
    }

    @Test
    void aChangeOfFactsAnswersInTheLanguageTheFormCarries() throws Exception {
        Scenario s = ScenarioLoader.load(WorkbenchHttpTest.FOLDER.resolve(S1 + ".yaml"));
        for (Locale l : LOCALES) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("scenario", S1);
            form.put("case", s.caseTree().toString());
            form.put("assessedFrame", s.frame().name());
            form.put("frame", s.frame().name());
            form.put("lang", code(l));
            form.put("$.departure.withPermission", "established");
            HttpResponse<String> r = WorkbenchHttpTest.post("/case/assess", form, "HX-Request", "true");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains(ReportLabels.text("report.workbench.changesHeading", l))
                    .doesNotContain("changed, was", "What the change changed")
                    .contains("name=\"lang\" value=\"" + code(l) + "\"");
            HttpResponse<String> c = WorkbenchHttpTest.post("/case/compare", form, "HX-Request", "true");
            assertThat(c.body()).contains(ReportLabels.text("report.workbench.sideBySide", l))
                    .doesNotContain("The frames side by side", ">Item<");
        }
    }

    private static Scenario s1() {
        return ScenarioLoader.load(WorkbenchHttpTest.FOLDER.resolve(S1 + ".yaml"));
    }

    /** The English labels left on a page: of the {@code report} catalog, and the words the pages used to print. */
    private static List<String> english(String page, Assessment a, Scenario s, Locale l) throws IOException {
        // The whole case record, as JSON (its values are the record's: established, ...), is data.
        String body = page.replaceAll("(?s)<pre>.*?</pre>", " ");
        // The values a form field accepts, as the form sends them (identifiers), quoted by a problem's expectation.
        for (Object values : List.of(Arrays.toString(RefugeeStatus.values()),
                Facts.VALUES, Frame.values())) {
            body = body.replace(values.toString(), " ");
        }
        // The name of a form field (an identifier) that a problem names.
        body = body.replace("<code>frame</code>", " ").replaceAll("(?<![A-Za-z])frame(?=[:\\uFF1A])", " ");
        List<String> left = new ArrayList<>(left(body, a, s, l));
        for (String words : List.of("Your predictions", "Reveal the assessment", "Where the law went another way",
                "predictions right", "you predicted", "Back to the scenario library", "No round yet", "Trainee",
                "The input is not valid", "Received:", "Expected:", "Bad Request", "Not Found", "(no prediction)")) {
            if (body.contains(words)) {
                left.add(words);
            }
        }
        return left;
    }

    private static Map<String, String> reveal(Locale l, String trainee, String determination) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("trainee", trainee);
        form.put("determination", determination);
        form.put("criterion:NEXUS", "NOT_MET");
        form.put("lang", l.getLanguage());
        return form;
    }

    @Test
    void theTrainingPageTheRevealAndTheScoresInKoreanAndChinese() throws Exception {
        Scenario s = s1();
        Assessment a = new ScenarioRunner().assess(s);
        for (Locale l : LOCALES) {
            String lang = l.getLanguage();
            HttpResponse<String> train = WorkbenchHttpTest.get("/train/" + S1 + "?lang=" + lang);
            assertThat(train.statusCode()).isEqualTo(200);
            assertThat(train.body()).contains(WorkbenchHttpTest.escaped(s.title(l)))
                    .contains(ReportLabels.text("report.workbench.predictions", l))
                    .contains(ReportLabels.text("report.workbench.reveal", l))
                    // The question's words in the language, the value the form sends as it was.
                    .contains("<option value=\"NOT_MET\">" + ReportLabels.text("report.status.notMet", l) + "<")
                    .contains(ReportLabels.text("report.workbench.criterionQuestion", l,
                            ReportLabels.criterion(Criterion.NEXUS, l), "NEXUS"))
                    .contains("name=\"lang\" value=\"" + lang + "\"");
            assertThat(english(train.body(), a, s, l)).isEmpty();

            HttpResponse<String> revealed = WorkbenchHttpTest.post("/train/" + S1, reveal(l, "T-" + lang,
                    a.determination().status().name()));
            assertThat(revealed.statusCode()).isEqualTo(200);
            assertThat(revealed.body())
                    .contains(ReportLabels.text("report.workbench.scoreLine", l, "T-" + lang, a.finding(Criterion.NEXUS)
                            .orElseThrow().status() == Status.NOT_MET ? "2" : "1",
                            String.valueOf(a.criteria().size() + a.returns().size() + 1)))
                    .contains(ReportLabels.text("report.workbench.otherWay", l))
                    // A miss shows the finding's reasons in the language.
                    .contains(WorkbenchHttpTest.escaped(a.finding(Criterion.OUTSIDE_COUNTRY).orElseThrow()
                            .reasons(l).get(0)))
                    .contains("href=\"/case/" + S1 + "?lang&#61;" + lang + "\"");
            assertThat(english(revealed.body(), a, s, l)).isEmpty();

            HttpResponse<String> scores = WorkbenchHttpTest.get("/scores?lang=" + lang);
            assertThat(scores.body()).contains("T-" + lang).contains(ReportLabels.text("report.workbench.trainee", l));
            assertThat(english(scores.body(), a, s, l)).isEmpty();
        }
    }

    @Test
    void theErrorAndProblemPagesSpeakTheLanguageAndStillNameTheFieldTheValueAndTheExpectation() throws Exception {
        Scenario s = s1();
        Assessment a = new ScenarioRunner().assess(s);
        for (Locale l : LOCALES) {
            String lang = l.getLanguage();
            HttpResponse<String> noName = WorkbenchHttpTest.post("/train/" + S1, reveal(l, "", "REFUGEE"));
            assertThat(noName.statusCode()).isEqualTo(400);
            assertThat(noName.body()).contains(ReportLabels.text("report.workbench.error.trainee", l, "100"))
                    .contains(ReportLabels.text("report.workbench.status.badRequest", l))
                    .contains("href=\"/?lang&#61;" + lang + "\"");
            assertThat(english(noName.body(), a, s, l)).isEmpty();

            HttpResponse<String> bad = WorkbenchHttpTest.post("/train/" + S1, reveal(l, "T", "BOGUS"));
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("<code>determination</code>", "<code>BOGUS</code>")
                    .contains(WorkbenchHttpTest.escaped(ReportLabels.text("report.workbench.error.notAnswer", l,
                            "determination", "BOGUS", "[REFUGEE, NOT_REFUGEE, EXCLUDED, CEASED, UNDETERMINED]")));
            assertThat(english(bad.body(), a, s, l)).isEmpty();

            Map<String, String> form = new LinkedHashMap<>();
            form.put("scenario", S1);
            form.put("case", s.caseTree().toString());
            form.put("frame", "NOPE");
            form.put("lang", lang);
            HttpResponse<String> frame = WorkbenchHttpTest.post("/case", form);
            assertThat(frame.statusCode()).isEqualTo(422);
            assertThat(frame.body()).contains("<code>frame</code>", "<code>NOPE</code>")
                    .contains(WorkbenchHttpTest.escaped(ReportLabels.text("report.workbench.error.notFrame", l,
                            "frame", "NOPE", Frame.values().toString())))
                    .contains(ReportLabels.text("report.workbench.oneProblem", l));
            assertThat(english(frame.body(), a, s, l)).isEmpty();

            form.put("frame", s.frame().name());
            form.put("$.departure.withPermission", "maybe");
            HttpResponse<String> value = WorkbenchHttpTest.post("/case", form, "HX-Request", "true");
            assertThat(value.statusCode()).isEqualTo(422);
            assertThat(value.body()).contains("<code>$.departure.withPermission</code>", "<code>maybe</code>")
                    .contains(WorkbenchHttpTest.escaped(ReportLabels.text("report.workbench.error.notFactValue", l,
                            "$.departure.withPermission", "maybe", "[established, not_established, unknown]")));
            assertThat(english(value.body(), a, s, l)).isEmpty();

            for (String path : List.of("/case/NOPE?lang=" + lang, "/no-such-page?lang=" + lang)) {
                HttpResponse<String> missing = WorkbenchHttpTest.get(path);
                assertThat(missing.statusCode()).isEqualTo(404);
                assertThat(missing.body()).contains(ReportLabels.text("report.workbench.status.notFound", l));
                assertThat(english(missing.body(), a, s, l)).as(path).isEmpty();
            }
            assertThat(WorkbenchHttpTest.get("/case/NOPE?lang=" + lang).body())
                    .contains(ReportLabels.text("report.workbench.error.noScenario", l, "NOPE"));

            Map<String, String> empty = Map.of("json", "", "lang", lang);
            HttpResponse<String> open = WorkbenchHttpTest.post("/open", empty);
            assertThat(open.body()).contains(ReportLabels.text("report.workbench.error.noJsonToOpen", l));
            assertThat(english(open.body(), a, s, l)).isEmpty();
        }
    }

    @Test
    void inEnglishThePagesSayWhatTheyAlwaysSaid() throws Exception {
        Scenario s = s1();
        HttpResponse<String> train = WorkbenchHttpTest.get("/train/" + S1);
        assertThat(train.body()).contains("<h2 id=\"predict-h\">Your predictions</h2>",
                "<option value=\"\">(no prediction)</option><option value=\"REFUGEE\">REFUGEE</option>",
                s.frame().name() + " frame. ", "<button type=\"submit\" id=\"reveal\">Reveal the assessment</button>");
        HttpResponse<String> noName = WorkbenchHttpTest.post("/train/" + S1, Map.of("trainee", ""));
        assertThat(noName.body()).contains("<h1>Bad Request</h1>", "Give the trainee&#39;s name or initials (1 to 100"
                + " characters) before revealing.", "<a href=\"/\">Back to the scenario library</a>");
        HttpResponse<String> missing = WorkbenchHttpTest.get("/case/NOPE");
        assertThat(missing.body()).contains("<h1>Not Found</h1>", "No scenario NOPE in the library.");
    }
}
