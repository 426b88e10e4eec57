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

/** subsidiary-protection-QD15.drl: QD 2(f), 15(a)-(c), 17; assessed under the EU frame only. */
class SubsidiaryProtectionQD15Test {

    /** A Chinese national in Germany; no Convention ground is in the record, so he is not a refugee. */
    private static CaseBuilder chineseNationalInGermany(String destination) {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "CN", "basis": "held"}]},
                 "hostState": "DE", "currentCountry": "DE", "countryOfOrigin": "CN",
                 "destinations": [%s]}
                """.formatted(destination));
    }

    private static CaseBuilder facing(String harm) {
        return chineseNationalInGermany("{\"country\": \"CN\", \"harmsFaced\": [\"" + harm + "\"], \"inflictedBy\": \"state\"}");
    }

    private static final String SERIOUS_CRIME_IN_GERMANY = "{\"category\": \"serious_non_political_crime\","
            + " \"seriousReasonsForConsidering\": \"established\", \"political\": \"not_established\","
            + " \"outsideCountryOfRefuge\": \"not_established\", \"beforeAdmission\": \"not_established\","
            + " \"individualResponsibility\": \"established\", \"defenceApplies\": \"not_established\"}";

    @Test
    void qd15aARealRiskOfTheDeathPenalty() {
        Assessment a = facing("death_penalty").assess(Frame.EU);
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        CriterionFinding f = assertFinding(a, Criterion.SUBSIDIARY_QD15, Status.MET, "QD 2(f)", "QD 15(a)-(c)", "QD 17");
        assertThat(f.reasons().get(0)).contains("real risk of serious harm in CN").contains("death penalty")
                .contains("eligible for subsidiary protection");
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced");
    }

    @Test
    void qd15bARealRiskOfTortureWithoutAnyConventionGround() {
        CriterionFinding f = assertFinding(facing("torture").assess(Frame.EU), Criterion.SUBSIDIARY_QD15, Status.MET,
                "QD 15(a)-(c)");
        assertThat(f.reasons().get(0)).contains("(torture)");
    }

    @Test
    void qd15cIndiscriminateViolenceInArmedConflict() {
        CriterionFinding f = assertFinding(chineseNationalInGermany("{\"country\": \"CN\","
                + " \"armedConflictIndiscriminateViolence\": \"established\"}").assess(Frame.EU),
                Criterion.SUBSIDIARY_QD15, Status.MET, "QD 15(a)-(c)", "CJEU Elgafaji (C-465/07, 2009)");
        assertThat(f.reasons().get(0)).contains("indiscriminate violence in armed conflict");
        assertThat(f.factsRelied()).containsExactly("$.destinations[0].armedConflictIndiscriminateViolence");
    }

    @Test
    void notMetWhereNoSeriousHarmIsShown() {
        // S6: a fine at most for working abroad without a permit.
        CriterionFinding f = assertFinding(chineseNationalInGermany("{\"country\": \"CN\","
                + " \"armedConflictIndiscriminateViolence\": \"not_established\"}")
                .set("activitiesAbroad.0.kind", "unauthorised_work_abroad").assess(Frame.EU),
                Criterion.SUBSIDIARY_QD15, Status.NOT_MET, "QD 2(f)");
        assertThat(f.reasons().get(0)).contains("No real risk of the death penalty, execution, torture");
    }

    @Test
    void qd17ExcludesForASeriousCrimeThatRc1FbWouldNotReach() {
        // Committed in Germany after arrival: outside 1F(b), inside QD 17(1)(b).
        Assessment a = facing("torture").set("exclusion.crimes.0", SERIOUS_CRIME_IN_GERMANY).assess(Frame.EU);
        assertThat(a.finding(Criterion.EXCLUSION_1F).orElseThrow().status()).isEqualTo(Status.NOT_MET);
        CriterionFinding f = assertFinding(a, Criterion.SUBSIDIARY_QD15, Status.NOT_MET, "QD 17");
        assertThat(f.reasons().get(0)).contains("excluded from subsidiary protection under QD 17")
                .contains("The absolute bars on return remain");
        assertThat(f.factsRelied()).contains("$.exclusion");
    }

    @Test
    void qd17ExcludesADangerToTheCommunity() {
        CriterionFinding f = assertFinding(facing("torture").set("exclusion.dangerToCommunity", "established")
                .assess(Frame.EU), Criterion.SUBSIDIARY_QD15, Status.NOT_MET, "QD 17");
        assertThat(f.reasons().get(0)).contains("QD 17");
    }

    @Test
    void undeterminedWhileTheElementsOfACrimeAreUnknownNamingThem() {
        CriterionFinding f = assertFinding(facing("torture").set("exclusion.crimes.0.category",
                "serious_non_political_crime").set("exclusion.crimes.0.seriousReasonsForConsidering", "established")
                .assess(Frame.EU), Criterion.SUBSIDIARY_QD15, Status.UNDETERMINED, "QD 17");
        assertThat(f.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(f.missingFacts()).containsExactly("$.exclusion.crimes[0].individualResponsibility",
                "$.exclusion.crimes[0].defenceApplies");
    }

    @Test
    void aRefugeeNeedsNoSubsidiaryProtection() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "DE").set("currentCountry", "DE")
                .set("person.sex", "male").set("departure.withPermission", "not_established").assess(Frame.EU),
                Criterion.SUBSIDIARY_QD15, Status.NOT_APPLICABLE, "QD 2(f)");
        assertThat(f.reasons().get(0)).contains("qualifies as a refugee");
    }

    @Test
    void notApplicableOutsideTheEuFrame() {
        for (Frame frame : new Frame[] {Frame.UNHCR, Frame.UK, Frame.US}) {
            CriterionFinding f = assertFinding(facing("torture").assess(frame), Criterion.SUBSIDIARY_QD15,
                    Status.NOT_APPLICABLE, "QD 15");
            assertThat(f.reasons().get(0)).contains("EU frame only").contains("applies the " + frame + " frame");
            assertThat(f.factsRelied()).containsExactly("frame:" + frame);
        }
    }

    /**
     * Fixed in this branch: a North Korean whom the ROK would admit and protect (S2's facts, in Germany) was found
     * eligible for subsidiary protection from the DPRK. The country of origin is every country of nationality
     * (QD 2(n)), so effective protection of another nationality defeats subsidiary protection as it defeats
     * refugee status.
     */
    @Test
    void effectiveProtectionOfAnotherNationalityDefeatsSubsidiaryProtection() {
        Assessment a = northKoreanInChina().set("hostState", "DE").set("currentCountry", "DE").set("person.sex", "male")
                .set("departure.withPermission", "not_established")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"reachable\": \"established\"}").assess(Frame.EU);
        CriterionFinding f = assertFinding(a, Criterion.SUBSIDIARY_QD15, Status.NOT_MET, "QD 2(n)");
        assertThat(f.reasons().get(0)).contains("Another country of nationality effectively protects the person");
        // While reachability of the ROK is unknown, so is subsidiary protection, waiting on the same fact.
        CriterionFinding g = assertFinding(northKoreanInChina().set("hostState", "DE").set("currentCountry", "DE")
                .set("person.sex", "male").set("departure.withPermission", "not_established")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\"}").assess(Frame.EU),
                Criterion.SUBSIDIARY_QD15, Status.UNDETERMINED, "QD 2(n)");
        assertThat(g.missingFacts()).containsExactly("$.destinations[1].reachable");
    }

    @Test
    void theReasonNamesTheEuStandardOfProofForSeriousHarm() {
        // Issue 16 point 4: the frame's standard of proof (data/frames/eu.json, standardsOfProof.seriousHarm).
        CriterionFinding f = assertFinding(facing("torture").assess(Frame.EU), Criterion.SUBSIDIARY_QD15, Status.MET,
                "QD 2(f)");
        assertThat(f.reasons().get(0)).contains("the EU frame's standard of proof is substantial grounds for believing"
                + " that the person would face a real risk of suffering serious harm (QD 2(f))");
    }
}
