package org.refugeelaw.rules.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * exclusion-1F.drl: RC 1F(a), (b), (c); HB 140-163; GIP/03/05. The record names the clause invoked; the rules decide
 * from the facts of the act and of the person's part in it (issue 12 points 10 and 14).
 */
class Exclusion1FTest {

    /** S1's refugee (left without permission) with one act in the record: serious reasons, responsible, no defence. */
    private static CaseBuilder refugeeWithAct(String category, String act) {
        CaseBuilder b = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.sex", "male").set("exclusion.crimes.0.category", category)
                .set("exclusion.crimes.0.date", "2018-05-01")
                .set("exclusion.crimes.0.seriousReasonsForConsidering", "established")
                .set("exclusion.crimes.0.individualResponsibility", "established")
                .set("exclusion.crimes.0.defenceApplies", "not_established");
        return act == null ? b : b.set("exclusion.crimes.0.act", act);
    }

    private static CaseBuilder with(CaseBuilder b, String... fieldThenValue) {
        for (int i = 0; i < fieldThenValue.length; i += 2) {
            b.set("exclusion.crimes.0." + fieldThenValue[i], fieldThenValue[i + 1]);
        }
        return b;
    }

    /** A murder in the DPRK before flight, every element of 1F(b) shown, weighing done. */
    private static CaseBuilder murderBeforeFlight() {
        return with(refugeeWithAct("serious_non_political_crime", "killing"), "serious", "established",
                "political", "not_established", "outsideCountryOfRefuge", "established", "beforeAdmission",
                "established", "expiated", "not_established", "exclusionDisproportionate", "not_established");
    }

    @Test
    void aSeriousNonPoliticalCrimeAbroadBeforeAdmissionExcludesUnder1Fb() {
        Assessment a = murderBeforeFlight().assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.MET, "RC 1F(b)", "HB 155-156",
                "CJEU B and D (C-57/09, C-101/09, 2010)");
        assertThat(f.reasons().get(0)).contains("serious reasons for considering")
                .contains("a serious non-political crime (RC 1F(b))").contains("(2018-05-01)")
                .contains("individual responsibility and no defence");
        assertThat(f.factsRelied()).containsExactly("$.exclusion.crimes[0]", "frame:UNHCR");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void seriousnessIsAFactNotTheNameOfTheClause() {
        // Before issue 12 point 10, the category "serious_non_political_crime" was itself taken as seriousness.
        Assessment a = with(murderBeforeFlight(), "act", "property_crime", "serious", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(b)");
        assertThat(f.reasons().get(0)).contains("the crime is not serious");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        CriterionFinding open = assertFinding(with(murderBeforeFlight(), "serious", "unknown").assess(),
                Criterion.EXCLUSION_1F, Status.UNDETERMINED, "RC 1F");
        assertThat(open.missingFacts()).containsExactly("$.exclusion.crimes[0].serious");
    }

    @Test
    void aPoliticalCrimeDoesNotExcludeUnder1FbUnlessItsActsAreAtrocious() {
        CriterionFinding f = assertFinding(with(murderBeforeFlight(), "political", "established", "atrocious",
                "not_established").assess(), Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(b)");
        assertThat(f.reasons().get(0)).contains("is not a serious non-political crime (RC 1F(b))")
                .contains("the crime is political, and its means are not atrocious");
        // Before issue 12 point 10 a crime recorded as political never excluded.
        Assessment atrocious = with(murderBeforeFlight(), "political", "established", "atrocious", "established")
                .assess();
        assertFinding(atrocious, Criterion.EXCLUSION_1F, Status.MET, "RC 1F(b)");
        assertThat(atrocious.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void expiationAndProportionalityAreWeighedUnderTheUnhcrFrameOnly() {
        CaseBuilder served = with(murderBeforeFlight(), "expiated", "established");
        CriterionFinding unhcr = assertFinding(served.assess(Frame.UNHCR), Criterion.EXCLUSION_1F, Status.NOT_MET,
                "RC 1F(b)", "GIP/03/05 paras 10-19, 23-24");
        assertThat(unhcr.reasons().get(0)).contains("it has been expiated");
        for (Frame frame : new Frame[] {Frame.EU, Frame.UK, Frame.US}) {
            Assessment a = served.assess(frame);
            assertFinding(a, Criterion.EXCLUSION_1F, Status.MET, "RC 1F(b)");
            assertThat(a.determination().status()).as(frame.name()).isEqualTo(RefugeeStatus.EXCLUDED);
        }
        CriterionFinding open = assertFinding(with(murderBeforeFlight(), "exclusionDisproportionate", "unknown")
                .assess(Frame.UNHCR), Criterion.EXCLUSION_1F, Status.UNDETERMINED, "RC 1F");
        assertThat(open.missingFacts()).containsExactly("$.exclusion.crimes[0].exclusionDisproportionate");
        assertFinding(with(murderBeforeFlight(), "exclusionDisproportionate", "unknown").assess(Frame.EU),
                Criterion.EXCLUSION_1F, Status.MET, "RC 1F(b)");
    }

    @Test
    void aCrimeCommittedInTheCountryOfRefugeIsForItsCriminalLawNot1Fb() {
        CriterionFinding f = assertFinding(with(murderBeforeFlight(), "outsideCountryOfRefuge", "not_established")
                .assess(), Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(b)");
        assertThat(f.reasons().get(0)).contains("it was committed in the country of refuge");
    }

    @Test
    void aCrimeAgainstHumanityIsAnActAgainstCiviliansInAWidespreadOrSystematicAttack() {
        // Committed in the country of refuge, after admission: irrelevant under 1F(a).
        CaseBuilder b = with(refugeeWithAct("crime_against_peace_war_crime_or_crime_against_humanity", "torture"),
                "outsideCountryOfRefuge", "not_established", "beforeAdmission", "not_established");
        CriterionFinding f = assertFinding(with(b, "widespreadOrSystematicAttack", "established").assess(),
                Criterion.EXCLUSION_1F, Status.MET, "RC 1F(a)", "GIP/03/05 paras 10-19, 23-24");
        assertThat(f.reasons().get(0)).contains("a crime against peace, war crime or crime against humanity (RC 1F(a))");
    }

    @Test
    void theRulesClassifyTheActTheInvokedClauseDoesNot() {
        // Before issue 12 point 14, invoking 1F(a) with serious reasons and responsibility excluded.
        CaseBuilder combat = with(refugeeWithAct("crime_against_peace_war_crime_or_crime_against_humanity",
                "killing"), "armedConflictNexus", "not_established", "widespreadOrSystematicAttack", "not_established");
        Assessment a = combat.assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(a)");
        assertThat(f.reasons().get(0)).contains("neither connected with an armed conflict against protected persons"
                + " nor part of a widespread or systematic attack on civilians");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertFinding(with(combat, "armedConflictNexus", "established").assess(), Criterion.EXCLUSION_1F, Status.MET,
                "RC 1F(a)");
        CriterionFinding theft = assertFinding(refugeeWithAct(
                "crime_against_peace_war_crime_or_crime_against_humanity", "property_crime").assess(),
                Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(a)");
        assertThat(theft.reasons().get(0)).contains("not one that can be a war crime");
        CriterionFinding unknownAct = assertFinding(refugeeWithAct(
                "crime_against_peace_war_crime_or_crime_against_humanity", null).assess(),
                Criterion.EXCLUSION_1F, Status.UNDETERMINED, "RC 1F");
        assertThat(unknownAct.missingFacts()).containsExactly("$.exclusion.crimes[0].act");
    }

    @Test
    void aCrimeAgainstPeaceNeedsAPositionOfAuthority() {
        CaseBuilder war = refugeeWithAct("crime_against_peace_war_crime_or_crime_against_humanity", "aggressive_war");
        assertFinding(with(war, "positionOfAuthority", "not_established").assess(), Criterion.EXCLUSION_1F,
                Status.NOT_MET, "RC 1F(a)");
        assertFinding(with(war, "positionOfAuthority", "established").assess(), Criterion.EXCLUSION_1F, Status.MET,
                "RC 1F(a)");
    }

    @Test
    void actsContraryToUnPurposesNeedAnInternationalDimension() {
        CaseBuilder terror = refugeeWithAct("acts_contrary_to_un_purposes", "terrorist_act");
        CriterionFinding f = assertFinding(with(terror, "internationalDimension", "established").assess(),
                Criterion.EXCLUSION_1F, Status.MET, "RC 1F(c)", "CJEU Lounani (C-573/14, 2017)");
        assertThat(f.reasons().get(0)).contains("acts contrary to the purposes and principles of the United Nations"
                + " (RC 1F(c))");
        CriterionFinding local = assertFinding(with(terror, "internationalDimension", "not_established").assess(),
                Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(c)");
        assertThat(local.reasons().get(0)).contains("the acts have no international dimension");
        // Not terrorism: only a person in a position of power in a state or state-like entity.
        CaseBuilder beating = with(refugeeWithAct("acts_contrary_to_un_purposes", "other_inhumane_act"),
                "internationalDimension", "established");
        assertFinding(with(beating, "positionOfAuthority", "not_established").assess(), Criterion.EXCLUSION_1F,
                Status.NOT_MET, "RC 1F(c)");
        assertFinding(with(beating, "positionOfAuthority", "established").assess(), Criterion.EXCLUSION_1F,
                Status.MET, "RC 1F(c)");
    }

    @Test
    void membershipOfAGroupAloneIsNotIndividualResponsibility() {
        CaseBuilder b = with(refugeeWithAct("crime_against_peace_war_crime_or_crime_against_humanity", "torture"),
                "widespreadOrSystematicAttack", "established", "role", "membership_only");
        Assessment a = b.assess();
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.NOT_MET, "RC 1F(a)");
        assertThat(f.reasons().get(0)).contains("membership of a group that committed it is not individual"
                + " responsibility");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertFinding(with(b, "role", "aided_or_abetted").assess(), Criterion.EXCLUSION_1F, Status.MET, "RC 1F(a)");
    }

    @Test
    void aDefenceSuchAsDuressPreventsExclusion() {
        CriterionFinding f = assertFinding(with(refugeeWithAct(
                "crime_against_peace_war_crime_or_crime_against_humanity", "torture"), "widespreadOrSystematicAttack",
                "established", "defenceApplies", "established").assess(), Criterion.EXCLUSION_1F, Status.NOT_MET,
                "RC 1F(a)");
        assertThat(f.reasons().get(0)).contains("without a defence").contains("a defence applies");
    }

    @Test
    void aCrimeWithUnknownElementsLeavesExclusionUndeterminedAndNamesThem() {
        Assessment a = with(refugeeWithAct("serious_non_political_crime", "killing"), "serious", "established",
                "outsideCountryOfRefuge", "established", "defenceApplies", "unknown").assess(Frame.EU);
        CriterionFinding f = assertFinding(a, Criterion.EXCLUSION_1F, Status.UNDETERMINED, "RC 1F",
                "GIP/03/05 para 34");
        assertThat(f.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(f.missingFacts()).containsExactly("$.exclusion.crimes[0].defenceApplies",
                "$.exclusion.crimes[0].political", "$.exclusion.crimes[0].beforeAdmission",
                "$.exclusion.crimes[0].atrocious");
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
