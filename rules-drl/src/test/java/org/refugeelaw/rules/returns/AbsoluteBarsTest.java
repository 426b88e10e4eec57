package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.nationalFacing;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** absolute-bars.drl: CAT 3; ICCPR 6 and 7; ECHR 2 and 3; no exclusion removes them; only parties are bound. */
class AbsoluteBarsTest {

    /** A Chinese national facing, in China, only the harm given, from the state; the host state as given. */
    private static CaseBuilder chineseNationalFacing(String host, String harm) {
        return nationalFacing("CN", host, harm, "state");
    }

    @Test
    void tortureBarMetWhereEveryForcedReturneeFacesTortureCitingCatArticle3ForChina() {
        BarFinding b = bar(northKoreanInChina().assess(), "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.absolute()).isTrue();
        assertThat(b.reasons().get(0)).contains("substantial grounds for believing").contains("KP-FORCED-RETURN")
                .contains("no exclusion, crime or security risk removes it");
        assertThat(b.factsRelied()).contains("country:KP-FORCED-RETURN");
        assertThat(b.instruments()).containsExactly(
                "CAT art. 3: Convention against Torture (ratification 1988-10-04, in force 1988-11-03; UN Treaty Collection, Chapter IV.9)");
        assertThat(b.legalBasis()).contains("CAT 3", "CAT General Comment No. 4 (2017)");
    }

    @Test
    void tortureBarNotMetWhereNoRiskOfTortureIsShown() {
        BarFinding b = bar(northKoreanInChina().set("destinations.1", "{\"country\": \"KR\", \"riskThere\":"
                + " \"not_established\", \"onwardReturnRisk\": \"not_established\"}").assess(), "KR",
                Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("No risk of torture in KR is shown");
        assertThat(b.missingFacts()).isEmpty();
    }

    @Test
    void tortureBarUndeterminedForAThirdCountryWhoseTreatmentAndOnwardReturnAreUnknown() {
        // A lawful leaver with none of the aggravated profile: the only risk in the DPRK is what every returnee
        // faces (issue 16 point 5: every unauthorised exit now carries a risk of torture of its own).
        BarFinding b = bar(org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina()
                .set("destinations.1", "{\"country\": \"MN\"}").assess(), "MN", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.reasons().get(0)).contains("turns on unknown facts").contains("not yet established");
        assertThat(b.missingFacts()).containsExactly("$.destinations[1].onwardReturnRisk",
                "$.destinations[1].riskThere");
    }

    @Test
    void chainRefoulementThroughAThirdCountryThatSendsNorthKoreansBackIsBarred() {
        BarFinding b = bar(northKoreanInChina().set("destinations.1", "{\"country\": \"MN\", \"onwardReturnRisk\":"
                + " \"established\"}").assess(), "MN", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.factsRelied()).contains("$.destinations[1].onwardReturnRisk", "country:KP-FORCED-RETURN");
        assertThat(b.legalBasis()).contains("CAT General Comment No. 4 (2017) para 12");
    }

    @Test
    void lifeAndCidtBarNotApplicableToChinaWhichHasOnlySignedTheIccpr() {
        BarFinding b = bar(northKoreanInChina().assess(), "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(b.reasons().get(0)).isEqualTo("CN is not bound by the ICCPR or the ECHR; it has only signed: ICCPR"
                + " (signed 1998-10-05, not ratified).");
        assertThat(b.factsRelied()).containsExactly("$.hostState");
        assertThat(b.instruments()).isEmpty();
    }

    @Test
    void anAbolitionistHostMayNotExposeAnyoneToTheDeathPenalty() {
        BarFinding b = bar(chineseNationalFacing("GB", "death_penalty").assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("death penalty").contains("GB has abolished the death penalty in its own"
                + " law (Human Rights Act 1998").contains("and by treaty (ICCPR Second Optional Protocol");
        assertThat(b.factsRelied()).contains("$.destinations[0].harmsFaced");
        assertThat(b.instruments()).contains(
                "ICCPR arts. 6 and 7: ICCPR (ratification 1976-05-20, in force 1976-08-20; UN Treaty Collection, Chapter IV.4)",
                "OP2 art. 1: ICCPR Second Optional Protocol (ratification 1999-12-10, in force 2000-03-10; UN Treaty Collection, Chapter IV.12)")
                .anyMatch(i -> i.startsWith("Protocol 13 art. 1: ECHR Protocol No. 13 (ratification 2003-10-10"));
        assertThat(b.legalBasis()).contains("Judge v Canada (CCPR 829/1998, 2003)", "ECHR Protocol 13");
    }

    /** A prosecution in China carrying the death penalty, with the given facts about the offence and the trial. */
    private static CaseBuilder capitalCharge(String host, String offenceFacts) {
        return chineseNationalFacing(host, "death_penalty").set("destinations.0.prosecution",
                "{\"penalty\": \"death_penalty\"" + (offenceFacts.isEmpty() ? "" : ", " + offenceFacts) + "}");
    }

    private static final String FAIR_TRIAL_FOR_A_KILLING = "\"offenceIntentionalKilling\": \"established\","
            + " \"withoutDueProcess\": \"not_established\", \"offenceIsExerciseOfProtectedRight\": \"not_established\"";

    @Test
    void aRetentionistHostIsNotBarredByADeathSentenceForAnIntentionalKillingAfterAFairTrial() {
        BarFinding b = bar(capitalCharge("TH", FAIR_TRIAL_FOR_A_KILLING).assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        // The death penalty stays in the reasons, for a retentionist host too.
        assertThat(b.reasons().get(0)).contains("for an intentional killing after a fair trial it is not")
                .contains("General Comment No. 36 para 35");
        assertThat(b.instruments()).containsExactly(
                "ICCPR arts. 6 and 7: ICCPR (accession 1996-10-29, in force 1997-01-29; UN Treaty Collection, Chapter IV.4)");
        assertThat(b.legalBasis()).contains("ICCPR 6", "ICCPR 7", "HRC General Comment No. 36 (CCPR/C/GC/36) paras 30,"
                + " 35, 36, 41");
        // Arbitrary killing is barred for a retentionist host too.
        BarFinding k = bar(chineseNationalFacing("TH", "arbitrary_killing").assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(k.status()).isEqualTo(Status.MET);
        assertThat(k.reasons().get(0)).contains("arbitrary deprivation of life");
    }

    // Issue 11 point 3: ICCPR 6 bars return to an arbitrary death sentence for every party (GC 36 paras 35, 36, 41).
    @Test
    void everyIccprPartyIsBarredFromReturningToADeathSentenceForAnOffenceThatIsNotAnIntentionalKilling() {
        BarFinding b = bar(capitalCharge("TH", "\"offenceIntentionalKilling\": \"not_established\"").assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("would be arbitrary under ICCPR 6")
                .contains("does not involve intentional killing, so it is not among the \"most serious crimes\" (para 35)");
    }

    @Test
    void anUnfairTrialOrProtectedConductMakesTheDeathSentenceArbitrary() {
        BarFinding unfair = bar(capitalCharge("US", "\"offenceIntentionalKilling\": \"established\","
                + " \"withoutDueProcess\": \"established\"").assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(unfair.status()).isEqualTo(Status.MET);
        assertThat(unfair.reasons().get(0)).contains("the trial would be unfair, which makes a death sentence arbitrary"
                + " (para 41)");
        BarFinding apostasy = bar(capitalCharge("JP", "\"offenceIsExerciseOfProtectedRight\": \"established\"")
                .assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(apostasy.status()).isEqualTo(Status.MET);
        assertThat(apostasy.reasons().get(0)).contains("the conduct punished is itself protected by the Covenant"
                + " (para 36)");
    }

    @Test
    void whetherADeathSentenceIsArbitraryTurnsOnTheOffenceWhenNothingIsKnownOfIt() {
        BarFinding b = bar(chineseNationalFacing("TH", "death_penalty").assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).containsExactly("$.destinations[0].prosecution.offenceIntentionalKilling");
        assertThat(b.reasons().get(0)).contains("General Comment No. 36 paras 35, 36 and 41");
    }

    @Test
    void theDeathPenaltyForAConductTriggerIsArbitraryAndStaysInTheReasonsBesideOtherHarms() {
        // North Korean in Thailand (retentionist) who tried to reach the ROK: punished as treason, up to death (issue
        // 16 point 5: the aggravated profile, no longer every unauthorised exit).
        BarFinding b = bar(northKoreanInChina().set("hostState", "TH").set("currentCountry", "TH")
                .set("departure.withPermission", "not_established").noAggravatedProfile()
                .set("stayAbroad.attemptToReachSouthKorea", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"attempt_to_reach_south_korea\", \"authoritiesAware\": \"established\"}")
                .assess(), "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("The death penalty (the death penalty for attempt to reach south korea"
                + " (\"treason against the fatherland (Criminal Law 2015 art. 63)\")) would be arbitrary under ICCPR 6:"
                + " the conduct punished is not among the \"most serious crimes\"");
    }

    @Test
    void aHostThatHasAbolishedTheDeathPenaltyInItsOwnLawMayNotExposeAnyoneToItWithoutAssurances() {
        // Mongolia without its OP2 entry: abolition in its own law (Criminal Code 2015, in force 1 July 2017) alone.
        org.refugeelaw.model.Treaties bundled = org.refugeelaw.api.Assessor.bundledTreaties();
        org.refugeelaw.model.Treaties lawOnly = new org.refugeelaw.model.Treaties(bundled.schemaVersion(),
                bundled.description(), bundled.retrieved(), bundled.parties().stream()
                .filter(p -> !(p.state().equals("MN") && p.instrument() == org.refugeelaw.model.Instrument.ICCPR_OP2))
                .toList(), bundled.hostStates());
        org.refugeelaw.api.Assessor assessor = org.refugeelaw.rules.RuleTestSupport.ASSESSOR.withTreaties(lawOnly);
        BarFinding b = bar(capitalCharge("MN", FAIR_TRIAL_FOR_A_KILLING).using(assessor).assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("MN has abolished the death penalty in its own law (Criminal Code of"
                + " Mongolia (2015)").contains("without credible and effective assurances (General Comment No. 36 para 34)");
        assertThat(b.factsRelied()).contains("host:MN/deathPenaltyAbolishedInLaw");
        // Before the Code took effect, the same host was retentionist in law: the sentence for a killing does not bar.
        BarFinding before = bar(capitalCharge("MN", FAIR_TRIAL_FOR_A_KILLING).set("assessmentDate", "2016-06-01")
                .using(assessor).assess(), "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(before.status()).isEqualTo(Status.NOT_MET);
        // With credible assurances, the abolitionist host may return.
        BarFinding assured = bar(capitalCharge("MN", FAIR_TRIAL_FOR_A_KILLING
                + ", \"assuranceAgainstDeathPenalty\": \"established\"").using(assessor).assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(assured.status()).isEqualTo(Status.NOT_MET);
        assertThat(assured.reasons().get(0)).contains("credible and effective assurances that it will not be imposed");
    }

    @Test
    void inhumanTreatmentIsBarredUnderIccprArticle7WhereTheHostIsAParty() {
        BarFinding b = bar(chineseNationalFacing("TH", "inhuman_treatment").assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.MET);
        assertThat(b.reasons().get(0)).contains("cruel, inhuman or degrading treatment");
    }

    @Test
    void lifeAndCidtBarUndeterminedWhereTheRiskInAThirdCountryIsUnknown() {
        BarFinding b = bar(northKoreanInChina().set("hostState", "GB").set("destinations.1", "{\"country\": \"MN\"}")
                .assess(), "MN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.missingFacts()).contains("$.destinations[1].riskThere", "$.destinations[1].onwardReturnRisk");
    }

    @Test
    void noExclusionRemovesTheAbsoluteBars() {
        // S5: a killing before flight excludes under 1F(b); Germany is still bound by CAT 3, ECHR 2 and 3, ICCPR 6, 7.
        Assessment a = northKoreanInChina().set("hostState", "DE").set("currentCountry", "DE")
                .set("departure.withPermission", "not_established")
                .set("destinations.0.harmsFaced", "[\"death_penalty\", \"torture\"]")
                .set("exclusion.crimes.0", "{\"category\": \"serious_non_political_crime\", \"serious\": \"established\","
                        + " \"expiated\": \"not_established\", \"exclusionDisproportionate\": \"not_established\","
                        + " \"seriousReasonsForConsidering\":"
                        + " \"established\", \"political\": \"not_established\", \"outsideCountryOfRefuge\": \"established\","
                        + " \"beforeAdmission\": \"established\", \"individualResponsibility\": \"established\","
                        + " \"defenceApplies\": \"not_established\"}")
                .set("exclusion.dangerToSecurity", "established").assess();
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.EXCLUDED);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status()).isEqualTo(Status.MET);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT).status()).isEqualTo(Status.MET);
        assertThat(bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE).instruments())
                .anyMatch(i -> i.startsWith("CAT art. 3")).anyMatch(i -> i.startsWith("ECHR art. 3"))
                .anyMatch(i -> i.startsWith("ICCPR art. 7"));
        assertThat(bar(a, "KP", Criterion.NON_REFOULEMENT_33).status()).isEqualTo(Status.NOT_MET);
    }
}
