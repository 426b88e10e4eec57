package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** non-refoulement-33.drl: RC 33(1), chain refoulement, the 33(2) exceptions, RC 42; refugees only. */
class NonRefoulement33Test {

    private static final String CN_RC = "RC 33: 1951 Refugee Convention (accession 1982-09-24; UN Treaty Collection,"
            + " Chapter V.2)";

    /** S1's refugee: left the DPRK without permission, held in China. */
    private static CaseBuilder refugee() {
        return northKoreanInChina().set("departure.withPermission", "not_established").set("person.sex", "male");
    }

    @Test
    void aRefugeeMayNotBeReturnedToTheCountryOfOrigin() {
        BarFinding b = bar(refugee().assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.absolute()).isFalse();
        assertThat(b.reasons().get(0)).contains("life or freedom would be threatened in KP on a Convention ground")
                .contains("no exception under RC 33(2) is shown");
        assertThat(b.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT",
                "$.exclusion");
        assertThat(b.instruments()).containsExactly(CN_RC, "RC 33 (through Protocol art. I): 1967 Protocol relating"
                + " to the Status of Refugees (accession 1982-09-24; UN Treaty Collection, Chapter V.5)");
        assertThat(b.legalBasis()).contains("RC 33(1)", "RC 33(2)", "RC 42", "Suresh v Canada 2002 SCC 1");
    }

    @Test
    void rc33CoversChainReturnThroughAStateThatWouldSendThePersonOn() {
        BarFinding b = bar(refugee().set("destinations.1", "{\"country\": \"MN\", \"onwardReturnRisk\":"
                + " \"established\"}").assess(), "MN", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("threatened in MN on a Convention ground")
                .contains("unauthorised exit");
        assertThat(b.factsRelied()).contains("$.destinations[1].onwardReturnRisk");
    }

    @Test
    void notMetForAThirdCountryWhereNoThreatIsShown() {
        BarFinding b = bar(refugee().set("destinations.1", "{\"country\": \"MN\", \"riskThere\": \"not_established\","
                + " \"onwardReturnRisk\": \"not_established\"}").assess(), "MN", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("No threat to life or freedom on a Convention ground in MN");
    }

    @Test
    void rc33ProtectsRefugeesOnlyAndThePersonIsNotOne() {
        // S2's facts: the ROK would admit and protect him, so he is not a refugee.
        Assessment a = refugee().set("hostState", "GB").set("currentCountry", "GB")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"reachable\": \"established\"}").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("RC 33 protects refugees, and the person is not one (not refugee)");
        assertThat(b.legalBasis()).contains("RC 33(1)");
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    @Test
    void exclusionRemovesRc33ButLeavesTheAbsoluteBars() {
        Assessment a = refugee().set("exclusion.crimes.0", "{\"category\": \"acts_contrary_to_un_purposes\","
                + " \"act\": \"terrorist_act\", \"internationalDimension\": \"established\","
                + " \"seriousReasonsForConsidering\": \"established\", \"individualResponsibility\": \"established\","
                + " \"defenceApplies\": \"not_established\"}").assess();
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("excluded from refugee status").contains("only the absolute bars remain");
        assertThat(b.legalBasis()).contains("RC 1F", "GIP/03/05 para 21");
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    @Test
    void undeterminedWhileRefugeeStatusIsUndeterminedNamingWhatItWaitsOn() {
        BarFinding b = bar(northKoreanInChina().assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.reasons().get(0)).contains("starting with whether the person is a refugee");
        assertThat(b.missingFacts()).contains("(see the determination of refugee status)",
                "$.departure.withPermission");
    }

    @Test
    void notApplicableWhereTheHostIsPartyToNeitherTheConventionNorTheProtocol() {
        BarFinding b = bar(refugee().set("hostState", "TH").assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(b.reasons().get(0)).contains("TH is not bound by the 1951 Convention or its 1967 Protocol")
                .contains("the absolute bars below still may");
        assertThat(b.factsRelied()).containsExactly("$.hostState");
        assertThat(b.instruments()).isEmpty();
    }

    @Test
    void theUnitedStatesIsBoundByRc33ThroughTheProtocolOnly() {
        BarFinding b = bar(refugee().set("hostState", "US").assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.instruments()).containsExactly("RC 33 (through Protocol art. I): 1967 Protocol relating to the"
                + " Status of Refugees (accession 1968-11-01; UN Treaty Collection, Chapter V.5)");
    }

    @Test
    void rc33_2DangerToSecurityLiftsRc33ButNotTheTortureBar() {
        Assessment a = refugee().set("exclusion.dangerToSecurity", "established").assess();
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("RC 33(2) applies")
                .contains("danger to the security of CN").contains("the absolute bars still may");
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    @Test
    void rc33_2FinalConvictionOfAParticularlySeriousCrimeAndDangerToTheCommunity() {
        BarFinding b = bar(refugee().set("exclusion.finalConvictionParticularlySeriousCrime", "established")
                .set("exclusion.dangerToCommunity", "established").assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("finally convicted of a particularly serious crime")
                .contains("danger to the community");
    }

    @Test
    void rc33_2AConvictionWithoutDangerToTheCommunityIsNotEnough() {
        BarFinding b = bar(refugee().set("exclusion.finalConvictionParticularlySeriousCrime", "established")
                .set("exclusion.dangerToCommunity", "not_established")
                .set("exclusion.dangerToSecurity", "not_established").assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.MET);
    }

    @Test
    void rc33_2UndeterminedWhenAConvictionIsShownButDangerToTheCommunityIsUnknown() {
        BarFinding b = bar(refugee().set("exclusion.finalConvictionParticularlySeriousCrime", "established")
                .assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).containsExactly("$.exclusion.dangerToSecurity", "$.exclusion.dangerToCommunity");
    }
}
