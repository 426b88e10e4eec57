package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.properties.PropertySupport.ASSESSOR;
import static org.refugeelaw.properties.PropertySupport.CI;
import static org.refugeelaw.properties.PropertySupport.JSON;
import static org.refugeelaw.properties.PropertySupport.TRUTH;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.reference.ReferenceDetermination;
import org.refugeelaw.reference.ReferenceDetermination.FrameId;

/**
 * Differential tests: the rule engine and the plain-Java {@link ReferenceDetermination} agree on the determination.
 *
 * <p>The exhaustive test enumerates every combination of these facts for a North Korean in China who can have ROK
 * nationality by right, with no significant obstacle to obtaining it (27,702 cases):
 * <ul>
 * <li>{@code departure.withPermission} (3) x {@code stayAbroad.authorisedByOrigin} (3);</li>
 * <li>one activity abroad: none, or of kind {@code contact_with_south_koreans} or {@code religious_contact}, with
 * {@code authoritiesAware} (3) x {@code mainlyToCreateClaim} (3): 19;</li>
 * <li>the ROK as a destination: {@code admitsPerson} (3) x {@code reachable} (3): 9;</li>
 * <li>one serious non-political crime (serious, outside the host, before admission, individual responsibility, no
 * defence, not political, not expiated, exclusion not disproportionate) with {@code seriousReasonsForConsidering}
 * (3);</li>
 * <li>the frame: UNHCR, UK, US, and EU with {@code procedure.subsequentApplication} (3): 6.</li>
 * </ul>
 */
class ReferenceAgreementTest {
    static final String[] KINDS = {null, "contact_with_south_koreans", "religious_contact"};

    record Case(ObjectNode tree, FrameId frame) {
    }

    static List<Case> exhaustive() {
        List<Case> cases = new ArrayList<>();
        for (String wp : TRUTH) {
            for (String stay : TRUTH) {
                for (String kind : KINDS) {
                    for (int act = 0; act < (kind == null ? 1 : 9); act++) {
                        for (String admits : TRUTH) {
                            for (String reachable : TRUTH) {
                                for (String serious : TRUTH) {
                                    for (int f = 0; f < 6; f++) {
                                        ObjectNode c = base();
                                        c.with("departure").put("withPermission", wp);
                                        c.with("stayAbroad").put("authorisedByOrigin", stay);
                                        if (kind != null) {
                                            c.withArray("activitiesAbroad").addObject().put("kind", kind)
                                                    .put("authoritiesAware", TRUTH[act / 3])
                                                    .put("mainlyToCreateClaim", TRUTH[act % 3]);
                                        }
                                        ((ObjectNode) c.withArray("destinations").get(1)).put("admitsPerson", admits)
                                                .put("reachable", reachable);
                                        c.with("exclusion").withArray("crimes").addObject()
                                                .put("category", "serious_non_political_crime")
                                                .put("seriousReasonsForConsidering", serious)
                                                .put("political", "not_established")
                                                .put("outsideCountryOfRefuge", "established")
                                                .put("beforeAdmission", "established")
                                                .put("individualResponsibility", "established")
                                                .put("defenceApplies", "not_established")
                                                .put("serious", "established")
                                                .put("expiated", "not_established")
                                                .put("exclusionDisproportionate", "not_established");
                                        FrameId frame = switch (f) {
                                            case 0 -> FrameId.UNHCR;
                                            case 1 -> FrameId.UK;
                                            case 2 -> FrameId.US;
                                            default -> FrameId.EU;
                                        };
                                        if (f >= 3) {
                                            c.with("procedure").put("subsequentApplication", TRUTH[f - 3]);
                                        }
                                        cases.add(new Case(c, frame));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    static ObjectNode base() {
        return parse("""
                    {"schemaVersion": "1.0", "caseId": "E", "assessmentDate": "2024-06-01",
                     "person": {"id": "E-person", "sex": "male", "nationalities": [{"country": "KP", "basis": "held"},
                        {"country": "KR", "basis": "by_right",
                        "significantObstacle": "not_established"}]},
                     "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
                     "destinations": [{"country": "KP"}, {"country": "KR"}]}
                    """);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs engine and reference on every case; returns the disagreements as JSON lines (at most five). */
    static List<String> disagreements(List<Case> cases) {
        ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        AtomicInteger count = new AtomicInteger();
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            Case k = cases.get(i);
            CaseRecord c = PropertySupport.read(k.tree());
            RefugeeStatus engine = ASSESSOR.assess(c, PropertySupport.frame(k.frame())).determination().status();
            RefugeeStatus reference = ReferenceDetermination.determine(c, CI, k.frame());
            if (engine != reference && count.incrementAndGet() <= 5) {
                bad.add("{\"frame\":\"" + k.frame() + "\",\"engine\":\"" + engine + "\",\"reference\":\"" + reference
                        + "\",\"case\":" + k.tree() + "}");
            }
        });
        List<String> out = new ArrayList<>(bad);
        if (count.get() > 0) {
            out.add(count.get() + " disagreements in " + cases.size() + " cases");
        }
        return out;
    }

    @Test
    void engineAndReferenceAgreeOnEveryCaseOfTheEnumeratedFactSpace() {
        List<Case> cases = exhaustive();
        assertThat(cases).hasSize(27_702);
        long start = System.nanoTime();
        List<String> bad = disagreements(cases);
        System.out.printf("Exhaustive agreement: %d cases in %d ms%n", cases.size(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(bad).as("disagreements (first five, as JSON)").isEmpty();
    }

    @Test
    void engineAndReferenceAgreeOnSeededRandomRecords() {
        for (long seed : new long[] {1L, 2L, 3L, 20240601L}) {
            PropertySupport.Generator g = new PropertySupport.Generator(seed);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                cases.add(new Case(g.next(), FrameId.values()[g.random().nextInt(4)]));
            }
            assertThat(disagreements(cases)).as("seed " + seed + ": disagreements (first five, as JSON)").isEmpty();
        }
    }

    /**
     * The fact space of issue 12 (points 2, 3, 5 and 6), enumerated for test country XA, whose opposition condition
     * says that the state identifies exiles prominent in the opposition or linked to its leaders, with nothing on
     * questioning on return (4,806 cases):
     * <ul>
     * <li>one political activity abroad: {@code authoritiesAware}, {@code linksToKnownLeadersOrGroups},
     * {@code beliefGenuine}, {@code wouldManifestOnReturn}, {@code claim.concealmentOutOfFear} (3 each), the role
     * (organiser, ordinary participant, unknown) and the visibility (public, private, unknown), under the UNHCR and US
     * frames: 4,374;</li>
     * <li>a harm particular to the person, discrimination, for reasons of race: {@code substantiallyPrejudicial},
     * {@code persecutorMotiveShown}, {@code groundContributes} (3 each), {@code stateWithholdsProtectionFor} race or
     * not, the agent state or non-state, under the four frames: 432.</li>
     * </ul>
     */
    static List<Case> issue12() {
        List<Case> cases = new ArrayList<>();
        String[] roles = {"organiser", "ordinary_participant", "unknown"};
        String[] visibility = {"public", "private", "unknown"};
        for (int i = 0; i < 3 * 3 * 3 * 3 * 3 * 3 * 3; i++) {
            for (FrameId frame : new FrameId[] {FrameId.UNHCR, FrameId.US}) {
                ObjectNode c = xa();
                c.with("claim").put("concealmentOutOfFear", TRUTH[i % 3]).put("wouldConcealOnReturn", "unknown");
                c.withArray("activitiesAbroad").addObject().put("kind", "political_activity")
                        .put("authoritiesAware", TRUTH[i / 3 % 3]).put("linksToKnownLeadersOrGroups", TRUTH[i / 9 % 3])
                        .put("beliefGenuine", TRUTH[i / 27 % 3]).put("wouldManifestOnReturn", TRUTH[i / 81 % 3])
                        .put("role", roles[i / 243 % 3]).put("visibility", visibility[i / 729 % 3]);
                cases.add(new Case(c, frame));
            }
        }
        for (int i = 0; i < 3 * 3 * 3 * 2 * 2; i++) {
            for (FrameId frame : FrameId.values()) {
                ObjectNode c = xa();
                ObjectNode d = (ObjectNode) c.withArray("destinations").get(0);
                d.putArray("harmsFaced").add("discrimination");
                d.put("substantiallyPrejudicial", TRUTH[i % 3]).put("inflictedBy", i / 27 % 2 == 0 ? "state" : "non_state");
                if (i / 54 % 2 == 0) {
                    d.put("stateWithholdsProtectionFor", "race");
                }
                d.putArray("grounds").addObject().put("ground", "race").put("persecutorMotiveShown", TRUTH[i / 3 % 3])
                        .put("groundContributes", TRUTH[i / 9 % 3]);
                cases.add(new Case(c, frame));
            }
        }
        return cases;
    }

    static ObjectNode xa() {
        return parse("""
                    {"schemaVersion": "1.0", "caseId": "E12", "assessmentDate": "2024-06-01",
                     "person": {"id": "E12-person", "sex": "male", "nationalities": [{"country": "XA", "basis": "held"}]},
                     "hostState": "GB", "currentCountry": "GB", "countryOfOrigin": "XA",
                     "departure": {"date": "2019-01-01", "withPermission": "established"},
                     "claim": {"statedFear": "established"},
                     "destinations": [{"country": "XA", "stateProtectionAvailable": "not_established",
                                       "internalProtectionAlternative": "not_established"}]}
                    """);
    }

    @Test
    void engineAndReferenceAgreeOnEveryCaseOfTheIssue12FactSpace() {
        List<Case> cases = issue12();
        assertThat(cases).hasSize(4_806);
        List<String> bad = disagreements(cases);
        assertThat(bad).as("disagreements (first five, as JSON)").isEmpty();
        // The space reaches every determination the corrected law can give it.
        java.util.Set<RefugeeStatus> reached = java.util.EnumSet.noneOf(RefugeeStatus.class);
        for (Case k : cases) {
            reached.add(ReferenceDetermination.determine(PropertySupport.read(k.tree()), CI, k.frame()));
        }
        assertThat(reached).contains(RefugeeStatus.REFUGEE, RefugeeStatus.NOT_REFUGEE, RefugeeStatus.UNDETERMINED);
    }
}
