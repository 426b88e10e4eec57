package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
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
 * trafficking.drl and trafficking-and-gender.drl (issue 17 point 4), with the test countries XB (trafficked returnees
 * are trafficked again by a non-state network) and XC (women returned without a male network face forced marriage).
 */
class TraffickingTest {

    private static CaseBuilder woman(String origin) {
        return nationalOf(origin).set("person.sex", "female").set("departure.withPermission", "established")
                .set("departure.date", "2019-05-01");
    }

    private static CaseBuilder unprotected(CaseBuilder b, String condition) {
        return b.set("destinations.0.conditionFindings", "[{\"conditionId\": \"" + condition
                + "\", \"stateProtectionAvailable\": \"not_established\","
                + " \"internalProtectionAlternative\": \"not_established\"}]");
    }

    @Test
    void aTraffickedWomanWhomTheNetworkWouldTrafficAgainIsARefugeeSurPlaceAndTheReasonNamesTheGroup() {
        Assessment a = unprotected(woman("XB").set("trafficking.trafficked", "established")
                .set("trafficking.since", "2020-01-01"), "XB-TRAFFICKED-RETURNEES").assess();
        CriterionFinding f = assertFinding(a, Criterion.TRAFFICKING, Status.MET,
                "UNHCR Guidelines on International Protection No. 7 (2006)");
        assertThat(f.reasons().get(0)).contains("was trafficked").contains("trafficking, inhuman treatment")
                .contains("particular social group");
        assertThat(f.factsRelied()).contains("$.trafficking.trafficked", "country:XB-TRAFFICKED-RETURNEES");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
    }

    @Test
    void withoutTheTraffickingFactTheSameCaseWaitsOnIt() {
        Assessment a = unprotected(woman("XB"), "XB-TRAFFICKED-RETURNEES").assess();
        CriterionFinding f = assertFinding(a, Criterion.TRAFFICKING, Status.UNDETERMINED,
                "UNHCR Guidelines on International Protection No. 7 (2006)");
        assertThat(f.missingFacts()).containsExactly("$.trafficking.trafficked");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
    }

    @Test
    void trafficked_butCountryInformationSilent_isUndeterminedNamingTheGap() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("trafficking.trafficked", "established").assess(),
                Criterion.TRAFFICKING, Status.UNDETERMINED, "UNHCR Guidelines on International Protection No. 7 (2006)");
        assertThat(f.reasons().get(0)).contains("Missing information is not an absence of risk");
        assertThat(f.missingFacts()).contains("$.destinations[?(@.country=='KP')].harmsFaced");
    }

    @Test
    void trafficked_butNoFurtherRiskFound_isNotMet() {
        Assessment a = woman("XA").set("trafficking.trafficked", "established")
                .set("destinations.0.riskThere", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.TRAFFICKING, Status.NOT_MET,
                "UNHCR Guidelines on International Protection No. 7 (2006)");
        assertThat(f.factsRelied()).containsExactly("$.trafficking.trafficked", "$.destinations[0].riskThere");
    }

    @Test
    void notTrafficked_isNotApplicable() {
        assertFinding(woman("XA").set("trafficking.trafficked", "not_established").assess(), Criterion.TRAFFICKING,
                Status.NOT_APPLICABLE, "UNHCR Guidelines on International Protection No. 7 (2006)");
    }

    @Test
    void aRecordSilentOnTraffickingWithNoRiskOfItGetsNoFinding() {
        assertThat(woman("XA").assess().finding(Criterion.TRAFFICKING)).isEmpty();
    }

    @Test
    void aWomanWidowedAfterSheLeftFacesWhatWomenWithoutAMaleNetworkFace_surPlace() {
        Assessment a = unprotected(woman("XC").set("supportOnReturn.maleNetworkOnReturn", "not_established")
                .set("supportOnReturn.maleNetworkLostOn", "2021-02-01"), "XC-WOMEN-WITHOUT-MALE-NETWORK").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        CriterionFinding p = assertFinding(a, Criterion.PERSECUTION, Status.MET, "RC 1A(2)");
        assertThat(p.reasons().get(0)).contains("forced marriage");
    }

    @Test
    void aManIsNotExposedToWhatWomenWithoutAMaleNetworkFace() {
        Assessment a = unprotected(woman("XC").set("person.sex", "male")
                .set("supportOnReturn.maleNetworkOnReturn", "not_established"), "XC-WOMEN-WITHOUT-MALE-NETWORK")
                .set("claim.statedFear", "not_established").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }
}
