package org.refugeelaw.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * destinations.drl: each destination as the rules see it, and chain refoulement (RC 33(1) "in any manner
 * whatsoever"; Suresh; CAT General Comment No. 4 para 12): a state that would send the person on carries the risks
 * of the country of origin.
 */
class DestinationsTest {

    /** A North Korean refugee (unauthorised exit) in China, who could also be sent to a third country, RU. */
    private static CaseBuilder refugeeWithThirdCountry(String onwardReturnRisk) {
        CaseBuilder b = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("stayAbroad.authorisedByOrigin", "not_established").set("procedure.individualExamination", "established")
                .set("destinations.1.country", "RU").set("destinations.1.riskThere", "not_established");
        return onwardReturnRisk == null ? b : b.set("destinations.1.onwardReturnRisk", onwardReturnRisk);
    }

    @Test
    void aThirdCountryThatWouldSendThePersonBackIsBarredLikeTheCountryOfOrigin() {
        Assessment a = refugeeWithThirdCountry("established").assess();
        BarFinding rc33 = bar(a, "RU", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.MET);
        assertThat(rc33.reasons().get(0)).contains("would be threatened in RU")
                .contains("Risk on return to RU for unauthorised exit (detention and interrogation, arbitrary detention, forced labour,"
                        + " torture)");
        assertThat(rc33.factsRelied()).contains("$.destinations[1].onwardReturnRisk", "country:KP-UNAUTHORISED-EXIT");
        assertThat(rc33.legalBasis()).contains("RC 33(1)", "Suresh v Canada 2002 SCC 1",
                "CAT General Comment No. 4 (2017) para 12");
        assertThat(bar(a, "RU", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(a.returnTo("RU").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    @Test
    void aThirdCountryThatIsSafeAndWouldNotSendThePersonOnIsNotBarred() {
        Assessment a = refugeeWithThirdCountry("not_established").assess();
        BarFinding rc33 = bar(a, "RU", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.NOT_MET);
        assertThat(rc33.reasons().get(0)).contains("No threat to life or freedom on a Convention ground in RU");
        assertThat(a.returnTo("RU").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void whetherAThirdCountryWouldSendThePersonOnIsAFactTheBarWaitsOn() {
        Assessment a = refugeeWithThirdCountry(null).assess();
        BarFinding rc33 = bar(a, "RU", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(rc33.missingFacts()).contains("$.destinations[1].onwardReturnRisk");
        assertThat(a.returnTo("RU").orElseThrow().status()).isEqualTo(ReturnStatus.UNDETERMINED);
    }

    @Test
    void countryInformationOnHowTheRokTreatsNorthKoreansFillsWhatTheRecordLeavesOpen() {
        Assessment a = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("destinations.1.country", "KR").assess();
        BarFinding rc33 = bar(a, "KR", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.NOT_MET);
        assertThat(rc33.factsRelied()).contains("$.destinations[1]", "country:KR-NORTH-KOREANS-AS-NATIONALS");
        assertThat(a.returnTo("KR").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void theRecordsOwnFindingOfOnwardReturnPrevailsOverCountryInformation() {
        Assessment a = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("destinations.1.country", "KR").set("destinations.1.onwardReturnRisk", "established").assess();
        BarFinding rc33 = bar(a, "KR", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.MET);
        assertThat(rc33.factsRelied()).contains("$.destinations[1].onwardReturnRisk");
        assertThat(a.returnTo("KR").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    @Test
    void theCountryOfOriginIsAlwaysReachableAndNeverAnOnwardReturn() {
        Assessment a = refugeeWithThirdCountry("established").assess();
        BarFinding rc33 = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.MET);
        assertThat(rc33.factsRelied()).contains("$.destinations[0]").noneMatch(f -> f.startsWith("onward:"));
    }
}
