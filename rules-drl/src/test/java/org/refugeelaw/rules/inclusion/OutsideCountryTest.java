package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** outside-country.drl: RC 1A(2), HB 87-93 and, for stateless persons, HB 101-105. */
class OutsideCountryTest {

    @Test
    void metInAThirdCountryWhoseNationalityThePersonDoesNotHold() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.OUTSIDE_COUNTRY, Status.MET,
                "RC 1A(2)", "HB 87-93");
        assertThat(f.reasons().get(0)).contains("is in CN, outside KP and outside every country whose nationality");
        assertThat(f.factsRelied()).containsExactly("$.currentCountry", "$.countryOfOrigin", "$.person.nationalities");
    }

    @Test
    void metWhateverTheMannerOfLeavingBecauseAnIllegalExitDoesNotMatter() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.OUTSIDE_COUNTRY, Status.MET, "RC 1A(2)");
        assertThat(f.factsRelied()).doesNotContain("$.departure.withPermission");
    }

    @Test
    void metInACountryWhoseNationalityThePersonMayOnlyClaimByRight() {
        // A nationality available by right is a question for OTHER_NATIONALITY (HB 106-107), not for being outside.
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\"}")
                .set("currentCountry", "KR").set("hostState", "KR").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.MET, "HB 87-93");
        assertThat(f.reasons().get(0)).contains("is in KR, outside KP");
    }

    @Test
    void notMetWhileThePersonIsStillInTheCountryOfOrigin() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("currentCountry", "KP").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.NOT_MET, "RC 1A(2)", "HB 87-88");
        assertThat(f.reasons().get(0)).contains("still in KP, the country of origin");
        assertThat(f.factsRelied()).containsExactly("$.currentCountry", "$.countryOfOrigin");
    }

    @Test
    void notMetInAnotherCountryWhoseNationalityThePersonHolds() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"held\"}")
                .set("currentCountry", "KR").set("hostState", "KR").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.NOT_MET, "RC 1A(2)", "HB 87-93");
        assertThat(f.reasons().get(0)).contains("in KR, a country whose nationality they hold");
        assertThat(f.factsRelied()).contains("$.person.nationalities[1]");
    }

    @Test
    void metForAStatelessPersonOutsideTheCountryOfFormerHabitualResidence() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities", "[]")
                .set("person.stateless", "established").set("person.formerHabitualResidence", "KP").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.MET, "HB 101-105");
        assertThat(f.reasons().get(0)).contains("stateless and is in CN, outside KP, the country of former habitual");
        assertThat(f.factsRelied()).contains("$.person.stateless", "$.person.formerHabitualResidence");
    }

    @Test
    void notMetForAStatelessPersonStillInTheCountryOfFormerHabitualResidence() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities", "[]")
                .set("person.stateless", "established").set("person.formerHabitualResidence", "CN").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.NOT_MET, "HB 101-105");
        assertThat(f.reasons().get(0)).contains("still in CN, the country of former habitual residence");
    }

    @Test
    void undeterminedForAStatelessPersonWhoseFormerHabitualResidenceIsNotRecorded() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities", "[]")
                .set("person.stateless", "established").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.UNDETERMINED, "RC 1A(2)", "HB 101-105");
        assertThat(f.reasons().get(0)).contains("does not say which was the country of former habitual residence");
        assertThat(f.missingFacts()).containsExactly("$.person.formerHabitualResidence");
        assertThat(f.factsRelied()).containsExactly("$.person.stateless");
    }
}
