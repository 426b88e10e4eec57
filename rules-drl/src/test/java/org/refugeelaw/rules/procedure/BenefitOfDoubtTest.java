package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** benefit-of-doubt.drl: HB 196, 203-205; each frame's reading (issue 17 point 6). */
class BenefitOfDoubtTest {

    private static CaseBuilder credibleAndConsistent() {
        return northKoreanInChina().set("credibility.generallyCredible", "established")
                .set("credibility.consistentWithCountryInformation", "established");
    }

    @Test
    void aGenerallyCredibleAccountConsistentWithCountryInformationGetsTheBenefitOfTheDoubt() {
        CriterionFinding f = assertFinding(credibleAndConsistent().assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.MET, "HB 196", "HB 203-204");
        assertThat(f.reasons().get(0)).contains("generally credible and consistent with country information")
                .contains("given the benefit of the doubt");
        assertThat(f.factsRelied()).containsExactly("$.credibility.generallyCredible",
                "$.credibility.consistentWithCountryInformation");
    }

    @Test
    void anAccountThatIsNotGenerallyCredibleDoesNotGetIt() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "not_established")
                .assess(), Criterion.BENEFIT_OF_DOUBT, Status.NOT_MET, "HB 203-204");
        assertThat(f.reasons().get(0)).contains("the account is not generally credible");
    }

    @Test
    void anAccountInconsistentWithCountryInformationDoesNotGetIt() {
        CriterionFinding f = assertFinding(credibleAndConsistent()
                .set("credibility.consistentWithCountryInformation", "not_established").assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.NOT_MET, "HB 203-204");
        assertThat(f.reasons().get(0)).contains("not consistent with country information");
    }

    @Test
    void undeterminedUntilBothCredibilityFindingsAreMadeNamingTheOneMissing() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "established")
                .assess(), Criterion.BENEFIT_OF_DOUBT, Status.UNDETERMINED, "HB 195-205");
        assertThat(f.reasons().get(0)).contains("depends on the credibility findings");
        assertThat(f.missingFacts()).containsExactly("$.credibility.consistentWithCountryInformation");
    }

    @Test
    void fourUnanimousIndicatorsStandForTheOverallFindingAndAreNamedAsWhatItRestsOn() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.sufficientDetail", "established")
                .set("credibility.internallyConsistent", "established")
                .set("credibility.consistentWithCountryInformation", "established")
                .set("credibility.plausible", "established").assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.MET, "HB 203-204");
        assertThat(f.factsRelied()).contains("$.credibility.sufficientDetail", "$.credibility.plausible")
                .doesNotContain("$.credibility.generallyCredible");
    }

    @Test
    void underTheEuFrameEveryConditionOfQd45IsNeededAndAFailedOneIsNamed() {
        CriterionFinding f = assertFinding(credibleAndConsistent().set("credibility.genuineEffort", "established")
                .set("credibility.availableEvidenceSubmitted", "established")
                .set("credibility.internallyConsistent", "established").set("credibility.plausible", "established")
                .set("credibility.timelyApplication", "not_established").assess(Frame.EU),
                Criterion.BENEFIT_OF_DOUBT, Status.NOT_MET, "QD 4(5)");
        assertThat(f.reasons().get(0)).contains("not shown: an application at the earliest possible time")
                .contains("cumulative");
        assertThat(f.factsRelied()).containsExactly("$.credibility.timelyApplication");
    }

    @Test
    void theSameRecordGetsItUnderTheHandbookReading() {
        assertFinding(credibleAndConsistent().set("credibility.timelyApplication", "not_established").assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.MET, "HB 203-204");
    }

    @Test
    void underTheUsFrameTheTestimonyMustReferToSpecificFacts() {
        CriterionFinding f = assertFinding(credibleAndConsistent().assess(Frame.US),
                Criterion.BENEFIT_OF_DOUBT, Status.UNDETERMINED, "INA 208(b)(1)(B)(ii)");
        assertThat(f.missingFacts()).containsExactly("$.credibility.sufficientDetail");
        assertThat(f.reasons().get(0)).contains("may still require corroboration");
    }

    @Test
    void underTheUkFrameItIsAGuidelineNotARuleOfLaw() {
        CriterionFinding f = assertFinding(credibleAndConsistent().assess(Frame.UK),
                Criterion.BENEFIT_OF_DOUBT, Status.MET, "KS (benefit of the doubt) [2014] UKUT 552 (IAC)");
        assertThat(f.reasons().get(0)).contains("not a rule of law");
    }
}
