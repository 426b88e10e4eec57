package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;

/** well-founded-fear.drl: RC 1A(2), HB 37-50, QD 4(4). Subjective fear plus a real chance of serious harm. */
class WellFoundedFearTest {

    @Test
    void metWhenThePersonStatesTheFearAndCountryInformationJustifiesIt() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .set("claim.statedFear", "established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.MET, "RC 1A(2)", "HB 37-50", "QD 4(4)");
        assertThat(f.reasons().get(0)).contains("[KP-UNAUTHORISED-EXIT]")
                .contains("the person states this fear, and the risk makes it objectively justified");
        assertThat(f.factsRelied()).contains("$.claim.statedFear", "$.departure.withPermission",
                "country:KP-UNAUTHORISED-EXIT");
    }

    @Test
    void metWithTheSubjectiveFearPresumedWhereTheRecordIsSilentOnIt() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.WELL_FOUNDED_FEAR,
                Status.MET, "HB 37-50");
        assertThat(f.reasons().get(0)).contains("[KP-FORCED-RETURN]").contains("own fear is presumed");
        assertThat(f.factsRelied()).contains("country:KP-FORCED-RETURN");
    }

    @Test
    void notMetWhenThePersonDoesNotFearReturnWhateverTheObjectiveRisk() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("departure.withPermission", "not_established")
                .set("claim.statedFear", "not_established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET, "HB 37-41");
        assertThat(f.reasons().get(0)).contains("not met").contains("the person does not claim to fear return");
        assertThat(f.factsRelied()).contains("$.claim.statedFear");
        assertThat(f.missingFacts()).isEmpty();
    }

    @Test
    void notMetWhenNoHarmOnReturnIsIdentifiedAtAll() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET,
                "RC 1A(2)", "HB 37-50");
        assertThat(f.reasons().get(0)).contains("identify any harm the person would face on return to CN");
        assertThat(f.factsRelied()).contains("$.countryOfOrigin", "$.destinations");
    }

    @Test
    void notMetWhenTheOnlyHarmIsALesserMeasureFoundNotSubstantiallyPrejudicial() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"fine\"]")
                .set("destinations.0.substantiallyPrejudicial", "not_established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET, "HB 54-55, 63");
        assertThat(f.reasons().get(0)).contains("(fine)")
                .contains("lesser harms whose consequences are not substantially prejudicial is not a fear of being"
                        + " persecuted");
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced", "$.destinations[0].substantiallyPrejudicial");
    }

    @Test
    void undeterminedWhenItIsNotFoundWhetherLesserHarmsAreSubstantiallyPrejudicial() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced",
                "[\"fine\", \"discrimination\"]").assess(), Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED,
                "HB 54-55, 63");
        assertThat(f.reasons().get(0)).contains("turns on whether their consequences are substantially prejudicial");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].substantiallyPrejudicial");
    }

    // Issue 12 point 12: missing information is not "no risk".
    @Test
    void undeterminedWhenCountryInformationIsSilentOnAnActivityRecorded() {
        CriterionFinding f = assertFinding(nationalOf("IR").set("activitiesAbroad.0",
                "{\"kind\": \"religious_conversion\"}").set("procedure.individualExamination", "established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 195-196, 205");
        assertThat(f.reasons().get(0)).contains("the country information holds nothing on how IR treats religious"
                + " conversion");
        assertThat(f.missingFacts()).containsExactly("country information: IR on religious_conversion");
        assertThat(f.factsRelied()).contains("$.activitiesAbroad[0].kind");
    }

    @Test
    void undeterminedWhenCountryInformationIsSilentOnAProfileRecorded() {
        CriterionFinding f = assertFinding(nationalOf("IR").set("claim.profile", "[\"political_neutrality\"]")
                .assess(), Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 195-196, 205");
        assertThat(f.missingFacts()).containsExactly("country information: IR on political_neutrality");
    }

    @Test
    void undeterminedWhenAStatedFearIsNotYetDescribedAndTheClaimNotYetHeard() {
        CriterionFinding f = assertFinding(nationalOf("ER").set("claim.statedFear", "established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 195-196, 205");
        assertThat(f.reasons().get(0)).contains("does not yet say what harm they fear or for what reason");
        assertThat(f.missingFacts()).containsExactly("$.destinations[?(@.country=='ER')].harmsFaced",
                "$.destinations[?(@.country=='ER')].grounds");
    }

    @Test
    void notMetWhenAStatedFearWasHeardAndNoHarmFound() {
        assertFinding(nationalOf("ER").set("claim.statedFear", "established")
                .set("procedure.individualExamination", "established").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET, "HB 37-50");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherTheAuthoritiesWouldLearnOfTheActAbroad() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"religious_contact\", \"visibility\": \"private\"}").assess(),
                Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 37-50");
        assertThat(f.reasons().get(0)).contains("[XA-CHURCH-CONTACT] (not yet established)");
        assertThat(f.missingFacts()).contains("$.activitiesAbroad[0].authoritiesAware");
    }
}
