package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** exit-penalty.drl: HB 61, severe penalties for unauthorised exit or stay abroad. */
class ExitPenaltyTest {

    @Test
    void metWhenThePersonLeftWithoutPermissionAndTheStatePunishesItAsTreason() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .assess(), Criterion.EXIT_PENALTY, Status.MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("treason against the fatherland");
        assertThat(f.factsRelied()).contains("$.departure.withPermission", "country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void notMetWhenThePersonLeftWithPermissionAndStaysWithLeave() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established").assess(),
                Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("left with permission");
    }

    @Test
    void undeterminedWhenItIsNotKnownHowThePersonLeft() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.EXIT_PENALTY,
                Status.UNDETERMINED, "HB 61");
        assertThat(f.missingFacts()).contains("$.departure.withPermission");
    }

    @Test
    void notMetWhereTheCountryOfOriginDoesNotPunishLeaving() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("countryOfOrigin", "CN").set("hostState", "KR")
                .set("currentCountry", "KR").set("person.nationalities.0.country", "CN")
                .set("destinations.0.country", "CN").assess(), Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61");
        assertThat(f.reasons().get(0)).contains("no penalty");
    }
}
