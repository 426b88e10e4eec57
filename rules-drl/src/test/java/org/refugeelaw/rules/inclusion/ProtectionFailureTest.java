package org.refugeelaw.rules.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.militiaRiskBesideAPrivateDispute;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** protection-failure.drl: HB 65, Ward, QD 6-7. The state persecutes, or cannot or will not protect. */
class ProtectionFailureTest {

    private static CaseBuilder traffickedByNonStateAgents() {
        return nationalOf("CN").set("destinations.0.harmsFaced", "[\"trafficking\"]")
                .set("destinations.0.inflictedBy", "non_state");
    }

    @Test
    void metWhenTheStateItselfInflictsTheHarm() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.PROTECTION_FAILURE,
                Status.MET, "HB 65", "QD 6(a)");
        assertThat(f.reasons().get(0)).contains("[KP-FORCED-RETURN]: the state itself inflicts the harm");
    }

    @Test
    void metWhenNonStateAgentsInflictTheHarmAndTheStateDoesNotProtect() {
        CriterionFinding f = assertFinding(traffickedByNonStateAgents()
                .set("destinations.0.stateProtectionAvailable", "not_established").assess(),
                Criterion.PROTECTION_FAILURE, Status.MET, "Canada (AG) v Ward [1993] 2 SCR 689", "QD 6(c), 7");
        assertThat(f.reasons().get(0)).contains("non-state agents inflict the harm and the state is unable or unwilling");
        assertThat(f.factsRelied()).contains("$.destinations[0].harmsFaced", "$.destinations[0].stateProtectionAvailable");
    }

    @Test
    void notMetWhenEffectiveStateProtectionAgainstNonStateAgentsIsAvailable() {
        CriterionFinding f = assertFinding(traffickedByNonStateAgents()
                .set("destinations.0.stateProtectionAvailable", "established").assess(),
                Criterion.PROTECTION_FAILURE, Status.NOT_MET, "Canada (AG) v Ward [1993] 2 SCR 689");
        assertThat(f.reasons().get(0)).contains("but effective state protection is available");
        assertThat(f.factsRelied()).contains("$.destinations[0].stateProtectionAvailable");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherTheStateWouldProtect() {
        CriterionFinding f = assertFinding(traffickedByNonStateAgents().assess(), Criterion.PROTECTION_FAILURE,
                Status.UNDETERMINED, "HB 65");
        assertThat(f.reasons().get(0)).contains("whether the state would protect is not known");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].stateProtectionAvailable");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhoWouldInflictTheHarm() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"trafficking\"]")
                .assess(), Criterion.PROTECTION_FAILURE, Status.UNDETERMINED, "HB 65", "QD 6");
        assertThat(f.reasons().get(0)).contains("it is not known who would inflict the harm");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].inflictedBy",
                "$.destinations[0].stateProtectionAvailable");
    }

    @Test
    void undeterminedWhenNonStateAgentsThreatenAndTheRecordHasNoEntryForTheCountryOfOrigin() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("destinations", "[]")
                .set("departure.withPermission", "established")
                .set("claim.profile", "[\"refusal_to_join_armed_group\"]").assess(),
                Criterion.PROTECTION_FAILURE, Status.UNDETERMINED, "QD 6(c), 7");
        assertThat(f.reasons().get(0)).contains("[XA-MILITIA]");
        assertThat(f.missingFacts()).containsExactly(
                "$.destinations[?(@.country=='XA')].conditionFindings[?(@.conditionId=='XA-MILITIA')].stateProtectionAvailable");
    }

    @Test
    void notApplicableWhenNoHarmOnReturnIsIdentified() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.PROTECTION_FAILURE,
                Status.NOT_APPLICABLE, "HB 65");
        assertThat(f.reasons().get(0)).contains("the question whether the state would protect does not arise");
    }

    /** With the agent unknown, the state fails to protect where it would protect against no one. */
    @Test
    void metWhenItIsNotKnownWhoWouldInflictTheHarmButTheStateWouldNotProtectAtAll() {
        CriterionFinding f = assertFinding(nationalOf("CN").set("destinations.0.harmsFaced", "[\"trafficking\"]")
                .set("destinations.0.stateProtectionAvailable", "not_established").assess(),
                Criterion.PROTECTION_FAILURE, Status.MET, "HB 65", "QD 6");
        assertThat(f.reasons().get(0)).contains("it is not known who would inflict the harm, but the state would not protect");
    }

    /** Issue 12 point 13: state protection found against a private dispute does not close the militia risk. */
    @Test
    void stateProtectionFoundForOneRiskNeverClosesAnother() {
        CaseBuilder c = militiaRiskBesideAPrivateDispute().set("destinations.0.stateProtectionAvailable", "established");
        CriterionFinding f = assertFinding(c.assess(), Criterion.PROTECTION_FAILURE, Status.UNDETERMINED, "QD 6(c), 7");
        assertThat(f.missingFacts()).containsExactly(
                "$.destinations[0].conditionFindings[?(@.conditionId=='XA-MILITIA')].stateProtectionAvailable");
    }
}
