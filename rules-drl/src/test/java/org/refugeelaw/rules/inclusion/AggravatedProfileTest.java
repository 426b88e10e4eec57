package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.CountryInformation.Condition;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Truth;

/**
 * Issue 16 point 5: the bundled DPRK country information separates what every unauthorised exit brings (detention,
 * interrogation, forced labour, a risk of torture) from the aggravated profile (contact with South Koreans or
 * churches, an attempt to reach the ROK: treason, up to the death penalty), and the case record states the aggravated
 * facts three-valued in stayAbroad.
 */
class AggravatedProfileTest {
    private static final Map<String, Condition> BUNDLED = Assessor.bundledCountryInformation().conditions().stream()
            .collect(Collectors.toMap(Condition::id, Function.identity()));

    @Test
    void everyUnauthorisedExitCarriesTortureButNotTheDeathPenalty() {
        Condition exit = BUNDLED.get("KP-UNAUTHORISED-EXIT");
        assertThat(exit.harms()).contains(Harm.DETENTION_AND_INTERROGATION, Harm.FORCED_LABOUR, Harm.TORTURE)
                .doesNotContain(Harm.DEATH_PENALTY, Harm.POLITICAL_PRISON_CAMP);
        assertThat(exit.stateViewsAs()).doesNotContain("art. 63");
        assertThat(exit.summary()).contains("Not verified: the article number of the illegal border-crossing offence");
    }

    @Test
    void theAggravatedProfileCarriesTreasonUpToTheDeathPenaltyAndEachSourceIsDated() {
        for (String id : new String[] {"KP-CONTACT-SOUTH-KOREANS", "KP-RELIGIOUS-CONTACT", "KP-ATTEMPT-TO-REACH-ROK"}) {
            Condition k = BUNDLED.get(id);
            assertThat(k.harms()).as(id).contains(Harm.DEATH_PENALTY, Harm.POLITICAL_PRISON_CAMP, Harm.TORTURE);
            assertThat(k.aggravatesExitPenalty()).as(id).isEqualTo(Truth.ESTABLISHED);
            assertThat(k.sources()).as(id).isNotEmpty().allSatisfy(s -> {
                assertThat(s.date()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
                assertThat(s.verification()).isNotBlank();
            });
            assertThat(k.sources().stream().map(s -> s.citation())).as(id)
                    .anySatisfy(c -> assertThat(c).contains("art. 63"))
                    .anySatisfy(c -> assertThat(c).contains("A/HRC/25/63"))
                    .anySatisfy(c -> assertThat(c).contains("A/HRC/25/CRP.1"));
        }
    }

    @Test
    void scenarioDataIsNotBundled() {
        assertThat(Assessor.bundledCountryInformation().conditions()).allSatisfy(k -> {
            assertThat(k.country()).isEqualTo("KP");
            assertThat(k.source()).doesNotContainIgnoringCase("scenario");
        });
    }

    @Test
    void anAttemptToReachTheRokTheAuthoritiesKnowOfMakesALawfulLeaverARefugeeSurPlace() {
        Assessment a = lawfulNorthKoreanInChina().set("stayAbroad.attemptToReachSouthKorea", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"attempt_to_reach_south_korea\", \"date\": \"2023-09-10\","
                        + " \"authoritiesAware\": \"established\"}").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        CriterionFinding f = assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "HB 96");
        assertThat(f.reasons().get(0)).contains("KP-ATTEMPT-TO-REACH-ROK");
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
    }

    @Test
    void aLawfulLeaverWhoseAggravatedFactsAreUnknownIsUndeterminedAndTheFactsAreNamed() {
        Assessment a = lawfulNorthKoreanInChina().set("stayAbroad.contactWithSouthKoreans", "unknown")
                .set("stayAbroad.attemptToReachSouthKorea", "unknown").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        CriterionFinding f = assertFinding(a, Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "HB 96");
        assertThat(f.missingFacts()).contains("$.stayAbroad.contactWithSouthKoreans",
                "$.stayAbroad.attemptToReachSouthKorea", "country:KP-CONTACT-SOUTH-KOREANS.learnedOnReturn");
        assertThat(f.missingFacts()).doesNotContain("$.stayAbroad.contactWithChurches");
        // The risk every returnee faces bars return under CAT 3 whatever those facts turn out to be.
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
    }

    @Test
    void aLawfulLeaverWithNoneOfTheAggravatedProfileIsNoRefugeeButReturnIsBarredByCat3Alone() {
        Assessment a = lawfulNorthKoreanInChina().assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).reasons().get(0)).contains("KP-FORCED-RETURN");
        // China has not ratified the ICCPR: no bar on death or inhuman treatment binds it.
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aStayFactCountsOnlyForAConditionMarkedAsTheAggravatedExitPenalty() {
        // XA-CHURCH-CONTACT (test data) is not marked: an unknown contact with churches leaves nothing open there.
        Assessment a = org.refugeelaw.rules.RuleTestSupport.nationalOf("XA")
                .set("departure.withPermission", "established").set("stayAbroad.authorisedByOrigin", "established")
                .set("stayAbroad.contactWithChurches", "established").assess();
        assertThat(a.unknownFacts()).doesNotContain("$.stayAbroad.contactWithChurches");
        assertThat(a.criteria().stream().flatMap(c -> c.factsRelied().stream()))
                .doesNotContain("$.stayAbroad.contactWithChurches");
    }
}
