package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.properties.PropertySupport.ASSESSOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;

/**
 * The core guarantee: a status is undetermined only where an unknown fact could change it. Replacing any one unknown
 * fact of a record by either value never changes a status (the determination, every criterion, every bar and return
 * finding, every procedural finding) that was not UNDETERMINED.
 *
 * <p>Excluded are the facts on which the law itself puts the burden on the authority, where the rules read "unknown"
 * as "no indication" (documented in docs/case-record.md): the cessation clauses, RC 1D facts for anyone the record does
 * not point to as a Palestine refugee, the RC 33(2) exceptions while all three are unknown, the subjective fear, which
 * is presumed, diplomatic assurances (the returning state must show them), an assurance against the death penalty
 * (likewise) and violence of exceptional intensity (the person must adduce it). Also
 * excluded are facts that are not really unknown: a destination's admission, risk and onward return where country
 * information on how that state treats people from the country of origin fills the record's gap (and the severity of
 * lesser harms at the country of origin, where a condition there says how prejudicial they are), and procedural
 * guarantees that were necessarily not given because no examination or procedure took place (setting them would
 * make the record contradict itself), and a status procedure's availability where an individual examination was held. NOT_APPLICABLE and NOT_MET are compared as one ("does not help the claim").
 */
class KleeneSoundnessTest {
    static final Set<String> NOT_TRUTH = Set.of("sex", "visibility", "inflictedBy", "role");

    /** The paths of every Truth field that is unknown in the canonical tree. */
    static List<List<Object>> unknownFacts(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                if (e.getValue().isTextual() && e.getValue().asText().equals("unknown")
                        && !NOT_TRUTH.contains(e.getKey())) {
                    out.add(p);
                } else {
                    unknownFacts(e.getValue(), p, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                unknownFacts(node.get(i), p, out);
            }
        }
        return out;
    }

    static final Set<String> FILLED_BY_COUNTRY_INFORMATION = Set.of("admitsPerson", "riskThere", "onwardReturnRisk");
    static final Set<String> PRESUPPOSE_EXAMINATION = Set.of("personalInterview", "interpreter", "reasonedDecision",
            "suspensiveAppeal", "exNuncRiskAssessment", "accessToCompetentAuthority");

    static boolean presumed(ObjectNode tree, List<Object> path) {
        String p = path.toString();
        String origin = tree.path("countryOfOrigin").asText();
        if (path.size() == 3 && path.get(0).equals("destinations")
                && FILLED_BY_COUNTRY_INFORMATION.contains((String) path.get(2))) {
            String country = tree.path("destinations").path((Integer) path.get(1)).path("country").asText();
            return PropertySupport.CI.nationality().stream()
                    .anyMatch(n -> n.country().equals(country) && n.forNationalsOf().equals(origin));
        }
        if (path.size() == 3 && path.get(0).equals("destinations") && path.get(2).equals("substantiallyPrejudicial")) {
            // The record's finding comes first; a condition of the country of origin that says fills its gap.
            String country = tree.path("destinations").path((Integer) path.get(1)).path("country").asText();
            return country.equals(origin) && PropertySupport.CI.conditions().stream().anyMatch(k ->
                    k.country().equals(origin) && k.substantiallyPrejudicial() != org.refugeelaw.model.Truth.UNKNOWN);
        }
        if (p.equals("[procedure, statusProcedureAvailable]")) {
            // An individual examination of the claim presupposes a procedure to determine status.
            return tree.path("procedure").path("individualExamination").asText().equals("established");
        }
        if (path.size() == 2 && path.get(0).equals("procedure") && PRESUPPOSE_EXAMINATION.contains((String) path.get(1))) {
            JsonNode proc = tree.path("procedure");
            return proc.path("individualExamination").asText().equals("not_established")
                    || proc.path("statusProcedureAvailable").asText().equals("not_established");
        }
        if (path.size() == 4 && path.get(0).equals("destinations") && path.get(2).equals("prosecution")
                && path.get(3).equals("assuranceAgainstDeathPenalty")) {
            // The state relying on an assurance against the death penalty must produce it: none shown, none counts.
            return true;
        }
        if (p.equals("[procedure, unhcrMandateDetermination]")) {
            // Without access to UNHCR there was no mandate determination (setting it would contradict the record).
            return tree.path("procedure").path("accessToUnhcr").asText().equals("not_established");
        }
        if (p.equals("[procedure, primaFacieRecognition]")) {
            // Without a status procedure and without UNHCR, nobody could have recognised the person prima facie.
            JsonNode proc = tree.path("procedure");
            return proc.path("accessToUnhcr").asText().equals("not_established")
                    && proc.path("statusProcedureAvailable").asText().equals("not_established");
        }
        if (path.size() == 3 && path.get(0).equals("settlement") && path.get(2).equals("firmlyResettled")) {
            // Firm resettlement bars (US frame) only where it is shown: unknown is "no indication" (docs 3.10).
            return true;
        }
        if (p.startsWith("[cessation,") || p.equals("[claim, statedFear]")) {
            return true;
        }
        // Assurances are the returning state's to show, and violence of exceptional intensity the person's to adduce:
        // left out, neither is shown (docs/case-record.md; Othman v UK; NA v UK).
        if (path.size() == 3 && path.get(0).equals("destinations")
                && (path.get(2).equals("diplomaticAssurances") || path.get(2).equals("generalViolenceOfExceptionalIntensity"))) {
            return true;
        }
        if (p.equals("[exclusion, unAgencyAssistance]") || p.equals("[exclusion, palestineRefugee]")) {
            // RC 1D with nothing known about UNRWA and nothing pointing to it: no indication (exclusion-1D.drl).
            JsonNode e = tree.path("exclusion");
            String other = p.equals("[exclusion, palestineRefugee]") ? "unAgencyAssistance" : "palestineRefugee";
            String origin2 = tree.path("countryOfOrigin").asText();
            boolean holdsOne = false;
            for (JsonNode n : tree.path("person").path("nationalities")) {
                holdsOne |= n.path("basis").asText().equals("held");
            }
            boolean pointsTo1D = origin2.equals("PS") || (java.util.List.of("JO", "LB", "SY").contains(origin2) && !holdsOne);
            return !pointsTo1D && e.path(other).asText("unknown").equals("unknown");
        }
        if (p.equals("[exclusion, dangerToSecurity]") || p.equals("[exclusion, dangerToCommunity]")
                || p.equals("[exclusion, finalConvictionParticularlySeriousCrime]")
                || p.equals("[exclusion, aggravatedFelonyFiveYears]")) {
            // No indication of an RC 33(2) exception (issue 11 point 5: with the US aggravated-felony rule).
            JsonNode e = tree.path("exclusion");
            return e.path("dangerToSecurity").asText().equals("unknown")
                    && e.path("dangerToCommunity").asText().equals("unknown")
                    && e.path("finalConvictionParticularlySeriousCrime").asText().equals("unknown");
        }
        return false;
    }

    static ObjectNode with(ObjectNode tree, List<Object> path, String value) {
        ObjectNode t = tree.deepCopy();
        JsonNode n = t;
        for (int i = 0; i < path.size() - 1; i++) {
            n = path.get(i) instanceof Integer k ? n.get(k) : n.get((String) path.get(i));
        }
        ((ObjectNode) n).put((String) path.get(path.size() - 1), value);
        return t;
    }

    static List<String> violations(long seed, int records, java.util.function.Predicate<String> keys) {
        PropertySupport.Generator g = new PropertySupport.Generator(seed);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < records && bad.size() < 5; i++) {
            ObjectNode tree = (ObjectNode) CaseJson.toTree(PropertySupport.read(g.next()));
            Frame frame = Frame.values()[i % 4];
            Map<String, String> before = PropertySupport.statuses(ASSESSOR.assess(PropertySupport.read(tree), frame));
            for (List<Object> fact : unknownFacts(tree, List.of(), new ArrayList<>())) {
                if (presumed(tree, fact)) {
                    continue;
                }
                for (String value : new String[] {"established", "not_established"}) {
                    var c = PropertySupport.readOrNull(with(tree, fact, value));
                    if (c == null) {
                        continue;
                    }
                    Map<String, String> after = PropertySupport.statuses(ASSESSOR.assess(c, frame));
                    for (var e : before.entrySet()) {
                        // A return barred pending the determination of refugee status is provisional by design:
                        // deciding the claim turns it into BARRED or NOT_BARRED (issue 11 point 4).
                        if (!keys.test(e.getKey()) || e.getValue().equals("UNDETERMINED")
                                || e.getValue().equals("BARRED_PENDING_DETERMINATION")) {
                            continue;
                        }
                        String now = after.get(e.getKey());
                        if (!same(e.getValue(), now) && bad.size() < 5) {
                            bad.add("{\"seed\":" + seed + ",\"case\":" + i + ",\"frame\":\"" + frame + "\",\"fact\":\""
                                    + fact + "\",\"value\":\"" + value + "\",\"status\":\"" + e.getKey() + "\",\"before\":\""
                                    + e.getValue() + "\",\"after\":\"" + now + "\",\"record\":" + tree + "}");
                        }
                    }
                }
            }
        }
        return bad;
    }

    static boolean same(String before, String after) {
        return before.equals(after) || (before.equals("NOT_APPLICABLE") && "NOT_MET".equals(after))
                || (before.equals("NOT_MET") && "NOT_APPLICABLE".equals(after));
    }

    static final Set<String> PROCEDURE_CRITERIA = Set.of("INDIVIDUAL_DETERMINATION", "PROCEDURAL_GUARANTEES",
            "BENEFIT_OF_DOUBT");

    @Test
    void replacingAnUnknownFactNeverChangesADeterminedStatus_determinationAndCriteria() {
        assertThat(violations(2024L, 60, k -> !k.startsWith("return:") && !k.startsWith("procedure:")
                && !PROCEDURE_CRITERIA.contains(k)))
                .as("statuses that changed although they were not undetermined").isEmpty();
    }

    @Test
    void replacingAnUnknownFactNeverChangesADeterminedStatus_returnsAndBars() {
        assertThat(violations(2025L, 60, k -> k.startsWith("return:")))
                .as("statuses that changed although they were not undetermined").isEmpty();
    }

    @Test
    void replacingAnUnknownFactNeverChangesADeterminedStatus_procedure() {
        assertThat(violations(2026L, 60, k -> k.startsWith("procedure:") || PROCEDURE_CRITERIA.contains(k)))
                .as("statuses that changed although they were not undetermined").isEmpty();
    }

    /**
     * Seeds on which a wider exploration (seeds 3000-3011, 60 records each) found violations, kept as regressions:
     * RC 33 presumed a threat for a refugee ipso facto under RC 1D (3002, 3006), and humanitarian concern was MET
     * while another nationality's protection was unknown (3002); and seed 6: under the US frame RC 33 was MET for a
     * person firmly resettled in a country whose grant of the rights of nationals (RC 1E) was unknown.
     */
    @Test
    void replacingAnUnknownFactNeverChangesADeterminedStatus_regressionSeeds() {
        List<String> bad = new ArrayList<>(violations(3002L, 60, k -> true));
        bad.addAll(violations(3006L, 60, k -> true));
        bad.addAll(violations(6L, 40, k -> true));
        assertThat(bad).as("statuses that changed although they were not undetermined").isEmpty();
    }
}
