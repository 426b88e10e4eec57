package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.properties.PropertySupport.ASSESSOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;

/**
 * Facts the law treats as only strengthening a claim never weaken the outcome. Each test strengthens one fact in
 * seeded random records and checks that one criterion's status never falls in the order NOT_MET (or NOT_APPLICABLE)
 * &lt; UNDETERMINED &lt; MET (for a criterion that counts against the claim, the order is reversed).
 */
class MonotonicityTest {
    static final int CASES = 250;

    /** Applies a strengthening change to a copy of the tree (or returns null if it does not apply). */
    interface Strengthen extends BiFunction<ObjectNode, java.util.Random, ObjectNode> {
    }

    static int rank(String status, boolean againstClaim) {
        int r = switch (status) {
            case "MET", "REFUGEE", "BARRED" -> 2;
            // Barred pending determination is provisional, like UNDETERMINED: the determination settles it.
            case "UNDETERMINED", "BARRED_PENDING_DETERMINATION" -> 1;
            default -> 0;
        };
        return againstClaim ? 2 - r : r;
    }

    static void check(String key, boolean againstClaim, long seed, Strengthen change) {
        PropertySupport.Generator g = new PropertySupport.Generator(seed);
        List<String> bad = new ArrayList<>();
        int applied = 0;
        for (int i = 0; i < CASES && bad.size() < 3; i++) {
            ObjectNode tree = g.next();
            ObjectNode after = change.apply(tree.deepCopy(), g.random());
            if (after == null) {
                continue;
            }
            var c = PropertySupport.readOrNull(after);
            if (c == null) {
                continue;
            }
            applied++;
            Frame frame = Frame.values().get(i % 4);
            Map<String, String> s0 = PropertySupport.statuses(ASSESSOR.assess(PropertySupport.read(tree), frame));
            Map<String, String> s1 = PropertySupport.statuses(ASSESSOR.assess(c, frame));
            for (String k : s0.keySet()) {
                if (!k.equals(key) && !k.matches(key)) {
                    continue;
                }
                String v0 = s0.get(k);
                String v1 = s1.get(k);
                if (v1 == null || skip(v0) || skip(v1)) {
                    continue;
                }
                if (rank(v1, againstClaim) < rank(v0, againstClaim)) {
                    bad.add("{\"seed\":" + seed + ",\"case\":" + i + ",\"frame\":\"" + frame + "\",\"key\":\"" + k
                            + "\",\"before\":\"" + v0 + "\",\"after\":\"" + v1 + "\",\"record\":" + tree
                            + ",\"strengthened\":" + after + "}");
                }
            }
        }
        assertThat(applied).as("the change applies to some records").isGreaterThan(CASES / 10);
        assertThat(bad).as("%s weakened by a strengthening fact (seed %d)", key, seed).isEmpty();
    }

    private static boolean skip(String status) {
        return status.equals("EXCLUDED") || status.equals("CEASED");
    }

    /** Sets a field on a random element of a list (or returns null if the list is empty). */
    static ObjectNode setInList(ObjectNode t, String list, String field, String value, java.util.Random rnd) {
        JsonNode a = list.startsWith("destinations:") ? null : t.path(list);
        if (a == null || a.size() == 0) {
            return null;
        }
        ((ObjectNode) a.get(rnd.nextInt(a.size()))).put(field, value);
        return t;
    }

    /** Sets a field on the destinations that are (or are not) the country of origin. */
    /** Establishes a fact on every Convention ground claimed (or returns null if none is). */
    static ObjectNode setOnGrounds(ObjectNode t, String field) {
        boolean any = false;
        for (JsonNode d : t.path("destinations")) {
            for (JsonNode gr : d.path("grounds")) {
                ((ObjectNode) gr).put(field, "established");
                any = true;
            }
        }
        return any ? t : null;
    }

    static ObjectNode setOnDestinations(ObjectNode t, boolean origin, String field, String value) {
        boolean any = false;
        for (JsonNode d : t.path("destinations")) {
            if (d.path("country").asText().equals(t.path("countryOfOrigin").asText()) == origin) {
                ((ObjectNode) d).put(field, value);
                // The same finding made for each risk that country information shows there.
                if (field.equals("stateProtectionAvailable") || field.equals("internalProtectionAlternative")) {
                    for (JsonNode cf : d.path("conditionFindings")) {
                        ((ObjectNode) cf).put(field, value);
                    }
                }
                any = true;
            }
        }
        return any ? t : null;
    }

    static ObjectNode addHarm(ObjectNode t, java.util.Random rnd, boolean originOnly, String harm) {
        List<ObjectNode> ds = new ArrayList<>();
        for (JsonNode d : t.path("destinations")) {
            if (!originOnly || d.path("country").asText().equals(t.path("countryOfOrigin").asText())) {
                ds.add((ObjectNode) d);
            }
        }
        if (ds.isEmpty()) {
            return null;
        }
        ds.get(rnd.nextInt(ds.size())).withArray("harmsFaced")
                .add(harm != null ? harm : PropertySupport.HARMS[rnd.nextInt(PropertySupport.HARMS.length)]);
        return t;
    }

    @Test
    void makingAnActivityKnownToTheAuthoritiesNeverWeakens_SUR_PLACE_ACTIVITIES() {
        check("SUR_PLACE_ACTIVITIES", false, 101, (t, r) -> setInList(t, "activitiesAbroad", "authoritiesAware",
                "established", r));
    }

    @Test
    void makingAnActivityKnownToTheAuthoritiesNeverWeakens_WELL_FOUNDED_FEAR() {
        check("WELL_FOUNDED_FEAR", false, 102, (t, r) -> setInList(t, "activitiesAbroad", "authoritiesAware",
                "established", r));
    }

    @Test
    void establishingAnUnauthorisedExitNeverWeakens_EXIT_PENALTY() {
        check("EXIT_PENALTY", false, 103, (t, r) -> {
            t.with("departure").put("withPermission", "not_established");
            return t;
        });
    }

    @Test
    void establishingAnUnauthorisedStayNeverWeakens_EXIT_PENALTY() {
        check("EXIT_PENALTY", false, 104, (t, r) -> {
            t.with("stayAbroad").put("authorisedByOrigin", "not_established");
            return t;
        });
    }

    @Test
    void addingAHarmNeverRemoves_ABSOLUTE_BAR_TORTURE() {
        check("return:[A-Z]+:ABSOLUTE_BAR_TORTURE", false, 105, (t, r) -> addHarm(t, r, false, null));
    }

    @Test
    void addingAHarmNeverRemoves_ABSOLUTE_BAR_LIFE_CIDT() {
        check("return:[A-Z]+:ABSOLUTE_BAR_LIFE_CIDT", false, 106, (t, r) -> addHarm(t, r, false, null));
    }

    @Test
    void addingASeriousHarmAtOriginNeverWeakens_PERSECUTION() {
        check("PERSECUTION", false, 107, (t, r) -> addHarm(t, r, true, "torture"));
    }

    @Test
    void addingASeriousHarmAtOriginNeverWeakens_WELL_FOUNDED_FEAR() {
        check("WELL_FOUNDED_FEAR", false, 108, (t, r) -> addHarm(t, r, true, "torture"));
    }

    @Test
    void findingTheOtherNationalityUnreachableNeverWeakens_OTHER_NATIONALITY() {
        check("OTHER_NATIONALITY", false, 109, (t, r) -> setOnDestinations(t, false, "reachable", "not_established"));
    }

    @Test
    void findingThatTheOtherStateWouldNotAdmitNeverWeakens_OTHER_NATIONALITY() {
        check("OTHER_NATIONALITY", false, 110, (t, r) -> setOnDestinations(t, false, "admitsPerson",
                "not_established"));
    }

    @Test
    void findingNoRightsOfNationalsNeverStrengthens_SETTLED_ELSEWHERE() {
        check("SETTLED_ELSEWHERE", true, 111, (t, r) -> setInList(t, "settlement", "rightsOfNationals",
                "not_established", r));
    }

    @Test
    void findingNoStateProtectionNeverWeakens_PROTECTION_FAILURE() {
        check("PROTECTION_FAILURE", false, 112, (t, r) -> setOnDestinations(t, true, "stateProtectionAvailable",
                "not_established"));
    }

    @Test
    void findingNoInternalAlternativeNeverWeakens_INTERNAL_PROTECTION() {
        check("INTERNAL_PROTECTION", false, 113, (t, r) -> setOnDestinations(t, true,
                "internalProtectionAlternative", "not_established"));
    }

    @Test
    void showingThePersecutorsMotiveNeverWeakens_NEXUS() {
        check("NEXUS", false, 114, (t, r) -> setOnGrounds(t, "persecutorMotiveShown"));
    }

    @Test
    void makingAnActivityKnownToTheAuthoritiesNeverWeakens_determination() {
        check("determination", false, 115, (t, r) -> setInList(t, "activitiesAbroad", "authoritiesAware",
                "established", r));
    }

    @Test
    void establishingAnUnauthorisedExitNeverWeakens_determination() {
        check("determination", false, 116, (t, r) -> {
            t.with("departure").put("withPermission", "not_established");
            return t;
        });
    }

    @Test
    void addingAHarmNeverRemovesABarOn_return() {
        check("return:[A-Z]+", false, 117, (t, r) -> addHarm(t, r, false, null));
    }

    @Test
    void findingLesserHarmsSubstantiallyPrejudicialNeverWeakens_PERSECUTION() {
        check("PERSECUTION", false, 118, (t, r) -> setOnDestinations(t, true, "substantiallyPrejudicial", "established"));
    }

    @Test
    void showingThatTheGroundContributesNeverWeakens_NEXUS() {
        check("NEXUS", false, 119, (t, r) -> setOnGrounds(t, "groundContributes"));
    }

    @Test
    void findingABeliefAcquiredAbroadGenuineNeverWeakens_determination() {
        check("determination", false, 120, (t, r) -> setInList(t, "activitiesAbroad", "beliefGenuine", "established", r));
    }
}
