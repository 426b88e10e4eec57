package org.refugeelaw.rules.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.danian;
import static org.refugeelaw.rules.RuleTestSupport.finding;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.nationality.OtherNationalityTest;

/** Issue 16 point 2: the national frames, each read from its data (data/frames/*.json). */
class NationalFramesTest {
    private static final Frame KR = Frame.of("KR");
    private static final Frame AU = Frame.of("AU");
    private static final Frame CA = Frame.of("CA");

    @Test
    void theRokFrameSendsANorthKoreanToTheNationalTrackAndSaysWhatTheLawSays() {
        Assessment a = OtherNationalityTest.uk2019Defector("KR").assess(KR);
        CriterionFinding other = finding(a, Criterion.OTHER_NATIONALITY);
        assertThat(other.status()).isEqualTo(Status.NOT_MET);
        assertThat(other.reasons().get(0)).contains("a North Korean is a national of the ROK (Constitution art. 3")
                .contains("North Korean Refugees Protection and Settlement Support Act (arts. 2(1), 3)");
        assertThat(other.factsRelied()).contains("frame:KR");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        // The note is the ROK frame's law: other frames reach the same status without it.
        CriterionFinding unhcr = finding(OtherNationalityTest.uk2019Defector("KR").assess(Frame.UNHCR),
                Criterion.OTHER_NATIONALITY);
        assertThat(unhcr.status()).isEqualTo(Status.NOT_MET);
        assertThat(unhcr.reasons().get(0)).doesNotContain("Constitution art. 3");
    }

    @Test
    void australiaDisregardsConductToStrengthenTheClaimInAFirstApplication() {
        Assessment au = danian().set("hostState", "AU").set("currentCountry", "AU").set("assessmentDate", "2025-03-01")
                .set("procedure.subsequentApplication", "not_established").assess(AU);
        CriterionFinding f = finding(au, Criterion.SUR_PLACE_GOOD_FAITH);
        assertThat(f.status()).isEqualTo(Status.MET);
        assertThat(f.reasons().get(0)).contains("Migration Act 1958 (Cth) s. 5J(6) disregards that conduct")
                .contains("in a first application as in any other");
        assertThat(f.legalBasis()).contains("Migration Act 1958 (Cth) s. 5J(6)").doesNotContain("QD 5(3)");
        assertThat(au.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        // RC 33 still protects the person who meets the Convention definition.
        assertThat(bar(au, "NG", Criterion.NON_REFOULEMENT_33).status()).isEqualTo(Status.MET);
        assertThat(bar(au, "NG", Criterion.NON_REFOULEMENT_33).reasons().get(0))
                .contains("refused status under Migration Act 1958 (Cth) s. 5J(6)");

        // The same first application under the EU frame: QD 5(3) reaches only subsequent applications.
        Assessment eu = danian().set("procedure.subsequentApplication", "not_established").assess(Frame.EU);
        assertThat(finding(eu, Criterion.SUR_PLACE_GOOD_FAITH).status()).isEqualTo(Status.NOT_MET);
        // Where whether the conduct was engaged in to strengthen the claim is unknown, the bar is open and named.
        CriterionFinding open = finding(danian().set("activitiesAbroad.0.mainlyToCreateClaim", "unknown")
                .set("hostState", "AU").set("currentCountry", "AU").assess(AU), Criterion.SUR_PLACE_GOOD_FAITH);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).containsExactly("$.activitiesAbroad[0].mainlyToCreateClaim");
    }

    @Test
    void canadaReadsSection97TortureAsMoreLikelyThanNot() {
        Assessment a = OtherNationalityTest.uk2019Defector("CA").assess(CA);
        assertThat(finding(a, Criterion.WELL_FOUNDED_FEAR).reasons().get(0))
                .contains("the CA frame's standard of proof is a serious possibility");
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.UNDETERMINED);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).reasons().get(0))
                .contains("more likely than not (the balance of probabilities) (IRPA s. 97(1)(a); Li v Canada (MCI),"
                        + " 2005 FCA 1)");
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).missingFacts())
                .contains("$.destinations[0].harmMoreLikelyThanNot");
    }
}
