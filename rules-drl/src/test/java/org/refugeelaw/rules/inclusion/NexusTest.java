package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        CriterionFinding f = assertFinding(tortureFor(ground, imputed, "established").assess(), Criterion.NEXUS,
                Status.MET, "INS v Elias-Zacarias, 502 US 478 (1992)", "HB 66-86");
        assertThat(f.reasons().get(0)).contains("the persecutor acts for reasons of " + words + ".");
        if (imputed.equals("not_established")) {
            assertThat(f.reasons().get(0)).doesNotContain("imputed");
        }
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced", "$.destinations[0].grounds[0]");
    }

    @Test
    void notMetWhenThePersecutorIsNotShownToActOnTheGroundClaimed() {
        CriterionFinding f = assertFinding(tortureFor("political_opinion", "established", "not_established").assess(),
                Criterion.NEXUS, Status.NOT_MET, "INS v Elias-Zacarias, 502 US 478 (1992)");
        assertThat(f.reasons().get(0)).contains("it is not shown that the persecutor would act for reasons of imputed"
                + " political opinion; a ground the persecutor does not act on is no nexus");
    }

    @Test
    void undeterminedWhenThePersecutorsMotiveIsNotKnown() {
        CriterionFinding f = assertFinding(tortureFor("religion", "not_established", null).assess(), Criterion.NEXUS,
                Status.UNDETERMINED, "INS v Elias-Zacarias, 502 US 478 (1992)");
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
        assertThat(f.reasons().get(0)).contains("the state treats this as treason against the fatherland, so the harm"
                + " is inflicted for reasons of imputed political opinion");
        assertThat(f.factsRelied()).contains("country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void metForReligionActuallyHeldWhereCountryInformationSaysSo() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"religious_contact\", \"visibility\": \"public\"}").assess(), Criterion.NEXUS,
                Status.MET, "HB 66-86");
        assertThat(f.reasons().get(0)).contains("[KP-RELIGIOUS-CONTACT]")
                .contains("the state treats this as anti-state activity, so the harm is inflicted for reasons of religion");
    }

    @Test
    void notMetWhenWhatEveryReturneeFacesIsInflictedWhateverTheirGround() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.NEXUS, Status.NOT_MET,
                "HB 66-67");
        assertThat(f.reasons().get(0)).contains("[KP-FORCED-RETURN]").contains("no Convention ground is shown for it");
    }

    private static CaseBuilder prosecutedFor(String discriminatory) {
        CaseBuilder b = nationalOf("CN").set("destinations.0.prosecution.offence", "illegal assembly")
                .set("destinations.0.prosecution.penalty", "arbitrary_detention");
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
        assertThat(f.reasons().get(0)).contains("applied without discrimination, is not for a Convention reason");
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
}
