package org.refugeelaw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.CountryInformation;

/**
 * Shared helpers for the rule tests: one assessor for the whole test run (the rules load once), and a small
 * builder for case records written as JSON, so that each test states only the facts it is about.
 */
public final class RuleTestSupport {
    /** Loaded once per JVM, like an application would. */
    public static final Assessor ASSESSOR = Assessor.create();
    /**
     * The bundled country information plus the test dataset {@code test-country-information.json}: fictional
     * countries XA-XD (ISO user-assigned codes) whose conditions isolate one rule path each.
     */
    public static final Assessor TEST_ASSESSOR = ASSESSOR.withCountryInformation(
            Assessor.bundledCountryInformation().plus(readCountryInformation("test-country-information.json")));
    /** Every (criterion, status) pair that {@link #assertFinding} has confirmed in this JVM. */
    public static final Map<Criterion, Set<Status>> OBSERVED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleTestSupport() {
    }

    /** Reads a country-information dataset from the test resources next to this class. */
    public static CountryInformation readCountryInformation(String resource) {
        try (InputStream in = RuleTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return CaseJson.readCountryInformation(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A national of {@code origin} (holding only that nationality) in the UK, with {@code origin} as destination. */
    public static CaseBuilder nationalOf(String origin) {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "sex": "male", "nationalities": [{"country": "%s", "basis": "held"}]},
                 "hostState": "GB", "currentCountry": "GB", "countryOfOrigin": "%s",
                 "destinations": [{"country": "%s"}]}
                """.formatted(origin, origin, origin)).using(TEST_ASSESSOR);
    }

    /**
     * A North Korean man in China who left with permission and stays abroad with leave, with none of the aggravated
     * profile (no contact with South Koreans or churches, no attempt to reach the ROK): the only risk on return is
     * the one every forcibly returned North Korean faces (KP-FORCED-RETURN: detention, interrogation, torture).
     */
    public static CaseBuilder lawfulNorthKoreanInChina() {
        return northKoreanInChina().set("person.sex", "male").set("departure.withPermission", "established")
                .set("stayAbroad.authorisedByOrigin", "established").noAggravatedProfile();
    }

    /**
     * A minimal valid case: a North Korean man in China, holding only DPRK nationality, with the DPRK listed as a
     * destination. Every other fact is unknown.
     */
    public static CaseBuilder northKoreanInChina() {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "KP", "basis": "held"}]},
                 "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
                 "destinations": [{"country": "KP"}]}
                """);
    }

    /**
     * A national of {@code origin} (holding only that nationality) in {@code host}, facing in {@code origin} only the
     * given harm particular to them, inflicted by {@code agent}.
     */
    public static CaseBuilder nationalFacing(String origin, String host, String harm, String agent) {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "T", "assessmentDate": "2024-06-01",
                 "person": {"id": "T-person", "nationalities": [{"country": "%s", "basis": "held"}]},
                 "hostState": "%s", "currentCountry": "%s", "countryOfOrigin": "%s",
                 "destinations": [{"country": "%s", "harmsFaced": ["%s"], "inflictedBy": "%s"}]}
                """.formatted(origin, host, host, origin, origin, harm, agent));
    }

    /**
     * A national of XA, where a militia kills those who refuse to join it (XA-MILITIA, from country information), who
     * also faces harm from a private dispute recorded in the destination entry (issue 12 point 13: findings about the
     * dispute must not reach the militia risk).
     */
    public static CaseBuilder militiaRiskBesideAPrivateDispute() {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"refusal_to_join_armed_group\"]")
                .set("destinations.0.harmsFaced", "[\"inhuman_treatment\"]").set("destinations.0.inflictedBy", "non_state");
    }

    /** Builds a case record by setting values at dotted paths ({@code departure.withPermission}). */
    public static final class CaseBuilder {
        private final ObjectNode root;
        private Assessor assessor = ASSESSOR;

        private CaseBuilder(ObjectNode root) {
            this.root = root;
        }

        /**
         * Records that the person had none of the aggravated profile (no contact with South Koreans or churches, no
         * attempt to reach the ROK), so that only what every returnee faces remains (issue 16 point 5).
         */
        public CaseBuilder noAggravatedProfile() {
            return set("stayAbroad.contactWithSouthKoreans", "not_established")
                    .set("stayAbroad.contactWithChurches", "not_established")
                    .set("stayAbroad.attemptToReachSouthKorea", "not_established");
        }

        /** Assesses with another assessor (other country information). */
        public CaseBuilder using(Assessor other) {
            this.assessor = other;
            return this;
        }

        public static CaseBuilder of(String json) {
            try {
                return new CaseBuilder((ObjectNode) JSON.readTree(json));
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        }

        /** Sets a value at a dotted path; numeric segments index into arrays; a JSON value may be given as text. */
        public CaseBuilder set(String path, Object value) {
            String[] parts = path.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = child(node, parts[i], parts[i + 1]);
            }
            String last = parts[parts.length - 1];
            JsonNode v = value instanceof String s && (s.startsWith("{") || s.startsWith("["))
                    ? readTree(s) : JSON.valueToTree(value);
            if (node instanceof ArrayNode a) {
                int idx = Integer.parseInt(last);
                while (a.size() <= idx) {
                    a.addObject();
                }
                a.set(idx, v);
            } else {
                ((ObjectNode) node).set(last, v);
            }
            return this;
        }

        private static JsonNode readTree(String s) {
            try {
                return JSON.readTree(s);
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        }

        private static JsonNode child(JsonNode node, String name, String next) {
            boolean nextIsIndex = next.chars().allMatch(Character::isDigit);
            if (node instanceof ArrayNode a) {
                int idx = Integer.parseInt(name);
                while (a.size() <= idx) {
                    a.addObject();
                }
                return a.get(idx);
            }
            ObjectNode o = (ObjectNode) node;
            if (!o.has(name)) {
                if (nextIsIndex) {
                    o.putArray(name);
                } else {
                    o.putObject(name);
                }
            }
            return o.get(name);
        }

        public Assessment assess() {
            return assess(Frame.UNHCR);
        }

        public Assessment assess(Frame frame) {
            return assessor.assess(CaseJson.fromTree(root.deepCopy()), frame);
        }
    }

    public static CriterionFinding finding(Assessment a, Criterion c) {
        return a.finding(c).orElseThrow(() -> new AssertionError("no finding for " + c));
    }

    public static BarFinding bar(Assessment a, String destination, Criterion c) {
        return a.returnTo(destination).orElseThrow(() -> new AssertionError("no return finding for " + destination))
                .bars().stream().filter(b -> b.criterion() == c).findFirst()
                .orElseThrow(() -> new AssertionError("no " + c + " for " + destination));
    }

    /** Asserts status and that the legal basis contains the given citations; returns the finding. */
    public static CriterionFinding assertFinding(Assessment a, Criterion c, Status status, String... legalBasis) {
        CriterionFinding f = finding(a, c);
        assertThat(f.status()).as(c + ": " + f.reasons()).isEqualTo(status);
        OBSERVED.computeIfAbsent(c, k -> ConcurrentHashMap.newKeySet()).add(status);
        assertThat(f.legalBasis()).as(c + " legal basis").contains(legalBasis);
        assertThat(f.reasons()).as(c + " reasons").isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(f.rulesFired()).as(c + " rules").isNotEmpty();
        if (status == Status.UNDETERMINED) {
            assertThat(f.missingFacts()).as(c + " names the facts it waits on").isNotEmpty();
        }
        return f;
    }

    /**
     * Decided case R1, Danian v SSHD: pro-democracy activity abroad, found partly opportunistic, in a subsequent
     * application, with the 1990s Nigerian condition of the R1 scenario. The activity's opportunism is recorded as a
     * belief not genuinely held, so the only risk is the one from the activity the authorities know of.
     */
    public static CaseBuilder danian() {
        return CaseBuilder.of("""
                {"schemaVersion": "1.0", "caseId": "R1", "assessmentDate": "1999-10-08",
                 "person": {"id": "R1-person", "sex": "male", "nationalities": [{"country": "NG", "basis": "held"}]},
                 "hostState": "GB", "currentCountry": "GB", "countryOfOrigin": "NG",
                 "departure": {"date": "1985-06-01", "withPermission": "established"},
                 "activitiesAbroad": [{"kind": "political_activity", "date": "1995-01-01", "visibility": "public",
                                       "authoritiesAware": "established", "mainlyToCreateClaim": "established",
                                       "beliefGenuine": "not_established"}],
                 "claim": {"statedFear": "established", "wouldConcealOnReturn": "not_established"},
                 "destinations": [{"country": "NG"}],
                 "procedure": {"subsequentApplication": "established"}}
                """).using(ASSESSOR.withCountryInformation(readCountryInformation("R1-nigeria-1990s.json")));
    }
}
