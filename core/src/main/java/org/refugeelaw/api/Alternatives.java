package org.refugeelaw.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Counterfactual;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.DecisiveFact;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.internal.json.Json;

/**
 * Searches the alternatives of a case by assessing them, not by reasoning about them.
 *
 * <ul>
 * <li><b>Decisive missing facts.</b> Each unknown fact the assessment names is set to each value in turn, alone; a
 * fact is decisive when a value changes the determination or a return finding. If the determination is undetermined
 * and no single fact moves it, pairs of unknown facts are tried.</li>
 * <li><b>Counterfactuals.</b> For a case not granted refugee status: the smallest sets (up to
 * {@value #MAX_CHANGES} changes) of the person's facts, among those the law treats as decisive, that would make the
 * person a refugee. For a granted case: each established fact without which the grant would fail.</li>
 * </ul>
 * The search is bounded to {@value #MAX_EVALUATIONS} assessments by default; a caller may give a smaller assessment
 * budget and a time budget ({@link Assessor#assessWithAlternatives(CaseRecord, Frame, java.time.Duration, int)}).
 * {@link Assessment#searchNotes()} says whether and where the search stopped.
 */
final class Alternatives {
    static final int MAX_EVALUATIONS = 3000;
    static final int MAX_CHANGES = 3;
    private static final List<String> VALUES = List.of("established", "not_established");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z]+)|\\[(\\d+)]|\\[\\?\\(@\\.country=='([A-Z]{2})'\\)]");

    /** Truth-valued facts the law treats as decisive, by the object that holds them. */
    private static final Map<String, List<String>> DECISIVE = new LinkedHashMap<>();

    static {
        DECISIVE.put("$.departure", List.of("withPermission"));
        DECISIVE.put("$.stayAbroad", List.of("authorisedByOrigin"));
        DECISIVE.put("$.claim", List.of("statedFear", "wouldConcealOnReturn", "concealmentOutOfFear"));
        DECISIVE.put("$.person", List.of("pregnant"));
        DECISIVE.put("$.activitiesAbroad[]", List.of("authoritiesAware", "mainlyToCreateClaim"));
        DECISIVE.put("$.destinations[]", List.of("stateProtectionAvailable", "internalProtectionAlternative",
                "admitsPerson", "reachable", "riskThere", "onwardReturnRisk"));
        DECISIVE.put("$.destinations[].grounds[]", List.of("persecutorMotiveShown"));
        DECISIVE.put("$.destinations[].prosecution", List.of("disproportionate", "discriminatory",
                "withoutDueProcess", "offenceIsExerciseOfProtectedRight"));
        DECISIVE.put("$.settlement[]", List.of("rightsOfNationals", "firmlyResettled"));
        DECISIVE.put("$.exclusion", List.of("unAgencyAssistance", "dangerToSecurity"));
        DECISIVE.put("$.exclusion.crimes[]", List.of("seriousReasonsForConsidering", "political",
                "individualResponsibility", "defenceApplies"));
        DECISIVE.put("$.cessation", List.of("voluntaryReavailment", "newNationalityWithProtection",
                "reestablishedInOrigin", "durableChangeOfCircumstances"));
        DECISIVE.put("$.procedure", List.of("subsequentApplication"));
    }

    private final Assessor assessor;
    private final CaseRecord caseRecord;
    private final Frame frame;
    private final ObjectNode tree;
    private final Map<String, Assessment> cache = new HashMap<>();
    private final List<Message> notes = new ArrayList<>();
    private final int maxEvaluations;
    private final long timeBudgetNanos;
    private final long started = System.nanoTime();
    private int evaluations;
    private boolean bounded;
    private Message phase = Message.of("alternatives.phase.decisiveFacts");
    private Message stoppedBy;
    private Message stoppedIn;

    Alternatives(Assessor assessor, CaseRecord caseRecord, Frame frame) {
        this(assessor, caseRecord, frame, null, MAX_EVALUATIONS);
    }

    /**
     * @param timeBudget     how long the search may take, or null for no time limit
     * @param maxEvaluations how many alternative assessments it may make, at most {@value #MAX_EVALUATIONS}
     */
    Alternatives(Assessor assessor, CaseRecord caseRecord, Frame frame, java.time.Duration timeBudget,
                 int maxEvaluations) {
        if (maxEvaluations < 0 || maxEvaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException("The assessment budget must be between 0 and " + MAX_EVALUATIONS
                    + ", not " + maxEvaluations + ".");
        }
        if (timeBudget != null && (timeBudget.isNegative() || timeBudget.isZero())) {
            throw new IllegalArgumentException("The time budget must be positive, not " + timeBudget + ".");
        }
        this.assessor = assessor;
        this.caseRecord = caseRecord;
        this.frame = frame;
        this.tree = (ObjectNode) Json.MAPPER.valueToTree(caseRecord);
        this.maxEvaluations = maxEvaluations;
        this.timeBudgetNanos = timeBudget == null ? Long.MAX_VALUE : timeBudget.toNanos();
    }

    Assessment search() {
        Assessment base = assessor.assess(caseRecord, frame);
        List<DecisiveFact> decisive = decisiveFacts(base);
        List<Counterfactual> counter;
        if (base.determination().status() == RefugeeStatus.REFUGEE) {
            phase = Message.of("alternatives.phase.necessaryFacts");
            counter = necessaryFacts(base);
        } else {
            phase = Message.of("alternatives.phase.counterfactuals");
            counter = counterfactuals(base);
        }
        notes.add(bounded ? Message.of("alternatives.search.evaluationsBounded", evaluations, stoppedBy, stoppedIn)
                : Message.of("alternatives.search.evaluations", evaluations));
        return base.withAlternatives(decisive, counter, notes);
    }

    // ---------------------------------------------------------------- decisive facts

    private List<DecisiveFact> decisiveFacts(Assessment base) {
        Set<String> unknown = new TreeSet<>();
        for (String p : base.unknownFacts()) {
            if (settable(p)) {
                unknown.add(p);
            }
        }
        for (ReturnFinding r : base.returns()) {
            for (BarFinding b : r.bars()) {
                b.missingFacts().stream().filter(Alternatives::settable).forEach(unknown::add);
            }
        }
        List<DecisiveFact> result = new ArrayList<>();
        Map<String, Set<ReturnStatus>> returnStatuses = new HashMap<>();
        for (String path : unknown) {
            List<DecisiveFact.Alternative> alts = new ArrayList<>();
            boolean changes = false;
            for (String value : VALUES) {
                Assessment a = evaluate(Map.of(path, value));
                if (a == null) {
                    continue;
                }
                a.returns().forEach(r -> returnStatuses.computeIfAbsent(r.destination(), k -> new TreeSet<>())
                        .add(r.status()));
                List<Message> diff = differences(base, a);
                changes |= !diff.isEmpty();
                alts.add(new DecisiveFact.Alternative(value, a.outcome(), diff));
            }
            if (changes) {
                result.add(new DecisiveFact(path, alts));
            }
        }
        if (result.isEmpty() && base.determination().status() == RefugeeStatus.UNDETERMINED && unknown.size() > 1) {
            phase = Message.of("alternatives.phase.decisivePairs");
            result.addAll(decisivePairs(base, new ArrayList<>(unknown)));
        }
        for (ReturnFinding r : base.returns()) {
            // BARRED_PENDING_DETERMINATION is provisional, like UNDETERMINED: only a settled status is reported here
            boolean settled = r.status() == ReturnStatus.BARRED || r.status() == ReturnStatus.NOT_BARRED;
            if (settled && bounded && !returnStatuses.containsKey(r.destination())) {
                notes.add(Message.of("alternatives.returns.notTried", Message.country(r.destination()),
                        returnStatus(r.status())));
            } else if (settled) {
                Set<ReturnStatus> seen = returnStatuses.getOrDefault(r.destination(), Set.of(r.status()));
                notes.add(seen.size() <= 1
                        ? Message.of("alternatives.returns.unchanged", Message.country(r.destination()),
                                returnStatus(r.status()))
                        : Message.of("alternatives.returns.changes", Message.country(r.destination()),
                                returnStatus(r.status()), seen.toString()));
            }
        }
        return result;
    }

    private List<DecisiveFact> decisivePairs(Assessment base, List<String> unknown) {
        List<DecisiveFact> result = new ArrayList<>();
        for (int i = 0; i < unknown.size(); i++) {
            for (int j = i + 1; j < unknown.size(); j++) {
                for (String v1 : VALUES) {
                    for (String v2 : VALUES) {
                        Assessment a = evaluate(Map.of(unknown.get(i), v1, unknown.get(j), v2));
                        if (a != null && !differences(base, a).isEmpty()) {
                            addAlternative(result, unknown.get(i) + " together with " + unknown.get(j),
                                    v1 + " / " + v2, a, differences(base, a));
                        }
                    }
                }
            }
        }
        if (!result.isEmpty()) {
            notes.add(Message.of("alternatives.search.pairs"));
        }
        return result;
    }

    private static void addAlternative(List<DecisiveFact> list, String fact, String value, Assessment a,
                                       List<Message> diff) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).fact().equals(fact)) {
                List<DecisiveFact.Alternative> alts = new ArrayList<>(list.get(k).alternatives());
                alts.add(new DecisiveFact.Alternative(value, a.outcome(), diff));
                list.set(k, new DecisiveFact(fact, alts));
                return;
            }
        }
        list.add(new DecisiveFact(fact, List.of(new DecisiveFact.Alternative(value, a.outcome(), diff))));
    }

    /** What differs in the outcome: the determination and the return findings. */
    private static List<Message> differences(Assessment base, Assessment a) {
        List<Message> diff = new ArrayList<>();
        if (!base.outcome().equals(a.outcome())) {
            diff.add(Message.of("alternatives.change.determination", outcome(base), outcome(a)));
        }
        for (ReturnFinding r : a.returns()) {
            ReturnStatus before = base.returnTo(r.destination()).map(ReturnFinding::status).orElse(null);
            if (before != r.status()) {
                diff.add(Message.of("alternatives.change.returnTo", Message.country(r.destination()),
                        returnStatus(before), returnStatus(r.status())));
            }
        }
        return diff;
    }

    // ---------------------------------------------------------------- counterfactuals

    private List<Counterfactual> counterfactuals(Assessment base) {
        // First the facts the failing or open criteria rest on or wait for; then every decisive fact; then
        // hypotheses that add what the record lacks (a serious harm for a Convention reason).
        List<Map<String, String>> relevant = relevant(base);
        List<Counterfactual> found = searchSets(relevant, MAX_CHANGES);
        if (found.isEmpty()) {
            List<Map<String, String>> all = new ArrayList<>(candidates(base));
            all.addAll(hypotheses());
            found = searchSets(all, 1);
            if (found.isEmpty()) {
                List<Map<String, String>> combined = new ArrayList<>(hypotheses());
                combined.addAll(relevant);
                found = searchSets(combined, 2);
            }
        }
        if (found.isEmpty()) {
            notes.add(bounded ? Message.of("alternatives.search.noCounterfactualBounded", MAX_CHANGES)
                    : Message.of("alternatives.search.noCounterfactual", MAX_CHANGES));
        } else {
            notes.add(Message.of("alternatives.search.counterfactualOrder", MAX_CHANGES));
        }
        return found.stream().limit(10).toList();
    }

    /** Breadth-first: all sets of size 1, then 2, ... up to {@code maxSize}; stops at the first size that works. */
    private List<Counterfactual> searchSets(List<Map<String, String>> candidates, int maxSize) {
        List<Counterfactual> found = new ArrayList<>();
        List<List<Integer>> level = new ArrayList<>();
        level.add(List.of());
        for (int size = 1; size <= maxSize && found.isEmpty() && !bounded; size++) {
            phase = size == 1 ? Message.of("alternatives.phase.setsOfOne") : Message.of("alternatives.phase.setsOf", size);
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> set : level) {
                int from = set.isEmpty() ? 0 : set.get(set.size() - 1) + 1;
                for (int i = from; i < candidates.size(); i++) {
                    Map<String, String> changes = new LinkedHashMap<>();
                    boolean clash = false;
                    for (int j : set) {
                        changes.putAll(candidates.get(j));
                    }
                    for (String k : candidates.get(i).keySet()) {
                        clash |= changes.containsKey(k);
                    }
                    if (clash) {
                        continue;
                    }
                    changes.putAll(candidates.get(i));
                    List<Integer> extended = new ArrayList<>(set);
                    extended.add(i);
                    next.add(extended);
                    Assessment a = evaluate(changes);
                    if (a != null && a.determination().status() == RefugeeStatus.REFUGEE
                            && !containsSubset(found, changes)) {
                        found.add(counterfactual(changes, a, true));
                    }
                }
            }
            level = next;
        }
        return found;
    }

    /** Changes to the facts the failing or undetermined criteria of tiers 1-3 rest on or wait for. */
    private List<Map<String, String>> relevant(Assessment base) {
        Set<String> paths = new TreeSet<>();
        for (CriterionFinding f : base.criteria()) {
            boolean open = f.status() == org.refugeelaw.assessment.Status.UNDETERMINED
                    || (f.status() == org.refugeelaw.assessment.Status.NOT_MET && !defeatsWhenMet(f))
                    || (f.status() == org.refugeelaw.assessment.Status.MET && defeatsWhenMet(f));
            if (!open || f.criterion().tier().ordinal() > 2) {
                continue;
            }
            List<String> facts = new ArrayList<>(f.missingFacts());
            facts.addAll(f.factsRelied());
            for (String p : facts) {
                if (!settable(p)) {
                    continue;
                }
                JsonNode node = get(tree, p);
                if (node != null && node.isObject()) {
                    for (Map.Entry<String, List<String>> e : DECISIVE.entrySet()) {
                        if (expand(e.getKey()).contains(p)) {
                            e.getValue().forEach(field -> paths.add(p + "." + field));
                        }
                    }
                } else if (node == null || node.isTextual()) {
                    paths.add(p);
                }
            }
        }
        List<Map<String, String>> result = new ArrayList<>();
        for (String p : paths) {
            JsonNode current = get(tree, p);
            String value = current == null ? "unknown" : current.asText();
            if (current != null && !VALUES.contains(value) && !"unknown".equals(value)) {
                continue;
            }
            for (String v : VALUES) {
                if (!v.equals(value)) {
                    result.add(Map.of(p, v));
                }
            }
        }
        return result;
    }

    private static boolean defeatsWhenMet(CriterionFinding f) {
        return switch (f.criterion()) {
            case PROSECUTION_NOT_PERSECUTION, SUR_PLACE_GOOD_FAITH, SETTLED_ELSEWHERE, CESSATION, EXCLUSION_1D,
                    EXCLUSION_1F -> true;
            default -> false;
        };
    }

    /**
     * Hypotheses that add what a record may lack: that the person faces torture from the state of origin for each
     * Convention ground in turn. Each counts as one change.
     */
    private List<Map<String, String>> hypotheses() {
        String origin = caseRecord.countryOfOrigin();
        String holder = "$.destinations[?(@.country=='" + origin + "')]";
        List<Map<String, String>> list = new ArrayList<>();
        for (String ground : List.of("political_opinion", "religion", "race", "nationality", "particular_social_group")) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put(holder + ".harmsFaced", "[\"torture\"]");
            h.put(holder + ".inflictedBy", "state");
            h.put(holder + ".grounds", "[{\"ground\":\"" + ground + "\",\"persecutorMotiveShown\":\"established\"}]");
            list.add(h);
        }
        return list;
    }

    private static String last(Map<String, String> set) {
        String last = "";
        for (String k : set.keySet()) {
            last = k;
        }
        return last;
    }

    private static boolean containsSubset(List<Counterfactual> found, Map<String, String> changes) {
        for (Counterfactual cf : found) {
            boolean subset = cf.changes().stream().allMatch(ch -> ch.to().equals(changes.get(ch.fact())));
            if (subset) {
                return true;
            }
        }
        return false;
    }

    private List<Counterfactual> necessaryFacts(Assessment base) {
        Set<String> relied = new LinkedHashSet<>();
        for (CriterionFinding f : base.criteria()) {
            if (base.determination().decidedBy().contains(f.criterion())) {
                f.factsRelied().stream().filter(Alternatives::settable).forEach(relied::add);
            }
        }
        List<Counterfactual> result = new ArrayList<>();
        for (String path : relied) {
            JsonNode current = get(tree, path);
            if (current == null || !current.isTextual()) {
                continue;
            }
            String flipped = switch (current.asText()) {
                case "established" -> "not_established";
                case "not_established" -> "established";
                default -> null;
            };
            if (flipped == null) {
                continue;
            }
            Assessment a = evaluate(Map.of(path, flipped));
            if (a != null && a.determination().status() != RefugeeStatus.REFUGEE) {
                result.add(counterfactual(Map.of(path, flipped), a, false));
            }
        }
        if (result.isEmpty()) {
            notes.add(Message.of("alternatives.search.noIndispensableFact"));
        }
        return result;
    }

    private Counterfactual counterfactual(Map<String, String> changes, Assessment a, boolean makesRefugee) {
        List<Counterfactual.Change> list = new ArrayList<>();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            JsonNode current = get(tree, e.getKey());
            list.add(new Counterfactual.Change(e.getKey(),
                    current == null ? "unknown" : current.isTextual() ? current.asText() : current.toString(),
                    e.getValue()));
        }
        String what = String.join("; ", list.stream().map(c -> c.fact() + " " + c.from() + " -> " + c.to()).toList());
        return new Counterfactual(list, a.outcome(), makesRefugee
                ? Message.of("alternatives.counterfactual.makesRefugee", what, outcome(a))
                : Message.of("alternatives.counterfactual.endsRefugee", what, outcome(a)));
    }

    /** Single changes to try: every decisive Truth fact the record holds or could hold, set to each other value. */
    private List<Map<String, String>> candidates(Assessment base) {
        Set<String> paths = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : DECISIVE.entrySet()) {
            for (String holder : expand(e.getKey())) {
                for (String field : e.getValue()) {
                    paths.add(holder + "." + field);
                }
            }
        }
        for (String p : base.unknownFacts()) {
            if (settable(p)) {
                paths.add(p);
            }
        }
        List<Map<String, String>> result = new ArrayList<>();
        for (String p : paths) {
            JsonNode current = get(tree, p);
            String value = current == null ? "unknown" : current.asText();
            for (String v : VALUES) {
                if (!v.equals(value)) {
                    result.add(Map.of(p, v));
                }
            }
        }
        return result;
    }

    /** The concrete paths of a holder pattern such as {@code $.destinations[].grounds[]}. */
    private List<String> expand(String pattern) {
        List<String> paths = new ArrayList<>(List.of("$"));
        String rest = pattern.substring(1);
        for (String part : rest.split("(?=\\.)")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean array = part.endsWith("[]");
            String name = array ? part.substring(0, part.length() - 2) : part;
            List<String> next = new ArrayList<>();
            for (String p : paths) {
                String np = p + name;
                if (array) {
                    JsonNode arr = get(tree, np);
                    if (arr instanceof ArrayNode a) {
                        for (int i = 0; i < a.size(); i++) {
                            next.add(np + "[" + i + "]");
                        }
                    }
                } else {
                    next.add(np);
                }
            }
            paths = next;
        }
        return paths;
    }

    // ---------------------------------------------------------------- evaluating variants

    private Assessment evaluate(Map<String, String> changes) {
        String key = new java.util.TreeMap<>(changes).toString();
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        if (bounded) {
            return null;
        }
        if (evaluations >= maxEvaluations) {
            stop(Message.of("alternatives.search.assessmentBudget", maxEvaluations));
            return null;
        }
        long elapsed = System.nanoTime() - started;
        if (elapsed > timeBudgetNanos) {
            // The number of milliseconds as written (a plain decimal, quoted as a String so that no locale groups it).
            stop(Message.of("alternatives.search.timeBudget", java.math.BigDecimal.valueOf(timeBudgetNanos, 6)
                    .stripTrailingZeros().toPlainString()));
            return null;
        }
        evaluations++;
        ObjectNode variant = tree.deepCopy();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            set(variant, e.getKey(), e.getValue());
        }
        Assessment a;
        try {
            a = assessor.assess(Json.MAPPER.treeToValue(variant, CaseRecord.class), frame);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            a = null;
        }
        cache.put(key, a);
        return a;
    }

    private void stop(Message by) {
        bounded = true;
        stoppedBy = by;
        stoppedIn = phase;
    }

    /** Whether a path names a fact of the case record that the search can set. */
    static boolean settable(String path) {
        return path.startsWith("$.") && SEGMENT.matcher(path.substring(1)).replaceAll("").isEmpty();
    }

    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        Matcher m = SEGMENT.matcher(path.substring(1));
        while (m.find() && node != null) {
            if (m.group(1) != null) {
                node = node.get(m.group(1));
            } else if (m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            } else {
                JsonNode found = null;
                if (node instanceof ArrayNode a) {
                    for (JsonNode el : a) {
                        if (m.group(3).equals(el.path("country").asText())) {
                            found = el;
                        }
                    }
                }
                node = found;
            }
        }
        return node;
    }

    /** Sets a text value at a path, creating the objects (and a destination for a country filter) on the way. */
    static void set(ObjectNode root, String path, String value) {
        List<String[]> segs = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path.substring(1));
        while (m.find()) {
            segs.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        JsonNode node = root;
        for (int i = 0; i < segs.size(); i++) {
            String[] s = segs.get(i);
            boolean lastSeg = i == segs.size() - 1;
            if (s[0] != null) {
                ObjectNode o = (ObjectNode) node;
                if (lastSeg) {
                    o.set(s[0], value.startsWith("[") || value.startsWith("{") ? parse(value) : TextNode.valueOf(value));
                    return;
                }
                String[] nextSeg = segs.get(i + 1);
                if (!o.has(s[0])) {
                    if (nextSeg[0] == null) {
                        o.putArray(s[0]);
                    } else {
                        o.putObject(s[0]);
                    }
                }
                node = o.get(s[0]);
            } else if (s[1] != null) {
                node = node.get(Integer.parseInt(s[1]));
            } else {
                ArrayNode a = (ArrayNode) node;
                JsonNode found = null;
                for (JsonNode el : a) {
                    if (s[2].equals(el.path("country").asText())) {
                        found = el;
                    }
                }
                if (found == null) {
                    found = a.addObject().put("country", s[2]);
                }
                node = found;
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The determination in words ("refugee sur place", "not refugee"). */
    private static Message outcome(Assessment a) {
        Message status = switch (a.determination().status()) {
            case REFUGEE -> Message.of("alternatives.outcome.refugee");
            case NOT_REFUGEE -> Message.of("alternatives.outcome.notRefugee");
            case EXCLUDED -> Message.of("alternatives.outcome.excluded");
            case CEASED -> Message.of("alternatives.outcome.ceased");
            case UNDETERMINED -> Message.of("alternatives.outcome.undetermined");
        };
        return switch (a.determination().basis()) {
            case NONE -> status;
            case AT_DEPARTURE -> Message.of("alternatives.outcome.withBasis", status,
                    Message.of("alternatives.basis.atDeparture"));
            case SUR_PLACE -> Message.of("alternatives.outcome.withBasis", status,
                    Message.of("alternatives.basis.surPlace"));
            case IPSO_FACTO_1D -> Message.of("alternatives.outcome.withBasis", status,
                    Message.of("alternatives.basis.ipsoFacto1D"));
        };
    }

    /** A status of return in words ("not barred"); "null" where the destination had no finding. */
    private static Message returnStatus(ReturnStatus s) {
        if (s == null) {
            return Message.of("alternatives.returnStatus.none");
        }
        return switch (s) {
            case BARRED -> Message.of("alternatives.returnStatus.barred");
            case BARRED_PENDING_DETERMINATION -> Message.of("alternatives.returnStatus.barredPendingDetermination");
            case NOT_BARRED -> Message.of("alternatives.returnStatus.notBarred");
            case UNDETERMINED -> Message.of("alternatives.returnStatus.undetermined");
        };
    }
}
