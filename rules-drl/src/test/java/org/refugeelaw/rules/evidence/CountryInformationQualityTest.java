package org.refugeelaw.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.finding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.MarkdownReport;
import org.refugeelaw.report.TextReport;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * country-information-quality.drl (issue 16 points 5 and 7): a source more than five years old at the assessment date
 * is reported as dated in the reasons of the findings that rely on it; a country the assessment reasoned about with no
 * country information is listed in the assessment and in the first lines of every report.
 */
class CountryInformationQualityTest {

    @Test
    void aSourceMoreThanFiveYearsOldIsReportedAsDatedWhereAFindingReliesOnIt() {
        Assessment a = lawfulNorthKoreanInChina().assess();   // assessed 2024-06-01
        var reasons = finding(a, Criterion.WELL_FOUNDED_FEAR).reasons();
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(1)).startsWith("Dated sources: this finding relies on country information"
                + " (KP-FORCED-RETURN)").contains("A/HRC/25/63 (2014-02-07)").contains("CAT/C/CHN/CO/5 (2016-02-03)")
                .contains("2024-06-01").doesNotContain("I still feel the pain");
        // A finding that relies on no country information carries no such note.
        assertThat(finding(a, Criterion.OUTSIDE_COUNTRY).reasons()).hasSize(1);
    }

    @Test
    void aSourceWithinFiveYearsIsNotReportedAsDated() {
        // On 2019-01-01 the Commission of Inquiry's report (2014-02-07) was not yet five years old.
        Assessment a = lawfulNorthKoreanInChina().set("assessmentDate", "2019-01-01").assess();
        assertThat(finding(a, Criterion.WELL_FOUNDED_FEAR).reasons()).hasSize(1);
    }

    @Test
    void aCountryWithNoCountryInformationIsReportedInTheAssessmentAndTheFirstLinesOfEveryReport() {
        Assessment a = CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "ER", "basis": "held"}]},
                 "hostState": "GB", "currentCountry": "GB", "countryOfOrigin": "ER",
                 "departure": {"withPermission": "not_established"},
                 "destinations": [{"country": "ER"}, {"country": "ET"}]}
                """).assess();
        assertThat(a.countryInformationGaps()).containsExactly("ER", "ET");
        String warning = "No country information: the country information used holds nothing on ER, ET.";
        String text = TextReport.render(a);
        assertThat(text.lines().limit(6).toList()).anySatisfy(l -> assertThat(l).startsWith(warning));
        String md = MarkdownReport.render(a);
        assertThat(md.lines().limit(6).toList()).anySatisfy(l -> assertThat(l).contains(warning));
        String html = HtmlReport.render(a);
        assertThat(html.indexOf(warning)).isPositive().isLessThan(html.indexOf("id=\"determination\""));
    }

    @Test
    void aCountryTheDataCoverIsNotAGap() {
        Assessment a = lawfulNorthKoreanInChina().set("destinations.1", "{\"country\": \"KR\"}").assess();
        assertThat(a.countryInformationGaps()).isEmpty();
        assertThat(a.coverageWarning()).isEmpty();
        assertThat(TextReport.render(a)).doesNotContain("No country information");
    }
}
