package org.refugeelaw.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.model.CaseRecord;

/**
 * The cases the benchmarks assess: the reference scenarios S1, S6 and S9 (copied from {@code examples/scenarios}
 * onto the class path at build time) and a generated heavy case.
 *
 * <p>Shared with a future {@code ReferenceBenchmark}, so that the engine and the plain-Java reference determination
 * are measured on the same inputs.
 */
public final class Cases {
    /** Names accepted by {@link #load}. */
    public static final String S1 = "S1", S6 = "S6", S9 = "S9", HEAVY = "HEAVY";

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cases() {
    }

    /** One case to assess: the record, its JSON text, the frame, and the assessor to use (own country data or not). */
    public record BenchCase(String name, CaseRecord record, String json, Frame frame, Assessor assessor) {
    }

    public static BenchCase load(Assessor base, String name) {
        return switch (name) {
            case S1 -> scenario(base, name, "S1-hunger-defector-held-in-china.yaml");
            case S6 -> scenario(base, name, "S6-labour-migrant.yaml");
            case S9 -> scenario(base, name, "S9-facts-still-missing.yaml");
            case HEAVY -> heavy(base);
            default -> throw new IllegalArgumentException("Unknown case " + name);
        };
    }

    private static BenchCase scenario(Assessor base, String name, String file) {
        JsonNode scenario = yaml("scenarios/" + file);
        JsonNode tree = scenario.get("case");
        Assessor assessor = base;
        if (scenario.hasNonNull("countryInformation")) {
            String dataset = "scenarios/" + scenario.get("countryInformation").asText();
            try (InputStream in = resource(dataset)) {
                assessor = base.withCountryInformation(CaseJson.readCountryInformation(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Frame frame = scenario.hasNonNull("frame") ? Frame.valueOf(scenario.get("frame").asText()) : Frame.UNHCR;
        return of(name, tree, frame, assessor);
    }

    private static BenchCase of(String name, JsonNode tree, Frame frame, Assessor assessor) {
        try {
            String json = JSON.writeValueAsString(tree);
            return new BenchCase(name, CaseJson.read(json), json, frame, assessor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * S1 with much more to reason about: 16 activities abroad of every kind, 8 events after departure and 8
     * destinations with harms, grounds and prosecutions.
     */
    static BenchCase heavy(Assessor base) {
        ObjectNode tree = (ObjectNode) yaml("scenarios/S1-hunger-defector-held-in-china.yaml").get("case").deepCopy();
        tree.put("caseId", "HEAVY");
        String[] kinds = {"unauthorised_work_abroad", "contact_with_south_koreans", "religious_contact",
            "contact_with_journalists", "contact_with_ngos", "political_activity", "asylum_claim",
            "religious_conversion"};
        String[] truths = {"established", "not_established", null};
        LocalDate departed = LocalDate.parse(tree.get("departure").get("date").asText());
        ArrayNode activities = tree.putArray("activitiesAbroad");
        for (int i = 0; i < 16; i++) {
            ObjectNode a = activities.addObject();
            a.put("kind", kinds[i % kinds.length]);
            a.put("date", departed.plusMonths(i + 1).toString());
            a.put("visibility", i % 2 == 0 ? "public" : "private");
            if (truths[i % 3] != null) {
                a.put("authoritiesAware", truths[i % 3]);
            }
            if (truths[(i + 1) % 3] != null) {
                a.put("mainlyToCreateClaim", truths[(i + 1) % 3]);
            }
        }
        String[] conditions = {"KP-UNAUTHORISED-EXIT", "KP-UNAUTHORISED-STAY-ABROAD", "KP-FORCED-RETURN",
            "KP-CONTACT-SOUTH-KOREANS", "KP-RELIGIOUS-CONTACT", "KP-CONTACT-JOURNALISTS", "KP-PREGNANT-RETURNEES",
            "KP-UNAUTHORISED-EXIT"};
        ArrayNode events = tree.putArray("eventsAfterDeparture");
        for (int i = 0; i < 8; i++) {
            ObjectNode e = events.addObject();
            e.put("date", departed.plusMonths(2L * i + 1).toString());
            e.put("country", "KP");
            e.put("conditionId", conditions[i]);
            e.put("description", "event " + i);
        }
        String[] countries = {"KP", "KR", "CN", "RU", "MN", "TH", "VN", "LA"};
        String[] harms = {"torture", "arbitrary_detention", "forced_labour", "inhuman_treatment", "fine",
            "short_imprisonment", "discrimination", "economic_hardship"};
        String[] grounds = {"political_opinion", "religion", "particular_social_group", "nationality"};
        ArrayNode destinations = tree.putArray("destinations");
        for (int i = 0; i < countries.length; i++) {
            ObjectNode d = destinations.addObject();
            d.put("country", countries[i]);
            d.putArray("harmsFaced").add(harms[i]).add(harms[(i + 3) % harms.length]);
            d.put("inflictedBy", i % 2 == 0 ? "state" : "non_state");
            ArrayNode g = d.putArray("grounds");
            for (int k = 0; k < 2; k++) {
                ObjectNode gc = g.addObject();
                gc.put("ground", grounds[(i + k) % grounds.length]);
                if (truths[(i + k) % 3] != null) {
                    gc.put("imputed", truths[(i + k) % 3]);
                }
            }
            if (i % 2 == 0) {
                ObjectNode p = d.putObject("prosecution");
                p.put("offence", "offence " + i);
                p.put("penalty", harms[(i + 1) % harms.length]);
                if (truths[i % 3] != null) {
                    p.put("disproportionate", truths[i % 3]);
                }
            }
            if (i > 0) {
                if (truths[i % 3] != null) {
                    d.put("reachable", truths[i % 3]);
                    d.put("admitsPerson", truths[(i + 2) % 3] == null ? "established" : truths[(i + 2) % 3]);
                }
                if (truths[(i + 1) % 3] != null) {
                    d.put("onwardReturnRisk", truths[(i + 1) % 3]);
                }
            }
        }
        return of(HEAVY, tree, Frame.UNHCR, base);
    }

    private static JsonNode yaml(String name) {
        try (InputStream in = resource(name)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Cases.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }
}
