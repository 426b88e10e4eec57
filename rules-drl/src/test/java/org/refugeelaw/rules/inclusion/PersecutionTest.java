package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** persecution.drl: HB 51-55, QD 9. Serious harm, or lesser measures that accumulate; punishment that is more than prosecution. */
class PersecutionTest {

    private static CaseBuilder chineseProsecutedFor(String penalty) {
        return nationalOf("CN").set("destinations.0.prosecution.offence", "murder")
                .set("destinations.0.prosecution.penalty", penalty);
    }

    @Test
    void metWhenTheHarmIsASevereViolationOfBasicRightsInItself() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.PERSECUTION, Status.MET,
                "HB 51-52", "QD 9(1)(a)");
        assertThat(f.reasons().get(0)).contains("(detention and interrogation, torture) [KP-FORCED-RETURN]")
                .contains("a severe violation of basic human rights, persecution in itself");
        assertThat(f.factsRelied()).contains("country:KP-FORCED-RETURN");
    }

    @Test
    void notMetWhenCountryInformationFindsASingleLesserMeasureNotSubstantiallyPrejudicial() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("activitiesAbroad.0",
                "{\"kind\": \"unauthorised_work_abroad\", \"authoritiesAware\": \"established\"}").assess(),
                Criterion.PERSECUTION, Status.NOT_MET, "HB 53-55, 63");
        assertThat(f.reasons().get(0)).contains("(fine) [CN-UNAUTHORISED-WORK-ABROAD]")
                .contains("do not have consequences of a substantially prejudicial nature");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].kind",
                "country:CN-UNAUTHORISED-WORK-ABROAD.substantiallyPrejudicial");
    }

    // Issue 12 point 6: a single lesser harm is not automatically "not persecution" (HB 54-55, 63).
    @Test
    void aSingleLesserHarmIsPersecutionWhereItsConsequencesAreSubstantiallyPrejudicial() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"discrimination\"]")
                .set("destinations.0.substantiallyPrejudicial", "established").assess(),
                Criterion.PERSECUTION, Status.MET, "HB 53-55, 63");
        assertThat(f.reasons().get(0)).contains("(discrimination)").contains("substantially prejudicial nature")
                .contains("livelihood");
        assertThat(f.factsRelied()).contains("$.destinations[0].substantiallyPrejudicial");
    }

    @Test
    void aSingleLesserHarmIsUndeterminedNamingTheSeverityFactWhileItIsUnknown() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"discrimination\"]")
                .assess(), Criterion.PERSECUTION, Status.UNDETERMINED, "HB 53-55, 63");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].substantiallyPrejudicial");
    }

    @Test
    void theRecordsFindingOnSeverityComesBeforeCountryInformation() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("activitiesAbroad.0",
                "{\"kind\": \"unauthorised_work_abroad\", \"authoritiesAware\": \"established\"}")
                .set("destinations.0.substantiallyPrejudicial", "established").assess(),
                Criterion.PERSECUTION, Status.MET, "HB 53-55, 63");
        assertThat(f.factsRelied()).contains("$.destinations[0].substantiallyPrejudicial");
    }

    @Test
    void notMetWhenNoHarmOnReturnIsIdentified() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.PERSECUTION, Status.NOT_MET,
                "HB 51-55");
        assertThat(f.reasons().get(0)).contains("No harm on return to CN is identified");
    }

    @Test
    void undeterminedWhereSeveralLesserMeasuresMayAccumulateToPersecution() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced",
                "[\"discrimination\", \"short_imprisonment\"]").assess(),
                Criterion.PERSECUTION, Status.UNDETERMINED, "HB 53-55, 63", "QD 9(1)(b)");
        assertThat(f.reasons().get(0)).contains("several together: HB 53, QD 9(1)(b)").contains("not yet found");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].substantiallyPrejudicial");
    }

    @Test
    void notMetWhenSeverePunishmentIsLegitimateProsecutionForAnOrdinaryCrime() {
        CriterionFinding f = assertFinding(chineseProsecutedFor("death_penalty")
                .set("destinations.0.prosecution.disproportionate", "not_established")
                .set("destinations.0.prosecution.discriminatory", "not_established")
                .set("destinations.0.prosecution.withoutDueProcess", "not_established")
                .set("destinations.0.prosecution.offenceIsExerciseOfProtectedRight", "not_established").assess(),
                Criterion.PERSECUTION, Status.NOT_MET, "HB 56-60", "QD 9(2)(b)-(d)");
        assertThat(f.reasons().get(0)).contains("legitimate prosecution for an ordinary crime, not persecution");
        assertThat(f.factsRelied()).contains("$.destinations[0].prosecution");
    }

    @Test
    void metWhenPunishmentForAnOffenceIsImposedWithoutDueProcess() {
        CriterionFinding f = assertFinding(chineseProsecutedFor("death_penalty")
                .set("destinations.0.prosecution.withoutDueProcess", "established").assess(),
                Criterion.PERSECUTION, Status.MET, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("more than legitimate prosecution");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherSeverePunishmentIsMoreThanProsecution() {
        CriterionFinding f = assertFinding(chineseProsecutedFor("death_penalty")
                .set("destinations.0.prosecution.disproportionate", "not_established").assess(),
                Criterion.PERSECUTION, Status.UNDETERMINED, "HB 56-60");
        assertThat(f.reasons().get(0)).contains("whether the punishment is more than legitimate prosecution is not known");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].prosecution.discriminatory",
                "$.destinations[0].prosecution.withoutDueProcess",
                "$.destinations[0].prosecution.offenceIsExerciseOfProtectedRight");
    }

    @Test
    void aShortSentenceAloneIsNotPersecution() {
        CriterionFinding f = assertFinding(chineseProsecutedFor("short_imprisonment").assess(),
                Criterion.PERSECUTION, Status.NOT_MET, "HB 56-57");
        assertThat(f.reasons().get(0)).contains("(short imprisonment)").contains("this lesser punishment alone is not");
    }
}
