package org.refugeelaw.rules.complementary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** humanitarian-concern.drl: UNHCR Statute paras 6B, 7; UNHCR 2003 position on North Koreans; A/HRC/25/63. */
class HumanitarianConcernTest {

    private static CaseBuilder refugeeInChina() {
        return northKoreanInChina().set("person.sex", "male").set("departure.withPermission", "not_established");
    }

    /** Left lawfully and stays with leave: no Convention ground, but every forced returnee faces torture. */
    private static CaseBuilder lawfulLeaverInChina() {
        return northKoreanInChina().set("person.sex", "male").set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established").noAggravatedProfile();
    }

    @Test
    void aRefugeeWhoseHostDeterminesNoOnesStatusIsAMandateRefugeeOfConcern() {
        // No access to UNHCR either (issue 11 point 8: otherwise a UNHCR mandate determination would be open).
        CriterionFinding f = assertFinding(refugeeInChina().set("procedure.statusProcedureAvailable", "not_established")
                .set("procedure.accessToUnhcr", "not_established").assess(), Criterion.HUMANITARIAN_CONCERN, Status.MET, "UNHCR Statute para 6B",
                "UNHCR position on North Korean asylum-seekers (2003)");
        assertThat(f.reasons().get(0)).contains("meets the refugee definition")
                .contains("refugee under UNHCR's mandate");
        assertThat(f.factsRelied()).containsExactly("$.procedure");
    }

    @Test
    void seriousHarmOnReturnWithoutAConventionGroundMakesAHumanitarianRefugee() {
        Assessment a = lawfulLeaverInChina().assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        CriterionFinding f = assertFinding(a, Criterion.HUMANITARIAN_CONCERN, Status.MET, "A/HRC/25/63 (2014)");
        assertThat(f.reasons().get(0)).contains("faces serious harm on return").contains("KP-FORCED-RETURN")
                .contains("humanitarian (de facto) refugee");
        assertThat(f.factsRelied()).containsExactly("$.countryOfOrigin", "$.currentCountry");
    }

    /** Fixed in this branch: this produced no HUMANITARIAN_CONCERN finding at all. */
    @Test
    void aRefugeeWhoseClaimIsDeterminedIndividuallyRaisesNoSeparateConcern() {
        CriterionFinding f = assertFinding(refugeeInChina().set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "established").assess(), Criterion.HUMANITARIAN_CONCERN,
                Status.NOT_MET, "UNHCR Statute para 6B");
        assertThat(f.reasons().get(0)).contains("determines individually; no separate humanitarian concern arises");
    }

    @Test
    void noSeriousHarmOnReturnNoConcern() {
        // S6: a Chinese labour migrant facing a fine at most.
        CriterionFinding f = assertFinding(CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "CN", "basis": "held"}]},
                 "hostState": "KR", "currentCountry": "KR", "countryOfOrigin": "CN",
                 "activitiesAbroad": [{"kind": "unauthorised_work_abroad"}],
                 "destinations": [{"country": "CN", "riskThere": "not_established"}]}
                """).using(org.refugeelaw.rules.RuleTestSupport.TEST_ASSESSOR).assess(), Criterion.HUMANITARIAN_CONCERN,
                Status.NOT_MET, "UNHCR Statute para 6B");
        assertThat(f.reasons().get(0)).contains("No serious harm on return is shown");
    }

    @Test
    void anExcludedPersonIsOutsideTheMandate() {
        CriterionFinding f = assertFinding(refugeeInChina().set("exclusion.crimes.0", "{\"category\":"
                + " \"acts_contrary_to_un_purposes\", \"act\": \"terrorist_act\", \"internationalDimension\": \"established\","
                + " \"seriousReasonsForConsidering\": \"established\","
                + " \"individualResponsibility\": \"established\", \"defenceApplies\": \"not_established\"}").assess(),
                Criterion.HUMANITARIAN_CONCERN, Status.NOT_MET, "UNHCR Statute para 7(d)");
        assertThat(f.reasons().get(0)).contains("excluded from refugee status (RC 1D or 1F)")
                .contains("outside UNHCR's mandate").contains("only the absolute bars");
    }

    /** Fixed in this branch: an RC 1D exclusion with no serious harm shown made two rules disagree (a crash). */
    @Test
    void aPersonExcludedUnder1DIsOutsideTheMandateToo() {
        CriterionFinding f = assertFinding(CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": []},
                 "hostState": "DE", "currentCountry": "DE", "countryOfOrigin": "PS",
                 "destinations": [{"country": "PS"}], "exclusion": {"unAgencyAssistance": "established",
                   "palestineRefugee": "established", "unrwaAssistanceCeasedBeyondControl": "not_established"}}
                """).assess(), Criterion.HUMANITARIAN_CONCERN, Status.NOT_MET, "UNHCR Statute para 7(c)");
        assertThat(f.reasons().get(0)).contains("Statute para 7(c), (d)");
    }

    @Test
    void undeterminedWhileRefugeeStatusIsUndetermined() {
        // Fixed in this branch: this was MET "without being a Convention refugee" while refugee status was open; if
        // the person turns out to be a refugee whom the host examines individually, no separate concern arises.
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.HUMANITARIAN_CONCERN,
                Status.UNDETERMINED, "UNHCR Statute para 6B");
        assertThat(f.reasons().get(0)).contains("turns on facts not yet known");
    }

    @Test
    void undeterminedForARefugeeWhileItIsUnknownWhetherTheHostExaminedTheClaim() {
        CriterionFinding f = assertFinding(refugeeInChina().assess(), Criterion.HUMANITARIAN_CONCERN,
                Status.UNDETERMINED, "UNHCR Statute para 6B");
        assertThat(f.missingFacts()).isNotEmpty();
    }

    /**
     * Fixed in this branch: S2 (the ROK would admit and protect him) was found of humanitarian concern because of
     * the harm he would face in the DPRK. A person whom another country of nationality protects is outside the
     * mandate (UNHCR Statute para 7(a)).
     */
    @Test
    void aPersonProtectedByAnotherCountryOfNationalityIsNotOfConcern() {
        Assessment a = refugeeInChina().set("hostState", "GB").set("currentCountry", "GB")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"reachable\": \"established\"}").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        CriterionFinding f = assertFinding(a, Criterion.HUMANITARIAN_CONCERN, Status.NOT_MET,
                "UNHCR Statute para 7(a)", "RC 1A(2) second paragraph");
        assertThat(f.reasons().get(0)).contains("Another country protects the person (OTHER_NATIONALITY)");
    }

    @Test
    void aPersonSettledElsewhereWithTheRightsOfNationalsIsNotOfConcern() {
        CriterionFinding f = assertFinding(refugeeInChina().set("settlement.0.country", "RU")
                .set("settlement.0.rightsOfNationals", "established").set("settlement.0.canReturn", "established")
                .set("settlement.0.protectedFromDeportation", "established")
                .set("settlement.0.fearOfPersecutionThere", "not_established").assess(), Criterion.HUMANITARIAN_CONCERN,
                Status.NOT_MET, "RC 1E");
        assertThat(f.reasons().get(0)).contains("(SETTLED_ELSEWHERE)");
    }

    @Test
    void notApplicableOutsideTheUnhcrFrame() {
        for (Frame frame : new Frame[] {Frame.EU, Frame.UK, Frame.US}) {
            CriterionFinding f = assertFinding(lawfulLeaverInChina().assess(frame), Criterion.HUMANITARIAN_CONCERN,
                    Status.NOT_APPLICABLE, "UNHCR Statute para 6B");
            assertThat(f.reasons().get(0)).contains("applies the " + frame + " frame");
            assertThat(f.factsRelied()).containsExactly("frame:" + frame);
        }
    }
}
