package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** individual-determination.drl: HB 44-45; Hirsi Jamaa v Italy; CAT/C/CHN/CO/5 paras 46-47. */
class IndividualDeterminationTest {

    @Test
    void groupLabellingAndReturnUnderABilateralArrangementWithoutProcedureIsAViolation() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.statusProcedureAvailable", "not_established")
                .set("procedure.individualExamination", "not_established")
                .set("procedure.groupLabel", "illegal economic migrant")
                .set("procedure.accessToUnhcr", "not_established")
                .set("procedure.returnUnderBilateralArrangement", "established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.NOT_MET, "HB 44-45",
                "Hirsi Jamaa v Italy (ECtHR GC 27765/09, 2012)", "CAT/C/CHN/CO/5 (2015) paras 46-47",
                "CAT General Comment No. 4 (2017) para 13");
        assertThat(f.reasons().get(0)).startsWith("Violation of the individual-determination principle")
                .contains("no procedure to determine refugee status was available")
                .contains("not examined individually")
                .contains("group label (\"illegal economic migrant\")")
                .contains("bilateral arrangement, which does not displace the host state's non-refoulement duties")
                // China is party to the Convention and to CAT, not to the ICCPR (signed only).
                .endsWith("The duty binds CN through RC 33 (as a party to the Refugee Convention or its Protocol);"
                        + " CAT art. 3 (CAT General Comment No. 4 (2017) para 13: collective deportation without an"
                        + " objective examination of each case violates non-refoulement).");
        assertThat(f.factsRelied()).containsExactly("$.procedure.statusProcedureAvailable",
                "$.procedure.individualExamination", "$.procedure.groupLabel",
                "$.procedure.returnUnderBilateralArrangement", "$.procedure.accessToUnhcr", "$.hostState");
    }

    @Test
    void noIndividualExaminationIsAViolationEvenWhereAProcedureExists() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.statusProcedureAvailable", "established")
                .set("procedure.unhcrMandateDetermination", "not_established")
                .set("procedure.primaFacieRecognition", "not_established")
                .set("procedure.individualExamination", "not_established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.NOT_MET, "HB 44-45");
        assertThat(f.reasons().get(0)).contains("not examined individually")
                .doesNotContain("no procedure");
        assertThat(f.factsRelied()).containsExactly("$.procedure.individualExamination", "$.hostState");
    }

    @Test
    void metWhenTheClaimWasExaminedIndividually() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.MET, "HB 44-45");
        assertThat(f.reasons().get(0)).contains("examined individually");
        assertThat(f.factsRelied()).containsExactly("$.procedure.individualExamination");
    }

    @Test
    void undeterminedWhenTheRecordIsSilentOnTheExamination() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.INDIVIDUAL_DETERMINATION,
                Status.UNDETERMINED, "HB 44-45");
        assertThat(f.reasons().get(0)).contains("does not say whether the person's claim was examined individually");
        assertThat(f.missingFacts()).containsExactly("$.procedure.individualExamination");
    }

    @Test
    void aGroupLabelAloneDoesNotDecideButIsReported() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("procedure.groupLabel", "illegal economic migrant")
                .assess(), Criterion.INDIVIDUAL_DETERMINATION, Status.UNDETERMINED, "HB 44-45");
        assertThat(f.reasons().get(0)).contains("a group label, \"illegal economic migrant\", was applied");
        assertThat(f.factsRelied()).containsExactly("$.procedure.groupLabel");
        assertThat(f.missingFacts()).containsExactly("$.procedure.individualExamination");
    }

    // Issue 11 point 8: the duty is attributed to the instrument that binds the host.
    @Test
    void aHostNotPartyToTheConventionDoesNotViolateItTheDutyComesFromCat3AndIccpr7() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "TH").set("currentCountry", "TH")
                .set("procedure.statusProcedureAvailable", "not_established")
                .set("procedure.individualExamination", "not_established")
                .set("procedure.accessToUnhcr", "not_established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.NOT_MET, "CAT General Comment No. 4 (2017) para 13",
                "ICCPR 2(3)");
        assertThat(f.reasons().get(0)).contains("TH is not party to the Refugee Convention or its Protocol and does"
                + " not violate them.").contains("The duty binds TH through CAT art. 3 (CAT General Comment No. 4"
                + " (2017) para 13").endsWith("ICCPR art. 7 with art. 2(3).").doesNotContain("RC 33");
    }

    @Test
    void aUnhcrMandateDeterminationToleratedByTheHostMeetsThePrinciple() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "TH").set("currentCountry", "TH")
                .set("procedure.statusProcedureAvailable", "not_established")
                .set("procedure.individualExamination", "not_established")
                .set("procedure.unhcrMandateDetermination", "established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.MET, "UNHCR Statute para 6B");
        assertThat(f.reasons().get(0)).startsWith("UNHCR determined the person's refugee status under its mandate")
                .contains("meets the individual-determination principle although the host state did not examine");
        assertThat(f.factsRelied()).containsExactly("$.procedure.unhcrMandateDetermination");
    }

    @Test
    void aPrimaFacieGroupRecognitionMeetsThePrinciple() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.individualExamination", "not_established")
                .set("procedure.primaFacieRecognition", "established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.MET,
                "UNHCR Guidelines on International Protection No. 11: Prima Facie Recognition of Refugee Status"
                        + " (HCR/GIP/15/11, 2015) paras 1-2");
        assertThat(f.reasons().get(0)).contains("recognised as a refugee on a group (prima facie) basis");
    }

    @Test
    void noHostExaminationButMandateAndGroupRecognitionUnknownIsUndeterminedNamingThem() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.individualExamination", "not_established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.UNDETERMINED, "HB 44-45");
        assertThat(f.missingFacts()).containsExactly("$.procedure.unhcrMandateDetermination",
                "$.procedure.primaFacieRecognition");
    }
}
