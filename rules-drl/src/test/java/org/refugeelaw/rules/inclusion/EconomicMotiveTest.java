package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** economic-motive.drl: HB 62-64. An economic motive never closes the assessment; the risk on return decides. */
class EconomicMotiveTest {

    @Test
    void metWhenAHungerDefectorFacesPersecutionOnReturn() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.motives", "[\"hunger\"]")
                .set("departure.withPermission", "not_established").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.MET, "HB 62-64");
        assertThat(f.reasons().get(0)).contains("left for economic reasons, which does not decide the claim: the risk on"
                + " return is established, and a person who left out of need can still be a refugee");
        assertThat(f.factsRelied()).containsExactly("$.departure.motives");
    }

    @Test
    void metWhenNoRiskIsEstablishedBecauseTheRiskNotTheMotiveIsWhyTheFearFails() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("departure.motives", "[\"economic\"]").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.MET, "HB 62-64");
        assertThat(f.reasons().get(0)).contains("no risk on return is established: that, and not the motive");
    }

    @Test
    void metWhileTheRiskOnReturnIsStillOpen() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.motives", "[\"economic\", \"family\"]")
                .set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"religious_contact\", \"visibility\": \"private\"}").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.MET, "HB 62-64");
        assertThat(f.reasons().get(0)).contains("the risk on return is not yet decided, and it, not the motive, will"
                + " decide the claim");
    }

    @Test
    void notMetWhenTheOnlyHarmOnReturnIsGeneralEconomicHardship() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("departure.motives", "[\"economic\"]")
                .set("destinations.0.harmsFaced", "[\"economic_hardship\"]").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.NOT_MET, "HB 62-63");
        assertThat(f.reasons().get(0)).contains("general economic hardship, not measures aimed at a group");
        assertThat(f.factsRelied()).containsExactly("$.departure.motives", "$.destinations");
    }

    @Test
    void undeterminedWhenTheRecordDoesNotSayWhyThePersonLeft() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE,
                Status.UNDETERMINED, "HB 62-64");
        assertThat(f.reasons().get(0)).contains("does not say why the person left");
        assertThat(f.missingFacts()).containsExactly("$.departure.motives");
    }

    @Test
    void notApplicableWhenThePersonDidNotLeaveForEconomicReasons() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.motives",
                "[\"fear_of_persecution\", \"family\"]").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.NOT_APPLICABLE, "HB 62-64");
        assertThat(f.reasons().get(0)).isEqualTo("The person did not leave for economic reasons.");
        assertThat(f.factsRelied()).containsExactly("$.departure.motives");
    }

    // Issue 12 point 6 (HB 63): economic measures aimed at a group for a Convention reason are not general hardship.
    @Test
    void metWhenEconomicHardshipOnReturnIsAimedAtAGroupForAConventionReason() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("departure.motives", "[\"economic\"]")
                .set("destinations.0.harmsFaced", "[\"economic_hardship\", \"discrimination\"]")
                .set("destinations.0.grounds.0", "{\"ground\": \"race\"}").assess(),
                Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.MET, "HB 62-64");
        assertThat(f.reasons().get(0)).contains("does not decide the claim");
    }
}
