package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Harm;

/** exit-penalty.drl: HB 61, severe penalties for unauthorised exit or stay abroad. */
class ExitPenaltyTest {

    @Test
    void metWhenThePersonLeftWithoutPermissionAndTheStatePunishesItAsTreason() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("disloyalty (leaving without permission)");
        assertThat(f.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void metWhenThePersonLeftWithPermissionButOverstayedWithoutLeave() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "not_established").assess(),
                Criterion.EXIT_PENALTY, Status.MET, "HB 61", "UNHCR position on North Korean asylum-seekers (2003)");
        assertThat(f.reasons().get(0)).contains("[KP-UNAUTHORISED-STAY-ABROAD]")
                .contains("the penalty is severe and the state treats the conduct as disloyalty (staying abroad without permission)");
        assertThat(f.factsRelied()).contains("$.stayAbroad.authorisedByOrigin", "country:KP-UNAUTHORISED-STAY-ABROAD")
                .doesNotContain("country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void notMetWhenThePersonLeftWithPermissionAndStaysWithLeave() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established").assess(),
                Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("left with permission");
        assertThat(f.factsRelied()).containsExactly("$.departure.withPermission", "$.stayAbroad.authorisedByOrigin");
    }

    @Test
    void undeterminedWhenItIsNotKnownHowThePersonLeft() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.EXIT_PENALTY,
                Status.UNDETERMINED, "HB 61");
        assertThat(f.reasons().get(0)).contains("(not yet established)");
        assertThat(f.missingFacts()).contains("$.departure.withPermission", "$.stayAbroad.authorisedByOrigin");
    }

    @Test
    void notMetWhereTheCountryOfOriginDoesNotPunishLeaving() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("countryOfOrigin", "CN").set("hostState", "KR")
                .set("currentCountry", "KR").set("person.nationalities.0.country", "CN")
                .set("destinations.0.country", "CN").assess(), Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("no penalty");
        assertThat(f.factsRelied()).containsExactly("$.countryOfOrigin");
    }

    @Test
    void notMetWhenThePenaltyForLeavingIsOnlyAFine() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("[XA-EXIT-FINE]")
                .contains("a penalty of this kind for leaving is not severe enough to support refugee status");
        assertThat(f.factsRelied()).contains("$.departure.withPermission", "country:XA-EXIT-FINE");
    }

    @Test
    void undeterminedWhenTheStatesViewOfASeverelyPunishedDepartureIsNotRecorded() {
        CriterionFinding f = assertFinding(nationalOf("XB").set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.UNDETERMINED, "HB 61");
        assertThat(f.reasons().get(0)).contains("does not say whether the state treats the departure as disloyalty");
        assertThat(f.missingFacts()).containsExactly("country:XB-EXIT-DETENTION.stateViewsAs");
    }

    @Test
    void notMetWhenTheAuthoritiesWouldNotLearnOfTheUnauthorisedExitAndTheReasonSaysSo() {
        // XC punishes unauthorised exit as treason, but returnees are not screened: the exit does not come out.
        CriterionFinding f = assertFinding(nationalOf("XC").set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).doesNotContain("left with permission")
                .contains("authorities would not learn of it on return");
        assertThat(f.factsRelied()).contains("country:XC-EXIT-UNNOTICED.learnedOnReturn");
    }

    // Issue 14: the rules choose a message (key and arguments); the text is rendered afterwards, in any language.

    @Test
    void theSevereDisloyaltyReasonIsAMessageNamingTheRiskAndTheStatesViewAndRendersInKoreanAndChinese() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.MET, "HB 61");
        Message m = f.messages().get(0);
        // The lead sentence (risk-tests.drl, converted in phase 2) names the criterion as a term; the tests follow.
        assertThat(m.args().get(0)).isEqualTo(Message.of("risk.riskTests.met", Criterion.EXIT_PENALTY));
        List<Message> tests = m.args().stream().skip(1).map(Message.class::cast).toList();
        assertThat(tests).isNotEmpty().allSatisfy(t -> assertThat(t.key()).isEqualTo("riskTest.reason"));
        Message exit = tests.stream().filter(t -> ((Message) t.args().get(0)).args().contains(Conduct.UNAUTHORISED_EXIT))
                .findFirst().orElseThrow();
        assertThat(exit.args()).containsExactly(
                Message.of("riskTest.risk.trigger.sourced", Message.country("KP"), Conduct.UNAUTHORISED_EXIT,
                        ((Message) exit.args().get(0)).args().get(2), "KP-UNAUTHORISED-EXIT"),
                Message.of("inclusion.exitPenalty.severeDisloyalty", "disloyalty (leaving without permission)"));
        // Issue 16 point 5: every unauthorised exit carries a risk of torture, not the death penalty.
        assertThat(((List<?>) ((Message) exit.args().get(0)).args().get(2)).contains(Harm.TORTURE)).isTrue();
        assertThat(((List<?>) ((Message) exit.args().get(0)).args().get(2)).contains(Harm.DEATH_PENALTY)).isFalse();
        String ko = exit.render(Locale.forLanguageTag("ko"));
        assertThat(ko).contains("처벌이 가혹하며").contains("[KP-UNAUTHORISED-EXIT]").doesNotContain("the penalty");
        String zh = exit.render(Locale.forLanguageTag("zh"));
        assertThat(zh).contains("处罚严厉").contains(new Locale("", "KP").getDisplayCountry(Locale.SIMPLIFIED_CHINESE));
        assertThat(exit.render()).endsWith(
                "[KP-UNAUTHORISED-EXIT]: the penalty is severe and the state treats the conduct as disloyalty (leaving without"
                + " permission)");
    }

    @Test
    void theNoPenaltyReasonCarriesTheCountryOfOriginAsACountryArgument() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("countryOfOrigin", "CN").set("hostState", "KR")
                .set("currentCountry", "KR").set("person.nationalities.0.country", "CN")
                .set("destinations.0.country", "CN").assess(), Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.messages()).containsExactly(Message.of("inclusion.exitPenalty.noPenalty", Message.country("CN")));
        assertThat(f.reasons()).containsExactly(
                "The country information shows no penalty in CN for leaving without permission or staying abroad.");
        assertThat(f.reasons(Locale.forLanguageTag("ko")).get(0))
                .contains(new Locale("", "CN").getDisplayCountry(Locale.KOREAN)).doesNotContain("CN");
    }
}
