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

/** family/children.drl and the child threshold in inclusion/persecution.drl: CRC art. 3(1); GIP/09/08. */
class ChildrenTest {

    /** Discrimination for her religion in Iran, found not substantially prejudicial at the adult threshold. */
    private static CaseBuilder discriminatedIn(String host) {
        return nationalFacing("IR", host, "discrimination", "state")
                .set("destinations.0.grounds", "[{\"ground\": \"religion\", \"persecutorMotiveShown\": \"established\"}]")
                .set("destinations.0.substantiallyPrejudicial", "not_established")
                .set("claim.statedFear", "established").set("departure.date", "2023-09-01");
    }

    @Test
    void harmBelowTheAdultThresholdIsPersecutionForAChildWeighedFromTheChildsPerspective() {
        Assessment a = discriminatedIn("DE").set("child.age", 15).set("child.lesserHarmsSeriousForChild", "established")
                .assess();
        CriterionFinding p = assertFinding(a, Criterion.PERSECUTION, Status.MET, "GIP/09/08 section III.a (a child)");
        assertThat(p.reasons().get(0)).contains("serious enough to be persecution for this child");
        assertThat(p.factsRelied()).contains("$.child.lesserHarmsSeriousForChild");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void forAnAdultTheFindingAtTheAdultThresholdDecides() {
        Assessment a = discriminatedIn("DE").set("person.dateOfBirth", "1998-11-20").assess();
        assertFinding(a, Criterion.PERSECUTION, Status.NOT_MET, "HB 53-55, 63");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertFinding(a, Criterion.CHILD_BEST_INTERESTS, Status.NOT_APPLICABLE, "CRC art. 1");
    }

    @Test
    void aDisputedAgeLeavesTheLowerThresholdOpenAndNamesIt() {
        Assessment a = discriminatedIn("DE").set("child.lesserHarmsSeriousForChild", "established").assess();
        CriterionFinding p = assertFinding(a, Criterion.PERSECUTION, Status.UNDETERMINED, "GIP/09/08 section III.a (a child)");
        assertThat(p.missingFacts()).contains("$.child.minor");
        CriterionFinding c = assertFinding(a, Criterion.CHILD_BEST_INTERESTS, Status.UNDETERMINED, "CRC art. 1");
        assertThat(c.missingFacts()).containsExactly("$.person.dateOfBirth", "$.child.age", "$.child.minor");
    }

    @Test
    void withoutAnythingIndicatingAChildTheAdultFindingStandsAlone() {
        Assessment a = discriminatedIn("DE").assess();
        assertFinding(a, Criterion.PERSECUTION, Status.NOT_MET, "HB 53-55, 63");
        CriterionFinding c = assertFinding(a, Criterion.CHILD_BEST_INTERESTS, Status.NOT_APPLICABLE, "CRC art. 1");
        assertThat(c.reasons().get(0)).contains("Nothing in the record indicates that the person is a child");
    }

    @Test
    void bestInterestsTakenAsAPrimaryConsiderationWhereTheCrcBindsTheHost() {
        CriterionFinding f = assertFinding(discriminatedIn("DE").set("child.age", 15)
                .set("child.bestInterestsAssessed", "established").assess(), Criterion.CHILD_BEST_INTERESTS,
                Status.MET, "CRC art. 3(1)");
        assertThat(f.reasons().get(0)).contains("primary consideration").contains("ratification 1992-03-06");
        assertThat(f.factsRelied()).contains("$.child.age", "$.child.bestInterestsAssessed", "treaty:DE/CRC");
    }

    @Test
    void aChildsReturnDecidedWithoutTheBestInterestsBreachesCrc31() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.dateOfBirth", "2017-05-10")
                .set("child.bestInterestsAssessed", "not_established").set("child.unaccompanied", "established")
                .assess(), Criterion.CHILD_BEST_INTERESTS, Status.NOT_MET, "CRC art. 3(1)");
        assertThat(f.reasons().get(0)).contains("binds CN").contains("not complied with").contains("unaccompanied")
                .contains("never dismissed for a parent's lack of credibility alone");
        assertThat(f.factsRelied()).contains("$.person.dateOfBirth");
    }

    @Test
    void aChildWhoseBestInterestsAssessmentIsNotRecorded() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.dateOfBirth", "2017-05-10").assess(),
                Criterion.CHILD_BEST_INTERESTS, Status.UNDETERMINED, "CRC art. 3(1)");
        assertThat(f.missingFacts()).containsExactly("$.child.bestInterestsAssessed");
    }

    @Test
    void theCrcBindsOnlyItsParties() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "US").set("currentCountry", "US")
                .set("child.age", 12).assess(), Criterion.CHILD_BEST_INTERESTS, Status.NOT_APPLICABLE, "CRC art. 3(1)");
        assertThat(f.reasons().get(0)).contains("does not bind US").contains("signed, not ratified");
    }

    @Test
    void treatyDataSilentOnTheCrcLeavesItOpen() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "KR").set("currentCountry", "KR")
                .set("child.age", 12).assess(), Criterion.CHILD_BEST_INTERESTS, Status.UNDETERMINED, "CRC art. 3(1)");
        assertThat(f.missingFacts()).containsExactly("treaties.json: KR/CRC");
    }
}
