package org.refugeelaw.rules.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * exclusion-1D.drl: RC 1D; HB 142-143; Bolbol, El Kott. Three outcomes: excluded, ipso facto entitled, or outside 1D;
 * being a Palestine refugee is a fact of its own, not a country of origin (issue 12 point 8).
 */
class Exclusion1DTest {

    /** A stateless person in Germany whose former habitual residence is {@code origin}, with no risk recorded. */
    private static CaseBuilder statelessFrom(String origin) {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [], "stateless": "established",
                            "formerHabitualResidence": "%s"},
                 "hostState": "DE", "currentCountry": "DE", "countryOfOrigin": "%s",
                 "destinations": [{"country": "%s"}]}
                """.formatted(origin, origin, origin));
    }

    /** A registered Palestine refugee from Syria who received UNRWA's assistance. */
    private static CaseBuilder unrwaRefugeeFromSyria() {
        return statelessFrom("SY").set("exclusion.palestineRefugee", "established")
                .set("exclusion.unAgencyAssistance", "established");
    }

    @Test
    void excludedWhileUnrwaAssistanceHasNotCeasedForReasonsBeyondControl() {
        Assessment a = unrwaRefugeeFromSyria().set("exclusion.unrwaAssistanceCeasedBeyondControl", "not_established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.MET, "RC 1D", "HB 142-143",
                "CJEU El Kott (C-364/11, 2012)");
        assertThat(f.reasons().get(0)).contains("Palestine refugee").contains("has not ceased for reasons beyond");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.palestineRefugee", "$.exclusion.unAgencyAssistance",
                "$.exclusion.unrwaAssistanceCeasedBeyondControl");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void aPalestineRefugeeWhoseAssistanceCeasedBeyondTheirControlIsIpsoFactoARefugee() {
        // Before issue 12 point 8, UNRWA assistance alone excluded this person from Syria.
        Assessment a = unrwaRefugeeFromSyria().set("exclusion.unrwaAssistanceCeasedBeyondControl", "established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.NOT_MET, "RC 1D");
        assertThat(f.reasons().get(0)).contains("ipso facto entitled to the benefits of the Convention");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.IPSO_FACTO_1D);
        // RC 1E still applies to an ipso facto refugee.
        Assessment settled = unrwaRefugeeFromSyria().set("exclusion.unrwaAssistanceCeasedBeyondControl", "established")
                .set("settlement.0", "{\"country\": \"TR\", \"rightsOfNationals\": \"established\", \"canReturn\":"
                        + " \"established\", \"protectedFromDeportation\": \"established\", \"fearOfPersecutionThere\":"
                        + " \"not_established\"}").assess();
        assertThat(settled.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(settled.determination().decidedBy()).containsExactly(Criterion.SETTLED_ELSEWHERE);
    }

    @Test
    void undeterminedWhileWhyTheAssistanceCeasedIsNotKnown() {
        Assessment a = unrwaRefugeeFromSyria().assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.UNDETERMINED, "RC 1D");
        assertThat(f.missingFacts()).containsExactly("$.exclusion.unrwaAssistanceCeasedBeyondControl");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
    }

    @Test
    void aPalestineRefugeeWhoNeverAvailedThemselvesOfUnrwaIsOutside1D() {
        CriterionFinding f = assertFinding(statelessFrom("PS").set("exclusion.palestineRefugee", "established")
                .set("exclusion.unAgencyAssistance", "not_established").assess(), Criterion.EXCLUSION_1D,
                Status.NOT_MET, "CJEU Bolbol (C-31/09, 2010)");
        assertThat(f.reasons().get(0)).contains("never actually availed themselves").contains("Bolbol");
    }

    @Test
    void someoneWhoIsNotAPalestineRefugeeIsOutside1DWhateverTheirOrigin() {
        CriterionFinding f = assertFinding(statelessFrom("PS").set("exclusion.palestineRefugee", "not_established")
                .assess(), Criterion.EXCLUSION_1D, Status.NOT_MET, "RC 1D");
        assertThat(f.reasons().get(0)).contains("not a Palestine refugee registered with or eligible for UNRWA");
        assertThat(f.factsRelied()).contains("$.exclusion.palestineRefugee");
    }

    @Test
    void doesNotAriseWhereNothingPointsToIt() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.EXCLUSION_1D, Status.NOT_MET,
                "RC 1D", "HB 142-143");
        assertThat(f.reasons().get(0)).contains("Nothing in the record indicates").contains("is KP");
        assertThat(f.factsRelied()).containsExactly("$.countryOfOrigin", "$.exclusion");
    }

    @Test
    void undeterminedForAStatelessPersonFromUnrwasAreaWhateverTheCountry() {
        // Before issue 12 point 8 only countryOfOrigin PS raised the question; a stateless person from Syria did not.
        for (String origin : new String[] {"PS", "SY", "LB", "JO"}) {
            Assessment a = statelessFrom(origin).assess();
            CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1D, Status.UNDETERMINED, "RC 1D");
            assertThat(f.missingFacts()).as(origin).containsExactly("$.exclusion.palestineRefugee",
                    "$.exclusion.unAgencyAssistance", "$.exclusion.unrwaAssistanceCeasedBeyondControl");
            assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        }
    }
}
