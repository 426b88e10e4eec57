package org.refugeelaw.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.reference.ReferenceDetermination.FrameId;
import org.refugeelaw.rules.RuleTestSupport;

/**
 * Shared pieces of the property tests: the country information (bundled plus the fictional test countries XA-XD),
 * a seeded generator of valid case records written as JSON trees, and a snapshot of the statuses of an assessment.
 */
final class PropertySupport {
    static final ObjectMapper JSON = new ObjectMapper();
    static final CountryInformation CI = Assessor.bundledCountryInformation()
            .plus(RuleTestSupport.readCountryInformation("test-country-information.json"));
    static final Assessor ASSESSOR = RuleTestSupport.TEST_ASSESSOR;

    static final String[] TRUTH = {"established", "not_established", "unknown"};
    static final String[] ORIGINS = {"KP", "KP", "KP", "XA", "XA", "XB", "XC", "XD", "PS", "SY"};
    static final String[] CONDUCTS = {"unauthorised_exit", "unauthorised_stay_abroad", "forced_return",
        "pregnancy_on_return", "contact_with_south_koreans", "religious_contact", "religious_conversion",
        "contact_with_journalists", "contact_with_ngos", "political_activity", "asylum_claim", "political_neutrality",
        "refusal_to_join_armed_group", "ordinary_crime", "unauthorised_work_abroad"};
    static final String[] HARMS = {"death_penalty", "arbitrary_killing", "torture", "inhuman_treatment",
        "forced_labour", "political_prison_camp", "arbitrary_detention", "forced_abortion", "sexual_violence",
        "trafficking", "indiscriminate_violence", "detention_and_interrogation", "discrimination", "fine",
        "short_imprisonment", "economic_hardship", "denial_of_nationality", "denial_of_return"};
    static final String[] GROUNDS = {"race", "religion", "nationality", "particular_social_group",
        "political_opinion"};
    static final String[] CRIMES = {"crime_against_peace_war_crime_or_crime_against_humanity",
        "serious_non_political_crime", "acts_contrary_to_un_purposes"};
    static final String[] ACTS = {"killing", "torture", "sexual_violence", "enslavement", "imprisonment",
        "deportation_or_forcible_transfer", "persecution", "enforced_disappearance", "other_inhumane_act",
        "aggressive_war", "terrorist_act", "property_crime", "drug_offence", "other"};
    static final String[] ROLES = {"perpetrator", "ordered_or_instigated", "aided_or_abetted", "common_purpose",
        "superior_responsibility", "membership_only"};
    static final String[] MOTIVES = {"economic", "hunger", "family", "fear_of_persecution", "armed_conflict",
        "state_assignment", "other"};

    private PropertySupport() {
    }

    static Frame frame(FrameId f) {
        return Frame.valueOf(f.name());
    }

    static CaseRecord read(JsonNode tree) {
        return CaseJson.fromTree(tree.deepCopy());
    }

    /** The record, or null when the tree is not a valid case record (for example stateless but holding one). */
    static CaseRecord readOrNull(JsonNode tree) {
        try {
            return read(tree);
        } catch (InvalidCaseException e) {
            return null;
        }
    }

    static String compact(JsonNode tree) {
        return tree.toString();
    }

    /** The statuses an assessment reaches, by name: the determination, every criterion, every bar on return. */
    static Map<String, String> statuses(Assessment a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("determination", a.determination().status().name());
        for (CriterionFinding f : a.criteria()) {
            m.put(f.criterion().name(), f.status().name());
        }
        for (ReturnFinding r : a.returns()) {
            m.put("return:" + r.destination(), r.status().name());
            for (BarFinding b : r.bars()) {
                m.put("return:" + r.destination() + ":" + b.criterion(), b.status().name());
            }
        }
        a.procedure().forEach(p -> m.put("procedure:" + p.criterion() + ":" + p.guarantee(), p.status().name()));
        return m;
    }

    /** A seeded generator of valid case records. */
    static final class Generator {
        private final Random rnd;
        /**
         * A second stream for facts added after the generator was first written (issue 11), so that adding them leaves
         * the records drawn from {@code rnd} unchanged.
         */
        private final Random added;

        Generator(long seed) {
            this.rnd = new Random(seed);
            this.added = new Random(seed ^ 0x1111L);
        }

        /** Sets {@code field} to a random truth value two times in three, from the second stream. */
        private void maybeAdded(ObjectNode o, String field) {
            if (added.nextInt(3) > 0) {
                o.put(field, TRUTH[added.nextInt(3)]);
            }
        }

        Random random() {
            return rnd;
        }

        String truth() {
            return TRUTH[rnd.nextInt(3)];
        }

        private <T> T pick(T[] values) {
            return values[rnd.nextInt(values.length)];
        }

        private void maybe(ObjectNode o, String field) {
            if (rnd.nextInt(4) > 0) {
                o.put(field, truth());
            }
        }

        private ArrayNode some(String[] values, int max) {
            ArrayNode a = JSON.createArrayNode();
            int n = rnd.nextInt(max + 1);
            for (int i = 0; i < n; i++) {
                a.add(pick(values));
            }
            return a;
        }

        /** Like {@link #some}, with the same draws, but each value once (the gate refuses a value listed twice). */
        private ArrayNode distinct(String[] values, int max) {
            ArrayNode a = JSON.createArrayNode();
            for (JsonNode v : some(values, max)) {
                boolean seen = false;
                for (JsonNode w : a) {
                    seen |= w.equals(v);
                }
                if (!seen) {
                    a.add(v);
                }
            }
            return a;
        }

        /** A valid case record; tries again until the validator accepts one. */
        ObjectNode next() {
            for (int attempt = 0; ; attempt++) {
                ObjectNode c = candidate();
                if (readOrNull(c) != null) {
                    return c;
                }
                if (attempt > 100) {
                    throw new IllegalStateException("the generator makes no valid records: " + c);
                }
            }
        }

        private ObjectNode candidate() {
            String origin = pick(ORIGINS);
            ObjectNode c = JSON.createObjectNode();
            c.put("schemaVersion", "1.0");
            c.put("caseId", "P-" + rnd.nextInt(1000));
            c.put("assessmentDate", "2024-06-01");
            ObjectNode p = c.putObject("person");
            p.put("id", "P-person");
            if (rnd.nextBoolean()) {
                // Issue 17: a child as often as an adult (a child's threshold of persecution is lower).
                p.put("dateOfBirth", added.nextBoolean() ? "1990-01-01" : "2012-01-01");
            }
            p.put("sex", pick(new String[] {"female", "male", "other", "unknown"}));
            maybe(p, "pregnant");
            ArrayNode nats = p.putArray("nationalities");
            boolean stateless = rnd.nextInt(8) == 0;
            if (stateless) {
                p.put("stateless", "established");
                if (rnd.nextBoolean()) {
                    p.put("formerHabitualResidence", rnd.nextBoolean() ? origin : "CN");
                }
            } else {
                nats.addObject().put("country", origin).put("basis", "held");
                maybe(p, "stateless");
                if (p.path("stateless").asText().equals("established")) {
                    p.put("stateless", "not_established");
                }
            }
            if (rnd.nextInt(3) == 0 && !origin.equals("KR")) {
                ObjectNode kr = nats.addObject().put("country", "KR")
                        .put("basis", pick(new String[] {"by_right", "held", "obtainable"}));
                for (String f : new String[] {"stepsTaken", "significantObstacle", "availed"}) {
                    maybe(kr, f);
                }
            }
            if (stateless && nats.size() > 0 && "held".equals(nats.get(0).path("basis").asText())) {
                ((ObjectNode) nats.get(0)).put("basis", "by_right");
            }
            c.put("hostState", pick(new String[] {"CN", "GB", "DE", "TH", "US"}));
            c.put("currentCountry", rnd.nextInt(12) == 0 ? origin : pick(new String[] {"CN", "GB", "DE", "KR"}));
            c.put("countryOfOrigin", origin);
            ObjectNode dep = c.putObject("departure");
            if (rnd.nextBoolean()) {
                dep.put("date", "2015-0" + (1 + rnd.nextInt(9)) + "-15");
            }
            maybe(dep, "withPermission");
            dep.set("motives", distinct(MOTIVES, 2));
            ObjectNode stay = c.putObject("stayAbroad");
            maybe(stay, "authorisedByOrigin");
            // The aggravated profile (issue 16 point 5), three-valued.
            maybeAdded(stay, "contactWithSouthKoreans");
            maybeAdded(stay, "contactWithChurches");
            maybeAdded(stay, "attemptToReachSouthKorea");
            ObjectNode claim = c.putObject("claim");
            for (String f : new String[] {"statedFear", "pastPersecution", "politicalActivityBeforeDeparture",
                "wouldConcealOnReturn", "concealmentOutOfFear"}) {
                maybe(claim, f);
            }
            claim.set("profile", some(CONDUCTS, 2));
            ArrayNode acts = c.putArray("activitiesAbroad");
            for (int i = rnd.nextInt(4); i > 0; i--) {
                ObjectNode a = acts.addObject();
                a.put("kind", pick(CONDUCTS));
                if (rnd.nextBoolean()) {
                    a.put("date", "2020-0" + (1 + rnd.nextInt(9)) + "-01");
                }
                a.put("visibility", pick(new String[] {"public", "private", "unknown"}));
                a.put("role", pick(new String[] {"organiser", "speaker", "ordinary_participant", "unknown"}));
                maybe(a, "authoritiesAware");
                maybe(a, "mainlyToCreateClaim");
                maybe(a, "linksToKnownLeadersOrGroups");
                maybe(a, "beliefGenuine");
                maybe(a, "wouldManifestOnReturn");
            }
            ArrayNode events = c.putArray("eventsAfterDeparture");
            if (rnd.nextInt(4) == 0) {
                String condition = pick(new String[] {"KP-CONTACT-SOUTH-KOREANS", "XA-NO-LOYALTY",
                    "XD-RETURNEE-CRACKDOWN", "KP-UNAUTHORISED-EXIT"});
                // An event lies in the country of its condition (the assessor refuses any other).
                events.addObject().put("country", condition.substring(0, 2)).put("conditionId", condition);
            }
            ArrayNode dests = c.putArray("destinations");
            List<String> countries = new ArrayList<>(List.of(origin));
            if (rnd.nextBoolean()) {
                countries.add("KR");
            }
            if (rnd.nextBoolean()) {
                countries.add("TH");
            }
            for (String country : countries) {
                if (rnd.nextInt(6) == 0 && !country.equals(origin)) {
                    continue;
                }
                ObjectNode d = dests.addObject().put("country", country);
                d.set("harmsFaced", distinct(HARMS, 2));
                d.put("inflictedBy", pick(new String[] {"state", "non_state", "unknown"}));
                for (String f : new String[] {"stateProtectionAvailable", "internalProtectionAlternative",
                    "admitsPerson", "reachable", "riskThere", "onwardReturnRisk", "diplomaticAssurances",
                    "armedConflictIndiscriminateViolence", "substantiallyPrejudicial"}) {
                    maybe(d, f);
                }
                maybe(d, "generalViolenceOfExceptionalIntensity");
                if (rnd.nextInt(3) == 0) {
                    ObjectNode as = d.putObject("assurances");
                    for (String f : new String[] {"specific", "givenByAuthorityThatCanBindState", "verifiable",
                        "recordOfCompliance"}) {
                        maybe(as, f);
                    }
                }
                // Findings about the risks country information shows, one per condition (issue 12 point 13).
                ArrayNode cfs = d.putArray("conditionFindings");
                for (int i = country.equals(origin) ? rnd.nextInt(3) : 0; i > 0; i--) {
                    ObjectNode cf = JSON.createObjectNode().put("conditionId", pick(new String[] {"XA-MILITIA",
                        "XA-NO-LOYALTY", "XA-OPPOSITION", "KP-FORCED-RETURN", "KP-CONTACT-SOUTH-KOREANS"}));
                    maybe(cf, "stateProtectionAvailable");
                    maybe(cf, "internalProtectionAlternative");
                    // One entry per condition (the gate refuses a second), with the same draws.
                    if (cfs.findValues("conditionId").stream().noneMatch(x -> x.equals(cf.get("conditionId")))) {
                        cfs.add(cf);
                    }
                }
                if (rnd.nextInt(4) == 0) {
                    d.put("stateWithholdsProtectionFor", pick(GROUNDS));
                }
                ArrayNode gs = d.putArray("grounds");
                for (int i = rnd.nextInt(3); i > 0; i--) {
                    ObjectNode g = JSON.createObjectNode().put("ground", pick(GROUNDS));
                    maybe(g, "imputed");
                    maybe(g, "persecutorMotiveShown");
                    maybe(g, "groundContributes");
                    // A ground is listed once per destination (the gate refuses a second entry); the draws are
                    // made all the same, so that the sequence of records stays what it was.
                    if (gs.findValues("ground").stream().noneMatch(x -> x.equals(g.get("ground")))) {
                        gs.add(g);
                    }
                }
                maybeAdded(d, "harmMoreLikelyThanNot");
                // Issue 17 point 7: health on return, from the second stream.
                if (added.nextInt(3) == 0) {
                    ObjectNode h = d.putObject("health");
                    for (String f : new String[] {"seriousIllness", "treatmentAvailable", "treatmentAccessible",
                        "seriousRapidIrreversibleDecline"}) {
                        maybeAdded(h, f);
                    }
                }
                if (rnd.nextInt(4) == 0) {
                    ObjectNode pr = d.putObject("prosecution");
                    pr.put("penalty", pick(HARMS));
                    for (String f : new String[] {"disproportionate", "discriminatory", "withoutDueProcess",
                        "offenceIsExerciseOfProtectedRight"}) {
                        maybe(pr, f);
                    }
                    maybeAdded(pr, "offenceIntentionalKilling");
                    maybeAdded(pr, "assuranceAgainstDeathPenalty");
                    if (rnd.nextBoolean()) {
                        pr.put("protectedGround", pick(GROUNDS));
                    }
                }
            }
            ArrayNode settle = c.putArray("settlement");
            if (rnd.nextInt(4) == 0) {
                ObjectNode s = settle.addObject().put("country", pick(new String[] {"KR", "TH", "MN"}));
                for (String f : new String[] {"rightsOfNationals", "firmlyResettled", "canReturn",
                    "protectedFromDeportation", "fearOfPersecutionThere"}) {
                    maybe(s, f);
                }
            }
            ObjectNode ces = c.putObject("cessation");
            if (rnd.nextInt(3) == 0) {
                for (String f : new String[] {"voluntaryReavailment", "nationalityReacquired",
                    "newNationalityWithProtection", "reestablishedInOrigin", "durableChangeOfCircumstances",
                    "compellingReasonsFromPastPersecution", "previouslyRecognised", "newRiskAfterCessationEvent"}) {
                    if (rnd.nextInt(3) == 0) {
                        ces.put(f, truth());
                    }
                }
            }
            ObjectNode ex = c.putObject("exclusion");
            if (rnd.nextInt(3) == 0) {
                maybe(ex, "unAgencyAssistance");
                maybe(ex, "palestineRefugee");
                maybe(ex, "unrwaAssistanceCeasedBeyondControl");
                maybe(ex, "dangerToSecurity");
                maybe(ex, "finalConvictionParticularlySeriousCrime");
                maybe(ex, "dangerToCommunity");
            }
            maybeAdded(ex, "exceptionProportionate");
            maybeAdded(ex, "aggravatedFelonyFiveYears");
            ArrayNode crimes = ex.putArray("crimes");
            for (int i = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(2) : 0; i > 0; i--) {
                ObjectNode k = crimes.addObject().put("category", pick(CRIMES));
                for (String f : new String[] {"seriousReasonsForConsidering", "political", "outsideCountryOfRefuge",
                    "beforeAdmission", "individualResponsibility", "defenceApplies", "serious", "atrocious", "expiated",
                    "exclusionDisproportionate", "armedConflictNexus", "widespreadOrSystematicAttack",
                    "positionOfAuthority", "internationalDimension"}) {
                    maybe(k, f);
                }
                if (rnd.nextInt(4) > 0) {
                    k.put("act", pick(ACTS));
                }
                if (rnd.nextInt(3) == 0) {
                    k.put("role", pick(ROLES));
                }
            }
            ObjectNode proc = c.putObject("procedure");
            for (String f : new String[] {"statusProcedureAvailable", "individualExamination",
                "returnUnderBilateralArrangement", "heldForReturn", "accessToCompetentAuthority", "personalInterview",
                "interpreter", "accessToUnhcr", "reasonedDecision", "suspensiveAppeal", "exNuncRiskAssessment",
                "subsequentApplication"}) {
                if (rnd.nextInt(3) == 0) {
                    proc.put(f, truth());
                }
            }
            maybeAdded(proc, "unhcrMandateDetermination");
            maybeAdded(proc, "primaFacieRecognition");
            ObjectNode cred = c.putObject("credibility");
            maybe(cred, "generallyCredible");
            maybe(cred, "consistentWithCountryInformation");
            addFamilyFacts(c, p, nats);
            // Issue 17 points 4-7 (protection), from the second stream.
            for (String f : new String[] {"sufficientDetail", "internallyConsistent", "plausible", "genuineEffort",
                "availableEvidenceSubmitted", "timelyApplication"}) {
                maybeAdded(cred, f);
            }
            ObjectNode entry = c.putObject("entry");
            for (String f : new String[] {"unlawful", "comingDirectly", "presentedWithoutDelay", "goodCause",
                "penalised"}) {
                maybeAdded(entry, f);
            }
            ObjectNode trafficking = c.putObject("trafficking");
            maybeAdded(trafficking, "trafficked");
            if (added.nextBoolean()) {
                trafficking.put("since", "2020-0" + (1 + added.nextInt(9)) + "-10");
            }
            ObjectNode support = c.putObject("supportOnReturn");
            maybeAdded(support, "maleNetworkOnReturn");
            if (added.nextBoolean()) {
                support.put("maleNetworkLostOn", "2016-0" + (1 + added.nextInt(9)) + "-10");
            }
            ObjectNode detention = c.putObject("detention");
            for (String f : new String[] {"detained", "individualAssessment", "necessary", "reasonable",
                "proportionate"}) {
                maybeAdded(detention, f);
            }
            return c;
        }

        /**
         * Issue 17, from the second stream: a child section (age, minority, the child's threshold, best interests), a
         * nationality that is only possible (never guessed), and a link to a principal applicant.
         */
        private void addFamilyFacts(ObjectNode c, ObjectNode p, ArrayNode nats) {
            if (added.nextInt(3) == 0) {
                ObjectNode k = c.putObject("child");
                if (!p.has("dateOfBirth")) {
                    int kind = added.nextInt(3);
                    if (kind == 0) {
                        k.put("age", added.nextBoolean() ? 12 : 30);
                    } else if (kind == 1) {
                        maybeAdded(k, "minor");
                    }
                }
                maybeAdded(k, "unaccompanied");
                maybeAdded(k, "lesserHarmsSeriousForChild");
                maybeAdded(k, "bestInterestsAssessed");
            }
            if (added.nextInt(4) == 0 && !"established".equals(p.path("stateless").asText())) {
                String country = new String[] {"CN", "GB", "DE", "KR"}[added.nextInt(4)];
                boolean listed = false;
                for (int i = 0; i < nats.size(); i++) {
                    listed |= country.equals(nats.get(i).path("country").asText());
                }
                if (!listed) {
                    p.putArray("possibleNationalities").add(country);
                }
            }
            if (added.nextInt(4) == 0) {
                ObjectNode f = c.putObject("family").put("principal", "P-principal")
                        .put("relation", new String[] {"spouse", "child", "parent", "other_dependant"}[added.nextInt(4)]);
                maybeAdded(f, "dependent");
                maybeAdded(f, "principalRecognised");
            }
        }
    }
}
