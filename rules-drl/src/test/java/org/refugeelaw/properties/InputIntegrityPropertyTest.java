package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.model.CaseRecord;

/**
 * No input reaches the rules' last line of defence ("Rules disagree", "Expected exactly one determination"): generated
 * records, valid ones and ones with a thing listed twice or a contradiction put in, are bound by another application's
 * mapper and assessed. A valid record gives an assessment; a corrupted one gives {@link InvalidCaseException} naming
 * the corruption's path; nothing gives any other exception.
 */
class InputIntegrityPropertyTest {
    private static final long SEED = 20_261_129L;
    private static final int CASES = 300;
    private static final ObjectMapper OTHER = new ObjectMapper().registerModule(new JavaTimeModule());

    /** A corruption: changes the tree and returns the JSON path whose problem it must cause. */
    private record Corruption(String name, BiFunction<ObjectNode, Random, String> apply) {
    }

    private static final List<Corruption> CORRUPTIONS = List.of(
            new Corruption("destination listed twice", (c, r) -> {
                ArrayNode d = c.withArray("/destinations");
                String country = d.isEmpty() ? "KP" : d.get(r.nextInt(d.size())).path("country").asText();
                if (d.isEmpty()) {
                    d.addObject().put("country", country);
                }
                d.addObject().put("country", country).put("riskThere", "not_established");
                return "$.destinations[" + (d.size() - 1) + "].country";
            }),
            new Corruption("settlement listed twice", (c, r) -> {
                ArrayNode s = c.withArray("/settlement");
                s.addObject().put("country", "TH").put("rightsOfNationals", "established");
                s.addObject().put("country", "TH").put("rightsOfNationals", PropertySupport.TRUTH[r.nextInt(3)]);
                return "$.settlement[" + (s.size() - 1) + "].country";
            }),
            new Corruption("nationality listed twice", (c, r) -> {
                ArrayNode n = c.withObject("/person").withArray("nationalities");
                n.addObject().put("country", "MN").put("basis", "held");
                n.addObject().put("country", "MN").put("basis", r.nextBoolean() ? "held" : "by_right");
                return "$.person.nationalities[" + (n.size() - 1) + "].country";
            }),
            new Corruption("ground listed twice", (c, r) -> {
                ArrayNode d = c.withArray("/destinations");
                if (d.isEmpty()) {
                    d.addObject().put("country", c.path("countryOfOrigin").asText());
                }
                int i = r.nextInt(d.size());
                ArrayNode g = ((ObjectNode) d.get(i)).withArray("grounds");
                g.addObject().put("ground", "religion").put("imputed", "established");
                g.addObject().put("ground", "religion").put("imputed", "not_established");
                return "$.destinations[" + i + "].grounds[" + (g.size() - 1) + "].ground";
            }),
            new Corruption("event before departure", (c, r) -> {
                c.withObject("/departure").put("date", "2016-05-01");
                ArrayNode e = c.withArray("/eventsAfterDeparture");
                e.addObject().put("country", "KP").put("date", "2016-0" + (1 + r.nextInt(4)) + "-01");
                return "$.eventsAfterDeparture[" + (e.size() - 1) + "].date";
            }),
            new Corruption("event in another country than its condition", (c, r) -> {
                ArrayNode e = c.withArray("/eventsAfterDeparture");
                e.addObject().put("country", r.nextBoolean() ? "CN" : "XA").put("conditionId", "KP-FORCED-RETURN");
                return "$.eventsAfterDeparture[" + (e.size() - 1) + "].country";
            }),
            new Corruption("condition that does not exist", (c, r) -> {
                ArrayNode e = c.withArray("/eventsAfterDeparture");
                e.addObject().put("country", "KP").put("conditionId", "KP-NO-SUCH-" + r.nextInt(100));
                return "$.eventsAfterDeparture[" + (e.size() - 1) + "].conditionId";
            }),
            new Corruption("departure after the assessment", (c, r) -> {
                c.withObject("/departure").put("date", "2025-0" + (1 + r.nextInt(9)) + "-01");
                return "$.departure.date";
            }),
            new Corruption("crime after the assessment", (c, r) -> {
                ArrayNode k = c.withObject("/exclusion").withArray("crimes");
                k.addObject().put("category", "serious_non_political_crime").put("date", "2030-01-01")
                        .put("seriousReasonsForConsidering", "established");
                return "$.exclusion.crimes[" + (k.size() - 1) + "].date";
            }),
            new Corruption("stateless while holding a nationality", (c, r) -> {
                ObjectNode p = c.withObject("/person");
                p.put("stateless", "established");
                p.withArray("nationalities").insertObject(0).put("country", "VN").put("basis", "held");
                return "$.person.stateless";
            }),
            new Corruption("stay authorised yet unauthorised since a date", (c, r) -> {
                c.withObject("/departure").remove("date");
                c.withObject("/stayAbroad").put("authorisedByOrigin", "established")
                        .put("unauthorisedSince", "2020-01-01");
                return "$.stayAbroad.authorisedByOrigin";
            }),
            new Corruption("settled in the country of origin", (c, r) -> {
                ArrayNode s = c.withArray("/settlement");
                s.addObject().put("country", c.path("countryOfOrigin").asText()).put("rightsOfNationals", "established");
                return "$.settlement[" + (s.size() - 1) + "].country";
            }),
            new Corruption("a code that is not ISO 3166-1", (c, r) -> {
                String code = new String[] {"UK", "NK", "EU", "YU", "SU"}[r.nextInt(5)];
                c.put("hostState", code);
                return "$.hostState";
            }),
            new Corruption("far more destinations than any case", (c, r) -> {
                ArrayNode d = c.putArray("destinations");
                for (int i = 0; i < 51 + r.nextInt(500); i++) {
                    d.addObject().put("country", "KP");
                }
                return "$.destinations";
            }),
            new Corruption("a case id that moves the cursor", (c, r) -> {
                c.put("caseId", "C\u001b[" + r.nextInt(9) + "A");
                return "$.caseId";
            }));

    @Test
    void generatedRecordsAreAssessedNeverAnInternalError() {
        PropertySupport.Generator g = new PropertySupport.Generator(SEED);
        int assessed = 0;
        for (int i = 0; i < CASES; i++) {
            ObjectNode tree = g.next();
            Frame frame = Frame.values().get(i % Frame.values().size());
            try {
                PropertySupport.ASSESSOR.assess(OTHER.treeToValue(tree, CaseRecord.class), frame);
                assessed++;
            } catch (InvalidCaseException e) {
                // The generator may make an impossible record: refused, with reasons, is the right answer.
                assertThat(e.problems()).isNotEmpty();
            } catch (Exception e) {
                fail("internal error %s for %s", e, tree);
            }
        }
        assertThat(assessed).as("most generated records are valid").isGreaterThan(CASES * 3 / 4);
    }

    @Test
    void everyDuplicateAndContradictionIsRefusedByTheGateNeverByTheRules() {
        PropertySupport.Generator g = new PropertySupport.Generator(SEED + 1);
        Random r = new Random(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            ObjectNode tree = g.next();
            Corruption corruption = CORRUPTIONS.get(i % CORRUPTIONS.size());
            String path = corruption.apply().apply(tree, r);
            CaseRecord record;
            try {
                record = OTHER.treeToValue(tree, CaseRecord.class);
            } catch (Exception e) {
                throw new AssertionError(corruption.name() + ": another mapper could not bind " + tree, e);
            }
            Frame frame = Frame.values().get(r.nextInt(Frame.values().size()));
            try {
                PropertySupport.ASSESSOR.assess(record, frame);
                fail("%s was assessed: %s", corruption.name(), tree);
            } catch (InvalidCaseException e) {
                assertThat(e.problems()).as("%s in %s", corruption.name(), tree).extracting(InputProblem::path)
                        .contains(path);
            } catch (RuntimeException e) {
                fail("%s reached the rules (%s): %s", corruption.name(), e, tree);
            }
        }
    }

    @Test
    void withoutTheGateTheRulesWouldReasonFromAnImpossibleWorld() throws Exception {
        // The reason for the gate: two entries for one country of settlement, one with the rights of nationals and one
        // without, are two answers to one question. The gate refuses the record before the rules see it.
        JsonNode tree = OTHER.readTree("""
                {"schemaVersion": "1.0", "caseId": "G", "assessmentDate": "2024-06-01",
                 "person": {"id": "G-person", "nationalities": [{"country": "KP", "basis": "held"}]},
                 "hostState": "GB", "currentCountry": "GB", "countryOfOrigin": "KP",
                 "settlement": [{"country": "TH", "rightsOfNationals": "established"},
                                {"country": "TH", "rightsOfNationals": "not_established"}]}
                """);
        InvalidCaseException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidCaseException.class,
                () -> PropertySupport.ASSESSOR.assess(OTHER.treeToValue(tree, CaseRecord.class), Frame.UNHCR));
        assertThat(e.problems()).extracting(InputProblem::message).containsExactly("$.settlement[1].country is \"TH\","
                + " but must be a country not already listed in $.settlement (see $.settlement[0]): a settlement is"
                + " listed once per country, with all its facts in one entry.");
    }
}
