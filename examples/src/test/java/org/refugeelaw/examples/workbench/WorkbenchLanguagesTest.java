package org.refugeelaw.examples.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.report.ReportLabels;

/**
 * The workbench in Korean and Chinese (issue 14 point 3): a language selector on every page, the language carried by
 * every link and form, the scenario's title and teaching points, the labels and the reasons in that language; no
 * English label left (what they frame masked, as in ReportLanguagesTest).
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
}
