package org.refugeelaw.rules.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.bar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * treaty-data-missing.drl, and with it the principle that a bar binds only the parties to its treaty: which bars
 * apply on return to the DPRK is read from treaties.json, host state by host state.
 */
class TreatyDataMissingTest {

    /** Reference scenario S1 (examples/scenarios/S1-hunger-defector-held-in-china.yaml), rebuilt as JSON. */
    static CaseBuilder s1() {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "S1", "assessmentDate": "2024-06-01",
                 "person": {"id": "S1-person", "sex": "male",
                            "nationalities": [{"country": "KP", "basis": "held"}, {"country": "KR", "basis": "by_right"}]},
                 "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
                 "departure": {"date": "2019-08-15", "withPermission": "not_established", "motives": ["hunger", "economic"]},
                 "claim": {"politicalActivityBeforeDeparture": "not_established"},
                 "activitiesAbroad": [{"kind": "unauthorised_work_abroad", "date": "2019-09-01"}],
                 "destinations": [{"country": "KP"}, {"country": "KR", "reachable": "not_established"}],
                 "procedure": {"statusProcedureAvailable": "not_established", "individualExamination": "not_established",
                               "groupLabel": "illegal economic migrant", "returnUnderBilateralArrangement": "established",
                               "heldForReturn": "established", "personalInterview": "not_established",
                               "accessToUnhcr": "not_established"}}
                """);
    }

    private static JsonNode treaties;

    @BeforeAll
    static void readTreatyData() throws Exception {
        try (InputStream in = TreatyDataMissingTest.class.getResourceAsStream("/org/refugeelaw/data/treaties.json")) {
            treaties = new ObjectMapper().readTree(in);
        }
    }

    /** The party entry of the treaty data, or null. */
    private static JsonNode party(String state, Instrument i) {
        for (JsonNode p : treaties.get("parties")) {
            if (p.get("state").asText().equals(state) && p.get("instrument").asText().equals(i.name())) {
                return p;
            }
        }
        return null;
    }

    /** Whether the instrument binds the state on S1's assessment date, 2024-06-01. */
    private static boolean binds(String state, Instrument i) {
        JsonNode p = party(state, i);
        return p != null && p.get("status").asText().equals("party")
                && (!p.has("inForceUntil") || p.get("inForceUntil").asText().compareTo("2024-06-01") > 0);
    }

    /** The citation the report must print for a binding instrument, built from treaties.json. */
    private static String cite(String articles, String state, Instrument i) {
        JsonNode p = party(state, i);
        return articles + ": " + i.title() + " (" + p.get("action").asText() + " " + p.get("date").asText()
                + (p.has("inForceFrom") ? ", in force " + p.get("inForceFrom").asText() : "")
                + (p.has("inForceUntil") ? " until " + p.get("inForceUntil").asText() : "") + "; "
                + p.get("source").asText() + ")";
    }

    @Test
    void withNoTreatyDataForTheHostEveryBarIsUndeterminedNeverSilentlyAbsent() {
        Assessment a = s1().set("hostState", "UZ").assess();
        for (Criterion c : List.of(Criterion.NON_REFOULEMENT_33, Criterion.ABSOLUTE_BAR_TORTURE,
                Criterion.ABSOLUTE_BAR_LIFE_CIDT)) {
            BarFinding b = bar(a, "KP", c);
            assertThat(b.status()).as(c.name()).isEqualTo(Status.UNDETERMINED);
            assertThat(b.reasons().get(0)).contains("The treaty data hold nothing about UZ")
                    .contains("add its ratifications to treaties.json");
            assertThat(b.missingFacts()).containsExactly("treaties.json: parties for UZ");
            assertThat(b.factsRelied()).containsExactly("$.hostState");
            assertThat(b.instruments()).isEmpty();
            assertThat(b.rulesFired()).contains("No treaty data for the host state");
            assertThat(b.legalBasis()).contains("RC 33", "CAT 3", "ICCPR 7", "ECHR 3");
        }
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.UNDETERMINED);
        assertThat(a.unknownFacts()).contains("treaties.json: parties for UZ");
    }

    @Test
    void changingOnlyTheHostStateOfS1FromChinaToThailandChangesTheBarsCitedExactlyAsTheTreatiesSay() {
        Assessment cn = s1().assess();
        Assessment th = s1().set("hostState", "TH").assess();

        // China: RC 33 (accession 1982) and CAT 3 (ratification 1988); the ICCPR only signed (1998), so not binding.
        BarFinding cn33 = bar(cn, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(cn33.status()).isEqualTo(Status.MET);
        assertThat(cn33.instruments()).containsExactly(
                "RC 33: 1951 Refugee Convention (accession 1982-09-24, in force 1982-12-23; UN Treaty Collection, Chapter V.2)",
                "RC 33 (through Protocol art. I): 1967 Protocol relating to the Status of Refugees (accession"
                        + " 1982-09-24, in force 1982-09-24; UN Treaty Collection, Chapter V.5)");
        BarFinding cnTorture = bar(cn, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(cnTorture.status()).isEqualTo(Status.MET);
        assertThat(cnTorture.instruments()).containsExactly(
                "CAT art. 3: Convention against Torture (ratification 1988-10-04, in force 1988-11-03; UN Treaty Collection, Chapter IV.9)");
        BarFinding cnLife = bar(cn, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(cnLife.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(cnLife.reasons().get(0)).contains("ICCPR (signed 1998-10-05, not ratified)");

        // Thailand: not party to the Convention or the Protocol; CAT (accession 2007) and ICCPR (accession 1996).
        BarFinding th33 = bar(th, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(th33.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(th33.instruments()).isEmpty();
        assertThat(th33.reasons().get(0)).contains("TH is not bound by the 1951 Convention or its 1967 Protocol");
        BarFinding thTorture = bar(th, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(thTorture.status()).isEqualTo(Status.MET);
        assertThat(thTorture.instruments()).containsExactly(
                "CAT art. 3: Convention against Torture (accession 2007-10-02, in force 2007-11-01; UN Treaty Collection, Chapter IV.9)",
                "ICCPR art. 7: ICCPR (accession 1996-10-29, in force 1997-01-29; UN Treaty Collection, Chapter IV.4)");
        BarFinding thLife = bar(th, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        assertThat(thLife.status()).isEqualTo(Status.MET);
        assertThat(thLife.instruments()).containsExactly(
                "ICCPR arts. 6 and 7: ICCPR (accession 1996-10-29, in force 1997-01-29; UN Treaty Collection, Chapter IV.4)");

        // Return stays barred; only its grounds change. Nothing outside the bars changes.
        assertThat(cn.returnTo("KP").orElseThrow().reasons()).containsExactly("Return to KP is barred by"
                + " non-refoulement under RC 33(1); the absolute prohibition of return to torture.");
        assertThat(th.returnTo("KP").orElseThrow().reasons()).containsExactly("Return to KP is barred by the absolute"
                + " prohibition of return to death or inhuman treatment; the absolute prohibition of return to torture.");
        // (surPlaceCauses compared as a set: the assembler orders two causes with the same criterion and fact
        // nondeterministically; see the report.)
        assertThat(th.determination()).usingRecursiveComparison().ignoringFields("surPlaceCauses")
                .isEqualTo(cn.determination());
        assertThat(th.determination().surPlaceCauses())
                .containsExactlyInAnyOrderElementsOf(cn.determination().surPlaceCauses());
        // Issue 11 point 8: the procedure differs only where the Convention matters. Thailand, not a party, is not
        // reported as breaching RC 35, and the individual-determination duty is attributed to CAT 3 and ICCPR 7.
        assertThat(th.procedure()).filteredOn(p -> !p.guarantee().equals("accessToUnhcr"))
                .isEqualTo(cn.procedure().stream().filter(p -> !p.guarantee().equals("accessToUnhcr")).toList());
        assertThat(th.procedure()).filteredOn(p -> p.guarantee().equals("accessToUnhcr"))
                .extracting(p -> p.status()).containsExactly(Status.NOT_APPLICABLE);
        Set<Criterion> procedural = Set.of(Criterion.INDIVIDUAL_DETERMINATION, Criterion.PROCEDURAL_GUARANTEES);
        for (CriterionFinding f : cn.criteria()) {
            if (procedural.contains(f.criterion())) {
                assertThat(th.finding(f.criterion()).orElseThrow().status()).isEqualTo(f.status());
                continue;
            }
            assertThat(th.finding(f.criterion())).as(f.criterion().name()).contains(f);
        }
        assertThat(th.finding(Criterion.INDIVIDUAL_DETERMINATION).orElseThrow().reasons().get(0))
                .contains("TH is not party to the Refugee Convention or its Protocol and does not violate them.");
    }

    /** Which bars the 18 host states in treaties.json owe on return of S1 to the DPRK (the DPRK itself left out). */
    static Stream<Arguments> hostStates() {
        // state, RC 33 binds, CAT, ICCPR, ECHR, abolitionist by treaty (ICCPR OP2 or ECHR Protocol 6/13)
        return Stream.of(
                Arguments.of("CN", true, true, false, false, false),
                Arguments.of("TH", false, true, true, false, false),
                Arguments.of("MN", false, true, true, false, true),
                Arguments.of("RU", true, true, true, false, false),
                Arguments.of("VN", false, true, true, false, false),
                Arguments.of("LA", false, true, true, false, false),
                Arguments.of("KR", true, true, true, false, false),
                Arguments.of("JP", true, true, true, false, false),
                Arguments.of("GB", true, true, true, true, true),
                Arguments.of("DE", true, true, true, true, true),
                Arguments.of("AT", true, true, true, true, true),
                Arguments.of("IT", true, true, true, true, true),
                Arguments.of("SE", true, true, true, true, true),
                Arguments.of("CH", true, true, true, true, true),
                Arguments.of("US", true, true, true, false, false),
                Arguments.of("CA", true, true, true, false, true),
                Arguments.of("AU", true, true, true, false, true),
                Arguments.of("NZ", true, true, true, false, true));
    }

    @Test
    void theTableCoversEveryHostStateInTheTreatyData() {
        // The hosts whose entries all carry their exact dates; those added with only a year or no date (issue 16
        // point 6) are covered by TreatyCoverageTest.
        Set<String> inData = new TreeSet<>();
        treaties.get("parties").forEach(p -> inData.add(p.get("state").asText()));
        treaties.get("parties").forEach(p -> {
            if (p.get("status").asText().equals("unknown")
                    || p.get("status").asText().equals("party") && !p.has("inForceFrom")) {
                inData.remove(p.get("state").asText());
            }
        });
        inData.remove("KP");
        Set<String> inTable = new TreeSet<>();
        hostStates().forEach(a -> inTable.add((String) a.get()[0]));
        assertThat(inTable).isEqualTo(inData).hasSize(18);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostStates")
    void barsOnReturnToTheDprkFollowTheTreatyData(String host, boolean rc, boolean cat, boolean iccpr, boolean echr,
                                                   boolean abolitionist) {
        // The table agrees with the data ...
        assertThat(binds(host, Instrument.RC_1951) || binds(host, Instrument.RC_PROTOCOL_1967)).isEqualTo(rc);
        assertThat(binds(host, Instrument.CAT)).isEqualTo(cat);
        assertThat(binds(host, Instrument.ICCPR)).isEqualTo(iccpr);
        assertThat(binds(host, Instrument.ECHR)).isEqualTo(echr);
        assertThat(binds(host, Instrument.ICCPR_OP2) || binds(host, Instrument.ECHR_P6)
                || binds(host, Instrument.ECHR_P13)).isEqualTo(abolitionist);

        // ... and the rules apply exactly those instruments.
        Assessment a = s1().set("hostState", host).assess();
        BarFinding rc33 = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        if (rc) {
            List<String> expected = new ArrayList<>();
            if (binds(host, Instrument.RC_1951)) {
                expected.add(cite("RC 33", host, Instrument.RC_1951));
            }
            if (binds(host, Instrument.RC_PROTOCOL_1967)) {
                expected.add(cite("RC 33 (through Protocol art. I)", host, Instrument.RC_PROTOCOL_1967));
            }
            assertThat(rc33.status()).isEqualTo(Status.MET);
            assertThat(rc33.instruments()).containsExactlyElementsOf(expected);
        } else {
            assertThat(rc33.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(rc33.instruments()).isEmpty();
        }

        BarFinding torture = bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        List<String> tortureCites = new ArrayList<>();
        if (cat) {
            tortureCites.add(cite("CAT art. 3", host, Instrument.CAT));
        }
        if (iccpr) {
            tortureCites.add(cite("ICCPR art. 7", host, Instrument.ICCPR));
        }
        if (echr) {
            tortureCites.add(cite("ECHR art. 3", host, Instrument.ECHR));
        }
        assertThat(torture.status()).isEqualTo(Status.MET);
        assertThat(torture.instruments()).containsExactlyElementsOf(tortureCites);

        BarFinding life = bar(a, "KP", Criterion.ABSOLUTE_BAR_LIFE_CIDT);
        if (!iccpr && !echr) {
            assertThat(life.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(life.instruments()).isEmpty();
        } else {
            List<String> lifeCites = new ArrayList<>();
            if (iccpr) {
                lifeCites.add(cite("ICCPR arts. 6 and 7", host, Instrument.ICCPR));
            }
            if (abolitionist && binds(host, Instrument.ICCPR_OP2)) {
                lifeCites.add(cite("OP2 art. 1", host, Instrument.ICCPR_OP2));
            }
            if (echr) {
                lifeCites.add(cite("ECHR arts. 2 and 3", host, Instrument.ECHR));
            }
            if (abolitionist && binds(host, Instrument.ECHR_P6)) {
                lifeCites.add(cite("Protocol 6 art. 1", host, Instrument.ECHR_P6));
            }
            if (abolitionist && binds(host, Instrument.ECHR_P13)) {
                lifeCites.add(cite("Protocol 13 art. 1", host, Instrument.ECHR_P13));
            }
            assertThat(life.status()).isEqualTo(Status.MET);
            assertThat(life.instruments()).containsExactlyElementsOf(lifeCites);
            // Issue 11 point 3: the death penalty for leaving is arbitrary under ICCPR 6 for every party, and an
            // abolitionist host may not expose anyone to it at all; the reasons say so either way.
            assertThat(life.reasons().get(0)).contains("would be arbitrary under ICCPR 6");
            if (abolitionist) {
                assertThat(life.reasons().get(0)).contains(host + " has abolished the death penalty");
            }
        }
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
    }

    // Issue 11 point 7: treaty obligations as at the date of the decision.

    @Test
    void russiaWasBoundByTheEchrUntil16September2022AndNotAfter() {
        CaseBuilder c = s1().set("hostState", "RU").set("currentCountry", "RU");
        BarFinding before = bar(c.set("assessmentDate", "2021-06-01").assess(), "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(before.instruments()).contains("ECHR art. 3: ECHR (ratification 1998-05-05, in force 1998-05-05"
                + " until 2022-09-16; Council of Europe Treaty Office, ETS 005)");
        BarFinding after = bar(s1().set("hostState", "RU").set("currentCountry", "RU").assess(), "KP",
                Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(after.instruments()).noneMatch(i -> i.startsWith("ECHR"));
        // CAT and the ICCPR still bind Russia: the bar itself stands.
        assertThat(after.status()).isEqualTo(Status.MET);
    }

    @Test
    void catBoundThailandOnlyFromItsEntryIntoForceThirtyDaysAfterAccession() {
        CaseBuilder c = s1().set("hostState", "TH").set("currentCountry", "TH").set("departure.date", "2007-06-01")
                .set("activitiesAbroad.0.date", "2007-07-01");
        BarFinding october = bar(c.set("assessmentDate", "2007-10-31").assess(), "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(october.instruments()).noneMatch(i -> i.startsWith("CAT"))
                .anyMatch(i -> i.startsWith("ICCPR art. 7"));
        BarFinding november = bar(s1().set("hostState", "TH").set("currentCountry", "TH")
                .set("departure.date", "2007-06-01").set("activitiesAbroad.0.date", "2007-07-01")
                .set("assessmentDate", "2007-11-01").assess(), "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(november.instruments()).contains("CAT art. 3: Convention against Torture (accession 2007-10-02,"
                + " in force 2007-11-01; UN Treaty Collection, Chapter IV.9)");
    }

    @Test
    void aMissingInForceDateIsReportedNeverGuessed() {
        org.refugeelaw.model.Treaties bundled = org.refugeelaw.api.Assessor.bundledTreaties();
        // Thailand without its ICCPR entry, and with CAT's in-force date missing: CAT alone carries the bar.
        List<org.refugeelaw.model.Treaties.Party> parties = new ArrayList<>();
        for (org.refugeelaw.model.Treaties.Party p : bundled.parties()) {
            if (p.state().equals("TH") && p.instrument() == Instrument.ICCPR) {
                continue;
            }
            parties.add(p.state().equals("TH") && p.instrument() == Instrument.CAT
                    ? new org.refugeelaw.model.Treaties.Party(p.state(), p.instrument(), p.status(), p.date(),
                            p.action(), null, null, null, p.source(), p.verification(), p.note())
                    : p);
        }
        org.refugeelaw.model.Treaties t = new org.refugeelaw.model.Treaties(bundled.schemaVersion(),
                bundled.description(), bundled.retrieved(), parties);
        Assessment a = s1().set("hostState", "TH").set("currentCountry", "TH")
                .using(org.refugeelaw.rules.RuleTestSupport.ASSESSOR.withTreaties(t)).assess();
        BarFinding b = bar(a, "KP", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.reasons().get(0)).contains("is not known").contains("missing from treaties.json");
        assertThat(b.missingFacts()).containsExactly("treaties.json: inForceFrom for TH/CAT");
        assertThat(b.rulesFired()).contains("The in-force date of the instruments barring return to torture is"
                + " missing");
    }

    private static final String RC_DATE_MISSING =
            "The in-force date of the Refugee Convention or Protocol for the host is missing";

    @Test
    void whereTheTreatyDataDoNotDateTheRefugeeConventionForTheHostRc33IsUndeterminedForARefugee() {
        // Poland is recorded as a party to RC and its Protocol, but the deposit dates were not verified.
        Assessment a = s1().set("hostState", "PL").set("currentCountry", "PL").assess();
        assertThat(a.determination().status()).isEqualTo(org.refugeelaw.assessment.RefugeeStatus.REFUGEE);
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(b.reasons().get(0)).contains("Whether RC 33 bound PL on the assessment date is not known");
        assertThat(b.missingFacts()).containsExactly("treaties.json: inForceFrom for PL/RC_1951");
        assertThat(b.rulesFired()).contains(RC_DATE_MISSING);
    }

    @Test
    void forAPersonFoundNotToBeARefugeeTheUndatedRefugeeConventionIsNeitherDecisiveNorCited() {
        // Scenario I16-P06a: S1's man in Poland, whose South Korean nationality protects him. RC 33 protects
        // refugees only; the rule on the missing date may fire before the determination is known, but what it
        // inserted is withdrawn once the determination is made, and the explanation must not cite it.
        Assessment a = s1().set("hostState", "PL").set("currentCountry", "PL")
                .set("activitiesAbroad", "[]")
                .set("person.nationalities.1.significantObstacle", "not_established")
                .set("stayAbroad", "{\"contactWithSouthKoreans\": \"not_established\","
                        + " \"contactWithChurches\": \"not_established\"}")
                .set("destinations", "[{\"country\": \"KP\"}, {\"country\": \"KR\", \"admitsPerson\": \"established\","
                        + " \"reachable\": \"established\", \"riskThere\": \"not_established\","
                        + " \"onwardReturnRisk\": \"not_established\"}]")
                .assess();
        assertThat(a.determination().status()).isEqualTo(org.refugeelaw.assessment.RefugeeStatus.NOT_REFUGEE);
        BarFinding b = bar(a, "KP", Criterion.NON_REFOULEMENT_33);
        assertThat(b.status()).isEqualTo(Status.NOT_MET);
        assertThat(b.rulesFired()).doesNotContain(RC_DATE_MISSING);
        assertThat(b.legalBasis()).doesNotContain("RC 43", "VCLT 24");
    }

    @Test
    void everyBindingEntryOfTheBundledDataHasItsInForceDateAndSaysWhetherItWasVerified() {
        for (org.refugeelaw.model.Treaties.Party p : org.refugeelaw.api.Assessor.bundledTreaties().parties()) {
            assertThat(p.verification()).as(p.state() + "/" + p.instrument()).isNotBlank();
            if (p.binding() && p.inForceFrom() == null && p.inForceBy() == null) {
                // Issue 16 point 6: an entry whose date was not read says so, and its bars stay undetermined.
                assertThat(p.verification()).as(p.state() + "/" + p.instrument())
                        .contains("the in-force date is missing");
            } else if (p.binding() && p.inForceFrom() == null) {
                assertThat(p.inForceFromBasis()).as(p.state() + "/" + p.instrument()).contains("only the year");
            } else if (p.binding()) {
                assertThat(p.inForceFromBasis()).as(p.state() + "/" + p.instrument()).isNotBlank();
                if (p.date() != null) {
                    assertThat(p.inForceFrom()).as(p.state() + "/" + p.instrument()).isAfterOrEqualTo(p.date());
                } else {
                    // Issue 17: where only the year of the act was read, inForceFrom is its latest possible date.
                    assertThat(p.inForceFromBasis()).as(p.state() + "/" + p.instrument()).contains("upper bound");
                }
            }
        }
        org.refugeelaw.model.Treaties.Party ch = org.refugeelaw.api.Assessor.bundledTreaties().parties().stream()
                .filter(p -> p.state().equals("CH") && p.instrument() == Instrument.ECHR_P13).findFirst().orElseThrow();
        assertThat(ch.date()).isEqualTo(java.time.LocalDate.of(2002, 5, 3));
    }
}
