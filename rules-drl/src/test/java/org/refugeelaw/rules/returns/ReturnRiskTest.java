package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalFacing;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * return-risk.drl and the bars that weigh its qualified risks (issue 11 points 1, 2 and 6): the absolute bars, QD 15
 * and humanitarian concern test the same real risk as the inclusion side.
 */
class ReturnRiskTest {

    /** A national of CN in the UK facing, in CN, the given harm from the given agent; nothing else. */
    private static CaseBuilder facing(String harm, String agent) {
        return nationalFacing("CN", "GB", harm, agent);
    }

    // ---- Point 1: state protection, internal relocation, concealment.

    @Test
    void stateProtectionAgainstANonStateAgentRemovesTheRiskForTheBarsToo() {
        // H.L.R. v France para 40: before the fix this bar was MET on the raw risk.
        Assessment a = facing("inhuman_treatment", "non_state").set("destinations.0.stateProtectionAvailable",
                "established").assess();
        BarFinding b = bar(a, "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("effective state protection is available");
        assertThat(b.factsRelied()).contains("$.destinations[0].stateProtectionAvailable");
        assertThat(b.legalBasis()).contains("H.L.R. v France (ECtHR 24573/94, 1997) para 40");
        assertThat(a.returnTo("CN").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void withoutStateProtectionTheNonStateRiskStillBars() {
        Assessment a = facing("inhuman_treatment", "non_state").set("destinations.0.stateProtectionAvailable",
                "not_established").set("destinations.0.internalProtectionAlternative", "not_established").assess();
        assertThat(bar(a, "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.MET);
    }

    @Test
    void anUnknownStateProtectionFindingLeavesTheBarOpenNamingIt() {
        BarFinding b = bar(facing("inhuman_treatment", "non_state").set("destinations.0.internalProtectionAlternative",
                "not_established").assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).containsExactly("$.destinations[0].stateProtectionAvailable");
    }

    @Test
    void internalRelocationFromANonStateAgentRemovesTheRiskForTheBars() {
        // Salah Sheekh; Sufi and Elmi para 266: before the fix this bar was MET on the raw risk.
        BarFinding b = bar(facing("arbitrary_killing", "non_state")
                .set("destinations.0.stateProtectionAvailable", "not_established")
                .set("destinations.0.internalProtectionAlternative", "established").assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("gain admittance and settle");
    }

    @Test
    void aStatePersecutorKeepsItsReachWhateverRelocationOrProtectionIsRecorded() {
        Assessment a = facing("torture", "state").set("destinations.0.stateProtectionAvailable", "established")
                .set("destinations.0.internalProtectionAlternative", "established").assess();
        assertThat(bar(a, "CN", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(bar(a, "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.MET);
    }

    @Test
    void concealmentForReasonsOfTheirOwnRemovesAFutureConductRiskForTheBarsAsForStatus() {
        // XA tortures those who cannot show loyalty; the person would not show disloyalty, for reasons of their own.
        Assessment a = nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_neutrality\"]").set("claim.wouldConcealOnReturn", "established")
                .set("claim.concealmentOutOfFear", "not_established").assess();
        assertFinding(a, Criterion.NO_CONCEALMENT, Status.NOT_MET, "HJ (Iran) [2010] UKSC 31 para 82");
        BarFinding b = bar(a, "XA", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("[XA-NO-LOYALTY]").contains("for reasons of their own");
    }

    @Test
    void concealmentOutOfFearLeavesTheRiskAndTheBar() {
        Assessment a = nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_neutrality\"]").set("claim.wouldConcealOnReturn", "established")
                .set("claim.concealmentOutOfFear", "established").assess();
        assertThat(bar(a, "XA", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
    }

    @Test
    void humanitarianConcernWeighsRelocationLikeTheBars() {
        // Before the fix an internal protection alternative left the person "of concern" on the raw risk.
        Assessment a = facing("arbitrary_killing", "non_state").set("currentCountry", "GB")
                .set("destinations.0.stateProtectionAvailable", "not_established")
                .set("destinations.0.internalProtectionAlternative", "established").assess(Frame.UNHCR);
        assertFinding(a, Criterion.HUMANITARIAN_CONCERN, Status.NOT_MET, "UNHCR Statute para 6B");
    }

    // ---- Point 2: subsidiary protection bars return; general violence; QD 15(c) three-valued.

    @Test
    void eligibilityForSubsidiaryProtectionBarsReturnUnderTheEuFrame() {
        Assessment a = nationalOf("SO").set("hostState", "DE").set("currentCountry", "DE")
                .set("destinations.0.armedConflictIndiscriminateViolence", "established").assess(Frame.EU);
        assertFinding(a, Criterion.SUBSIDIARY_QD15, Status.MET, "QD 15(a)-(c)");
        BarFinding b = bar(a, "SO", Criterion.SUBSIDIARY_PROTECTION_BAR);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.absolute()).isFalse();
        assertThat(b.instruments()).containsExactly(
                "QD arts. 15, 21(1) and 24(2); EU Charter of Fundamental Rights art. 19(2)");
        assertThat(b.legalBasis()).contains("QD 21(1)", "QD 24(2)", "EU Charter of Fundamental Rights art. 19(2)");
        assertThat(a.returnTo("SO").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(a.returnTo("SO").orElseThrow().reasons().get(0)).contains("subsidiary protection");
    }

    @Test
    void anUnknownArmedConflictFindingLeavesQd15cAndItsBarUndeterminedNamingTheFact() {
        Assessment a = nationalOf("SO").set("hostState", "DE").set("currentCountry", "DE").assess(Frame.EU);
        CriterionFinding q = assertFinding(a, Criterion.SUBSIDIARY_QD15, Status.UNDETERMINED,
                "CJEU CF and DN (C-901/19, 2021)");
        assertThat(q.missingFacts()).containsExactly("$.destinations[0].armedConflictIndiscriminateViolence");
        BarFinding b = bar(a, "SO", Criterion.SUBSIDIARY_PROTECTION_BAR);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).containsExactly("$.destinations[0].armedConflictIndiscriminateViolence");
    }

    @Test
    void noSubsidiaryProtectionBarOutsideTheEuFrame() {
        Assessment a = nationalOf("SO").set("destinations.0.armedConflictIndiscriminateViolence", "established")
                .assess(Frame.UK);
        assertThat(a.returnTo("SO").orElseThrow().bars()).noneMatch(b -> b.criterion() == Criterion.SUBSIDIARY_PROTECTION_BAR);
        assertThat(a.returnTo("SO").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void violenceOfExceptionalIntensityBarsReturnForAnyoneUnderEchr2And3() {
        Assessment a = nationalOf("SO").set("destinations.0.generalViolenceOfExceptionalIntensity", "established")
                .assess(Frame.UK);
        BarFinding b = bar(a, "SO", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("Indiscriminate violence of exceptional intensity in SO");
        assertThat(b.factsRelied()).contains("$.destinations[0].generalViolenceOfExceptionalIntensity");
        assertThat(bar(a, "SO", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.NOT_MET);
    }

    // ---- Point 6: diplomatic assurances weighed with the Othman criteria.

    private static CaseBuilder assured(String specific, String binding, String verifiable, String record) {
        return facing("torture", "state").set("destinations.0.diplomaticAssurances", "established")
                .set("destinations.0.assurances", "{\"specific\": \"%s\", \"givenByAuthorityThatCanBindState\": \"%s\","
                        .formatted(specific, binding) + " \"verifiable\": \"%s\", \"recordOfCompliance\": \"%s\"}"
                        .formatted(verifiable, record));
    }

    @Test
    void assurancesMeetingEveryOthmanCriterionRemoveTheRiskAndSaySo() {
        BarFinding b = bar(assured("established", "established", "established", "established").assess(), "CN",
                Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("so they remove this risk (Othman v UK para 189)");
        assertThat(b.factsRelied()).contains("$.destinations[0].assurances");
        assertThat(b.legalBasis()).contains("Othman (Abu Qatada) v UK (ECtHR 8139/09, 2012) para 189");
    }

    @Test
    void assurancesThatCannotBeVerifiedNeverRemoveARiskOfTortureAndTheReasonsSayWhy() {
        BarFinding b = bar(assured("established", "established", "not_established", "established").assess(), "CN",
                Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("do not remove this risk: they fail verifiability");
        // KP, where torture of returnees is systematic: unverifiable assurances change nothing.
        Assessment kp = lawfulNorthKoreanInChina().set("hostState", "GB").set("currentCountry", "GB")
                .set("destinations.0.diplomaticAssurances", "established")
                .set("destinations.0.assurances", "{\"specific\": \"established\", \"givenByAuthorityThatCanBindState\":"
                        + " \"established\", \"verifiable\": \"not_established\", \"recordOfCompliance\": \"not_established\"}")
                .assess();
        assertThat(bar(kp, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
    }

    @Test
    void assurancesWhoseCriteriaAreUnknownLeaveTheBarOpenNamingThem() {
        BarFinding b = bar(facing("torture", "state").set("destinations.0.diplomaticAssurances", "established")
                .set("destinations.0.assurances", "{\"specific\": \"established\", \"givenByAuthorityThatCanBindState\":"
                        + " \"established\"}").assess(), "CN", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).containsExactly("$.destinations[0].assurances.verifiable",
                "$.destinations[0].assurances.recordOfCompliance");
        assertThat(b.reasons().get(0)).contains("whether the diplomatic assurances remove this risk is open");
    }
}
