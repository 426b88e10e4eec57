package org.refugeelaw.rules.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.finding;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.rules.nationality.OtherNationalityTest;

/**
 * Issue 16 point 3: the EU frame follows the decision date (the case record's assessmentDate). Directive 2011/95/EU
 * governs decisions up to 30 June 2026; Regulation (EU) 2024/1347 applies from 1 July 2026 (its art. 42), and every
 * reason and legal basis shown under the EU frame then cites the Regulation's own numbers (definitions in art. 3:
 * 'refugee' is art. 3(5)).
 */
class EuInstrumentByDateTest {
    private static Assessment decidedOn(String date, Frame frame) {
        return OtherNationalityTest.uk2019Defector("DE").set("assessmentDate", date).assess(frame);
    }

    private static List<String> allCitations(Assessment a) {
        List<String> out = new ArrayList<>();
        for (CriterionFinding f : a.criteria()) {
            out.addAll(f.legalBasis());
            out.addAll(f.reasons());
        }
        a.returns().forEach(r -> r.bars().forEach(b -> {
            out.addAll(b.legalBasis());
            out.addAll(b.reasons());
            out.addAll(b.instruments());
        }));
        out.addAll(a.determination().legalBasis());
        out.addAll(a.determination().reasons());
        return out;
    }

    @Test
    void decidedOn30June2026TheDirectiveIsCited() {
        Assessment a = decidedOn("2026-06-30", Frame.EU);
        CriterionFinding sp = finding(a, Criterion.SUBSIDIARY_QD15);
        assertThat(sp.legalBasis()).contains("QD 2(f)", "QD 15(a)-(c)", "QD 17");
        assertThat(finding(a, Criterion.WELL_FOUNDED_FEAR).legalBasis()).contains("QD 4(4)");
        assertThat(allCitations(a)).noneMatch(s -> s.contains("QR "));
    }

    @Test
    void decidedOn1July2026TheRegulationIsCitedWithItsOwnArticleNumbers() {
        Assessment before = decidedOn("2026-06-30", Frame.EU);
        Assessment a = decidedOn("2026-07-01", Frame.EU);
        CriterionFinding sp = finding(a, Criterion.SUBSIDIARY_QD15);
        // QD 2(f) (person eligible for subsidiary protection) is among the Regulation's definitions in art. 3.
        assertThat(sp.legalBasis()).contains("QR 3", "QR 15(a)-(c)", "QR 17").doesNotContain("QD 2(f)");
        assertThat(finding(a, Criterion.WELL_FOUNDED_FEAR).legalBasis()).contains("QR 4(4)");
        assertThat(allCitations(a)).noneMatch(s -> s.matches("(?s).*\\bQD \\d.*"))
                .noneMatch(s -> s.contains("Qualification Directive"));
        // The law cited changes; what it decides here does not.
        assertThat(a.outcome()).isEqualTo(before.outcome());
        assertThat(sp.status()).isEqualTo(finding(before, Criterion.SUBSIDIARY_QD15).status());
    }

    @Test
    void otherFramesKeepTheirCitationsWhateverTheDate() {
        Assessment a = decidedOn("2026-07-01", Frame.UNHCR);
        assertThat(finding(a, Criterion.WELL_FOUNDED_FEAR).legalBasis()).contains("QD 4(4)");
        assertThat(allCitations(a)).noneMatch(s -> s.contains("QR "));
    }
}
