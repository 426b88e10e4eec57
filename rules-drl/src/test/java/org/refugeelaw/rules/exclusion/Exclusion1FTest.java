package org.refugeelaw.rules.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** exclusion-1F.drl: RC 1F(a), (b), (c); HB 140-163; GIP/03/05; individual responsibility; defences. */
class Exclusion1FTest {

    /** S1's refugee (left without permission) with one crime in the record, every element given. */
    private static CaseBuilder refugeeWithCrime(String category, String political, String outside, String before,
                                                String responsible, String defence) {
        CaseBuilder b = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.sex", "male").set("exclusion.crimes.0.category", category)
                .set("exclusion.crimes.0.date", "2018-05-01")
                .set("exclusion.crimes.0.seriousReasonsForConsidering", "established");
        set(b, "political", political);
        set(b, "outsideCountryOfRefuge", outside);
        set(b, "beforeAdmission", before);
        set(b, "individualResponsibility", responsible);
        set(b, "defenceApplies", defence);
        return b;
    }

    private static void set(CaseBuilder b, String field, String v) {
        if (v != null) {
            b.set("exclusion.crimes.0." + field, v);
        }
    }

    private static CaseBuilder murderBeforeFlight() {
        return refugeeWithCrime("serious_non_political_crime", "not_established", "established", "established",
                "established", "not_established");
    }

    @Test
    void aSeriousNonPoliticalCrimeAbroadBeforeAdmissionExcludesUnder1Fb() {
        Assessment a = murderBeforeFlight().assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.MET, "RC 1F(b)", "HB 151-161",
                "CJEU B and D (C-57/09, C-101/09, 2010)");
        assertThat(f.reasons().get(0)).contains("serious reasons for considering")
                .contains("a serious non-political crime (RC 1F(b))").contains("(2018-05-01)")
                .contains("individual responsibility and no defence");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.crimes[0]");
        // Whatever the inclusion findings: this person would otherwise be a refugee sur place.
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void aPoliticalCrimeDoesNotExcludeUnder1Fb() {
        CriterionFinding f = assertFinding(refugeeWithCrime("serious_non_political_crime", "established",
                "established", "established", "established", "not_established").assess(),
                Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(b)");
        assertThat(f.reasons().get(0)).contains("is not a serious non-political crime (RC 1F(b))");
    }

    @Test
    void aCrimeCommittedInTheCountryOfRefugeIsForItsCriminalLawNot1Fb() {
        CriterionFinding f = assertFinding(refugeeWithCrime("serious_non_political_crime", "not_established",
                "not_established", "established", "established", "not_established").assess(),
                Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(b)");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.crimes[0]");
    }

    @Test
    void aCrimeAgainstHumanityExcludesUnder1FaWithoutTerritorialOrTemporalLimit() {
        // Committed in the country of refuge, after admission: irrelevant under 1F(a).
        CriterionFinding f = assertFinding(refugeeWithCrime(
                "crime_against_peace_war_crime_or_crime_against_humanity", null, "not_established",
                "not_established", "established", "not_established").assess(), Criterion.EXCLUSION_1F, Status.MET,
                "RC 1F(a)", "GIP/03/05 paras 10-13, 17-18");
        assertThat(f.reasons().get(0)).contains("a crime against peace, war crime or crime against humanity (RC 1F(a))");
    }

    @Test
    void actsContraryToUnPurposesExcludeUnder1Fc() {
        CriterionFinding f = assertFinding(refugeeWithCrime("acts_contrary_to_un_purposes", null, null, null,
                "established", "not_established").assess(), Criterion.EXCLUSION_1F, Status.MET, "RC 1F(c)");
        assertThat(f.reasons().get(0)).contains("acts contrary to the purposes and principles of the United Nations"
                + " (RC 1F(c))");
    }

    @Test
    void membershipOfAGroupWithoutIndividualResponsibilityDoesNotExclude() {
        Assessment a = refugeeWithCrime("crime_against_peace_war_crime_or_crime_against_humanity", null, null, null,
                "not_established", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(a)",
                "HB 147-150, 162-163");
        assertThat(f.reasons().get(0)).contains("individually responsible");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void aDefenceSuchAsDuressPreventsExclusion() {
        CriterionFinding f = assertFinding(refugeeWithCrime("crime_against_peace_war_crime_or_crime_against_humanity",
                null, null, null, "established", "established").assess(), Criterion.EXCLUSION_1F, Status.NOT_MET,
                "RC 1F(a)");
        assertThat(f.reasons().get(0)).contains("without a defence");
    }

    @Test
    void aCrimeWithUnknownElementsLeavesExclusionUndeterminedAndNamesThem() {
        Assessment a = refugeeWithCrime("serious_non_political_crime", null, "established", null, "established",
                null).assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.UNDETERMINED, "RC 1F",
                "GIP/03/05 para 34");
        assertThat(f.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(f.missingFacts()).containsExactly("$.exclusion.crimes[0].political",
                "$.exclusion.crimes[0].beforeAdmission", "$.exclusion.crimes[0].defenceApplies");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().reasons().get(0)).contains("until exclusion is decided");
    }

    @Test
    void oneExcludingCrimeDecidesEvenIfAnotherIsUndetermined() {
        CaseBuilder b = murderBeforeFlight().set("exclusion.crimes.1.category", "acts_contrary_to_un_purposes");
        CriterionFinding f = assertFinding(b.assess(), Criterion.EXCLUSION_1F, Status.MET, "RC 1F");
        assertThat(f.missingFacts()).isEmpty();
    }

    @Test
    void withNoIndicationOfACrimeExclusionDoesNotArise() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.EXCLUSION_1F, Status.NOT_MET,
                "RC 1F", "GIP/03/05 para 34");
        assertThat(f.reasons().get(0)).contains("lists no crime").contains("must be shown by the authority");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.crimes");
    }

    @Test
    void exclusionRemovesRc33ButNotTheAbsoluteBarOnTorture() {
        Assessment a = murderBeforeFlight().assess();
        assertThat(bar(a, "KP", Criterion.NON_REFOULEMENT_33).status()).isEqualTo(Status.NOT_MET);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
    }
}
