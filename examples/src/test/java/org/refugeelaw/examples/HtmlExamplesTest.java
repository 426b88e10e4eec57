package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.report.HtmlReport;

/**
 * The Korean and Chinese HTML reports of scenario S1 committed under docs/examples are what the library renders
 * today (the rule-set hash and the library version aside, which change with every rule edit and release).
 * Regenerate them with the commands in docs/examples/README.md.
 */
class HtmlExamplesTest {
    static final Path S1 = Path.of("scenarios/S1-hunger-defector-held-in-china.yaml");

    private static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile("(<ul [^>]*>)(.*?)(</ul>)");

    /**
     * The page with its rule-set hash and library version blanked (wherever the template shows them) and the
     * items of each one-line list sorted: legal bases and rules fired follow the engine's firing order of rules of
     * equal salience, which may differ between runs (as in tools/english-dump.sh).
     */
    static String normalised(String html) {
        java.util.regex.Matcher m = LIST.matcher(html);
        StringBuilder sorted = new StringBuilder();
        while (m.find()) {
            String items = java.util.Arrays.stream(m.group(2).split("(?=<li>)")).sorted()
                    .collect(java.util.stream.Collectors.joining());
            m.appendReplacement(sorted, java.util.regex.Matcher.quoteReplacement(m.group(1) + items + m.group(3)));
        }
        m.appendTail(sorted);
        // The labels around them are in the page's language: blank the values themselves.
        return sorted.toString().replaceAll("sha256:[0-9a-f]+", "RULESET")
                .replaceAll("\\b\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?", "VERSION");
    }

    @ParameterizedTest
    @CsvSource({"ko, ../docs/examples/S1.ko.html", "zh-Hans, ../docs/examples/S1.zh.html"})
    void theCommittedReportOfS1IsNotStale(String tag, String committed) throws java.io.IOException {
        Scenario s = ScenarioLoader.load(S1);
        Assessment a = new ScenarioRunner().assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
        String expected = normalised(HtmlReport.render(a, Locale.forLanguageTag(tag)));
        String onDisk = normalised(Files.readString(Path.of(committed)));
        assertThat(onDisk).as(committed + " is stale: regenerate it (docs/examples/README.md)").isEqualTo(expected);
    }
}
