package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * prosecution.drl: HB 56-60, QD 9(2)(b)-(d). MET means a harm faced is legitimate prosecution and nothing more;
 * NOT_MET means the punishment is persecution; NOT_APPLICABLE means no punishment is faced at all.
 */
class ProsecutionTest {

    private static CaseBuilder chineseProsecutedForMurder() {
        return nationalOf("CN").set("destinations.0.prosecution.offence", "murder")
                .set("destinations.0.prosecution.penalty", "death_penalty");
    }

    private static CaseBuilder legitimate(CaseBuilder b) {
        return b.set("destinations.0.prosecution.disproportionate", "not_established")
                .set("destinations.0.prosecution.discriminatory", "not_established")
                .set("destinations.0.prosecution.withoutDueProcess", "not_established")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "not_established");
    }

    @Test
    void metWhenProportionateNonDiscriminatoryPunishmentFollowsDueProcess() {
        CriterionFinding f = assertFinding(legitimate(chineseProsecutedForMurder()).assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.MET, "HB 56-60", "QD 9(2)(b)-(d)");
        assertThat(f.reasons().get(0)).contains("the punishment for murder is proportionate, not discriminatory,"
                + " follows due process and punishes no protected right: it is prosecution, not persecution");
        assertThat(f.factsRelied()).contains("$.destinations[0].prosecution");
    }

    @Test
    void notMetWhenThePunishmentIsDisproportionateAndWithoutDueProcess() {
        CriterionFinding f = assertFinding(chineseProsecutedForMurder()
                .set("destinations.0.prosecution.disproportionate", "established")
                .set("destinations.0.prosecution.withoutDueProcess", "established").assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_MET, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("the punishment is disproportionate, imposed without due process: it is"
                + " persecution, not mere prosecution");
    }

    @Test
    void notMetWhenTheOffenceIsTheExerciseOfAProtectedRight() {
        CriterionFinding f = assertFinding(chineseProsecutedForMurder()
                .set("destinations.0.prosecution.offence", "unauthorised prayer meeting")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "established").assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_MET, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("a punishment for exercising a protected right");
    }

    @Test
    void notMetWhenTheStatePunishesUnauthorisedExitAsTreason() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_MET, "HB 59-61", "ICCPR 12(2)",
                "QD 9(2)(c)");
        assertThat(f.reasons().get(0)).contains("[KP-UNAUTHORISED-EXIT]")
                .contains("punishes the exercise of the right to leave one's country");
        assertThat(f.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void metWhenTheOnlyPenaltyForLeavingIsAMinorFineForNoConventionReason() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "not_established")
                .assess(), Criterion.PROSECUTION_NOT_PERSECUTION, Status.MET, "HB 59-61");
        assertThat(f.reasons().get(0)).contains("[XA-EXIT-FINE]")
                .contains("a minor penalty for breaching exit rules, not imposed for a Convention reason, is ordinary"
                        + " prosecution");
    }

    @Test
    void undeterminedWhenTheFactsThatDistinguishProsecutionFromPersecutionAreUnknown() {
        CriterionFinding f = assertFinding(chineseProsecutedForMurder()
                .set("destinations.0.prosecution.discriminatory", "not_established").assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.UNDETERMINED, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].prosecution.disproportionate",
                "$.destinations[0].prosecution.withoutDueProcess",
                "$.destinations[0].prosecution.offenceIsExerciseOfProtectedRight");
    }

    @Test
    void notApplicableWhenThePersonFacesNoPunishmentOnReturn() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.PROSECUTION_NOT_PERSECUTION,
                Status.NOT_APPLICABLE, "HB 56");
        assertThat(f.reasons().get(0)).contains("faces no prosecution or punishment on return");
        assertThat(f.rulesFired()).containsExactly("No prosecution or punishment on return");
    }

    @Test
    void prosecutionInAThirdCountryIsNotAssessedAsPunishmentOnReturn() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("destinations.1.country", "RU")
                .set("destinations.1.prosecution.offence", "theft").set("destinations.1.prosecution.penalty",
                        "short_imprisonment").assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_APPLICABLE, "HB 56");
        assertThat(f.factsRelied()).contains("$.destinations");
    }
}
