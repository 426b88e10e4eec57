package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;

/**
 * Reference scenarios S1 and S2: the same hunger defector, held in China and in the UK. The contrast is the
 * lesson: the same other-nationality test, with different access to the ROK.
 */
class ReferenceScenariosS1S2Test {
    private static ScenarioRunner runner;
    private static Assessment s1;
    private static Assessment s2;

    @BeforeAll
    static void assess() {
        runner = new ScenarioRunner();
        s1 = runner.assess(ScenarioLoader.load(Path.of("scenarios/S1-hunger-defector-held-in-china.yaml")));
        s2 = runner.assess(ScenarioLoader.load(Path.of("scenarios/S2-same-man-in-the-uk.yaml")));
    }

    private static CriterionFinding finding(Assessment a, Criterion c) {
        return a.finding(c).orElseThrow(() -> new AssertionError("no finding for " + c));
    }

    private static BarFinding bar(Assessment a, String destination, Criterion c) {
        return a.returnTo(destination).orElseThrow().bars().stream().filter(b -> b.criterion() == c).findFirst()
                .orElseThrow(() -> new AssertionError("no " + c + " for " + destination));
    }

    @Test
    void s1IsARefugeeSurPlaceThroughTheExitPenalty() {
        assertThat(s1.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(s1.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        assertThat(s1.determination().reasons().get(0)).contains("sur place").contains("motive for leaving");
        assertThat(s1.determination().surPlaceCauses())
                .anySatisfy(c -> {
                    assertThat(c.criterion()).isEqualTo(Criterion.SUR_PLACE_ACTIVITIES);
                    assertThat(c.description()).contains("unauthorised stay abroad");
                });

        CriterionFinding exit = finding(s1, Criterion.EXIT_PENALTY);
        assertThat(exit.status()).isEqualTo(Status.MET);
        assertThat(exit.legalBasis()).contains("HB 61");
        assertThat(exit.reasons().get(0)).contains("disloyalty (leaving without permission)");
        assertThat(exit.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT");

        CriterionFinding nexus = finding(s1, Criterion.NEXUS);
        assertThat(nexus.status()).isEqualTo(Status.MET);
        assertThat(nexus.reasons().get(0)).contains("imputed political opinion");
        assertThat(nexus.legalBasis()).contains("RC 1A(2)", "HB 66-86");

        CriterionFinding economic = finding(s1, Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE);
        assertThat(economic.status()).isEqualTo(Status.MET);
        assertThat(economic.legalBasis()).contains("HB 62-64");

        assertThat(finding(s1, Criterion.OUTSIDE_COUNTRY).status()).isEqualTo(Status.MET);
        assertThat(finding(s1, Criterion.WELL_FOUNDED_FEAR).status()).isEqualTo(Status.MET);
        assertThat(finding(s1, Criterion.PERSECUTION).status()).isEqualTo(Status.MET);
        assertThat(finding(s1, Criterion.PROTECTION_FAILURE).status()).isEqualTo(Status.MET);
        assertThat(finding(s1, Criterion.SUR_PLACE_ACTIVITIES).legalBasis()).contains("HB 96");
    }

    @Test
    void s1RokNationalityDoesNotDefeatTheClaimWhileTheRokIsOutOfReach() {
        CriterionFinding other = finding(s1, Criterion.OTHER_NATIONALITY);
        assertThat(other.status()).isEqualTo(Status.MET);
        assertThat(other.reasons().get(0)).contains("KR").contains("cannot reach it");
        assertThat(other.legalBasis()).contains("RC 1A(2) second paragraph", "HB 106-107");
        assertThat(other.factsRelied()).contains("$.destinations[1]");
    }

    @Test
    void s1ReturnToTheDprkIsBarredByRc33AndCat3ButNotByTheIccprWhichChinaHasNotRatified() {
        ReturnFinding kp = s1.returnTo("KP").orElseThrow();
        assertThat(kp.status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(kp.independentOfUnknown()).isTrue();

        BarFinding rc33 = bar(s1, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(rc33.status()).isEqualTo(Status.MET);
        assertThat(rc33.instruments()).anySatisfy(i -> assertThat(i).contains("1951 Refugee Convention", "1982-09-24"));
        assertThat(rc33.legalBasis()).contains("RC 33(1)");

        BarFinding cat = bar(s1, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(cat.status()).isEqualTo(Status.MET);
        assertThat(cat.absolute()).isTrue();
        assertThat(cat.instruments()).singleElement().asString().contains("CAT art. 3", "1988-10-04");
        assertThat(cat.legalBasis()).contains("CAT 3");

        BarFinding life = bar(s1, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(life.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(life.reasons().get(0)).contains("ICCPR (signed 1998-10-05, not ratified)");
        assertThat(life.instruments()).isEmpty();

        assertThat(s1.returnTo("KR").orElseThrow().status()).isEqualTo(ReturnStatus.NOT_BARRED);
    }

    @Test
    void s1WasNeitherDeterminedIndividuallyNorGivenProceduralGuarantees() {
        CriterionFinding individual = finding(s1, Criterion.INDIVIDUAL_DETERMINATION);
        assertThat(individual.status()).isEqualTo(Status.NOT_MET);
        assertThat(individual.reasons().get(0)).contains("illegal economic migrant").contains("bilateral");
        assertThat(individual.legalBasis()).contains("HB 44-45");

        assertThat(finding(s1, Criterion.PROCEDURAL_GUARANTEES).status()).isEqualTo(Status.NOT_MET);
        assertThat(s1.procedure()).filteredOn(ProceduralFinding::violation).extracting(ProceduralFinding::guarantee)
                .contains("personalInterview", "accessToUnhcr", "reasonedDecision", "accessToCompetentAuthority");
    }

    @Test
    void s2IsNotARefugeeBecauseTheRokWouldProtectHim() {
        assertThat(s2.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(s2.determination().decidedBy()).containsExactly(Criterion.OTHER_NATIONALITY);
        CriterionFinding other = finding(s2, Criterion.OTHER_NATIONALITY);
        assertThat(other.status()).isEqualTo(Status.NOT_MET);
        assertThat(other.reasons().get(0)).contains("available and effective");
        assertThat(other.legalBasis())
                .contains("RC 1A(2) second paragraph", "GP (South Korean citizenship) North Korea CG [2014] UKUT 391");
        // The inclusion findings are the same as in S1: only access to the ROK differs.
        assertThat(finding(s2, Criterion.EXIT_PENALTY).status()).isEqualTo(Status.MET);
        assertThat(finding(s2, Criterion.NEXUS).status()).isEqualTo(Status.MET);
    }

    @Test
    void s2ReturnToTheDprkIsStillBarredByTheAbsoluteBarsButRemovalToTheRokIsNot() {
        assertThat(s2.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(bar(s2, "KP", Criterion.NON_REFOULEMENT_33).status()).isEqualTo(Status.NOT_MET);
        BarFinding torture = bar(s2, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(torture.status()).isEqualTo(Status.MET);
        assertThat(torture.instruments()).anySatisfy(i -> assertThat(i).startsWith("CAT art. 3"))
                .anySatisfy(i -> assertThat(i).startsWith("ECHR art. 3"));
        BarFinding life = bar(s2, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(life.status()).isEqualTo(Status.MET);
        assertThat(life.legalBasis()).contains("ECHR 3", "ECHR Protocol 13");

        ReturnFinding kr = s2.returnTo("KR").orElseThrow();
        assertThat(kr.status()).isEqualTo(ReturnStatus.NOT_BARRED);
        assertThat(kr.bars()).extracting(BarFinding::status).containsOnly(Status.NOT_MET);
    }
}
