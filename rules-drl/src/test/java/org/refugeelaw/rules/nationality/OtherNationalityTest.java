package org.refugeelaw.rules.nationality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.bar;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** other-nationality.drl: RC 1A(2) second paragraph; HB 106-107; 22 USC 7842 under the US frame. */
public class OtherNationalityTest {

    private static final String RC = "RC 1A(2) second paragraph";

    /**
     * A North Korean entitled to ROK nationality by right, with no significant obstacle to obtaining it (GP (South
     * Korean citizenship)), with the ROK listed as a destination.
     */
    private static CaseBuilder withRokByRight(String rokDestination) {
        return northKoreanInChina().set("departure.withPermission", "not_established").set("person.sex", "male")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\","
                        + " \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", rokDestination);
    }

    @Test
    void metWhenThePersonHasNoNationalityButThatOfTheCountryOfOrigin() {
        CriterionFinding f = assertFinding(northKoreanInChina().assess(), Criterion.OTHER_NATIONALITY, Status.MET, RC);
        assertThat(f.reasons().get(0)).contains("no nationality other than that of KP");
        assertThat(f.factsRelied()).containsExactly("$.person.nationalities");
    }

    @Test
    void metWhenRokNationalityByRightCannotBeReachedFromChina() {
        CriterionFinding f = assertFinding(withRokByRight("{\"country\": \"KR\", \"reachable\": \"not_established\"}")
                .assess(), Criterion.OTHER_NATIONALITY, Status.MET, RC, "HB 106-107",
                "GP (South Korean citizenship) North Korea CG [2014] UKUT 391");
        assertThat(f.reasons().get(0)).contains("KR is a nationality the person can have by right")
                .contains("not effective").contains("the person cannot reach it in practice");
        assertThat(f.factsRelied()).contains("$.person.nationalities[1]", "$.destinations[1]");
    }

    @Test
    void notMetWhenAHeldNationalityAdmitsProtectsAndWouldNotSendThePersonBack() {
        Assessment a = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.nationalities.1", "{\"country\": \"RU\", \"basis\": \"held\"}")
                .set("destinations.1", "{\"country\": \"RU\", \"admitsPerson\": \"established\", \"reachable\":"
                        + " \"established\", \"riskThere\": \"not_established\", \"onwardReturnRisk\": \"not_established\"}")
                .assess();
        CriterionFinding f = assertFinding(a, Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC, "HB 106-107");
        assertThat(f.reasons().get(0)).contains("RU (a nationality the person holds)")
                .contains("available and effective");
        assertThat(f.factsRelied()).contains("$.person.nationalities[1]", "$.destinations[1]")
                .noneMatch(x -> x.startsWith("country:"));
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(a.determination().decidedBy()).contains(Criterion.OTHER_NATIONALITY);
    }

    @Test
    void countryInformationFillsInRokAdmissionSafetyAndNoOnwardReturnWhenTheRecordGivesOnlyReachability() {
        CriterionFinding f = assertFinding(withRokByRight("{\"country\": \"KR\", \"reachable\": \"established\"}")
                .assess(), Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC);
        assertThat(f.reasons().get(0)).contains("KR (a nationality the person can have by right) would admit the person")
                .contains("available and effective");
        assertThat(f.factsRelied()).contains("$.destinations[1]", "country:KR-NORTH-KOREANS-AS-NATIONALS");
    }

    @Test
    void undeterminedWhenItIsNotKnownWhetherTheRokCanBeReached() {
        CriterionFinding f = assertFinding(withRokByRight("{\"country\": \"KR\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.UNDETERMINED, RC);
        assertThat(f.reasons().get(0)).contains("turns on facts that are unknown");
        // Admission, safety and onward return come from country information: only reachability is missing.
        assertThat(f.missingFacts()).containsExactly("$.destinations[1].reachable");
    }

    @Test
    void undeterminedWhenTheOtherNationalityIsNotListedAsADestination() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.UNDETERMINED, RC);
        assertThat(f.reasons().get(0)).contains("the record does not say whether it would admit and protect");
        assertThat(f.missingFacts()).containsExactly("$.person.nationalities[1].significantObstacle",
                "$.destinations[?(@.country=='KR')].admitsPerson",
                "$.destinations[?(@.country=='KR')].reachable", "$.destinations[?(@.country=='KR')].riskThere",
                "$.destinations[?(@.country=='KR')].onwardReturnRisk");
    }

    @Test
    void undeterminedForAHeldNationalityThatNeitherTheRecordNorCountryInformationDescribes() {
        CriterionFinding f = assertFinding(northKoreanInChina()
                .set("person.nationalities.1", "{\"country\": \"RU\", \"basis\": \"held\"}")
                .set("destinations.1", "{\"country\": \"RU\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.UNDETERMINED, RC);
        assertThat(f.missingFacts()).containsExactly("$.destinations[1].admitsPerson", "$.destinations[1].reachable",
                "$.destinations[1].riskThere", "$.destinations[1].onwardReturnRisk");
    }

    @Test
    void metWhenTheOtherStateWouldNotAdmitThePerson() {
        CriterionFinding f = assertFinding(withRokByRight(
                "{\"country\": \"KR\", \"reachable\": \"established\", \"admitsPerson\": \"not_established\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.MET, RC);
        assertThat(f.reasons().get(0)).contains("it would not admit the person");
    }

    @Test
    void metWhenThePersonIsAtRiskInTheOtherStateOrItWouldSendThemBack() {
        CriterionFinding f = assertFinding(withRokByRight("{\"country\": \"KR\", \"reachable\": \"established\","
                + " \"riskThere\": \"established\", \"onwardReturnRisk\": \"established\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.MET, RC);
        assertThat(f.reasons().get(0)).contains("the person is at risk there").contains("it would send the person back");
    }

    @Test
    void underTheUsFrameANorthKoreansRightToRokCitizenshipIsDisregarded() {
        CriterionFinding f = assertFinding(uk2019Defector("US").assess(Frame.US), Criterion.OTHER_NATIONALITY,
                Status.MET, "22 USC 7842(a)-(b)");
        assertThat(f.reasons().get(0)).contains("right to ROK citizenship does not count (22 USC 7842)")
                .contains("has not acquired and used ROK citizenship");
        assertThat(f.factsRelied()).contains("$.person.nationalities[1]", "frame:US");
    }

    @Test
    void underTheUsFrameRokCitizenshipAcquiredAndUsedCounts() {
        // 22 USC 7842(a): the section does not apply to North Koreans who have availed themselves of ROK citizenship.
        // Before issue 12 point 4 it was disregarded whatever the person had done with it.
        CaseBuilder naturalised = uk2019Defector("US").set("person.nationalities.1", "{\"country\": \"KR\","
                + " \"basis\": \"held\", \"availed\": \"established\"}");
        Assessment a = naturalised.assess(Frame.US);
        CriterionFinding f = assertFinding(a, Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC);
        assertThat(f.reasons().get(0)).contains("KR (a nationality the person holds)").contains("available and effective");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        CriterionFinding open = assertFinding(naturalised.set("person.nationalities.1.availed", "unknown")
                .assess(Frame.US), Criterion.OTHER_NATIONALITY, Status.UNDETERMINED, RC);
        assertThat(open.reasons().get(0)).contains("counts only if the person has availed themselves of it");
        assertThat(open.missingFacts()).containsExactly("$.person.nationalities[1].availed");
    }

    @Test
    void aNationalityWithinThePersonsPowerToObtainCountsUnlessTheyShowASignificantObstacle() {
        CaseBuilder b = northKoreanInChina().set("departure.withPermission", "not_established")
                .set("person.nationalities.1", "{\"country\": \"RU\", \"basis\": \"obtainable\","
                        + " \"stepsTaken\": \"not_established\", \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"RU\", \"admitsPerson\": \"established\", \"reachable\":"
                        + " \"established\", \"riskThere\": \"not_established\", \"onwardReturnRisk\": \"not_established\"}");
        Assessment a = b.assess();
        CriterionFinding f = assertFinding(a, Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC,
                "Williams v Canada 2005 FCA 126", "Tretsetsang v Canada 2016 FCA 175");
        assertThat(f.reasons().get(0)).contains("can obtain by an act within their control")
                .contains("has taken no steps to obtain or confirm it");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);

        CriterionFinding obstacle = assertFinding(b.set("person.nationalities.1.significantObstacle", "established")
                .assess(), Criterion.OTHER_NATIONALITY, Status.MET, RC);
        assertThat(obstacle.reasons().get(0)).contains("there is a significant obstacle to obtaining it");

        CriterionFinding open = assertFinding(b.set("person.nationalities.1.significantObstacle", "unknown").assess(),
                Criterion.OTHER_NATIONALITY, Status.UNDETERMINED, RC);
        assertThat(open.reasons().get(0)).contains("burden of showing a significant obstacle");
        assertThat(open.missingFacts()).containsExactly("$.person.nationalities[1].significantObstacle");
    }

    @Test
    void aSignificantObstacleDecidesEvenWhenTheOtherStateIsNotListed() {
        CriterionFinding f = assertFinding(northKoreanInChina().set("person.nationalities.1", "{\"country\": \"RU\","
                + " \"basis\": \"by_right\", \"significantObstacle\": \"established\"}").assess(),
                Criterion.OTHER_NATIONALITY, Status.MET, RC);
        assertThat(f.reasons().get(0)).contains("significant obstacle to obtaining it");
        assertThat(f.factsRelied()).containsExactly("$.person.nationalities[1].significantObstacle");
    }

    @Test
    void the22Usc7842RuleConcernsOnlyTheRokNationalityOfANorthKorean() {
        // Another held nationality that protects still defeats the claim under the US frame.
        CriterionFinding f = assertFinding(northKoreanInChina().set("hostState", "US").set("currentCountry", "US")
                .set("person.nationalities.1", "{\"country\": \"RU\", \"basis\": \"held\"}")
                .set("destinations.1", "{\"country\": \"RU\", \"admitsPerson\": \"established\", \"reachable\":"
                        + " \"established\", \"riskThere\": \"not_established\", \"onwardReturnRisk\": \"not_established\"}")
                .assess(Frame.US), Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC);
        assertThat(f.legalBasis()).doesNotContain("22 USC 7842");
        // And the ROK nationality of someone who is not a North Korean counts under the US frame.
        CriterionFinding g = assertFinding(CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "CN", "basis": "held"},
                                                                {"country": "KR", "basis": "held"}]},
                 "hostState": "US", "currentCountry": "US", "countryOfOrigin": "CN",
                 "destinations": [{"country": "CN"}, {"country": "KR", "admitsPerson": "established",
                   "reachable": "established", "riskThere": "not_established", "onwardReturnRisk": "not_established"}]}
                """).assess(Frame.US), Criterion.OTHER_NATIONALITY, Status.NOT_MET, RC);
        assertThat(g.reasons().get(0)).contains("KR (a nationality the person holds)");
    }

    /**
     * The same North Korean claimant (S2's facts: the ROK would admit and protect him) under the US frame and under
     * UNHCR standards. 22 USC 7842 changes OTHER_NATIONALITY, and with it the determination and the RC 33 bar on
     * return to the DPRK; HUMANITARIAN_CONCERN differs only because it belongs to UNHCR's mandate. Nothing else.
     */
    @Test
    void usFrameVersusUnhcrChangesExactlyOtherNationalityAndWhatDependsOnIt() {
        Assessment unhcr = uk2019Defector("US").assess(Frame.UNHCR);
        Assessment us = uk2019Defector("US").assess(Frame.US);

        Map<String, String> differ = new TreeMap<>();
        for (CriterionFinding f : unhcr.criteria()) {
            CriterionFinding g = us.finding(f.criterion()).orElseThrow();
            if (f.status() != g.status()) {
                differ.put(f.criterion().name(), f.status() + "->" + g.status());
            }
        }
        for (ReturnFinding r : unhcr.returns()) {
            ReturnFinding s = us.returnTo(r.destination()).orElseThrow();
            if (r.status() != s.status()) {
                differ.put("return " + r.destination(), r.status() + "->" + s.status());
            }
            for (BarFinding b : r.bars()) {
                BarFinding c = bar(us, r.destination(), b.criterion());
                if (b.status() != c.status()) {
                    differ.put(r.destination() + " " + b.criterion(), b.status() + "->" + c.status());
                }
            }
        }
        unhcr.procedure().forEach(p -> {
            var q = us.procedure().stream().filter(x -> x.guarantee().equals(p.guarantee())).findFirst().orElseThrow();
            if (p.status() != q.status()) {
                differ.put("procedure " + p.guarantee(), p.status() + "->" + q.status());
            }
        });
        if (unhcr.determination().status() != us.determination().status()) {
            differ.put("determination", unhcr.determination().status() + "->" + us.determination().status());
        }

        assertThat(differ).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OTHER_NATIONALITY", "NOT_MET->MET",
                "determination", "NOT_REFUGEE->REFUGEE",
                // Issue 11 point 5: under the US frame withholding and CAT protection need harm more likely than
                // not (INS v Stevic; 8 CFR 1208.16), which the record leaves unknown.
                "KP NON_REFOULEMENT_33", "NOT_MET->UNDETERMINED",
                "KP ABSOLUTE_BAR_TORTURE", "MET->UNDETERMINED",
                // Not 22 USC 7842: UNHCR's humanitarian mandate is assessed under the UNHCR frame only.
                "HUMANITARIAN_CONCERN", "NOT_MET->NOT_APPLICABLE"));
        // Return to the DPRK is barred either way (under the US frame by ICCPR 7): only the grounds differ.
        assertThat(unhcr.returnTo("KP").orElseThrow().reasons()).isNotEqualTo(us.returnTo("KP").orElseThrow().reasons());
        assertThat(Objects.requireNonNull(bar(unhcr, "KP", Criterion.ABSOLUTE_BAR_TORTURE).status())).isEqualTo(Status.MET);
    }

    /** S2's facts in a given host state: a North Korean who left without permission; the ROK would admit him. */
    public static CaseBuilder uk2019Defector(String host) {
        return northKoreanInChina().set("hostState", host).set("currentCountry", host).set("person.sex", "male")
                .set("departure.withPermission", "not_established").set("claim.statedFear", "established")
                .set("person.nationalities.1", "{\"country\": \"KR\", \"basis\": \"by_right\","
                        + " \"significantObstacle\": \"not_established\"}")
                .set("destinations.1", "{\"country\": \"KR\", \"admitsPerson\": \"established\", \"reachable\":"
                        + " \"established\", \"riskThere\": \"not_established\", \"onwardReturnRisk\": \"not_established\"}")
                .set("procedure.statusProcedureAvailable", "established");
    }
}
