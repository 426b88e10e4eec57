package org.refugeelaw.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** procedural-guarantees.drl: HB 189-194; RC 35; F.G. v Sweden. Each guarantee is a finding of its own. */
class ProceduralGuaranteesTest {

    private static final List<String> GUARANTEES = List.of("accessToCompetentAuthority", "accessToUnhcr",
            "exNuncRiskAssessment", "interpreter", "personalInterview", "reasonedDecision", "suspensiveAppeal");
    private static final List<String> PRESUPPOSING_EXAMINATION = List.of("exNuncRiskAssessment", "interpreter",
            "personalInterview", "reasonedDecision", "suspensiveAppeal");

    private static Map<String, ProceduralFinding> byGuarantee(Assessment a) {
        assertThat(a.procedure()).allSatisfy(p -> assertThat(p.criterion()).isEqualTo(Criterion.PROCEDURAL_GUARANTEES));
        return a.procedure().stream().collect(Collectors.toMap(ProceduralFinding::guarantee, p -> p));
    }

    @Test
    void eachGuaranteeIsASeparateFindingWithItsOwnLegalBasis() {
        Map<String, ProceduralFinding> g = byGuarantee(northKoreanInChina().assess());
        assertThat(g.keySet()).containsExactlyInAnyOrderElementsOf(GUARANTEES);
        assertThat(g.values()).allSatisfy(p -> {
            assertThat(p.legalBasis()).contains("HB 189-194", "RC 35", "F.G. v Sweden (ECtHR GC 43611/11, 2016)");
            assertThat(p.rulesFired()).containsExactly("Each procedural guarantee, as the record shows it");
        });
    }

    @Test
    void withNoProcedureAndNoExaminationEveryGuaranteeWasBreached() {
        // S1: no procedure, no examination, no interview, no access to UNHCR; the record is silent on the rest.
        Assessment a = northKoreanInChina().set("procedure.statusProcedureAvailable", "not_established")
                .set("procedure.individualExamination", "not_established")
                .set("procedure.personalInterview", "not_established")
                .set("procedure.accessToUnhcr", "not_established").assess();
        Map<String, ProceduralFinding> g = byGuarantee(a);
        assertThat(g.values()).allSatisfy(p -> assertThat(p.violation()).as(p.guarantee()).isTrue());
        // Stated in the record:
        assertThat(g.get("accessToUnhcr").reasons().get(0)).isEqualTo("Violation: access to UNHCR (RC 35) was not given.");
        assertThat(g.get("accessToUnhcr").factsRelied()).containsExactly("$.procedure.accessToUnhcr");
        assertThat(g.get("personalInterview").factsRelied()).containsExactly("$.procedure.personalInterview");
        // Inferred: no procedure exists, so no access to a competent authority ...
        assertThat(g.get("accessToCompetentAuthority").reasons().get(0))
                .contains("since no procedure to determine status exists");
        assertThat(g.get("accessToCompetentAuthority").factsRelied())
                .containsExactly("$.procedure.statusProcedureAvailable");
        // ... and no examination, so none of the guarantees that presuppose one.
        for (String s : List.of("interpreter", "reasonedDecision", "suspensiveAppeal", "exNuncRiskAssessment")) {
            assertThat(g.get(s).reasons().get(0)).as(s).contains("since no individual examination took place");
            assertThat(g.get(s).factsRelied()).as(s).containsExactly("$.procedure.individualExamination");
        }
        CriterionFinding f = assertFinding(a, Criterion.PROCEDURAL_GUARANTEES, Status.NOT_MET, "HB 189-194", "RC 35");
        assertThat(f.reasons().get(0)).startsWith("Procedural guarantees were breached: ")
                .contains("a personal interview").contains("access to UNHCR (RC 35)")
                .contains("an appeal with the right to remain meanwhile");
    }

    @Test
    void guaranteesThatDoNotPresupposeAnExaminationStayOpenWhenOnlyTheExaminationIsMissing() {
        Map<String, ProceduralFinding> g = byGuarantee(northKoreanInChina()
                .set("procedure.individualExamination", "not_established").assess());
        for (String s : PRESUPPOSING_EXAMINATION) {
            assertThat(g.get(s).status()).as(s).isEqualTo(Status.NOT_MET);
        }
        assertThat(g.get("accessToUnhcr").status()).isEqualTo(Status.UNDETERMINED);
        assertThat(g.get("accessToUnhcr").missingFacts()).containsExactly("$.procedure.accessToUnhcr");
        assertThat(g.get("accessToCompetentAuthority").status()).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    void everyGuaranteeGivenMeansTheGuaranteesWereRespected() {
        CaseBuilder b = northKoreanInChina().set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "established");
        GUARANTEES.forEach(s -> b.set("procedure." + s, "established"));
        Assessment a = b.assess();
        assertThat(byGuarantee(a).values()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(Status.MET);
            assertThat(p.reasons().get(0)).startsWith("Given: ");
            assertThat(p.factsRelied()).containsExactly("$.procedure." + p.guarantee());
        });
        CriterionFinding f = assertFinding(a, Criterion.PROCEDURAL_GUARANTEES, Status.MET, "HB 189-194");
        assertThat(f.reasons().get(0)).isEqualTo("Every procedural guarantee was given.");
        assertThat(f.factsRelied()).hasSize(GUARANTEES.size());
    }

    @Test
    void oneBreachIsEnoughForAViolationWhateverTheOthers() {
        CaseBuilder b = northKoreanInChina().set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "established");
        GUARANTEES.forEach(s -> b.set("procedure." + s, "established"));
        b.set("procedure.suspensiveAppeal", "not_established");
        CriterionFinding f = assertFinding(b.assess(), Criterion.PROCEDURAL_GUARANTEES, Status.NOT_MET, "RC 35");
        assertThat(f.reasons().get(0)).isEqualTo("Procedural guarantees were breached: an appeal with the right to"
                + " remain meanwhile.");
        assertThat(f.factsRelied()).containsExactly("$.procedure.suspensiveAppeal");
    }

    @Test
    void undeterminedWhenNoBreachIsShownAndTheRecordIsSilentOnSome() {
        CaseBuilder b = northKoreanInChina().set("procedure.statusProcedureAvailable", "established")
                .set("procedure.individualExamination", "established")
                .set("procedure.personalInterview", "established");
        CriterionFinding f = assertFinding(b.assess(), Criterion.PROCEDURAL_GUARANTEES, Status.UNDETERMINED,
                "HB 189-194");
        assertThat(f.reasons().get(0)).startsWith("No breach is shown, but the record does not say whether these"
                + " were given: ").doesNotContain("a personal interview");
        assertThat(f.missingFacts()).containsExactly("$.procedure.accessToCompetentAuthority",
                "$.procedure.accessToUnhcr", "$.procedure.exNuncRiskAssessment", "$.procedure.interpreter",
                "$.procedure.reasonedDecision", "$.procedure.suspensiveAppeal");
    }

    /** Issue 11 point 8: a host not party to the Convention is not reported as breaching RC 35. */
    @Test
    void noAccessToUnhcrIsNotABreachOfRc35ForAHostNotPartyToTheConvention() {
        Map<String, ProceduralFinding> g = byGuarantee(northKoreanInChina().set("hostState", "TH")
                .set("currentCountry", "TH").set("procedure.accessToUnhcr", "not_established")
                .set("procedure.personalInterview", "not_established").assess());
        assertThat(g.get("accessToUnhcr").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(g.get("accessToUnhcr").violation()).isFalse();
        assertThat(g.get("accessToUnhcr").reasons().get(0)).isEqualTo("Not owed under RC 35, which binds only parties"
                + " to the Refugee Convention or its Protocol; TH is not one (the person had no access to UNHCR; not a"
                + " breach).");
        // The interview is still owed (CAT General Comment No. 4 para 13): its absence remains a breach.
        assertThat(g.get("personalInterview").violation()).isTrue();
    }
}
