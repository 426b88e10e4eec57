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

    /** Residence in Russia with every element of RC 1E shown. */
    private static CaseBuilder secureResidentInRussia() {
        return residentInRussia("established", null).set("settlement.0.canReturn", "established")
                .set("settlement.0.protectedFromDeportation", "established")
                .set("settlement.0.fearOfPersecutionThere", "not_established");
    }

    @Test
    void rc1eAppliesToACurrentReturnableProtectedStatusWithTheRightsOfNationals() {
        Assessment a = secureResidentInRussia().assess();
        CriterionFinding f = assertFinding(a, Criterion.SETTLED_ELSEWHERE, Status.MET, "RC 1E", "HB 144-146");
        assertThat(f.reasons().get(0)).contains("current status in RU (8 years) with the rights and obligations of"
                + " its nationals").contains("can return there").contains("protected there from deportation")
                .contains("RC 1E excludes them");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0]");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(a.determination().decidedBy()).contains(Criterion.SETTLED_ELSEWHERE);
    }

    @Test
    void rc1eDoesNotApplyWhereThePersonFearsPersecutionInThatCountry() {
        // Before issue 12 point 9 the rights of nationals alone met RC 1E and made this man not a refugee.
        Assessment a = secureResidentInRussia().set("settlement.0.fearOfPersecutionThere", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.SETTLED_ELSEWHERE, Status.NOT_MET, "RC 1E",
                "UNHCR Note on the Interpretation of Article 1E (2009)");
        assertThat(f.reasons().get(0)).contains("RC 1E does not apply").contains("the person fears persecution there");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void rc1eNeedsAStatusThePersonCanReturnToWithProtectionFromDeportation() {
        CriterionFinding f = assertFinding(secureResidentInRussia().set("settlement.0.canReturn", "not_established")
                .set("settlement.0.protectedFromDeportation", "not_established").assess(), Criterion.SETTLED_ELSEWHERE,
                Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).contains("the status is not current or the person cannot return there")
                .contains("not protected there from deportation");
        CriterionFinding open = assertFinding(residentInRussia("established", null).assess(),
                Criterion.SETTLED_ELSEWHERE, Status.UNDETERMINED, "RC 1E");
        assertThat(open.missingFacts()).containsExactly("$.settlement[0].canReturn",
                "$.settlement[0].protectedFromDeportation", "$.settlement[0].fearOfPersecutionThere");
    }

    @Test
    void notMetWhenResidenceElsewhereCarriesNoRightsOfNationals() {
        CriterionFinding f = assertFinding(residentInRussia("not_established", null).assess(),
                Criterion.SETTLED_ELSEWHERE, Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).contains("does not carry the rights and obligations of nationals");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0]");
    }

    @Test
    void notMetWhenTheRecordShowsNoResidenceElsewhere() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.SETTLED_ELSEWHERE, Status.NOT_MET,
                "RC 1E", "HB 144-146");
        assertThat(f.factsRelied()).containsExactly("$.settlement");
    }

    @Test
    void undeterminedWhenNothingIsKnownAboutTheResidence() {
        CriterionFinding f = assertFinding(residentInRussia(null, null).assess(), Criterion.SETTLED_ELSEWHERE,
                Status.UNDETERMINED, "RC 1E");
        assertThat(f.reasons().get(0)).contains("resided in RU").contains("not yet known");
        assertThat(f.factsRelied()).containsExactly("$.settlement[0]");
        assertThat(f.missingFacts()).containsExactly("$.settlement[0].rightsOfNationals", "$.settlement[0].canReturn",
                "$.settlement[0].protectedFromDeportation", "$.settlement[0].fearOfPersecutionThere");
    }

    @Test
    void aCitizenOfTheCountryOfResidenceIsAssessedUnderOtherNationalityNot1E() {
        Assessment a = secureResidentInRussia().set("person.nationalities.1", "{\"country\": \"RU\", \"basis\":"
                + " \"held\"}").assess();
        CriterionFinding f = assertFinding(a, Criterion.SETTLED_ELSEWHERE, Status.NOT_APPLICABLE, "RC 1E",
                "RC 1A(2) second paragraph");
        assertThat(f.reasons().get(0)).contains("a national of RU").contains("OTHER_NATIONALITY");
        assertThat(a.finding(Criterion.OTHER_NATIONALITY).orElseThrow().status()).isEqualTo(Status.UNDETERMINED);
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
        assertThat(f.reasons().get(0)).contains("Nor is the person shown to have been firmly resettled");
    }
}
