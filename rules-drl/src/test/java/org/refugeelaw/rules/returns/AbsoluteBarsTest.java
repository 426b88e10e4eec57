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
                "CAT art. 3: Convention against Torture (ratification 1988-10-04; UN Treaty Collection, Chapter IV.9)");
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
        BarFinding b = bar(northKoreanInChina().set("destinations.1", "{\"country\": \"MN\"}").assess(), "MN",
                Criterion.ABSOLUTE_BAR_TORTURE);
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
        assertThat(b.reasons().get(0)).contains("death penalty").contains("GB has abolished the death penalty by treaty");
        assertThat(b.factsRelied()).contains("$.destinations[0].harmsFaced");
        assertThat(b.instruments()).contains(
                "ICCPR arts. 6 and 7: ICCPR (ratification 1976-05-20; UN Treaty Collection, Chapter IV.4)",
                "OP2 art. 1: ICCPR Second Optional Protocol (ratification 1999-12-10; UN Treaty Collection, Chapter IV.12)")
                .anyMatch(i -> i.startsWith("Protocol 13 art. 1: ECHR Protocol No. 13 (ratification 2003-10-10"));
        assertThat(b.legalBasis()).contains("Judge v Canada (CCPR 829/1998, 2003)", "ECHR Protocol 13");
    }

    @Test
    void aRetentionistHostIsNotBarredByTheDeathPenaltyAloneButStillByIccprArticle6And7() {
        Assessment a = chineseNationalFacing("TH", "death_penalty").assess();
        BarFinding b = bar(a, "CN", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.reasons().get(0)).contains("TH has not abolished the death penalty by treaty");
        assertThat(b.instruments()).containsExactly(
                "ICCPR arts. 6 and 7: ICCPR (accession 1996-10-29; UN Treaty Collection, Chapter IV.4)");
        assertThat(b.legalBasis()).contains("ICCPR 6", "ICCPR 7");
        // Arbitrary killing is barred for a retentionist host too.
        BarFinding k = bar(chineseNationalFacing("TH", "arbitrary_killing").assess(), "CN",
                Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(k.status()).isEqualTo(Status.MET);
        assertThat(k.reasons().get(0)).contains("arbitrary deprivation of life");
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
