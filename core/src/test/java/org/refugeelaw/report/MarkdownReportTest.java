package org.refugeelaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown report on a hand-built assessment; {@code ReportsTest} in the examples module renders real ones. */
class MarkdownReportTest {
    @Test
    void everyValueFromTheAssessmentIsEscaped() {
        String md = MarkdownReport.render(HostileAssessment.build());
        for (String field : HostileAssessment.FIELDS) {
            assertThat(md).as(field).contains(HostileAssessment.markdown(field));
        }
        assertThat(md).doesNotContain(HostileAssessment.SCRIPT, HostileAssessment.BREAKOUT,
                HostileAssessment.MUSTACHE, "{{");
        // The report writes no HTML of its own, so every "<" is an escaped one from the data.
        assertThat(md).doesNotContainPattern("(?<!\\\\)[<{]");
    }

    @Test
    void markdownSyntaxInAValueIsEscaped() {
        assertThat(MarkdownReport.escape("[a](javascript:alert(1)) *b* _c_ `d` # e | f ~~g~~ $h$ \\ i & j"))
                .isEqualTo("\\[a\\](javascript:alert(1)) \\*b\\* \\_c\\_ \\`d\\` \\# e \\| f \\~\\~g\\~\\~ \\$h\\$ \\\\ i"
                        + " \\& j");
        assertThat(MarkdownReport.escape("one\ntwo\r\nthree\u2028four")).isEqualTo("one two  three four");
        assertThat(MarkdownReport.escape("   indented")).isEqualTo("indented");
        assertThat(MarkdownReport.escape(null)).isEmpty();
    }

    @Test
    void aValueThatOpensABlockCannotStartAListOrRule() {
        assertThat(MarkdownReport.block("- item")).isEqualTo("\\- item");
        assertThat(MarkdownReport.block("+ item")).isEqualTo("\\+ item");
        assertThat(MarkdownReport.block("=====")).isEqualTo("\\=====");
        assertThat(MarkdownReport.block("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownReport.block("3) item")).isEqualTo("3\\) item");
        assertThat(MarkdownReport.block("> quote")).isEqualTo("\\> quote");
        assertThat(MarkdownReport.block("# heading")).isEqualTo("\\# heading");
        assertThat(MarkdownReport.block("HB 94-96")).isEqualTo("HB 94-96");
        assertThat(MarkdownReport.escape("0.1.0")).isEqualTo("0.1.0");
    }

    @Test
    void violationsAndAbsoluteBarsAreMarked() {
        String md = MarkdownReport.render(HostileAssessment.build());
        assertThat(md).contains("- **VIOLATION**: guarantee.name", "(whatever the unknown facts turn out to be)",
                "**Status: MET** · absolute", "**Status: MET** · decides the outcome");
    }
}
