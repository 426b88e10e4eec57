package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** no-concealment.drl: HJ (Iran), RT (Zimbabwe), A.A. v Switzerland. Nobody can be required to hide or feign loyalty. */
class NoConcealmentTest {

    /** XA beats those who cannot show loyalty to the ruling party (the RT (Zimbabwe) situation). */
    private static CaseBuilder politicallyNeutral() {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_neutrality\"]");
    }

    @Test
    void metWhenThePersonWouldLiveOpenlyOnReturn() {
        CriterionFinding f = assertFinding(politicallyNeutral().set("claim.wouldConcealOnReturn", "not_established")
                .assess(), Criterion.NO_CONCEALMENT, Status.MET, "HJ (Iran) [2010] UKSC 31 para 82",
                "RT (Zimbabwe) [2012] UKSC 38", "A.A. v Switzerland (ECtHR 32218/17, 2019)");
        assertThat(f.reasons().get(0)).contains("[XA-NO-LOYALTY]").contains("would live openly on return");
        assertThat(f.factsRelied()).contains("$.claim.profile", "$.claim.wouldConcealOnReturn");
    }

    @Test
    void metWhenThePersonWouldFeignLoyaltyOnlyOutOfFearOfPersecution() {
        Assessment a = politicallyNeutral().set("claim.wouldConcealOnReturn", "established")
                .set("claim.concealmentOutOfFear", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.NO_CONCEALMENT, Status.MET, "RT (Zimbabwe) [2012] UKSC 38");
        assertThat(f.reasons().get(0)).contains("only out of fear of persecution; nobody can be required to do that");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void notMetWhenThePersonWouldBeDiscreetForReasonsOfTheirOwn() {
        Assessment a = politicallyNeutral().set("claim.wouldConcealOnReturn", "established")
                .set("claim.concealmentOutOfFear", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.NO_CONCEALMENT, Status.NOT_MET, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.reasons().get(0)).contains("for reasons of their own, not out of fear")
                .contains("(HJ (Iran) para 82)");
        assertThat(f.factsRelied()).contains("$.claim.concealmentOutOfFear");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }

    @Test
    void undeterminedWhenTheRecordDoesNotSayHowThePersonWouldLive() {
        CriterionFinding f = assertFinding(politicallyNeutral().assess(), Criterion.NO_CONCEALMENT,
                Status.UNDETERMINED, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.reasons().get(0)).contains("does not say whether they would conceal their beliefs, or why");
        assertThat(f.missingFacts()).containsExactly("$.claim.wouldConcealOnReturn");
    }

    @Test
    void undeterminedWhenThePersonWouldConcealButWhyIsNotKnown() {
        CriterionFinding f = assertFinding(politicallyNeutral().set("claim.wouldConcealOnReturn", "established")
                .assess(), Criterion.NO_CONCEALMENT, Status.UNDETERMINED, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.missingFacts()).containsExactly("$.claim.concealmentOutOfFear");
    }

    @Test
    void metWhenTheRiskArisesFromWhatThePersonHasDoneSoDiscretionCannotAvoidIt() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("claim.wouldConcealOnReturn", "established")
                .set("claim.concealmentOutOfFear", "not_established").assess(),
                Criterion.NO_CONCEALMENT, Status.MET, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.reasons().get(0)).contains("[KP-FORCED-RETURN]")
                .contains("arises from what the person is or from return itself, not from how they would live");
    }

    @Test
    void notApplicableWhenNoHarmOnReturnIsIdentified() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.NO_CONCEALMENT,
                Status.NOT_APPLICABLE, "HJ (Iran) [2010] UKSC 31");
        assertThat(f.reasons().get(0)).contains("the question of concealment does not arise");
    }

    /**
     * Issue 12 point 1: concealment is a question about the future only. A political activity abroad that the
     * authorities know of is an act already done; that the person would stay quiet on return, for reasons of their
     * own, cannot undo it (HJ (Iran) para 82). Before the fix the concealment question was asked of every
     * political-activity risk, and this person was found not a refugee.
     */
    @Test
    void metForAnActivityAbroadTheAuthoritiesKnowOfEvenIfThePersonWouldStayQuietForReasonsOfTheirOwn() {
        Assessment a = nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"political_activity\", \"visibility\": \"public\","
                        + " \"authoritiesAware\": \"established\", \"mainlyToCreateClaim\": \"not_established\"}")
                .set("claim.wouldConcealOnReturn", "established").set("claim.concealmentOutOfFear", "not_established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.NO_CONCEALMENT, Status.MET, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.reasons().get(0)).contains("[XA-OPPOSITION]")
                .contains("rests on an act already done").contains("concealment is a question about the future only");
        assertThat(f.missingFacts()).isEmpty();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    /** The same conduct held as the person's profile (how they would live on return): the question does arise. */
    @Test
    void notMetForTheSameConductOnReturnWhenThePersonWouldRefrainForReasonsOfTheirOwn() {
        Assessment a = nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_activity\"]")
                .set("claim.wouldConcealOnReturn", "established").set("claim.concealmentOutOfFear", "not_established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.NO_CONCEALMENT, Status.NOT_MET, "HJ (Iran) [2010] UKSC 31 para 82");
        assertThat(f.reasons().get(0)).contains("[XA-OPPOSITION]").contains("for reasons of their own");
    }
}
