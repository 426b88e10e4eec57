package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;

/** return-decision.drl: barred if any bar forbids return; not barred only if every binding bar is shown not to. */
class ReturnDecisionTest {

    @Test
    void barredByAnyOneBarEvenWhileAnotherIsUndetermined() {
        // Refugee status is undetermined (how he left is unknown), so RC 33 is too; CAT 3 alone decides.
        ReturnFinding r = northKoreanInChina().assess().returnTo("KP").orElseThrow();
        assertThat(r.bars()).extracting(BarFinding::status).contains(Status.UNDETERMINED, Status.MET);
        assertThat(r.status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(r.reasons()).containsExactly("Return to KP is barred by the absolute prohibition of return to"
                + " torture.");
        assertThat(r.independentOfUnknown()).isTrue();
    }

    @Test
    void theReasonNamesEveryBarThatForbidsReturn() {
        ReturnFinding r = northKoreanInChina().set("departure.withPermission", "not_established").assess()
                .returnTo("KP").orElseThrow();
        assertThat(r.status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(r.reasons()).containsExactly("Return to KP is barred by non-refoulement under RC 33(1); the absolute"
                + " prohibition of return to torture.");
    }

    @Test
    void notBarredWhenEveryBindingBarIsShownNotToApply() {
        Assessment a = northKoreanInChina().set("destinations.1", "{\"country\": \"MN\", \"riskThere\":"
                + " \"not_established\", \"onwardReturnRisk\": \"not_established\"}").assess();
        ReturnFinding r = a.returnTo("MN").orElseThrow();
        // RC 33 and CAT 3 not met; ICCPR not applicable to China: nothing forbids return.
        assertThat(r.bars()).extracting(BarFinding::status)
                .containsExactly(Status.NOT_MET, Status.NOT_MET, Status.NOT_APPLICABLE);
        assertThat(r.status()).isEqualTo(ReturnStatus.NOT_BARRED);
        assertThat(r.reasons()).containsExactly("No bar that binds the host state forbids return to MN.");
        assertThat(r.independentOfUnknown()).isTrue();
    }

    @Test
    void undeterminedWhenNoBarIsMetAndOneTurnsOnUnknownFacts() {
        ReturnFinding r = northKoreanInChina().set("destinations.1", "{\"country\": \"MN\"}").assess()
                .returnTo("MN").orElseThrow();
        assertThat(r.status()).isEqualTo(ReturnStatus.UNDETERMINED);
        assertThat(r.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(r.independentOfUnknown()).isFalse();
    }

    @Test
    void eachListedDestinationGetsItsOwnDecision() {
        Assessment a = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"reachable\": \"not_established\"}").assess();
        assertThat(a.returns()).extracting(ReturnFinding::destination, ReturnFinding::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KP", ReturnStatus.BARRED),
                        org.assertj.core.groups.Tuple.tuple("KR", ReturnStatus.NOT_BARRED));
    }

    /** Issue 11 point 4: RC 33 protects a claimant whose status is undetermined, pending the determination. */
    @Test
    void barredPendingDeterminationWhereStatusIsUndeterminedAndAConventionRiskAtTheOriginIsOpen() {
        // Political activity in the UK; whether XA's authorities know of it is unknown. The harm (arbitrary
        // detention) engages no absolute bar, so before the fix return was merely "not yet decided".
        Assessment a = nationalOf("XA").set("activitiesAbroad.0", "{\"kind\": \"political_activity\"}").assess();
        assertThat(a.determination().status()).isEqualTo(org.refugeelaw.assessment.RefugeeStatus.UNDETERMINED);
        ReturnFinding r = a.returnTo("XA").orElseThrow();
        assertThat(r.status()).isEqualTo(ReturnStatus.BARRED_PENDING_DETERMINATION);
        assertThat(r.reasons().get(0)).contains("barred pending the determination of refugee status")
                .contains("HB 28").contains("ExCom Conclusion No. 6 (1977) (c)");
        assertThat(r.independentOfUnknown()).isFalse();
        BarFinding rc33 = r.bars().stream()
                .filter(b -> b.criterion() == org.refugeelaw.assessment.Criterion.NON_REFOULEMENT_33).findFirst()
                .orElseThrow();
        assertThat(rc33.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(rc33.reasons().get(0)).contains("Refugee status is not yet determined")
                .contains("until the claim is decided, RC 33 forbids return");
        assertThat(rc33.legalBasis()).contains("ExCom Conclusion No. 6 (XXVIII) (1977) (c)");
    }

    @Test
    void notPendingWhereTheHostIsNotBoundByRc33() {
        // Thailand is party to neither the Convention nor the Protocol: no RC 33 duty pending determination.
        Assessment a = nationalOf("XA").set("hostState", "TH").set("currentCountry", "TH")
                .set("activitiesAbroad.0", "{\"kind\": \"political_activity\"}").assess();
        assertThat(a.returnTo("XA").orElseThrow().status()).isNotEqualTo(ReturnStatus.BARRED_PENDING_DETERMINATION);
    }

    @Test
    void notPendingForAThirdCountryWhereNoRiskAndNoOnwardReturnIsShown() {
        // The same undetermined claim; removal to a third country shown safe is not barred pending determination.
        Assessment a = nationalOf("XA").set("activitiesAbroad.0", "{\"kind\": \"political_activity\"}")
                .set("destinations.1", "{\"country\": \"NZ\", \"riskThere\": \"not_established\","
                        + " \"onwardReturnRisk\": \"not_established\"}").assess();
        assertThat(a.returnTo("XA").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED_PENDING_DETERMINATION);
        ReturnFinding nz = a.returnTo("NZ").orElseThrow();
        assertThat(nz.status()).isEqualTo(ReturnStatus.NOT_BARRED);
        assertThat(nz.reasons()).containsExactly("No bar that binds the host state forbids return to NZ.");
    }

    // Issue 12 point 12: missing information is not "no risk", on the return side either.
    @Test
    void notDecidedWhereCountryInformationIsSilentOnAnActivityRecorded() {
        ReturnFinding r = nationalOf("IR").set("activitiesAbroad.0", "{\"kind\": \"religious_conversion\"}")
                .set("procedure.individualExamination", "established").assess().returnTo("IR").orElseThrow();
        assertThat(r.bars()).extracting(BarFinding::status).doesNotContain(Status.MET, Status.UNDETERMINED);
        assertThat(r.status()).isEqualTo(ReturnStatus.UNDETERMINED);
        assertThat(r.reasons().get(0)).contains("a risk there cannot yet be assessed")
                .contains("country information: IR on religious_conversion");
        assertThat(r.independentOfUnknown()).isFalse();
    }

    @Test
    void notDecidedWhereAStatedFearIsNotYetDescribed() {
        ReturnFinding r = nationalOf("ER").set("claim.statedFear", "established").assess().returnTo("ER")
                .orElseThrow();
        assertThat(r.status()).isEqualTo(ReturnStatus.UNDETERMINED);
        assertThat(r.reasons().get(0)).contains("$.destinations[?(@.country=='ER')].harmsFaced");
    }

    @Test
    void notBarredOnceTheFearWasHeardAndNoHarmFound() {
        ReturnFinding r = nationalOf("ER").set("claim.statedFear", "established")
                .set("procedure.individualExamination", "established").assess().returnTo("ER").orElseThrow();
        assertThat(r.status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }
}
