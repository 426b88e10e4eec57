package org.refugeelaw.rules.surplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** sur-place.drl: HB 94-96, QD 5(1)-(2). Events in the country of origin, and the person's own acts, after departure. */
class SurPlaceTest {

    /** XA has punished asylum claims abroad since a law in force on 2020-01-01; returnees are screened. */
    private static CaseBuilder xaAsylumSeekerWhoLeftOn(String departureDate) {
        CaseBuilder b = nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"asylum_claim\", \"date\": \"2023-01-10\", \"visibility\": \"private\"}");
        return departureDate == null ? b : b.set("departure.date", departureDate);
    }

    @Test
    void eventsMetWhenAPenaltyCameIntoForceAfterThePersonLeft() {
        Assessment a = xaAsylumSeekerWhoLeftOn("2019-03-01").assess();
        CriterionFinding f = assertFinding(a, Criterion.SUR_PLACE_EVENTS, Status.MET, "HB 94-95", "QD 5(1)");
        assertThat(f.reasons().get(0)).contains("[XA-ASYLUM-LAW]")
                .contains("this condition arose on 2020-01-01, after the person left on 2019-03-01");
        assertThat(f.factsRelied()).contains("$.departure.date", "country:XA-ASYLUM-LAW.inForceSince");
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        assertThat(a.determination().surPlaceCauses()).anySatisfy(c -> {
            assertThat(c.criterion()).isEqualTo(Criterion.SUR_PLACE_EVENTS);
            assertThat(c.date()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(c.daysAfterDeparture()).isEqualTo(306L);
        });
    }

    /** Issue 14: the cause of a refugee sur place is a message the rule chose, rendered in the language asked. */
    @Test
    void theCauseOfARefugeeSurPlaceIsAMessageRenderedInEachLanguage() {
        Assessment a = xaAsylumSeekerWhoLeftOn("2019-03-01").assess();
        SurPlaceCause event = a.determination().surPlaceCauses().stream()
                .filter(c -> c.criterion() == Criterion.SUR_PLACE_EVENTS).findFirst().orElseThrow();
        assertThat(event.message().key()).isEqualTo("surPlaceCause.surPlace.event");
        assertThat(event.message().args()).hasSize(1).first().isInstanceOf(String.class);
        String summary = (String) event.message().args().get(0);
        assertThat(event.description()).isEqualTo("Event after departure: " + summary);
        assertThat(event.description(Locale.KOREAN)).isEqualTo("출국 후의 사건: " + summary);
        assertThat(event.description(Locale.forLanguageTag("zh"))).isEqualTo("离境后的事件：" + summary);

        Assessment b = lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"contact_with_south_koreans\", \"date\": \"2023-02-01\", \"visibility\": \"public\","
                        + " \"authoritiesAware\": \"established\"}").assess();
        SurPlaceCause act = b.determination().surPlaceCauses().stream()
                .filter(c -> c.criterion() == Criterion.SUR_PLACE_ACTIVITIES).findFirst().orElseThrow();
        assertThat(act.message().key()).isEqualTo("surPlaceCause.surPlace.act");
        assertThat(act.message().args().get(0)).isEqualTo(Conduct.CONTACT_WITH_SOUTH_KOREANS);
        assertThat(act.description()).startsWith("Act after departure: contact with south koreans (")
                .endsWith(" on return)");
        assertThat(act.description(Locale.KOREAN)).startsWith("출국 후의 행위: 한국인과의 접촉 (송환 시 ")
                .doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(act.description(Locale.forLanguageTag("zh-Hans"))).startsWith("离境后的行为：")
                .doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void eventsNotMetWhenThePenaltyAlreadyExistedWhenThePersonLeft() {
        CriterionFinding f = assertFinding(xaAsylumSeekerWhoLeftOn("2021-05-01").assess(), Criterion.SUR_PLACE_EVENTS,
                Status.NOT_MET, "HB 94-95");
        assertThat(f.reasons().get(0)).contains("this condition already existed (since 2020-01-01) when the person"
                + " left on 2021-05-01");
        assertThat(f.factsRelied()).contains("$.departure.date", "country:XA-ASYLUM-LAW.inForceSince");
    }

    @Test
    void eventsUndeterminedWhenTheDepartureDateIsUnknown() {
        CriterionFinding f = assertFinding(xaAsylumSeekerWhoLeftOn(null).assess(), Criterion.SUR_PLACE_EVENTS,
                Status.UNDETERMINED, "HB 94-95", "QD 5(1)");
        assertThat(f.reasons().get(0)).contains("without the date of departure it cannot be said whether it arose after");
        assertThat(f.missingFacts()).containsExactly("$.departure.date");
        assertThat(f.factsRelied()).contains("country:XA-ASYLUM-LAW.inForceSince");
    }

    @Test
    void eventsMetForAnEventTheRecordPlacesAfterDeparture() {
        CriterionFinding f = assertFinding(nationalOf("XD").set("departure.date", "2019-03-01")
                .set("eventsAfterDeparture.0", "{\"date\": \"2022-05-01\", \"country\": \"XD\","
                        + " \"conditionId\": \"XD-RETURNEE-CRACKDOWN\"}").assess(),
                Criterion.SUR_PLACE_EVENTS, Status.MET, "HB 94-95");
        assertThat(f.reasons().get(0)).contains("[XD-RETURNEE-CRACKDOWN]")
                .contains("the record shows this arose after the person left (2022-05-01)");
        assertThat(f.factsRelied()).contains("$.eventsAfterDeparture[0]", "country:XD-RETURNEE-CRACKDOWN");
    }

    @Test
    void eventsNotMetWhenNothingChangedAfterDeparture() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("departure.date", "2019-03-01").assess(),
                Criterion.SUR_PLACE_EVENTS, Status.NOT_MET, "HB 94-95", "QD 5(1)");
        assertThat(f.reasons().get(0)).contains("No change in the country of origin after the person left");
        assertThat(f.factsRelied()).containsExactly("$.eventsAfterDeparture", "$.departure.date");
    }

    @Test
    void activitiesMetWhenContactWithSouthKoreansIsKnownToTheAuthorities() {
        Assessment a = lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"contact_with_south_koreans\", \"date\": \"2023-02-01\", \"visibility\": \"public\","
                        + " \"authoritiesAware\": \"established\"}").assess();
        CriterionFinding f = assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 96", "QD 5(2)",
                "YB (Eritrea) [2008] EWCA Civ 360");
        assertThat(f.reasons().get(0)).contains("[KP-CONTACT-SOUTH-KOREANS]")
                .contains("the person's own act after leaving (contact with south koreans), known or likely to become"
                        + " known to the authorities");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].kind", "$.activitiesAbroad[0].authoritiesAware");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
    }

    @Test
    void activitiesMetForAnUnauthorisedExitTheStateTreatsAsTreason() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("(unauthorised exit)");
    }

    @Test
    void activitiesNotMetWhenNothingTheyDidAfterLeavingExposesThem() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"unauthorised_work_abroad\", \"visibility\": \"public\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96", "QD 5(2)");
        assertThat(f.reasons().get(0)).contains("Nothing the person did after leaving");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad");
    }

    @Test
    void activitiesNotMetByTheForcedReturnItselfWhichEveryReturneeFaces() {
        Assessment a = lawfulNorthKoreanInChina().assess();
        assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertFinding(a, Criterion.WELL_FOUNDED_FEAR, Status.MET, "HB 37-50");
    }

    @Test
    void activitiesUndeterminedWhenItIsNotKnownWhetherTheAuthoritiesKnowOfAPrivateContact() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().set("activitiesAbroad.0",
                "{\"kind\": \"contact_with_south_koreans\", \"visibility\": \"private\"}").assess(),
                Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "HB 96");
        assertThat(f.reasons().get(0)).contains("would create the risk if established");
        assertThat(f.missingFacts()).containsExactly("$.activitiesAbroad[0].authoritiesAware",
                "country:KP-CONTACT-SOUTH-KOREANS.learnedOnReturn",
                "country:KP-CONTACT-SOUTH-KOREANS.identifiesParticipantsAbroad",
                "$.activitiesAbroad[0].linksToKnownLeadersOrGroups");
    }

    // Issue 12 point 11: a profile risk under a law that began after departure is an event after departure.
    @Test
    void aProfileRiskUnderALawThatBeganAfterDepartureIsSurPlace() {
        Assessment a = xaAsylumSeekerWhoLeftOn("2019-06-01").set("activitiesAbroad", "[]")
                .set("claim.profile", "[\"asylum_claim\"]")
                .set("claim.wouldConcealOnReturn", "not_established").assess();
        assertFinding(a, Criterion.SUR_PLACE_EVENTS, Status.MET, "HB 94-95", "QD 5(1)");
        assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "HB 96");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
    }

    @Test
    void aProfileRiskUnderALawAlreadyInForceAtDepartureIsAtDeparture() {
        Assessment a = xaAsylumSeekerWhoLeftOn("2021-06-01").set("activitiesAbroad", "[]")
                .set("claim.profile", "[\"asylum_claim\"]")
                .set("claim.wouldConcealOnReturn", "not_established").assess();
        assertFinding(a, Criterion.SUR_PLACE_EVENTS, Status.NOT_MET, "HB 94-95");
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.AT_DEPARTURE);
    }

    @Test
    void anUnknownDepartureDateLeavesTheBasisOfAProfileRiskOpen() {
        Assessment a = xaAsylumSeekerWhoLeftOn(null).set("activitiesAbroad", "[]")
                .set("claim.profile", "[\"asylum_claim\"]")
                .set("claim.wouldConcealOnReturn", "not_established").assess();
        CriterionFinding f = assertFinding(a, Criterion.SUR_PLACE_EVENTS, Status.UNDETERMINED, "HB 94-95");
        assertThat(f.missingFacts()).containsExactly("$.departure.date");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.NONE);
        assertThat(a.determination().reasons()).anySatisfy(r -> assertThat(r).contains("cannot be said"));
    }
}
