package org.refugeelaw.rules.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** exclusion-1D.drl: RC 1D; HB 142-143 (persons receiving protection or assistance from UNRWA). */
class Exclusion1DTest {

    private static CaseBuilder palestinianInJordan() {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": []},
                 "hostState": "DE", "currentCountry": "DE", "countryOfOrigin": "PS",
                 "destinations": [{"country": "PS"}]}
                """);
    }

    @Test
    void excludedWhileReceivingAssistanceFromAnotherUnAgency() {
        Assessment a = palestinianInJordan().set("exclusion.unAgencyAssistance", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.MET, "RC 1D", "HB 142-143");
        assertThat(f.reasons().get(0)).contains("receives protection or assistance from a UN agency other than UNHCR")
                .contains("while it continues");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.unAgencyAssistance");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void notMetWhenThePersonReceivesNoSuchAssistance() {
        CriterionFinding f = assertFinding(palestinianInJordan().set("exclusion.unAgencyAssistance", "not_established")
                .assess(), Criterion.EXCLUSION_1D, Status.NOT_MET, "RC 1D");
        assertThat(f.reasons().get(0)).contains("does not receive protection or assistance");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.unAgencyAssistance");
    }

    @Test
    void doesNotAriseForSomeoneOutsideTheOnlyGroupUnrwaAssists() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.EXCLUSION_1D, Status.NOT_MET,
                "RC 1D", "HB 142-143");
        assertThat(f.reasons().get(0)).contains("Palestine refugees assisted by UNRWA").contains("from KP");
        assertThat(f.factsRelied()).containsExactly("$.countryOfOrigin");
    }

    @Test
    void undeterminedForAPalestinianWhoseUnrwaAssistanceIsNotKnown() {
        Assessment a = palestinianInJordan().assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.UNDETERMINED, "RC 1D");
        assertThat(f.reasons().get(0)).contains("whether they receive UNRWA protection or assistance is not known");
        assertThat(f.missingFacts()).containsExactly("$.exclusion.unAgencyAssistance");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().decidedBy()).contains(Criterion.EXCLUSION_1D);
    }
}
