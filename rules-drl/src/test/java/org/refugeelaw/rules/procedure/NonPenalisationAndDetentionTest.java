package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** non-penalisation.drl and detention.drl (issue 17 point 5): RC 31(1); UNHCR Detention Guidelines 2012. */
class NonPenalisationAndDetentionTest {

    /** A national of XA in the UK facing torture by the state for an imputed political opinion: a refugee. */
    private static CaseBuilder refugeeInTheUk() {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("destinations.0.harmsFaced", "[\"torture\"]").set("destinations.0.inflictedBy", "state")
                .set("destinations.0.grounds.0.ground", "political_opinion")
                .set("destinations.0.grounds.0.persecutorMotiveShown", "established")
                .set("destinations.0.grounds.0.groundContributes", "established");
    }

    private static CaseBuilder penalisedAfterPresentingAtOnce(CaseBuilder b) {
        return b.set("entry.unlawful", "established").set("entry.comingDirectly", "established")
                .set("entry.presentedWithoutDelay", "established").set("entry.goodCause", "established")
                .set("entry.penalised", "established");
    }

    @Test
    void aPenaltyOnARefugeeWhoMetTheConditionsIsAViolationAttributedToTheHost() {
        Assessment a = penalisedAfterPresentingAtOnce(refugeeInTheUk()).assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.NOT_MET, "RC 31(1)");
        assertThat(f.reasons().get(0)).contains("Violation of RC 31(1)").contains("binds GB");
        assertThat(f.factsRelied()).contains("$.entry.penalised", "$.entry.presentedWithoutDelay", "$.hostState");
    }

    @Test
    void aPenaltyWhereThePersonDidNotPresentWithoutDelayIsNotForbiddenAndTheReasonSaysWhich() {
        Assessment a = penalisedAfterPresentingAtOnce(refugeeInTheUk())
                .set("entry.presentedWithoutDelay", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.MET, "RC 31(1)");
        assertThat(f.reasons().get(0)).contains("did not present themselves to the authorities without delay");
        assertThat(f.factsRelied()).containsExactly("$.entry.penalised", "$.entry.presentedWithoutDelay");
    }

    @Test
    void anOpenConditionLeavesItUndeterminedNamingTheCondition() {
        Assessment a = penalisedAfterPresentingAtOnce(refugeeInTheUk()).set("entry.goodCause", "unknown").assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.UNDETERMINED, "RC 31(1)");
        assertThat(f.missingFacts()).containsExactly("$.entry.goodCause");
    }

    @Test
    void aPersonFoundNotToBeARefugeeIsNotProtectedByIt() {
        Assessment a = penalisedAfterPresentingAtOnce(nationalOf("XA").set("departure.withPermission", "established")
                .set("destinations.0.riskThere", "not_established").set("claim.statedFear", "not_established"))
                .assess();
        assertThat(a.determination().status().name()).isEqualTo("NOT_REFUGEE");
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.NOT_APPLICABLE, "RC 31(1)");
        assertThat(f.reasons().get(0)).contains("protects refugees").contains("not refugee");
    }

    @Test
    void aHostBoundByNeitherTheConventionNorTheProtocolIsNotBoundByRc31() {
        Assessment a = penalisedAfterPresentingAtOnce(northKoreanInChina().set("hostState", "TH")
                .set("currentCountry", "TH")).assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.NOT_APPLICABLE, "RC 31(1)");
        assertThat(f.reasons().get(0)).contains("TH is neither");
    }

    @Test
    void aHostMissingFromTheTreatyDataLeavesItUndeterminedNamingTheGap() {
        Assessment a = penalisedAfterPresentingAtOnce(refugeeInTheUk().set("hostState", "UZ")
                .set("currentCountry", "UZ")).assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.UNDETERMINED, "RC 31(1)");
        assertThat(f.missingFacts()).containsExactly("treaties.json: parties for UZ");
    }

    @Test
    void aPartyWhoseRatificationTheDataDoNotDateLeavesItUndetermined() {
        // France is recorded as a party to the Convention and the Protocol, without the dates (not read).
        Assessment a = penalisedAfterPresentingAtOnce(refugeeInTheUk().set("hostState", "FR")
                .set("currentCountry", "FR")).assess();
        CriterionFinding f = assertFinding(a, Criterion.NON_PENALISATION_31, Status.UNDETERMINED, "RC 31(1)");
        assertThat(f.missingFacts()).containsExactly("treaties.json: in-force date of RC_1951 or RC_PROTOCOL_1967 for FR");
    }

    @Test
    void aRecordSilentOnEntryAndDetentionGetsNeitherFinding() {
        Assessment a = northKoreanInChina().assess();
        assertThat(a.finding(Criterion.NON_PENALISATION_31)).isEmpty();
        assertThat(a.finding(Criterion.DETENTION)).isEmpty();
    }

    @Test
    void detentionWithoutAnIndividualAssessmentIsArbitraryAndAttributedToWhatBindsTheHost() {
        Assessment a = northKoreanInChina().set("hostState", "TH").set("currentCountry", "TH")
                .set("detention.detained", "established").set("detention.individualAssessment", "not_established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.DETENTION, Status.NOT_MET,
                "UNHCR Detention Guidelines (2012) Guideline 4", "A/HRC/30/37 (2015) para 21");
        assertThat(f.reasons().get(0)).contains("arbitrary")
                .contains("did not rest on an assessment of the person's own circumstances")
                .contains("bind TH through ICCPR art. 9(1)").doesNotContain("RC 31(2)");
        assertThat(f.factsRelied()).contains("$.detention.individualAssessment");
    }

    @Test
    void detentionFoundNecessaryReasonableAndProportionateMeetsTheStandard() {
        Assessment a = northKoreanInChina().set("detention.detained", "established")
                .set("detention.individualAssessment", "established").set("detention.necessary", "established")
                .set("detention.reasonable", "established").set("detention.proportionate", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.DETENTION, Status.MET, "RC 31(2)");
        assertThat(f.reasons().get(0)).contains("bind CN through RC 31(2)");
    }

    @Test
    void detentionWhoseTestsAreNotRecordedIsUndeterminedNamingThem() {
        Assessment a = northKoreanInChina().set("detention.detained", "established")
                .set("detention.necessary", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.DETENTION, Status.UNDETERMINED,
                "UNHCR Detention Guidelines (2012) Guideline 4");
        assertThat(f.missingFacts()).containsExactly("$.detention.individualAssessment",
                "$.detention.reasonable", "$.detention.proportionate");
    }

    @Test
    void aPersonNotDetainedGetsNotApplicable() {
        assertFinding(northKoreanInChina().set("detention.detained", "not_established").assess(),
                Criterion.DETENTION, Status.NOT_APPLICABLE, "UNHCR Detention Guidelines (2012) Guideline 4");
    }
}
