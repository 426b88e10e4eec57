package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** benefit-of-doubt.drl: HB 196, 203-205; QD 4(5). */
class BenefitOfDoubtTest {

    @Test
    void aGenerallyCredibleAccountConsistentWithCountryInformationGetsTheBenefitOfTheDoubt() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "established")
                .set("credibility.consistentWithCountryInformation", "established").assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.MET, "HB 196", "HB 203-204", "QD 4(5)");
        assertThat(f.reasons().get(0)).contains("generally credible and consistent with country information")
                .contains("given the benefit of the doubt");
        assertThat(f.factsRelied()).containsExactly("$.credibility.generallyCredible",
                "$.credibility.consistentWithCountryInformation");
    }

    @Test
    void anAccountThatIsNotGenerallyCredibleDoesNotGetIt() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "not_established")
                .assess(), Criterion.BENEFIT_OF_DOUBT, Status.NOT_MET, "HB 204", "QD 4(5)(c), (e)");
        assertThat(f.reasons().get(0)).contains("the account is not generally credible");
    }

    @Test
    void anAccountInconsistentWithCountryInformationDoesNotGetIt() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "established")
                .set("credibility.consistentWithCountryInformation", "not_established").assess(),
                Criterion.BENEFIT_OF_DOUBT, Status.NOT_MET, "HB 204");
        assertThat(f.reasons().get(0)).contains("not consistent with country information");
    }

    @Test
    void undeterminedUntilBothCredibilityFindingsAreMadeNamingTheOneMissing() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("credibility.generallyCredible", "established")
                .assess(), Criterion.BENEFIT_OF_DOUBT, Status.UNDETERMINED, "HB 195-205", "QD 4(5)");
        assertThat(f.reasons().get(0)).contains("depends on the credibility findings");
        assertThat(f.missingFacts()).containsExactly("$.credibility.consistentWithCountryInformation");
    }
}
