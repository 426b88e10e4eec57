package org.refugeelaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;

/** The HTML report on a hand-built assessment; {@code ReportsTest} in the examples module renders real ones. */
class HtmlReportTest {
    private final Assessment hostile = HostileAssessment.build();

    @Test
    void everyValueFromTheAssessmentIsEscaped() {
        String html = HtmlReport.render(hostile);
        for (String field : HostileAssessment.FIELDS) {
            assertThat(html).as(field).contains(HostileAssessment.html(field));
        }
        assertThat(html).doesNotContain(HostileAssessment.SCRIPT, HostileAssessment.BREAKOUT,
                HostileAssessment.MUSTACHE, "<script", "<img", "onerror=", "{{", "src=");
    }

    @Test
    void thePageHasNoExternalResources() {
        String html = HtmlReport.render(hostile);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "@import", "@font-face", "url(", "<img",
                "<iframe", "<object", "src=", "href=\"http", "href=\"//", "http://", "https://");
    }

    @Test
    void theOptionalSectionsAreEmptyWhenTheAssessmentHasNoAlternatives() {
        String html = HtmlReport.render(hostile.withAlternatives(List.of(), List.of(), List.of()));
        assertThat(html).doesNotContain("Decisive missing facts", "Counterfactuals", "id=\"decisive-missing-facts\"",
                "id=\"counterfactuals\"");
    }

    @Test
    void theOptionalSectionsRenderWhenTheViewModelHasThem() {
        String html = HtmlReport.render(hostile,
                List.of(new HtmlView.DecisiveFact("$.credibility.generallyCredible", HostileAssessment.hostile("why"))),
                List.of(new HtmlView.Counterfactual(HostileAssessment.hostile("change"),
                        HostileAssessment.hostile("outcome"))));
        assertThat(html).contains("id=\"decisive-missing-facts\"", "Decisive missing facts",
                "$.credibility.generallyCredible", HostileAssessment.html("why"), "id=\"counterfactuals\"",
                HostileAssessment.html("change"), HostileAssessment.html("outcome"));
        assertThat(html.indexOf("id=\"determination\"")).isLessThan(html.indexOf("id=\"decisive-missing-facts\""));
        assertThat(html.indexOf("id=\"counterfactuals\"")).isLessThan(html.indexOf("id=\"tier-INCLUSION\""));
        assertThat(html).doesNotContain("<script", "{{");
    }

    @Test
    void theAssessmentsOwnDecisiveFactsAndCounterfactualsRenderEscaped() {
        String html = HtmlReport.render(hostile);
        assertThat(html).contains("id=\"decisive-missing-facts\"", "id=\"counterfactuals\"",
                HostileAssessment.html("decisive.fact"), HostileAssessment.html("counter.summary"));
        assertThat(html).doesNotContain("<script", "{{");
    }

    @Test
    void violationsAndAbsoluteBarsAreMarked() {
        String html = HtmlReport.render(hostile);
        assertThat(html).contains("class=\"criterion guarantee violation\"", "badge violation\">VIOLATION<",
                "1 violation<", "<span class=\"tag\">absolute</span>",
                "Return barred, whatever the unknown facts turn out to be.");
    }

    @Test
    void renderingIsThreadSafe() {
        String once = HtmlReport.render(hostile);
        List<String> many = IntStream.range(0, 64).parallel().mapToObj(i -> HtmlReport.render(hostile)).toList();
        assertThat(many).allMatch(once::equals);
    }

    @Test
    void thePageDeclaresItsLanguageAndUsesACjkFontStackForKoreanAndChinese() {
        String en = HtmlReport.render(hostile);
        assertThat(en).contains("<html lang=\"en\">").doesNotContain("Malgun Gothic", "Microsoft YaHei");
        assertThat(HtmlReport.render(hostile, Locale.ROOT)).isEqualTo(en);
        assertThat(HtmlReport.render(hostile, Locale.ENGLISH)).isEqualTo(en);
        assertThat(HtmlReport.render(hostile, Locale.FRENCH)).as("a language without catalogs is English").isEqualTo(en);

        String ko = HtmlReport.render(hostile, Locale.KOREAN);
        assertThat(ko).contains("<html lang=\"ko\">",
                "\"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans CJK KR\"").doesNotContain("Microsoft YaHei");
        for (String tag : List.of("zh", "zh-Hans", "zh-CN")) {
            String zh = HtmlReport.render(hostile, Locale.forLanguageTag(tag));
            assertThat(zh).as(tag).contains("<html lang=\"zh-Hans\">",
                    "\"Microsoft YaHei\", \"PingFang SC\", \"Noto Sans CJK SC\"").doesNotContain("Malgun Gothic");
        }
        assertThat(ko.toLowerCase()).doesNotContain("@font-face", "url(");
    }
}
