package org.refugeelaw.rules.complementary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.danian;
import static org.refugeelaw.rules.RuleTestSupport.finding;
import static org.refugeelaw.rules.RuleTestSupport.nationalFacing;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * Issue 16 point 2: national complementary protection (complementary/national-protection.drl) and the Swiss refusal of
 * asylum on subjective post-flight grounds (surplace/subjective-post-flight-grounds.drl), each read from the frame's
 * data (nationalProtection, subjectivePostFlightGrounds).
 */
class NationalProtectionTest {
    private static final Frame CA = Frame.of("CA");
    private static final Frame AU = Frame.of("AU");
    private static final Frame NZ = Frame.of("NZ");
    private static final Frame KR = Frame.of("KR");
    private static final Frame CH = Frame.of("CH");

    /** A blood feud in Albania: a personal risk to life from a non-state agent, with no Convention ground. */
    private static CaseBuilder feud(String host) {
        return nationalFacing("AL", host, "arbitrary_killing", "non_state")
                .set("destinations.0.stateProtectionAvailable", "not_established")
                .set("destinations.0.internalProtectionAlternative", "not_established");
    }

    @Test
    void canadaProtectsAPersonalRiskToLifeUnderSection97bAndNamesEachExceptionItCannotSettle() {
        CaseBuilder c = feud("CA").set("destinations.0.harmMoreLikelyThanNot", "established");
        Assessment met = c.set("destinations.0.riskFacedGenerally", "not_established").assess(CA);
        assertThat(met.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        CriterionFinding f = finding(met, Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(f.status()).isEqualTo(Status.MET);
        assertThat(f.reasons().get(0)).contains("person in need of protection (IRPA s. 97(1))")
                .contains("IRPA s. 97(1)(b): the person faces a risk of arbitrary killing in AL")
                .contains("more likely than not");
        // The frame's statute is the legal basis, not the other frames'.
        assertThat(f.legalBasis()).contains("IRPA s. 97(1)(b)(i)-(iv)").doesNotContain("Refugee Act art. 2(3)");
        assertThat(f.factsRelied()).contains("$.destinations[0].riskFacedGenerally");

        // s. 97(1)(b)(ii): a risk faced generally by others is not one the person faces personally.
        CriterionFinding general = finding(c.set("destinations.0.riskFacedGenerally", "established").assess(CA),
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(general.status()).isEqualTo(Status.NOT_MET);
        assertThat(general.reasons().get(0)).contains("faced generally by others in or from that country");

        // Unknown: the finding is open and names the fact, never silently not met.
        CriterionFinding open = finding(feud("CA").set("destinations.0.harmMoreLikelyThanNot", "established")
                .assess(CA), Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).containsExactly("$.destinations[0].riskFacedGenerally");

        // Li: more likely than not. A risk shown not to reach that standard is not enough.
        CriterionFinding below = finding(feud("CA").set("destinations.0.riskFacedGenerally", "not_established")
                .set("destinations.0.harmMoreLikelyThanNot", "not_established").assess(CA),
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(below.status()).isEqualTo(Status.NOT_MET);
        assertThat(below.reasons().get(0)).contains("is not shown to meet the frame's standard of proof");
    }

    @Test
    void theLawfulSanctionsExceptionIsReadOnlyForHarmFromTheState() {
        CaseBuilder state = nationalFacing("ER", "CA", "inhuman_treatment", "state")
                .set("destinations.0.harmMoreLikelyThanNot", "established")
                .set("destinations.0.riskFacedGenerally", "not_established");
        CriterionFinding open = finding(state.assess(CA), Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).containsExactly("$.destinations[0].harmFromLawfulSanctions");
        CriterionFinding lawful = finding(state.set("destinations.0.harmFromLawfulSanctions", "established").assess(CA),
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(lawful.status()).isEqualTo(Status.NOT_MET);
        assertThat(lawful.reasons().get(0)).contains("inherent in or incidental to lawful sanctions");
    }

    @Test
    void australiaNewZealandAndKoreaEachGiveTheirOwnStatus() {
        CaseBuilder feud = feud("AU").set("destinations.0.riskFacedGenerally", "not_established");
        CriterionFinding au = finding(feud.assess(AU), Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(au.status()).isEqualTo(Status.MET);
        assertThat(au.reasons().get(0)).contains("Migration Act 1958 (Cth) s. 36(2)(aa)");
        // s. 36(2B)(a): relocation that is reasonable removes the real risk.
        assertThat(finding(feud.set("destinations.0.internalProtectionAlternative", "established").assess(AU),
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION).status()).isEqualTo(Status.NOT_MET);

        CaseBuilder torture = nationalFacing("ER", "NZ", "torture", "state");
        CriterionFinding nz = finding(torture.assess(NZ), Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(nz.status()).isEqualTo(Status.MET);
        assertThat(nz.reasons().get(0)).contains("protected person").contains("Immigration Act 2009 s. 130: the person"
                + " faces a risk of torture in ER");
        CriterionFinding kr = finding(torture.set("hostState", "KR").set("currentCountry", "KR").assess(KR),
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(kr.status()).isEqualTo(Status.MET);
        assertThat(kr.reasons().get(0)).contains("humanitarian sojourner").contains("Refugee Act art. 2(3)");

        // The frames without national protection in their data say so, and do not guess.
        assertThat(finding(torture.assess(Frame.UNHCR), Criterion.NATIONAL_COMPLEMENTARY_PROTECTION).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aRefugeeNeedsNoneAndANorthKoreanInTheRokIsProtectedAsItsNational() {
        Assessment refugee = danian().set("hostState", "CA").set("currentCountry", "CA").assess(CA);
        assertThat(refugee.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(finding(refugee, Criterion.NATIONAL_COMPLEMENTARY_PROTECTION).status())
                .isEqualTo(Status.NOT_APPLICABLE);

        Assessment nk = org.refugeelaw.rules.nationality.OtherNationalityTest.uk2019Defector("KR").assess(KR);
        CriterionFinding f = finding(nk, Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.reasons().get(0)).contains("Another country of nationality effectively protects the person")
                .contains("a North Korean is a national of the ROK (Constitution art. 3");
    }

    @Test
    void switzerlandRefusesAsylumToARefugeeOnlyThroughTheirOwnPostFlightConductAndAdmitsThemTemporarily() {
        CaseBuilder c = danian().set("hostState", "CH").set("currentCountry", "CH");
        Assessment a = c.assess(CH);
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.determination().basis()).isEqualTo(RefugeeBasis.SUR_PLACE);
        CriterionFinding art54 = finding(a, Criterion.SUBJECTIVE_POST_FLIGHT_GROUNDS);
        assertThat(art54.status()).isEqualTo(Status.MET);
        assertThat(art54.reasons().get(0)).contains("only through their own conduct")
                .contains("political activity").contains("AsylA art. 54").contains("FNIA art. 83(8)");
        CriterionFinding admitted = finding(a, Criterion.NATIONAL_COMPLEMENTARY_PROTECTION);
        assertThat(admitted.status()).isEqualTo(Status.MET);
        assertThat(admitted.reasons().get(0)).contains("temporary (provisional) admission");

        // The same facts under the UNHCR frame: no such refusal.
        assertThat(finding(c.assess(Frame.UNHCR), Criterion.SUBJECTIVE_POST_FLIGHT_GROUNDS).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }
}
