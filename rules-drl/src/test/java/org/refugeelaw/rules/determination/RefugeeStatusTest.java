package org.refugeelaw.rules.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** refugee-status.drl: the overall determination, tier by tier; undetermined only when an unknown could change it. */
class RefugeeStatusTest {

    private static final String EXCLUDING_CRIME = "{\"category\": \"serious_non_political_crime\","
            + " \"serious\": \"established\", \"expiated\": \"not_established\","
            + " \"exclusionDisproportionate\": \"not_established\","
            + " \"seriousReasonsForConsidering\": \"established\", \"political\": \"not_established\","
            + " \"outsideCountryOfRefuge\": \"established\", \"beforeAdmission\": \"established\","
            + " \"individualResponsibility\": \"established\", \"defenceApplies\": \"not_established\"}";

    private static Determination determine(CaseBuilder b) {
        return b.assess().determination();
    }

    private static CaseBuilder leftWithoutPermission() {
        return northKoreanInChina().set("person.sex", "male").set("departure.withPermission", "not_established");
    }

    private static CaseBuilder leftLawfully() {
        return northKoreanInChina().set("person.sex", "male").set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established").noAggravatedProfile();
    }

    @Test
    void refugeeAtDepartureWhenTheFearExistedOnLeaving() {
        Determination d = determine(leftLawfully().set("destinations.0", "{\"country\": \"KP\", \"harmsFaced\":"
                + " [\"political_prison_camp\"], \"inflictedBy\": \"state\", \"grounds\": [{\"ground\": \"religion\","
                + " \"persecutorMotiveShown\": \"established\"}]}"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(d.basis()).isEqualTo(RefugeeBasis.AT_DEPARTURE);
        assertThat(d.reasons().get(0)).contains("existed when they left KP");
        assertThat(d.surPlaceCauses()).isEmpty();
        assertThat(d.decidedBy()).contains(Criterion.WELL_FOUNDED_FEAR, Criterion.NEXUS, Criterion.OTHER_NATIONALITY)
                .doesNotContain(Criterion.SUR_PLACE_ACTIVITIES);
        assertThat(d.rulesFired()).containsExactly("A refugee");
        assertThat(d.legalBasis()).contains("RC 1A(2)", "HB 94-96");
    }

    @Test
    void refugeeSurPlaceWhenTheUnauthorisedExitAndStayAbroadCreateTheRisk() {
        // S1: hunger was the motive; the exit the DPRK punishes as treason decides.
        Determination d = determine(leftWithoutPermission().set("departure.date", "2019-08-15")
                .set("departure.motives", "[\"hunger\", \"economic\"]"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(d.basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        assertThat(d.reasons().get(0)).contains("refugee sur place").contains("unauthorised exit")
                .contains("The motive for leaving does not matter");
        assertThat(d.surPlaceCauses()).isNotEmpty();
        assertThat(d.decidedBy()).contains(Criterion.SUR_PLACE_ACTIVITIES);
    }

    @Test
    void notARefugeeWhenAnotherNationalityProtectsEvenWithInclusionFactsUnknown() {
        // How he left is unknown, but effective ROK protection decides whatever the answer.
        Assessment a = northKoreanInChina().set("hostState", "GB").set("currentCountry", "GB")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"reachable\": \"established\"}").assess();
        Determination d = a.determination();
        assertThat(d.status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(d.reasons().get(0)).startsWith("The person is not a refugee: OTHER_NATIONALITY is not met: KR");
        assertThat(d.decidedBy()).containsExactly(Criterion.OTHER_NATIONALITY);
        assertThat(d.rulesFired()).containsExactly("Not a refugee: a condition of the definition fails");
        assertThat(a.finding(Criterion.EXIT_PENALTY).orElseThrow().status())
                .isEqualTo(org.refugeelaw.assessment.Status.UNDETERMINED);
    }

    @Test
    void notARefugeeWhenNoRiskIsPersecutionForAConventionReason() {
        Determination d = determine(leftLawfully());
        assertThat(d.status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(d.reasons().get(0)).contains("No risk the person faces on return to KP is a well-founded fear of"
                + " persecution for a Convention reason");
        assertThat(d.decidedBy()).contains(Criterion.NEXUS);
        assertThat(d.rulesFired()).containsExactly("Not a refugee: no risk amounts to persecution for a Convention reason");
    }

    @Test
    void excludedWhateverTheInclusionFindings() {
        for (CaseBuilder b : List.of(leftWithoutPermission(), leftLawfully(), northKoreanInChina())) {
            Determination d = determine(b.set("exclusion.crimes.0", EXCLUDING_CRIME));
            assertThat(d.status()).isEqualTo(RefugeeStatus.EXCLUDED);
            assertThat(d.decidedBy()).containsExactly(Criterion.EXCLUSION_1F);
            assertThat(d.reasons().get(0)).contains("whatever the inclusion findings")
                    .contains("rests only on the absolute bars");
            assertThat(d.legalBasis()).contains("RC 1F");
        }
    }

    @Test
    void ceasedWhenACessationClauseApplies() {
        Determination d = determine(leftWithoutPermission().set("cessation.voluntaryReavailment", "established")
                .set("cessation.previouslyRecognised", "established")
                .set("cessation.newRiskAfterCessationEvent", "not_established"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.CEASED);
        assertThat(d.decidedBy()).containsExactly(Criterion.CESSATION);
        assertThat(d.legalBasis()).contains("RC 1C", "HB 111-139");
    }

    @Test
    void exclusionPrevailsOverCessation() {
        Determination d = determine(leftWithoutPermission().set("cessation.voluntaryReavailment", "established")
                .set("exclusion.crimes.0", EXCLUDING_CRIME));
        assertThat(d.status()).isEqualTo(RefugeeStatus.EXCLUDED);
    }

    @Test
    void undeterminedWhenHowThePersonLeftCouldDecideItAndTheReportNamesThatFact() {
        Assessment a = northKoreanInChina().set("person.sex", "male").assess();
        Determination d = a.determination();
        assertThat(d.status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(d.reasons().get(0)).contains("turns on facts not yet known");
        assertThat(d.decidedBy()).contains(Criterion.EXIT_PENALTY, Criterion.NEXUS);
        assertThat(a.unknownFacts()).contains("$.departure.withPermission");
        // The named fact does decide: each answer gives a different outcome.
        assertThat(determine(leftWithoutPermission()).status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(determine(leftLawfully()).status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }

    @Test
    void notUndeterminedWhenTheOutcomeHoldsWhateverTheUnknownFactsAre() {
        // Contact with a South Korean journalist, published and known: a refugee whatever his exit permission was.
        CaseBuilder b = northKoreanInChina().set("person.sex", "male")
                .set("activitiesAbroad.0", "{\"kind\": \"contact_with_journalists\", \"date\": \"2023-05-01\","
                        + " \"visibility\": \"public\", \"authoritiesAware\": \"established\","
                        + " \"mainlyToCreateClaim\": \"not_established\"}");
        assertThat(determine(b).status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(determine(b.set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established")).status()).isEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void undeterminedWhileExclusionIsUndecided() {
        Determination d = determine(leftWithoutPermission().set("exclusion.crimes.0.category",
                "acts_contrary_to_un_purposes"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(d.reasons().get(0)).contains("until exclusion is decided");
        assertThat(d.decidedBy()).containsExactly(Criterion.EXCLUSION_1F);
    }

    @Test
    void undeterminedWhileCessationIsUndecided() {
        Determination d = determine(leftWithoutPermission().set("cessation.durableChangeOfCircumstances",
                "established"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(d.reasons().get(0)).contains("until cessation is decided");
        assertThat(d.decidedBy()).containsExactly(Criterion.CESSATION);
    }

    @Test
    void undeterminedWhileItIsUnknownWhetherAnotherNationalityProtects() {
        Determination d = determine(leftWithoutPermission()
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\"}"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(d.decidedBy()).containsExactly(Criterion.OTHER_NATIONALITY);
    }

    // Issue 12 point 12: missing information is not "no risk".
    @Test
    void undeterminedNotNotARefugeeWhenCountryInformationIsSilentOnTheConductRecorded() {
        Assessment a = nationalOf("IR")
                .set("claim.statedFear", "established").set("procedure.individualExamination", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"religious_conversion\", \"beliefGenuine\": \"established\"}")
                .assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.determination().decidedBy()).containsExactly(Criterion.WELL_FOUNDED_FEAR);
        assertThat(a.determination().rulesFired()).contains("Refugee status not yet decided: a risk cannot yet be assessed");
        assertThat(a.unknownFacts()).contains("country information: IR on religious_conversion");
    }

    @Test
    void undeterminedWhenAStatedFearIsNotYetDescribedAndNotARefugeeOnceTheClaimIsHeardAndNoHarmFound() {
        CaseBuilder b = nationalOf("ER")
                .set("claim.statedFear", "established");
        Assessment open = b.assess();
        assertThat(open.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(open.unknownFacts()).contains("$.destinations[?(@.country=='ER')].harmsFaced");
        assertThat(b.set("procedure.personalInterview", "established").assess().determination().status())
                .isEqualTo(RefugeeStatus.NOT_REFUGEE);
    }

    // Issue 14: the determination's reason is a message the rule chooses; the sur place triggers are terms.

    @Test
    void theSurPlaceReasonIsAMessageWithTheOriginAndTheTriggersAndRendersInKoreanAndChinese() {
        Determination d = determine(leftWithoutPermission().set("departure.date", "2019-08-15")
                .set("departure.motives", "[\"hunger\", \"economic\"]"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.REFUGEE);
        org.refugeelaw.assessment.Message m = d.messages().get(0);
        assertThat(m.key()).isEqualTo("determination.refugeeStatus.refugeeSurPlace");
        assertThat(m.args().get(0)).isEqualTo(org.refugeelaw.assessment.Message.country("KP"));
        assertThat(((List<?>) m.args().get(1)).contains(org.refugeelaw.model.Conduct.UNAUTHORISED_EXIT)).isTrue();
        assertThat(d.reasons().get(0)).startsWith("The person is a refugee sur place: they were not a refugee when"
                + " they left KP").contains("unauthorised exit");
        String ko = m.render(java.util.Locale.forLanguageTag("ko"));
        assertThat(ko).contains("체재 중 난민").contains("무단 출국")
                .contains(new java.util.Locale("", "KP").getDisplayCountry(java.util.Locale.KOREAN))
                .doesNotContain("refugee").doesNotContain("KP");
        String zh = m.render(java.util.Locale.forLanguageTag("zh"));
        assertThat(zh).contains("就地难民").contains("非法出境").doesNotContain("refugee");
    }

    @Test
    void aFailedConditionNamesTheCriterionAndItsOwnReasonInEveryLanguage() {
        // Still in the country of origin: OUTSIDE_COUNTRY is not met, and the determination says so with that reason.
        Determination d = determine(leftLawfully().set("currentCountry", "KP"));
        assertThat(d.status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        org.refugeelaw.assessment.Message m = d.messages().get(0);
        assertThat(m.key()).isEqualTo("determinationFact.notRefugee");
        assertThat(d.reasons().get(0)).startsWith("The person is not a refugee: OUTSIDE_COUNTRY is not met: The person"
                + " is still in KP");
        assertThat(m.render(java.util.Locale.forLanguageTag("ko"))).startsWith("본인은 난민이 아니다: OUTSIDE_COUNTRY 불충족:")
                .contains("출신국인");
        assertThat(m.render(java.util.Locale.forLanguageTag("zh"))).startsWith("本人不是难民：OUTSIDE_COUNTRY未满足：");
    }
}
