package org.refugeelaw.rules.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalFacing;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** family/statelessness.drl and the issue 17 rule of outside-country.drl: RC 1A(2), HB 101-105, 1954 Convention. */
class StatelessnessTest {

    /** A stateless Bidoon from Kuwait in the given host, denied nationality and return by Kuwait. */
    private static CaseBuilder bidoonIn(String host, String prejudicial) {
        return nationalFacing("KW", host, "denial_of_nationality", "state").set("person.nationalities", "[]")
                .set("person.stateless", "established").set("person.formerHabitualResidence", "KW")
                .set("destinations.0.harmsFaced", "[\"denial_of_nationality\", \"denial_of_return\"]")
                .set("destinations.0.grounds", "[{\"ground\": \"nationality\", \"persecutorMotiveShown\": \"established\"}]")
                .set("destinations.0.substantiallyPrejudicial", prejudicial)
                .set("claim.statedFear", "established").set("departure.date", "2021-06-01");
    }

    @Test
    void aStatelessPersonIsAssessedAgainstTheFormerHabitualResidenceAndTheHostsTreatyIsNamed() {
        CriterionFinding f = assertFinding(bidoonIn("DE", "established").assess(), Criterion.STATELESSNESS,
                Status.MET, "RC 1A(2)", "HB 101-105", "1954 Convention art. 1(1)");
        assertThat(f.reasons().get(0)).contains("assessed against KW, the country of former habitual residence")
                .contains("binds DE").contains("ratification 1976-10-26");
        assertThat(f.factsRelied()).contains("$.person.stateless", "treaty:DE/STATELESS_1954");
    }

    @Test
    void italysRatificationOfThe1954ConventionIsReadFromTheTreatyData() {
        // The bundled treaties.json once held Italy's entry for the 1954 Convention run together with two others in
        // one JSON object; a lenient reader kept only the last (Andorra's), so Italy's ratification was lost and the
        // finding said it was not known whether the Convention binds Italy.
        CriterionFinding f = assertFinding(bidoonIn("IT", "established").assess(), Criterion.STATELESSNESS,
                Status.MET, "RC 1A(2)", "1954 Convention art. 1(1)");
        assertThat(f.reasons().get(0)).contains("binds IT").contains("1962-12-03").doesNotContain("is not known");
        assertThat(f.factsRelied()).contains("treaty:IT/STATELESS_1954");
    }

    @Test
    void theStatelessnessConventionDoesNotBindChina() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities", "[]")
                .set("person.stateless", "established").set("person.formerHabitualResidence", "KP").assess(),
                Criterion.STATELESSNESS, Status.MET, "RC 1A(2)");
        assertThat(f.reasons().get(0)).contains("does not bind CN").contains("protects a stateless refugee");
    }

    @Test
    void denialOfNationalityAndReturnIsPersecutionWhereSubstantiallyPrejudicial() {
        // Before issue 17 the record could not name these harms at all.
        Assessment a = bidoonIn("DE", "established").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        CriterionFinding p = assertFinding(a, Criterion.PERSECUTION, Status.MET, "HB 53-55, 63", "QD 9(1)(b)");
        assertThat(p.reasons().get(0)).contains("denial of nationality").contains("substantially prejudicial");
    }

    @Test
    void denialOfNationalityWithoutPrejudicialConsequencesIsNotPersecution() {
        Assessment a = bidoonIn("DE", "not_established").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertFinding(a, Criterion.PERSECUTION, Status.NOT_MET, "HB 53-55, 63");
    }

    @Test
    void aPersonWhoHoldsANationalityIsNotStateless() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.STATELESSNESS, Status.NOT_MET,
                "RC 1A(2)");
        assertThat(f.reasons().get(0)).contains("holds the nationality of KP");
    }

    /** The child born in China to a North Korean mother and a Chinese father, birth not registered. */
    private static CaseBuilder unregisteredChildInChina() {
        return northKoreanInChina().set("person.sex", "female").set("person.nationalities", "[]")
                .set("person.possibleNationalities", "[\"CN\", \"KP\"]").set("person.dateOfBirth", "2017-05-10");
    }

    @Test
    void aNationalityThatIsOnlyPossibleIsNeverGuessed() {
        Assessment a = unregisteredChildInChina().assess();
        CriterionFinding s = assertFinding(a, Criterion.STATELESSNESS, Status.UNDETERMINED, "HB 101-105");
        assertThat(s.reasons().get(0)).contains("not established, and the rules do not guess it")
                .contains("CN, KP").contains("does not bind CN");
        assertThat(s.missingFacts()).containsExactly("$.person.stateless", "$.person.possibleNationalities");
        // Before issue 17 the empty list of nationalities read as "not Chinese": OUTSIDE_COUNTRY was MET.
        CriterionFinding o = assertFinding(a, Criterion.OUTSIDE_COUNTRY, Status.UNDETERMINED, "RC 1A(2)");
        assertThat(o.reasons().get(0)).contains("is in CN, and whether they hold its nationality is not established");
        assertThat(o.missingFacts()).contains("$.person.possibleNationalities");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().decidedBy()).contains(Criterion.OUTSIDE_COUNTRY)
                .doesNotContain(Criterion.STATELESSNESS);
    }

    @Test
    void aPossibleNationalityOfAnotherCountryLeavesOutsideCountryAlone() {
        assertFinding(unregisteredChildInChina().set("person.possibleNationalities", "[\"KP\"]").assess(),
                Criterion.OUTSIDE_COUNTRY, Status.MET, "RC 1A(2)");
    }

    @Test
    void statelessnessFoundNotEstablishedWithoutARecordedNationality() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities", "[]")
                .set("person.stateless", "not_established").assess(), Criterion.STATELESSNESS, Status.NOT_MET,
                "1954 Convention art. 1(1)");
        assertThat(f.reasons().get(0)).contains("found that the person is not stateless");
        assertThat(f.factsRelied()).containsExactly("$.person.stateless");
    }
}
