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

/** cessation.drl: RC 1C(1)-(6); HB 111-139; compelling reasons arising from past persecution (HB 136). */
class CessationTest {

    private static CaseBuilder refugee() {
        return northKoreanInChina().set("departure.withPermission", "not_established").set("person.sex", "male");
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "voluntaryReavailment, re-availed themselves of the protection of the country of nationality, RC 1C(1)",
        "nationalityReacquired, re-acquired the nationality they had lost, RC 1C(2)",
        "newNationalityWithProtection, acquired a new nationality and enjoy its protection, RC 1C(3)",
        "reestablishedInOrigin, re-established themselves in the country they left, RC 1C(4)"})
    void eachPersonalCessationClauseEndsStatus(String field, String words, String clause) {
        Assessment a = refugee().set("cessation." + field, "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.MET, "RC 1C(1)-(6)", "HB 111-139");
        assertThat(f.reasons().get(0)).contains("Refugee status has ceased").contains(words).contains(clause);
        assertThat(f.factsRelied()).containsExactly("$.cessation." + field);
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.CEASED);
    }

    @Test
    void aDurableChangeWithNoCompellingReasonsEndsStatus() {
        CriterionFinding f = assertFinding(refugee().set("cessation.durableChangeOfCircumstances", "established")
                .set("cessation.compellingReasonsFromPastPersecution", "not_established").assess(),
                Criterion.CESSATION, Status.MET, "RC 1C(1)-(6)");
        assertThat(f.reasons().get(0)).contains("fundamental and durable change of circumstances")
                .contains("RC 1C(5)-(6)");
        assertThat(f.factsRelied()).containsExactly("$.cessation.durableChangeOfCircumstances",
                "$.cessation.compellingReasonsFromPastPersecution");
    }

    @Test
    void compellingReasonsFromPastPersecutionPreventCessationDespiteADurableChange() {
        Assessment a = refugee().set("cessation.durableChangeOfCircumstances", "established")
                .set("cessation.compellingReasonsFromPastPersecution", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.NOT_MET, "RC 1C(5)-(6)", "HB 135-136");
        assertThat(f.reasons().get(0)).contains("compelling reasons arising from past persecution")
                .contains("does not cease (HB 136)");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void undeterminedWhenCircumstancesChangedButCompellingReasonsAreNotAssessed() {
        Assessment a = refugee().set("cessation.durableChangeOfCircumstances", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.CESSATION, Status.UNDETERMINED, "HB 135-136");
        assertThat(f.factsRelied()).containsExactly("$.cessation.durableChangeOfCircumstances");
        assertThat(f.missingFacts()).containsExactly("$.cessation.compellingReasonsFromPastPersecution");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().reasons().get(0)).contains("until cessation is decided");
    }

    @Test
    void withNoIndicationCessationDoesNotArise() {
        CriterionFinding f = assertFinding(refugee().assess(), Criterion.CESSATION, Status.NOT_MET, "RC 1C",
                "HB 111-116");
        assertThat(f.reasons().get(0)).contains("gives no indication").contains("does not arise (HB 116)");
        assertThat(f.factsRelied()).containsExactly("$.cessation");
    }

    @Test
    void examinedClausesThatAreNotShownDoNotEndStatus() {
        CriterionFinding f = assertFinding(refugee().set("cessation.voluntaryReavailment", "not_established")
                .set("cessation.reestablishedInOrigin", "not_established").assess(),
                Criterion.CESSATION, Status.NOT_MET, "RC 1C");
        assertThat(f.reasons().get(0)).contains("None of the cessation clauses is shown to apply");
    }
}
