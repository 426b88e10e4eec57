package org.refugeelaw.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * risk-on-return.drl: each derivation of a risk on return, observed through the criteria that judge it. A risk is
 * established when all its facts are, unknown when one is unknown, and not derived when one is not established.
 */
class RiskOnReturnTest {

    // --- Unauthorised exit (HB 61)

    @Test
    void anUnauthorisedExitLearnedOfOnReturnExposesThePersonToTheExitPenalty() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .set("stayAbroad.authorisedByOrigin", "established").assess(), Criterion.EXIT_PENALTY, Status.MET,
                "HB 61");
        assertThat(f.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT");
        assertThat(f.rulesFired()).contains("Leaving without permission exposes the person to the exit penalty");
    }

    @Test
    void anUnauthorisedExitTheAuthoritiesWouldNotLearnOfCreatesNoRisk() {
        Assessment a = nationalOf("XC").set("departure.withPermission", "not_established").assess();
        assertFinding(a, Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_APPLICABLE, "HB 56");
        assertFinding(a, Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET, "HB 37-50");
    }

    // --- Unauthorised stay abroad (HB 61)

    @Test
    void anOverstayAbroadWithoutLeaveExposesThePersonToThePenaltyFromTheDateItBecameUnauthorised() {
        Assessment a = northKoreanInChina().set("departure.withPermission", "established")
                .set("departure.date", "2019-03-01").set("stayAbroad.authorisedByOrigin", "not_established")
                .set("stayAbroad.unauthorisedSince", "2021-03-01").assess();
        CriterionFinding f = assertFinding(a, Criterion.EXIT_PENALTY, Status.MET, "HB 61");
        assertThat(f.factsRelied()).contains("$.stayAbroad.authorisedByOrigin", "country:KP-UNAUTHORISED-STAY-ABROAD");
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        assertThat(a.determination().surPlaceCauses()).anySatisfy(c -> {
            assertThat(c.description()).contains("unauthorised stay abroad");
            assertThat(c.date()).isEqualTo(LocalDate.of(2021, 3, 1));
        });
    }

    @Test
    void aStayThatBeganWithAnUnauthorisedExitIsItselfUnauthorised() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .set("stayAbroad.authorisedByOrigin", "established").assess(), Criterion.EXIT_PENALTY, Status.MET,
                "HB 96");
        assertThat(f.reasons().get(0)).contains("[KP-UNAUTHORISED-STAY-ABROAD]: the penalty is severe");
    }

    @Test
    void anUnknownStayLeavesThePenaltyForStayingUndetermined() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "established").assess(),
                Criterion.EXIT_PENALTY, Status.UNDETERMINED, "HB 61");
        assertThat(f.missingFacts()).containsExactly("$.stayAbroad.authorisedByOrigin");
    }

    // --- Forced return (CAT 3)

    @Test
    void aForcedReturnExposesEveryReturneeToWhatReturneesFace() {
        Assessment a = lawfulNorthKoreanInChina().assess();
        CriterionFinding f = assertFinding(a, Criterion.WELL_FOUNDED_FEAR, Status.MET, "CAT 3",
                "CAT General Comment No. 4 (2017)");
        assertThat(f.factsRelied()).contains("$.countryOfOrigin", "country:KP-FORCED-RETURN");
        BarFinding torture = bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(torture.status()).isEqualTo(Status.MET);
        assertThat(torture.factsRelied()).contains("country:KP-FORCED-RETURN");
    }

    // --- Activities abroad: awareness (HB 96; QD 5(2))

    private static CaseBuilder northKoreanWho(String activityJson) {
        return lawfulNorthKoreanInChina().set("activitiesAbroad.0", activityJson);
    }

    /** An XA national who left lawfully and would not hide his opinion on return, with one activity abroad. */
    private static CaseBuilder xaExileWho(String activityJson) {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.wouldConcealOnReturn", "not_established").set("activitiesAbroad.0", activityJson);
    }

    // Issue 12 point 2: awareness is a judgement on the person's profile, not on visibility alone (BA (Demonstrators
    // in Britain) Iran CG [2011] UKUT 36, headnote 1; A.I. v Switzerland, 23378/15).
    @Test
    void publicVisibilityAloneDoesNotMakeAnActivityKnownToTheAuthorities() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"contact_with_journalists\", \"visibility\":"
                + " \"public\", \"role\": \"ordinary_participant\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "BA (Demonstrators in Britain) Iran CG [2011] UKUT 36",
                "A.I. v Switzerland (ECtHR 23378/15, 2017)");
        assertThat(f.missingFacts()).contains("$.activitiesAbroad[0].authoritiesAware",
                "country:KP-CONTACT-JOURNALISTS.learnedOnReturn",
                "country:KP-CONTACT-JOURNALISTS.identifiesParticipantsAbroad",
                "$.activitiesAbroad[0].linksToKnownLeadersOrGroups");
    }

    @Test
    void aFindingThatTheAuthoritiesDoNotKnowStandsAgainstPublicVisibility() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"contact_with_journalists\", \"visibility\":"
                + " \"public\", \"authoritiesAware\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(f.reasons().get(0)).contains("Nothing the person did after leaving");
    }

    @Test
    void aProminentRoleInAPublicActivityIsKnownWhereTheStateIdentifiesParticipantsAbroad() {
        CriterionFinding f = assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"public\","
                        + " \"role\": \"organiser\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "A.I. v Switzerland (ECtHR 23378/15, 2017)");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].role",
                "country:XA-OPPOSITION.identifiesParticipantsAbroad");
    }

    @Test
    void linksToKnownLeadersMakeEvenAPrivateActivityKnownWhereTheStateIdentifiesParticipants() {
        assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"private\","
                        + " \"linksToKnownLeadersOrGroups\": \"established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 96");
    }

    @Test
    void anOrdinaryParticipantWithoutLinksIsNotShownToBeKnownEvenWhereTheStateWatchesProminentExiles() {
        CriterionFinding f = assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"public\","
                        + " \"role\": \"ordinary_participant\", \"linksToKnownLeadersOrGroups\": \"not_established\","
                        + " \"authoritiesAware\": \"not_established\", \"beliefGenuine\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(f.reasons().get(0)).contains("Nothing the person did after leaving");
    }

    // Issue 12 point 3: an insincere act the authorities perceive still creates the risk (GIP/04/06 para 36); a
    // genuine belief acquired abroad that the person would live by on return is a risk of its own.
    @Test
    void anInsincereActivityTheAuthoritiesKnowOfStillCreatesTheRisk() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"religious_contact\", \"authoritiesAware\":"
                + " \"established\", \"beliefGenuine\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "GIP/04/06 para 36");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].authoritiesAware");
    }

    @Test
    void aGenuineBeliefAcquiredAbroadThatThePersonWouldManifestIsARiskEvenIfThePastActIsUnknown() {
        CriterionFinding f = assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"private\","
                        + " \"authoritiesAware\": \"not_established\", \"linksToKnownLeadersOrGroups\": \"not_established\","
                        + " \"beliefGenuine\": \"established\", \"wouldManifestOnReturn\": \"established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "GIP/04/06 paras 34-36");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].beliefGenuine",
                "$.activitiesAbroad[0].wouldManifestOnReturn");
    }

    @Test
    void aGenuineBeliefThePersonWouldNotLiveByForReasonsOfTheirOwnCreatesNoFutureRisk() {
        assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"private\","
                        + " \"authoritiesAware\": \"not_established\", \"linksToKnownLeadersOrGroups\": \"not_established\","
                        + " \"beliefGenuine\": \"established\", \"wouldManifestOnReturn\": \"not_established\"}")
                .set("claim.concealmentOutOfFear", "not_established").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
    }

    @Test
    void whetherABeliefAcquiredAbroadIsGenuineIsNamedWhenItDecides() {
        CriterionFinding f = assertFinding(xaExileWho("{\"kind\": \"political_activity\", \"visibility\": \"private\","
                        + " \"authoritiesAware\": \"not_established\", \"linksToKnownLeadersOrGroups\": \"not_established\","
                        + " \"wouldManifestOnReturn\": \"established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "GIP/04/06 paras 34-36");
        assertThat(f.missingFacts()).containsExactly("$.activitiesAbroad[0].beliefGenuine");
    }

    @Test
    void aPrivateActivityCreatesARiskWhereTheAuthoritiesKnowOfIt() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"religious_contact\", \"visibility\":"
                + " \"private\", \"authoritiesAware\": \"established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 96");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].authoritiesAware", "country:KP-RELIGIOUS-CONTACT");
    }

    @Test
    void aPrivateActivityComesOutWhereReturneesAreScreenedEvenIfTheAuthoritiesDoNotYetKnow() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"asylum_claim\", \"visibility\": \"private\","
                        + " \"authoritiesAware\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 96");
        assertThat(f.factsRelied()).contains("country:XA-ASYLUM-LAW");
    }

    @Test
    void aPrivateActivityTheAuthoritiesDoNotKnowOfAndWouldNotLearnOfCreatesNoRisk() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"contact_with_journalists\", \"visibility\": \"private\","
                        + " \"authoritiesAware\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(f.reasons().get(0)).contains("Nothing the person did after leaving");
    }

    @Test
    void whetherAPrivateActivityWillComeOutIsOpenWhileTheAuthoritiesAwarenessIsUnknown() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"contact_with_south_koreans\", \"visibility\":"
                + " \"private\", \"linksToKnownLeadersOrGroups\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "HB 96");
        assertThat(f.missingFacts()).containsExactly("$.activitiesAbroad[0].authoritiesAware",
                "country:KP-CONTACT-SOUTH-KOREANS.learnedOnReturn");
    }

    // Issue 12 point 2: before, the unknown learnedOnReturn overrode the record's finding and left this open.
    @Test
    void aFindingThatTheAuthoritiesAreUnawareStandsWhereCountryInformationIsSilent() {
        CriterionFinding f = assertFinding(northKoreanWho("{\"kind\": \"religious_contact\", \"visibility\":"
                + " \"private\", \"authoritiesAware\": \"not_established\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(f.reasons().get(0)).contains("Nothing the person did after leaving");
    }

    // --- Pregnancy on return

    @Test
    void aWomanReturnedPregnantFacesForcedAbortionForAnImputedRace() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("person.sex", "female")
                .set("person.pregnant", "established").assess(), Criterion.NEXUS, Status.MET, "HB 66-86");
        assertThat(f.reasons().get(0)).contains("(forced abortion) [KP-PREGNANT-RETURNEES]")
                .contains("for reasons of imputed race");
        assertThat(f.factsRelied()).contains("$.person.pregnant", "country:KP-PREGNANT-RETURNEES");
    }

    @Test
    void aWomanNotPregnantFacesNoRiskParticularToPregnantReturnees() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("person.sex", "female")
                .set("person.pregnant", "not_established").assess(), Criterion.NEXUS, Status.NOT_MET, "HB 66-67");
        assertThat(f.reasons().get(0)).doesNotContain("KP-PREGNANT-RETURNEES");
    }

    @Test
    void aPregnancyRecordedWithoutTheSexLeavesTheRiskOpenOnTheSex() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("person.sex", "unknown")
                .set("person.pregnant", "established").assess(), Criterion.NEXUS, Status.UNDETERMINED, "HB 66-86");
        assertThat(f.missingFacts()).containsExactly("$.person.sex");
    }

    @Test
    void aPregnancyWhoseExistenceIsUnknownLeavesTheRiskOpenOnThePregnancy() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("person.sex", "female").assess(),
                Criterion.NEXUS, Status.UNDETERMINED, "HB 66-86");
        assertThat(f.missingFacts()).containsExactly("$.person.pregnant");
    }

    // --- Harms found particular to the person

    @Test
    void harmsParticularToThePersonAreJudgedOncePerConventionGroundClaimed() {
        CaseBuilder b = nationalOf("CN").set("destinations.0.harmsFaced", "[\"torture\"]")
                .set("destinations.0.inflictedBy", "state")
                .set("destinations.0.grounds.0", "{\"ground\": \"religion\", \"persecutorMotiveShown\": \"not_established\"}")
                .set("destinations.0.grounds.1", "{\"ground\": \"political_opinion\", \"imputed\": \"established\","
                        + " \"persecutorMotiveShown\": \"not_established\"}");
        CriterionFinding notMet = assertFinding(b.assess(Frame.US), Criterion.NEXUS, Status.NOT_MET, "HB 66-86");
        assertThat(notMet.reasons().get(0)).contains("Harm found particular to the person in CN (torture)")
                .contains("not shown that the persecutor would act for reasons of religion")
                .contains("not shown that the persecutor would act for reasons of imputed political opinion");
        assertThat(notMet.factsRelied()).contains("$.destinations[0].grounds[0]", "$.destinations[0].grounds[1]");
        // One ground shown suffices; the finding then cites only the risk that meets it.
        CriterionFinding met = assertFinding(b.set("destinations.0.grounds.1.persecutorMotiveShown", "established")
                .assess(Frame.US), Criterion.NEXUS, Status.MET, "HB 66-86");
        assertThat(met.reasons().get(0)).contains("the persecutor acts for reasons of imputed political opinion")
                .doesNotContain("religion");
    }

    @Test
    void harmsParticularToThePersonWithoutAGroundStillGroundAWellFoundedFear() {
        Assessment a = nationalOf("CN").set("destinations.0.harmsFaced", "[\"torture\"]").assess();
        CriterionFinding f = assertFinding(a, Criterion.WELL_FOUNDED_FEAR, Status.MET, "HB 37-50");
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced");
        assertFinding(a, Criterion.NEXUS, Status.NOT_MET, "HB 66-67");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }

    // --- Prosecution for an offence (HB 56-60)

    @Test
    void prosecutionWithAPenaltyIsARiskOnReturnJudgedAsProsecution() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.prosecution.offence", "fraud")
                .set("destinations.0.prosecution.penalty", "short_imprisonment").assess(),
                Criterion.PROSECUTION_NOT_PERSECUTION, Status.UNDETERMINED, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("Risk on return to CN for ordinary crime (short imprisonment)");
        assertThat(f.factsRelied()).contains("$.destinations[0].prosecution");
    }

    // --- Profile (HB 42-43)

    @Test
    void whatThePersonIsExposesThemToWhatPeopleLikeThemFaceFromBeforeDeparture() {
        Assessment a = nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_neutrality\"]").set("claim.wouldConcealOnReturn", "not_established")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.WELL_FOUNDED_FEAR, Status.MET, "HB 42-43");
        assertThat(f.factsRelied()).contains("$.claim.profile", "country:XA-NO-LOYALTY");
        assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.AT_DEPARTURE);
    }

    @Test
    void aProfileWhoseDiscoveryOnReturnIsUnknownLeavesTheRiskOpen() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_activity\"]").set("claim.wouldConcealOnReturn", "not_established")
                .assess(), Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 42-43");
        assertThat(f.missingFacts()).containsExactly("country:XA-OPPOSITION.learnedOnReturn");
    }

    @Test
    void aProfileThatWouldNotComeToTheAuthoritiesNoticeCreatesNoRisk() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"contact_with_journalists\"]").assess(), Criterion.WELL_FOUNDED_FEAR,
                Status.NOT_MET, "HB 37-50");
        assertThat(f.reasons().get(0)).contains("identify any harm the person would face on return to XA");
    }
}
