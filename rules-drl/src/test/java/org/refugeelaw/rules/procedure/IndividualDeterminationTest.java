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
                .set("procedure.returnUnderBilateralArrangement", "established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.NOT_MET, "HB 44-45",
                "Hirsi Jamaa v Italy (ECtHR GC 27765/09, 2012)", "CAT/C/CHN/CO/5 (2015) paras 46-47");
        assertThat(f.reasons().get(0)).startsWith("Violation of the individual-determination principle")
                .contains("no procedure to determine refugee status was available")
                .contains("not examined individually")
                .contains("group label (\"illegal economic migrant\")")
                .contains("bilateral arrangement, which does not displace the duties of RC 33 and CAT 3");
        assertThat(f.factsRelied()).containsExactly("$.procedure.statusProcedureAvailable",
                "$.procedure.individualExamination", "$.procedure.groupLabel",
                "$.procedure.returnUnderBilateralArrangement");
    }

    @Test
    void noIndividualExaminationIsAViolationEvenWhereAProcedureExists() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "not_established").assess(),
                Criterion.INDIVIDUAL_DETERMINATION, Status.NOT_MET, "HB 44-45");
        assertThat(f.reasons().get(0)).contains("not examined individually")
                .doesNotContain("no procedure");
        assertThat(f.factsRelied()).containsExactly("$.procedure.individualExamination");
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
}
