package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** nexus.drl: RC 1A(2), HB 66-86, QD 10, Ward, Elias-Zacarias. Persecution for a Convention reason, held or imputed. */
class NexusTest {

    private static CaseBuilder tortureFor(String ground, String imputed, String motiveShown) {
        CaseBuilder b = nationalOf("CN").set("destinations.0.harmsFaced", "[\"torture\"]")
                .set("destinations.0.inflictedBy", "state")
                .set("destinations.0.grounds.0.ground", ground).set("destinations.0.grounds.0.imputed", imputed);
        return motiveShown == null ? b : b.set("destinations.0.grounds.0.persecutorMotiveShown", motiveShown);
    }

    @ParameterizedTest(name = "{0}, imputed: {1}")
    @CsvSource({
            "race, not_established, race",
            "race, established, imputed race",
            "religion, not_established, religion",
            "religion, established, imputed religion",
            "nationality, not_established, nationality",
            "nationality, established, imputed nationality",
            "particular_social_group, not_established, particular social group",
            "particular_social_group, established, imputed particular social group",
            "political_opinion, not_established, political opinion",
            "political_opinion, established, imputed political opinion"})
    void metForEachConventionGroundHeldOrImputedWhenThePersecutorsMotiveIsShown(String ground, String imputed,
                                                                                 String words) {
        CriterionFinding f = assertFinding(tortureFor(ground, imputed, "established").assess(Frame.US), Criterion.NEXUS,
                Status.MET, "INS v Elias-Zacarias, 502 US 478 (1992)", "HB 66-86", "INA 208(b)(1)(B)(i)");
        assertThat(f.reasons().get(0)).contains("the persecutor acts for reasons of " + words + ", one central reason");
        if (imputed.equals("not_established")) {
            assertThat(f.reasons().get(0)).doesNotContain("imputed");
        }
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced", "$.destinations[0].grounds[0]");
    }

    @Test
    void notMetWhenThePersecutorIsNotShownToActOnTheGroundClaimed() {
        CriterionFinding f = assertFinding(tortureFor("political_opinion", "established", "not_established")
                .assess(Frame.US), Criterion.NEXUS, Status.NOT_MET, "INS v Elias-Zacarias, 502 US 478 (1992)");
        assertThat(f.reasons().get(0)).contains("it is not shown that the persecutor would act for reasons of imputed"
                + " political opinion; under the US frame the persecutor's own motive must be shown");
    }

    @Test
    void undeterminedWhenThePersecutorsMotiveIsNotKnown() {
        CriterionFinding f = assertFinding(tortureFor("religion", "not_established", null).assess(Frame.US),
                Criterion.NEXUS, Status.UNDETERMINED, "INS v Elias-Zacarias, 502 US 478 (1992)");
        assertThat(f.reasons().get(0)).contains("whether the persecutor would act for reasons of religion is not known");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].grounds[0].persecutorMotiveShown");
    }

    @Test
    void notMetWhenNoConventionGroundIsPutForwardForAHarmParticularToThePerson() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"torture\"]").assess(),
                Criterion.NEXUS, Status.NOT_MET, "HB 66-67");
        assertThat(f.reasons().get(0)).contains("no Convention ground is put forward for this harm");
        assertThat(f.factsRelied()).contains("$.destinations[0].grounds");
    }

    @Test
    void metAsImputedPoliticalOpinionWhereTheStateTreatsExitAsTreason() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.NEXUS, Status.MET, "RC 1A(2)", "QD 10", "Canada (AG) v Ward [1993] 2 SCR 689");
        assertThat(f.reasons().get(0)).contains("the state treats this as disloyalty (leaving without permission), so the"
                + " harm is inflicted for reasons of imputed political opinion");
        assertThat(f.factsRelied()).contains("country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void metForReligionActuallyHeldWhereCountryInformationSaysSo() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"religious_contact\", \"authoritiesAware\": \"established\"}").assess(), Criterion.NEXUS,
                Status.MET, "HB 66-86");
        assertThat(f.reasons().get(0)).contains("[KP-RELIGIOUS-CONTACT]")
                .contains("the state treats this as treason and anti-state activity, so the harm is inflicted for reasons of religion");
    }

    @Test
    void notMetWhenWhatEveryReturneeFacesIsInflictedWhateverTheirGround() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.NEXUS, Status.NOT_MET,
                "HB 66-67");
        assertThat(f.reasons().get(0)).contains("[KP-FORCED-RETURN]").contains("no Convention ground is shown for it");
    }

    private static CaseBuilder prosecutedFor(String discriminatory) {
        CaseBuilder b = nationalOf("CN").set("destinations.0.prosecution.offence", "illegal assembly")
                .set("destinations.0.prosecution.penalty", "arbitrary_detention")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "not_established");
        return discriminatory == null ? b : b.set("destinations.0.prosecution.discriminatory", discriminatory);
    }

    @Test
    void metWhenProsecutionForAnOffenceDiscriminates() {
        CriterionFinding f = assertFinding(prosecutedFor("established").assess(), Criterion.NEXUS, Status.MET,
                "HB 56-59", "QD 9(2)(c)");
        assertThat(f.reasons().get(0)).contains("the prosecution discriminates");
        assertThat(f.factsRelied()).contains("$.destinations[0].prosecution.discriminatory");
    }

    @Test
    void notMetForProsecutionOfAnOrdinaryCrimeAppliedWithoutDiscrimination() {
        CriterionFinding f = assertFinding(prosecutedFor("not_established").assess(), Criterion.NEXUS, Status.NOT_MET,
                "HB 56-59");
        assertThat(f.reasons().get(0)).contains("applied without discrimination and not for exercising a protected"
                + " freedom, is not for a Convention reason");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherTheProsecutionDiscriminates() {
        CriterionFinding f = assertFinding(prosecutedFor(null).assess(), Criterion.NEXUS, Status.UNDETERMINED,
                "HB 56-59");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].prosecution.discriminatory");
    }

    @Test
    void notApplicableWhenNoHarmOnReturnIsIdentified() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.NEXUS, Status.NOT_APPLICABLE,
                "RC 1A(2)");
        assertThat(f.reasons().get(0)).contains("no persecution to link to a Convention ground");
    }

    // --- Issue 12 point 5: causation per frame, protected conduct, and protection withheld for a Convention reason.

    @Test
    void outsideTheUsFrameTheGroundNeedNotBeThePersecutorsOwnMotive() {
        CaseBuilder b = tortureFor("religion", "not_established", "not_established")
                .set("destinations.0.grounds.0.groundContributes", "established");
        CriterionFinding unhcr = assertFinding(b.assess(Frame.UNHCR), Criterion.NEXUS, Status.MET, "HB 66-86");
        assertThat(unhcr.reasons().get(0)).contains("religion is a cause of the risk")
                .contains("a relevant contributing factor");
        CriterionFinding uk = assertFinding(b.assess(Frame.UK), Criterion.NEXUS, Status.MET, "HB 66-86");
        assertThat(uk.reasons().get(0)).contains("an effective cause");
        assertFinding(b.assess(Frame.US), Criterion.NEXUS, Status.NOT_MET, "INS v Elias-Zacarias, 502 US 478 (1992)");
    }

    @Test
    void outsideTheUsFrameAMotiveNotShownLeavesTheNexusOpenWhileTheGroundsContributionIsUnknown() {
        CriterionFinding f = assertFinding(tortureFor("religion", "not_established", "not_established").assess(),
                Criterion.NEXUS, Status.UNDETERMINED, "HB 66-86");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].grounds[0].groundContributes");
    }

    @Test
    void theStatesRefusalToProtectForAConventionReasonIsTheNexusWhereAPrivateActorHarmsForPrivateReasons() {
        CaseBuilder b = nationalOf("PK").set("destinations.0.harmsFaced", "[\"inhuman_treatment\"]")
                .set("destinations.0.inflictedBy", "non_state")
                .set("destinations.0.stateWithholdsProtectionFor", "particular_social_group");
        CriterionFinding f = assertFinding(b.assess(Frame.UK), Criterion.NEXUS, Status.MET, "QD 9(3)",
                "Shah and Islam [1999] 2 AC 629");
        assertThat(f.reasons().get(0)).contains("the state refuses protection against it for reasons of particular"
                + " social group");
        assertThat(f.factsRelied()).contains("$.destinations[0].stateWithholdsProtectionFor");
        CriterionFinding us = assertFinding(b.assess(Frame.US), Criterion.NEXUS, Status.NOT_MET, "HB 66-67");
        assertThat(us.reasons().get(0)).contains("no Convention ground is put forward for this harm");
    }

    @Test
    void withheldProtectionDoesNotHelpWhereTheStateItselfIsTheActor() {
        assertFinding(nationalOf("PK").set("destinations.0.harmsFaced", "[\"inhuman_treatment\"]")
                .set("destinations.0.inflictedBy", "state")
                .set("destinations.0.stateWithholdsProtectionFor", "particular_social_group").assess(Frame.UK),
                Criterion.NEXUS, Status.NOT_MET, "HB 66-67");
    }

    @Test
    void prosecutionUnderALawThatPunishesAProtectedFreedomIsForThatGroundEvenIfItAppliesToAll() {
        CriterionFinding f = assertFinding(prosecutedFor("not_established")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "established")
                .set("destinations.0.prosecution.protectedGround", "religion").assess(), Criterion.NEXUS, Status.MET,
                "QD 10", "CJEU Y and Z (C-71/11, C-99/11, 2012)", "CJEU X, Y and Z (C-199/12 to C-201/12, 2013)");
        assertThat(f.reasons().get(0)).contains("the law punishes the exercise of religion itself")
                .contains("even if the law applies to all");
    }

    @Test
    void prosecutionOfAProtectedFreedomWithItsGroundNotRecordedLeavesTheNexusOpenOnThatGround() {
        CriterionFinding f = assertFinding(prosecutedFor("not_established")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "established").assess(),
                Criterion.NEXUS, Status.UNDETERMINED, "QD 10");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].prosecution.protectedGround");
    }

    @Test
    void harmForConductThatIsItselfTheExerciseOfAProtectedFreedomIsForThatGround() {
        CriterionFinding f = assertFinding(nationalOf("XB").set("departure.withPermission", "established")
                .set("claim.profile", "[\"religious_conversion\"]").assess(), Criterion.NEXUS, Status.MET,
                "QD 10(1)(b), (e)", "CJEU Y and Z (C-71/11, C-99/11, 2012)");
        assertThat(f.reasons().get(0)).contains("[XB-APOSTASY]")
                .contains("punishes the exercise of the person's religion itself");
    }
}
