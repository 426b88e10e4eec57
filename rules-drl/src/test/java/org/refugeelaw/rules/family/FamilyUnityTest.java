package org.refugeelaw.rules.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refugeelaw.rules.RuleTestSupport.ASSESSOR;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.FamilyJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/** family/family-unity.drl and family documents: HB 181-188; Final Act of the 1951 Conference, Recommendation B. */
class FamilyUnityTest {

    /** A North Korean woman in China who fears nothing herself, linked to a principal as {@code relation}. */
    private static CaseBuilder memberOf(String relation, String recognised) {
        return northKoreanInChina().set("person.sex", "female").set("claim.statedFear", "not_established")
                .set("departure.withPermission", "established").set("stayAbroad.authorisedByOrigin", "established")
                .set("family.principal", "P1").set("family.relation", relation)
                .set("family.principalRecognised", recognised);
    }

    @Test
    void theSpouseOfARecognisedRefugeeSharesTheProtectionBesideHerOwnAssessment() {
        Assessment a = memberOf("spouse", "established").assess();
        CriterionFinding f = assertFinding(a, Criterion.FAMILY_UNITY, Status.MET, "HB 181-188",
                "Final Act of the 1951 Conference, Recommendation B");
        assertThat(f.reasons().get(0)).contains("the spouse of P1").contains("derivative status")
                .contains("a derivative grant does not replace it");
        // The derivative grant never hides the individual claim: her own determination is her own.
        assertThat(a.determination().status()).isNotEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void underTheEuFrameQd23IsCited() {
        CriterionFinding f = assertFinding(memberOf("spouse", "established").assess(Frame.EU), Criterion.FAMILY_UNITY,
                Status.MET, "QD 23(2)-(3)");
        assertThat(f.reasons().get(0)).contains("QD 23(2)");
    }

    @Test
    void noStatusToShareWhereThePrincipalIsNotRecognised() {
        CriterionFinding f = assertFinding(memberOf("spouse", "not_established").assess(), Criterion.FAMILY_UNITY,
                Status.NOT_MET, "HB 181-188");
        assertThat(f.reasons().get(0)).contains("P1 is not recognised as a refugee");
    }

    @Test
    void anAdultChildWhoIsNotDependentIsOutsideThePrinciple() {
        CriterionFinding f = assertFinding(memberOf("child", "established").set("person.dateOfBirth", "1994-01-15")
                .set("family.dependent", "not_established").assess(), Criterion.FAMILY_UNITY, Status.NOT_MET, "HB 181-188");
        assertThat(f.reasons().get(0)).contains("HB 185");
    }

    @Test
    void anExcludedFamilyMemberDoesNotShareTheStatus() {
        CriterionFinding f = assertFinding(memberOf("spouse", "established").set("exclusion.crimes",
                "[{\"category\": \"crime_against_peace_war_crime_or_crime_against_humanity\", \"act\": \"torture\","
                + " \"date\": \"2018-05-01\", \"seriousReasonsForConsidering\": \"established\","
                + " \"individualResponsibility\": \"established\", \"defenceApplies\": \"not_established\","
                + " \"widespreadOrSystematicAttack\": \"established\"}]").assess(),
                Criterion.FAMILY_UNITY, Status.NOT_MET, "HB 181-188");
        assertThat(f.reasons().get(0)).contains("exclusion clause themselves (HB 188)");
    }

    @Test
    void whetherThePrincipalIsRecognisedUnknownLeavesItOpen() {
        CriterionFinding f = assertFinding(memberOf("spouse", "unknown").assess(), Criterion.FAMILY_UNITY,
                Status.UNDETERMINED, "HB 181-188");
        assertThat(f.missingFacts()).containsExactly("$.family.principalRecognised");
    }

    @Test
    void noFamilyLinkNoDerivativeQuestion() {
        assertFinding(northKoreanInChina().assess(), Criterion.FAMILY_UNITY, Status.NOT_APPLICABLE, "HB 181-188");
    }

    private static final String MOTHER = """
            {"schemaVersion": "1.0", "caseId": "F1a", "assessmentDate": "2024-06-01",
             "person": {"id": "F1-mother", "sex": "female", "nationalities": [{"country": "KP", "basis": "held"}]},
             "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
             "departure": {"date": "2012-02-01", "withPermission": "not_established"},
             "destinations": [{"country": "KP"}],
             "credibility": {"generallyCredible": "not_established"}}""";
    private static final String CHILD = """
            {"schemaVersion": "1.0", "caseId": "F1b", "assessmentDate": "2024-06-01",
             "person": {"id": "F1-child", "sex": "female", "dateOfBirth": "2017-05-10", "nationalities": []%s},
             "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
             "destinations": [{"country": "KP"}],
             "family": {"principal": "%s", "relation": "child"%s}}""";

    private static String family(String... members) {
        return "{\"schemaVersion\": \"1.0\", \"familyId\": \"F1\", \"members\": [" + String.join(",", members) + "]}";
    }

    @Test
    void aFamilyIsAssessedMemberByMemberWithThePrincipalsRecognitionFromItsOwnAssessment() {
        FamilyAssessment fa = ASSESSOR.assessFamily(FamilyJson.read(family(MOTHER,
                CHILD.formatted("", "F1-mother", ""))), Frame.UNHCR);
        assertThat(fa.members()).extracting(FamilyAssessment.Member::personId).containsExactly("F1-mother", "F1-child");
        Assessment mother = fa.member("F1-mother").assessment();
        Assessment child = fa.member("F1-child").assessment();
        assertThat(mother.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        // Alone, the child's record cannot say whether her mother is recognised; in the family it can.
        CriterionFinding f = assertFinding(child, Criterion.FAMILY_UNITY, Status.MET, "HB 181-188");
        assertThat(f.reasons().get(0)).contains("a minor child of F1-mother, who is recognised as a refugee");
        // The mother's credibility finding is not carried over: the child's own credibility stays unknown.
        assertThat(child.finding(Criterion.BENEFIT_OF_DOUBT).orElseThrow().status()).isEqualTo(Status.UNDETERMINED);
        assertThat(fa.findings()).singleElement().asString().contains("F1-child (child of F1-mother)")
                .contains("not dismissed for a parent's lack of credibility alone");
    }

    @Test
    void theUnregisteredChildsShareWaitsOnWhetherSheIsChinese() {
        FamilyAssessment fa = ASSESSOR.assessFamily(FamilyJson.read(family(MOTHER,
                CHILD.formatted(", \"possibleNationalities\": [\"CN\", \"KP\"]", "F1-mother", ""))), Frame.UNHCR);
        Assessment child = fa.member("F1-child").assessment();
        CriterionFinding f = assertFinding(child, Criterion.FAMILY_UNITY, Status.UNDETERMINED, "HB 181-188");
        assertThat(f.reasons().get(0)).contains("whether they hold the nationality of CN").contains("HB 184");
        assertThat(f.missingFacts()).containsExactly("$.person.possibleNationalities");
        assertThat(child.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
    }

    @Test
    void aFamilyDocumentPassesTheSameGateWithPathsInsideTheDocument() {
        assertThatThrownBy(() -> FamilyJson.read(family(MOTHER,
                CHILD.formatted("", "F1-father", ", \"principalRecognised\": \"maybe\""))))
                .isInstanceOf(InvalidCaseException.class)
                .extracting(e -> ((InvalidCaseException) e).problems().stream().map(InputProblem::path).toList())
                .asList().containsExactly("$.members[1].family.principalRecognised");
        assertThatThrownBy(() -> FamilyJson.read(family(MOTHER, CHILD.formatted("", "F1-father", ""))))
                .isInstanceOf(InvalidCaseException.class)
                .extracting(e -> ((InvalidCaseException) e).problems().get(0).message()).asString()
                .contains("$.members[1].family.principal").contains("another member");
        assertThatThrownBy(() -> FamilyJson.read("{\"schemaVersion\": \"1.0\", \"familyId\": \"F1\", \"members\": []}"))
                .isInstanceOf(InvalidCaseException.class);
    }

    @Test
    void aRecordedRecognitionThatContradictsThePrincipalsAssessmentIsRefused() {
        assertThatThrownBy(() -> ASSESSOR.assessFamily(FamilyJson.read(family(MOTHER,
                CHILD.formatted("", "F1-mother", ", \"principalRecognised\": \"not_established\""))), Frame.UNHCR))
                .isInstanceOf(InvalidCaseException.class)
                .extracting(e -> ((InvalidCaseException) e).problems().get(0).path()).asString()
                .isEqualTo("$.members[1].family.principalRecognised");
    }

    @Test
    void theHtmlReportShowsTheFamilyAsOneDocumentWithASectionPerMember() {
        FamilyAssessment fa = ASSESSOR.assessFamily(FamilyJson.read(family(MOTHER,
                CHILD.formatted("", "F1-mother", ""))), Frame.UNHCR);
        String html = HtmlReport.renderFamily(fa);
        assertThat(html).containsOnlyOnce("<html").containsOnlyOnce("<main>")
                .contains("<section id=\"member-1\"", "<section id=\"member-2\"", "id=\"m2-criterion-FAMILY_UNITY\"")
                .contains("F1-child (child of F1-mother)").doesNotContain("2017-05-10");
    }
}
