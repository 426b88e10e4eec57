package org.refugeelaw.rules.nationality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** settled-elsewhere.drl: RC 1E; HB 144-146; the US firm resettlement bar, read from the frame data. */
class SettledElsewhereTest {

    private static CaseBuilder residentInRussia(String rights, String firmly) {
        CaseBuilder b = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.sex", "male").set("settlement.0.country", "RU").set("settlement.0.years", 8);
        if (rights != null) {
            b.set("settlement.0.rightsOfNationals", rights);
        }
        if (firmly != null) {
            b.set("settlement.0.firmlyResettled", firmly);
        }
        return b;
    }

    @Test
    void rc1eAppliesToResidenceWithTheRightsAndObligationsOfNationals() {
        Assessment a = residentInRussia("established", null).assess();
        CriterionFinding f = assertFinding(a, Criterion.SETTLED_ELSEWHERE, Status.MET, "RC 1E", "HB 144-146");
        assertThat(f.reasons().get(0)).contains("resided in RU with the rights and obligations of its nationals")
                .contains("for 8 years").contains("RC 1E");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0].rightsOfNationals");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(a.determination().decidedBy()).contains(Criterion.SETTLED_ELSEWHERE);
    }

    @Test
    void notMetWhenResidenceElsewhereCarriesNoRightsOfNationals() {
        CriterionFinding f = assertFinding(residentInRussia("not_established", null).assess(),
                Criterion.SETTLED_ELSEWHERE, Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).contains("no country where the person has resided with the rights");
        assertThat(f.factsRelied()).containsExactly("$.settlement");
    }

    @Test
    void notMetWhenTheRecordShowsNoResidenceElsewhere() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.SETTLED_ELSEWHERE, Status.NOT_MET,
                "RC 1E", "HB 144-146");
        assertThat(f.factsRelied()).containsExactly("$.settlement");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherResidenceCarriesTheRightsOfNationals() {
        CriterionFinding f = assertFinding(residentInRussia(null, null).assess(), Criterion.SETTLED_ELSEWHERE,
                Status.UNDETERMINED, "RC 1E");
        assertThat(f.reasons().get(0)).contains("resided in RU").contains("is not known");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0]");
        assertThat(f.missingFacts()).containsExactly("$.settlement[0].rightsOfNationals");
    }

    @Test
    void firmResettlementIsNoBarUnderUnhcrStandards() {
        CriterionFinding f = assertFinding(residentInRussia("not_established", "established").assess(Frame.UNHCR),
                Criterion.SETTLED_ELSEWHERE, Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).doesNotContain("firmly resettled");
    }

    @Test
    void firmResettlementBarsAsylumUnderTheUsFrameAsTheFrameDataSay() {
        Assessment a = residentInRussia("not_established", "established").set("hostState", "US")
                .set("currentCountry", "US").assess(Frame.US);
        CriterionFinding f = assertFinding(a, Criterion.SETTLED_ELSEWHERE, Status.MET,
                "Matter of K-R-Y- 24 I&N Dec 133 (BIA 2007)", "Jang v Lynch 812 F.3d 1187 (9th Cir 2015)");
        assertThat(f.reasons().get(0)).contains("firmly resettled in RU").contains("under the US frame");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0].firmlyResettled", "frame:US");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }

    @Test
    void underTheUsFrameFirmResettlementDecidesEvenWhileTheRightsOfNationalsAreUnknown() {
        CriterionFinding f = assertFinding(residentInRussia(null, "established").assess(Frame.US),
                Criterion.SETTLED_ELSEWHERE, Status.MET, "Matter of K-R-Y- 24 I&N Dec 133 (BIA 2007)");
        assertThat(f.reasons().get(0)).contains("firmly resettled");
    }

    /**
     * Pins down a burden-of-proof choice: under the US frame an unexamined offer of firm resettlement is "no
     * indication" (the government must first show prima facie evidence of an offer: 8 CFR 1240.8(d); Matter of
     * A-G-G-, 25 I&N Dec 486 (BIA 2011)), so the bar does not arise.
     */
    @Test
    void underTheUsFrameAnUnexaminedFirmResettlementDoesNotArise() {
        CriterionFinding f = assertFinding(residentInRussia("not_established", null).assess(Frame.US),
                Criterion.SETTLED_ELSEWHERE, Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).contains("or been firmly resettled");
    }
}
