package org.refugeelaw.rules.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * cessation.drl: RC 1C(1)-(6); HB 111-139; compelling reasons arising from past persecution (HB 136). Cessation ends
 * a recognised status only, and never defeats a risk that arose after the act or change it rests on (issue 12
 * point 7).
 */
class CessationTest {

    /** S1's man (at risk on return to the DPRK), whom the record does not say was ever recognised. */
    private static CaseBuilder atRisk() {
        return northKoreanInChina().set("departure.withPermission", "not_established").set("person.sex", "male");
    }

    /** The same man, recognised as a refugee earlier, who relies on no risk that arose after the cessation event. */
    private static CaseBuilder recognised() {
        return atRisk().set("cessation.previouslyRecognised", "established")
                .set("cessation.newRiskAfterCessationEvent", "not_established");
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "voluntaryReavailment, re-availed themselves of the protection of the country of nationality, RC 1C(1)",
        "nationalityReacquired, re-acquired the nationality they had lost, RC 1C(2)",
        "newNationalityWithProtection, acquired a new nationality and enjoy its protection, RC 1C(3)",
        "reestablishedInOrigin, re-established themselves in the country they left, RC 1C(4)"})
    void eachPersonalCessationClauseEndsARecognisedStatus(String field, String words, String clause) {
        Assessment a = recognised().set("cessation." + field, "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.MET, "RC 1C(1)-(6)", "HB 111-139");
        assertThat(f.reasons().get(0)).contains("Refugee status, recognised earlier, has ceased").contains(words)
                .contains(clause).contains("not one that arose after");
        assertThat(f.factsRelied()).containsExactly("$.cessation." + field, "$.cessation.previouslyRecognised");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.CEASED);
    }

    @Test
    void withoutAPriorRecognitionCessationDoesNotArise() {
        // Before issue 12 point 7 the clause alone made this man CEASED.
        Assessment a = atRisk().set("cessation.previouslyRecognised", "not_established")
                .set("cessation.voluntaryReavailment", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.NOT_APPLICABLE, "RC 1C", "HB 111-112");
        assertThat(f.reasons().get(0)).contains("not been recognised as a refugee").contains("no status to cease");
        assertThat(f.factsRelied()).containsExactly("$.cessation.previouslyRecognised");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void aClauseWithoutKnowingWhetherThePersonWasRecognisedIsUndetermined() {
        Assessment a = atRisk().set("cessation.voluntaryReavailment", "established")
                .set("cessation.newRiskAfterCessationEvent", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.UNDETERMINED, "RC 1C(1)-(6)");
        assertThat(f.reasons().get(0)).contains("whether the person was recognised as a refugee is not known");
        assertThat(f.missingFacts()).containsExactly("$.cessation.previouslyRecognised");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
    }

    @Test
    void aRiskThatAroseAfterTheReavailmentIsNeverDefeatedByCessation() {
        Assessment a = recognised().set("cessation.voluntaryReavailment", "established")
                .set("cessation.newRiskAfterCessationEvent", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.NOT_MET, "QD 11(2)",
                "SSHD v MA (Somalia) [2018] EWCA Civ 994");
        assertThat(f.reasons().get(0)).contains("arose after that act or change").contains("assessed ex nunc")
                .contains("cessation does not defeat it");
        assertThat(f.factsRelied()).contains("$.cessation.newRiskAfterCessationEvent");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void whetherTheRiskIsNewIsAskedOnlyWhereThereIsARisk() {
        Assessment open = atRisk().set("cessation.previouslyRecognised", "established")
                .set("cessation.voluntaryReavailment", "established").assess();
        CriterionFinding f = assertFinding(open, Criterion.CESSATION, Status.UNDETERMINED, "RC 1C(1)-(6)");
        assertThat(f.missingFacts()).containsExactly("$.cessation.newRiskAfterCessationEvent");
        // No fear at all: no risk could be persecution, so whether it is new does not matter.
        Assessment none = atRisk().set("cessation.previouslyRecognised", "established")
                .set("cessation.voluntaryReavailment", "established").set("claim.statedFear", "not_established")
                .assess();
        CriterionFinding g = assertFinding(none, Criterion.CESSATION, Status.MET, "RC 1C(1)-(6)");
        assertThat(g.reasons().get(0)).contains("No risk the person faces now is a reason to refuse protection");
        assertThat(none.determination().status()).isEqualTo(RefugeeStatus.CEASED);
    }

    @Test
    void aDurableChangeWithNoCompellingReasonsEndsStatus() {
        CriterionFinding f = assertFinding(recognised().set("cessation.durableChangeOfCircumstances", "established")
                .set("cessation.compellingReasonsFromPastPersecution", "not_established").assess(),
                Criterion.CESSATION, Status.MET, "RC 1C(1)-(6)");
        assertThat(f.reasons().get(0)).contains("fundamental and durable change of circumstances")
                .contains("RC 1C(5)-(6)");
        assertThat(f.factsRelied()).containsExactly("$.cessation.durableChangeOfCircumstances",
                "$.cessation.compellingReasonsFromPastPersecution", "$.cessation.previouslyRecognised");
    }

    @Test
    void compellingReasonsFromPastPersecutionPreventCessationDespiteADurableChange() {
        Assessment a = recognised().set("cessation.durableChangeOfCircumstances", "established")
                .set("cessation.compellingReasonsFromPastPersecution", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.NOT_MET, "RC 1C(5)-(6)", "HB 135-136");
        assertThat(f.reasons().get(0)).contains("compelling reasons arising from past persecution")
                .contains("does not cease (HB 136)");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void undeterminedWhenCircumstancesChangedButCompellingReasonsAreNotAssessed() {
        Assessment a = recognised().set("cessation.durableChangeOfCircumstances", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.UNDETERMINED, "RC 1C(1)-(6)");
        assertThat(f.reasons().get(0)).contains("compelling reasons arising from past persecution");
        assertThat(f.missingFacts()).containsExactly("$.cessation.compellingReasonsFromPastPersecution");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().reasons().get(0)).contains("until cessation is decided");
    }

    @Test
    void withNoIndicationCessationDoesNotArise() {
        CriterionFinding f = assertFinding(atRisk().assess(), Criterion.CESSATION, Status.NOT_MET, "RC 1C",
                "HB 111-116");
        assertThat(f.reasons().get(0)).contains("gives no indication").contains("does not arise (HB 116)");
        assertThat(f.factsRelied()).containsExactly("$.cessation");
    }

    @Test
    void examinedClausesThatAreNotShownDoNotEndStatus() {
        CriterionFinding f = assertFinding(recognised().set("cessation.voluntaryReavailment", "not_established")
                .set("cessation.reestablishedInOrigin", "not_established").assess(),
                Criterion.CESSATION, Status.NOT_MET, "RC 1C");
        assertThat(f.reasons().get(0)).contains("None of the cessation clauses is shown to apply");
    }
}
