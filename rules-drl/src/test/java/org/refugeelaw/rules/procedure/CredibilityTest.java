package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** credibility.drl (issue 17 point 6): the indicators, combined into the credibility finding. */
class CredibilityTest {

    private static CaseBuilder indicators(String detail, String internal, String external, String plausible) {
        return northKoreanInChina().set("credibility.sufficientDetail", detail)
                .set("credibility.internallyConsistent", internal)
                .set("credibility.consistentWithCountryInformation", external)
                .set("credibility.plausible", plausible);
    }

    @Test
    void fourIndicatorsThatCarryTheAccountMakeItCredibleAndAreNamed() {
        CriterionFinding f = assertFinding(indicators("established", "established", "established", "established")
                .assess(), Criterion.CREDIBILITY, Status.MET, "HB 195-205", "UNHCR, Beyond Proof (2013)");
        assertThat(f.reasons().get(0)).contains("every indicator carries it").contains("sufficiency of detail")
                .contains("plausibility");
    }

    @Test
    void fourFailingIndicatorsMakeItNotCredible() {
        CriterionFinding f = assertFinding(indicators("not_established", "not_established", "not_established",
                "not_established").assess(), Criterion.CREDIBILITY, Status.NOT_MET, "HB 195-205");
        assertThat(f.reasons().get(0)).contains("every indicator fails");
    }

    @Test
    void aMixedPictureIsLeftToTheDecisionMakerAndTheReasonSaysWhichWayEachPoints() {
        CriterionFinding f = assertFinding(indicators("established", "not_established", "established", "established")
                .assess(), Criterion.CREDIBILITY, Status.UNDETERMINED, "HB 195-205");
        assertThat(f.reasons().get(0)).contains("point different ways").contains("internal consistency against")
                .contains("No single indicator decides");
        assertThat(f.missingFacts()).containsExactly("$.credibility.generallyCredible");
    }

    @Test
    void theOverallFindingDecidesAndTheReasonNamesTheIndicatorsAgainstIt() {
        CriterionFinding f = assertFinding(indicators("established", "not_established", "unknown", "established")
                .set("credibility.generallyCredible", "established").assess(), Criterion.CREDIBILITY, Status.MET,
                "HB 195-205");
        assertThat(f.reasons().get(0)).contains("decision-maker finds the account generally credible")
                .contains("on sufficiency of detail, plausibility").contains("internal consistency weighs against it");
    }

    @Test
    void aRecordSilentOnCredibilityGetsNoFinding() {
        assertThat(northKoreanInChina().assess().finding(Criterion.CREDIBILITY)).isEmpty();
    }

    @Test
    void anOverallFindingContradictingFourUnanimousIndicatorsIsRefused() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> indicators("established",
                "established", "established", "established").set("credibility.generallyCredible", "not_established")
                .assess());
        assertThat(e.problems().get(0).message()).startsWith("$.credibility.generallyCredible is \"not_established\"")
                .contains("every credibility indicator is established");
    }

    @Test
    void anIndicatorRecordedIsAFindingOnTheAccountSoAStatedFearWithNoHarmIsNoLongerOpen() {
        // Issue 17 point 6: before, only the overall finding counted as a finding on the account (open-risks.drl).
        CaseBuilder fear = nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.statedFear", "established");
        assertThat(fear.assess().determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        Assessment a = fear.set("credibility.sufficientDetail", "not_established").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }
}
