package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
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

/** health-on-return.drl (issue 17 point 7): the ECHR art. 3 threshold for medical cases, and what it bars. */
class HealthOnReturnTest {

    /** A national of XA in the UK (bound by the ECHR), with no other risk on return. */
    private static CaseBuilder ill(String available, String accessible, String decline) {
        return nationalOf("XA").set("departure.withPermission", "established").set("claim.statedFear", "not_established")
                .set("destinations.0.riskThere", "not_established")
                .set("destinations.0.health.seriousIllness", "established")
                .set("destinations.0.health.treatmentAvailable", available)
                .set("destinations.0.health.treatmentAccessible", accessible)
                .set("destinations.0.health.seriousRapidIrreversibleDecline", decline);
    }

    @Test
    void noAccessToTreatmentAndARapidDeclineBarReturnFromAnEchrHost() {
        Assessment a = ill("established", "not_established", "established").assess(Frame.UK);
        CriterionFinding f = assertFinding(a, Criterion.HEALTH_ON_RETURN, Status.MET, "ECHR 3",
                "Paposhvili v Belgium (ECtHR GC 41738/10, 2016) para 183");
        assertThat(f.reasons().get(0)).contains("serious, rapid and irreversible decline").contains("GB is bound by the ECHR");
        BarFinding b = bar(a, "XA", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("lack of appropriate treatment");
        assertThat(a.returnTo("XA").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(bar(a, "XA", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void treatmentAvailableAndAccessible_isNotMetAndDoesNotBar() {
        Assessment a = ill("established", "established", "unknown").assess(Frame.UK);
        assertFinding(a, Criterion.HEALTH_ON_RETURN, Status.NOT_MET, "ECHR 3");
        assertThat(a.returnTo("XA").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void anOpenDeclineIsUndeterminedAndNamed_butTheBarNeedsTheThresholdShown() {
        Assessment a = ill("not_established", "unknown", "unknown").assess(Frame.UK);
        CriterionFinding f = assertFinding(a, Criterion.HEALTH_ON_RETURN, Status.UNDETERMINED, "ECHR 3");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].health.seriousRapidIrreversibleDecline");
        // The threshold is the person's to adduce, as violence of exceptional intensity is: not shown, no bar.
        assertThat(bar(a, "XA", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aHostNotBoundByTheEchrIsNotBarredByTheMedicalThreshold() {
        Assessment a = ill("established", "not_established", "established").set("hostState", "TH")
                .set("currentCountry", "TH").assess();
        CriterionFinding f = assertFinding(a, Criterion.HEALTH_ON_RETURN, Status.MET, "ECHR 3");
        assertThat(f.reasons().get(0)).contains("TH is not bound by the ECHR");
        assertThat(bar(a, "XA", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void theEuFrameBarsReturnButGrantsNoSubsidiaryProtectionForIt() {
        Assessment a = ill("not_established", "unknown", "established").set("hostState", "DE")
                .set("currentCountry", "DE").set("destinations.0.armedConflictIndiscriminateViolence", "not_established")
                .assess(Frame.EU);
        assertThat(bar(a, "XA", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.MET);
        assertThat(a.finding(Criterion.SUBSIDIARY_QD15).orElseThrow().status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void theUsFrameDoesNotRecogniseIt() {
        Assessment a = ill("not_established", "unknown", "established").set("hostState", "US")
                .set("currentCountry", "US").assess(Frame.US);
        CriterionFinding f = assertFinding(a, Criterion.HEALTH_ON_RETURN, Status.NOT_APPLICABLE, "ECHR 3");
        assertThat(f.reasons().get(0)).contains("does not recognise");
    }

    @Test
    void aRecordSilentOnHealthGetsNoFinding() {
        assertThat(nationalOf("XA").assess().finding(Criterion.HEALTH_ON_RETURN)).isEmpty();
    }
}
