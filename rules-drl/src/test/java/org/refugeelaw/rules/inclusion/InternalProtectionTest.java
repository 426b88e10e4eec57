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

/** internal-protection.drl: HB 91, GIP/03/04, QD 8. MET means no internal protection alternative defeats the claim. */
class InternalProtectionTest {

    private static CaseBuilder threatenedByAMilitia() {
        return nationalOf("CN").set("destinations.0.harmsFaced", "[\"arbitrary_killing\"]")
                .set("destinations.0.inflictedBy", "non_state");
    }

    @Test
    void metWhereTheStateIsThePersecutorBecauseItsReachIsPresumedNationwide() {
        CriterionFinding f = assertFinding(lawfulNorthKoreanInChina().assess(), Criterion.INTERNAL_PROTECTION,
                Status.MET, "HB 91", "GIP/03/04 para 7", "QD 8");
        assertThat(f.reasons().get(0)).contains("the state is the agent of harm, and its reach is presumed to extend");
    }

    @Test
    void metWhenNoSafeReachableAndReasonableAreaExistsAgainstNonStateAgents() {
        CriterionFinding f = assertFinding(threatenedByAMilitia()
                .set("destinations.0.internalProtectionAlternative", "not_established").assess(),
                Criterion.INTERNAL_PROTECTION, Status.MET, "GIP/03/04 paras 7-30");
        assertThat(f.reasons().get(0)).contains("no part of the country is safely and legally reachable");
        assertThat(f.factsRelied()).contains("$.destinations[0].internalProtectionAlternative");
    }

    @Test
    void notMetWhenAnAreaIsSafelyReachableAndRelocationIsReasonable() {
        CriterionFinding f = assertFinding(threatenedByAMilitia()
                .set("destinations.0.internalProtectionAlternative", "established").assess(),
                Criterion.INTERNAL_PROTECTION, Status.NOT_MET, "GIP/03/04 paras 7-30", "QD 8");
        assertThat(f.reasons().get(0)).contains("an area of the country is safely and legally reachable and relocation"
                + " there is reasonable");
        assertThat(f.factsRelied()).contains("$.destinations[0].internalProtectionAlternative");
    }

    @Test
    void undeterminedWhenTheRecordIsSilentOnAnAlternativeArea() {
        CriterionFinding f = assertFinding(threatenedByAMilitia().assess(), Criterion.INTERNAL_PROTECTION,
                Status.UNDETERMINED, "QD 8");
        assertThat(f.reasons().get(0)).contains("whether an internal protection alternative exists is not known");
        assertThat(f.missingFacts()).containsExactly("$.destinations[0].internalProtectionAlternative");
    }

    @Test
    void undeterminedWhenTheRecordHasNoEntryForTheCountryOfOrigin() {
        CriterionFinding f = assertFinding(nationalOf("XA").set("destinations", "[]")
                .set("departure.withPermission", "established")
                .set("claim.profile", "[\"refusal_to_join_armed_group\"]").assess(),
                Criterion.INTERNAL_PROTECTION, Status.UNDETERMINED, "GIP/03/04 paras 7-30");
        assertThat(f.missingFacts()).containsExactly(
                "$.destinations[?(@.country=='XA')].conditionFindings[?(@.conditionId=='XA-MILITIA')].internalProtectionAlternative");
    }

    @Test
    void notApplicableWhenNoHarmOnReturnIsIdentified() {
        CriterionFinding f = assertFinding(nationalOf("CN").assess(), Criterion.INTERNAL_PROTECTION,
                Status.NOT_APPLICABLE, "GIP/03/04");
        assertThat(f.reasons().get(0)).contains("no internal protection alternative needs to be considered");
    }

    /**
     * Issue 12 point 13: a finding stays with the risk it was made for. The relocation found from a private dispute
     * (the harm recorded in the destination entry) does not close the militia risk that country information shows;
     * a finding recorded for that condition does.
     */
    @Test
    void aRelocationFoundForOneRiskNeverClosesAnother() {
        CaseBuilder c = militiaRiskBesideAPrivateDispute().set("destinations.0.internalProtectionAlternative", "established");
        CriterionFinding open = assertFinding(c.assess(), Criterion.INTERNAL_PROTECTION, Status.UNDETERMINED,
                "GIP/03/04 paras 7-30");
        assertThat(open.missingFacts()).containsExactly(
                "$.destinations[0].conditionFindings[?(@.conditionId=='XA-MILITIA')].internalProtectionAlternative");
        CriterionFinding met = assertFinding(c.set("destinations.0.conditionFindings.0", "{\"conditionId\": \"XA-MILITIA\","
                + " \"internalProtectionAlternative\": \"not_established\"}").assess(), Criterion.INTERNAL_PROTECTION,
                Status.MET, "GIP/03/04 paras 7-30");
        assertThat(met.reasons()).anyMatch(r -> r.contains("[XA-MILITIA]") && r.contains("no part of the country"));
        assertThat(met.factsRelied()).contains("$.destinations[0].conditionFindings[0].internalProtectionAlternative");
    }
}
