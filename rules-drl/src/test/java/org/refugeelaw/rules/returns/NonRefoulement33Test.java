package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** non-refoulement-33.drl: RC 33(1), chain refoulement, the 33(2) exceptions, RC 42; refugees only. */
class NonRefoulement33Test {

    private static final String CN_RC = "RC 33: 1951 Refugee Convention (accession 1982-09-24, in force 1982-12-23; UN Treaty Collection,"
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
                + " to the Status of Refugees (accession 1982-09-24, in force 1982-09-24; UN Treaty Collection, Chapter V.5)");
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
        // Issue 11 point 4: status undetermined and the Convention risk at the origin open: RC 33 forbids return
        // pending the determination, while the bar itself stays undetermined.
        assertThat(b.reasons().get(0)).contains("Refugee status is not yet determined")
                .contains("until the claim is decided, RC 33 forbids return");
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
                + " Status of Refugees (accession 1968-11-01, in force 1968-11-01; UN Treaty Collection, Chapter V.5)");
    }

    @Test
    void rc33_2DangerToSecurityLiftsRc33ButNotTheTortureBar() {
        Assessment a = refugee().set("exclusion.dangerToSecurity", "established")
                .set("exclusion.exceptionProportionate", "established").assess();
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
                .set("exclusion.exceptionProportionate", "established")
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
        assertThat(b.missingFacts()).containsExactly("$.exclusion.dangerToSecurity", "$.exclusion.dangerToCommunity",
                "$.exclusion.exceptionProportionate");
    }

    // Issue 11 point 5: each frame's reading of RC 33, from frames.json, shown in the reasons.

    @Test
    void unhcrReadsRc33_2RestrictivelyWithProportionality() {
        BarFinding open = bar(refugee().set("exclusion.dangerToSecurity", "established").assess(), "KP",
                Criterion.NON_REFOULEMENT_33);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).containsExactly("$.exclusion.exceptionProportionate");
        assertThat(open.reasons().get(0)).contains("UNHCR reads RC 33(2) restrictively");
        BarFinding disproportionate = bar(refugee().set("exclusion.dangerToSecurity", "established")
                .set("exclusion.exceptionProportionate", "not_established").assess(), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(disproportionate.status()).isEqualTo(Status.MET);
        // The UK frame reads the Convention text: no proportionality condition.
        BarFinding uk = bar(refugee().set("exclusion.dangerToSecurity", "established").assess(Frame.UK), "KP",
                Criterion.NON_REFOULEMENT_33);
        assertThat(uk.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void underTheUsFrameAnAggravatedFelonyWithFiveYearsIsAParticularlySeriousCrimePerSe() {
        BarFinding b = bar(refugee().set("hostState", "US").set("destinations.0.harmMoreLikelyThanNot", "established")
                .set("exclusion.aggravatedFelonyFiveYears", "established").assess(Frame.US), "KP",
                Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("RC 33(2) applies")
                .contains("particularly serious crime per se (INA 241(b)(3)(B))").contains("Matter of Carballe");
        assertThat(b.legalBasis()).contains("INA 241(b)(3)", "Matter of Carballe 19 I&N Dec 357 (BIA 1986)");
        // The same fact means nothing under the UNHCR frame, which has no per se rule.
        BarFinding unhcr = bar(refugee().set("exclusion.aggravatedFelonyFiveYears", "established").assess(), "KP",
                Criterion.NON_REFOULEMENT_33);
        assertThat(unhcr.status()).isEqualTo(Status.MET);
    }

    @Test
    void usWithholdingNeedsHarmMoreLikelyThanNot() {
        BarFinding open = bar(refugee().set("hostState", "US").assess(Frame.US), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).containsExactly("$.destinations[0].harmMoreLikelyThanNot");
        assertThat(open.reasons().get(0)).contains("requires the threat to be more likely than not (INS v Stevic, 467 US 407 (1984);"
                + " 8 CFR 1208.16(b)(2))");
        BarFinding no = bar(refugee().set("hostState", "US").set("destinations.0.harmMoreLikelyThanNot",
                "not_established").assess(Frame.US), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(no.status()).isEqualTo(Status.NOT_MET);
        BarFinding cat = bar(refugee().set("hostState", "US").set("destinations.0.harmMoreLikelyThanNot",
                "established").assess(Frame.US), "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(cat.status()).isEqualTo(Status.MET);
        assertThat(cat.reasons().get(0)).contains("protection from return to torture requires that torture be more likely"
                + " than not (8 CFR 1208.16(c)(2))");
    }

    @Test
    void underTheEuFrameRc33_2LeavesThePersonARefugee() {
        BarFinding b = bar(refugee().set("hostState", "DE").set("exclusion.dangerToSecurity", "established")
                .assess(Frame.EU), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("QD 14(4)-(5)").contains("the person remains a refugee")
                .contains("CJEU M, X and X, C-391/16, 2019");
    }

    @Test
    void usFirmResettlementBarsAsylumButNotWithholdingOfRemoval() {
        CaseBuilder c = refugee().set("hostState", "US").set("currentCountry", "US")
                .set("settlement.0", "{\"country\": \"KR\", \"firmlyResettled\": \"established\"}")
                .set("destinations.0.harmMoreLikelyThanNot", "established");
        Assessment a = c.assess(Frame.US);
        assertThat(a.determination().status()).isEqualTo(org.refugeelaw.assessment.RefugeeStatus.NOT_REFUGEE);
        assertThat(a.determination().decidedBy()).containsExactly(Criterion.SETTLED_ELSEWHERE);
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("Firm resettlement in KR bars asylum under the US frame"
                + " (INA 208(b)(2)(A)(vi)), not protection from refoulement");
        // A residence with the rights of nationals (the RC 1E test) refuses asylum too, but withholding of removal has
        // only the exceptions of INA 241(b)(3)(B), none about residence elsewhere (lead fix, 2026-11-29; L03a).
        CaseBuilder withRights = c.set("settlement.0.rightsOfNationals", "established");
        BarFinding oneE = bar(withRights.assess(Frame.US), "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(oneE.status()).isEqualTo(Status.MET);
        assertThat(oneE.reasons().get(0)).contains("not protection from refoulement");
        // Under UNHCR's standards RC 1E takes the person outside the Convention, RC 33 included (L03b).
        BarFinding unhcr = bar(withRights.set("settlement.0.canReturn", "established")
                .set("settlement.0.protectedFromDeportation", "established")
                .set("settlement.0.fearOfPersecutionThere", "not_established").assess(Frame.UNHCR), "KP",
                Criterion.NON_REFOULEMENT_33);
        assertThat(unhcr.status()).isEqualTo(Status.NOT_MET);
        assertThat(unhcr.reasons().get(0)).contains("RC 33 protects refugees, and the person is not one");
    }
}
