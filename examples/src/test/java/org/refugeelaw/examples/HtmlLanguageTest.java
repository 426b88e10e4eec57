package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.report.EscapingMustacheFactory;
import org.refugeelaw.report.HtmlReport;

/** The HTML report of every scenario in Korean and Chinese carries the reasons rendered in that language. */
class HtmlLanguageTest {
    private static String escaped(String s) {
        StringWriter w = new StringWriter();
        new EscapingMustacheFactory().encode(s, w);
        return w.toString();
    }

    @Test
    void theReportOfEveryScenarioCarriesItsReasonsInTheRequestedLanguage() throws java.io.IOException {
        ScenarioRunner runner = new ScenarioRunner();
        int translated = 0;
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(file);
            Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
            for (String tag : List.of("ko", "zh-Hans")) {
                Locale locale = Locale.forLanguageTag(tag);
                String html = HtmlReport.render(a, locale);
                assertThat(html).as(file + " " + tag).contains("<html lang=\"" + tag + "\">");
                List<String> reasons = new ArrayList<>(a.determination().reasons(locale));
                List<String> english = new ArrayList<>(a.determination().reasons());
                for (CriterionFinding c : a.criteria()) {
                    reasons.addAll(c.reasons(locale));
                    english.addAll(c.reasons());
                }
                for (String r : reasons) {
                    assertThat(html).as(file + " " + tag).contains(escaped(r));
                }
                for (int i = 0; i < reasons.size(); i++) {
                    if (!reasons.get(i).equals(english.get(i))) {
                        translated++;
                    }
                }
            }
        }
        assertThat(translated).as("some reasons are converted to messages and differ from the English").isPositive();
    }
}
