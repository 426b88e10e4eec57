package org.refugeelaw.examples;

import org.refugeelaw.assessment.Explained;
import org.refugeelaw.report.ReportLabels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;

/**
 * "What if" for trainers: the same case with some facts changed, and only what that changes in the outcome (the
 * determination, criteria, procedural findings, returns and bars), with the new reasons for each changed item.
 */
public final class WhatIf {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)\\]");

    private WhatIf() {
    }

    /** One changed item: what it is, its value before and after, and the reasons for the new value. */
    public record Change(String item, String before, String after, List<String> reasons) {
    }

    /**
     * The case tree with one fact set. {@code path} is dotted or a JSON path ({@code departure.withPermission},
     * {@code $.activitiesAbroad[0].authoritiesAware}); missing objects on the way are created, and an index one past
     * the end of a list adds an element. {@code value} is read as JSON if it is JSON ({@code ["economic"]},
     * {@code 3}, {@code null}), otherwise as text; {@code null} removes the fact (it becomes unknown).
     */
    public static JsonNode set(JsonNode caseTree, String path, String value) {
        JsonNode root = caseTree.deepCopy();
        List<Object> segments = parse(path);
        JsonNode node = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            node = step(node, segments.get(i), segments.get(i + 1) instanceof Integer, path);
        }
        Object last = segments.get(segments.size() - 1);
        JsonNode v = value(path, value);
        if (last instanceof String name) {
            if (!(node instanceof ObjectNode o)) {
                throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": '" + name + "' is not inside an object.");
            }
            if (v.isNull()) {
                o.remove(name);
            } else {
                o.set(name, v);
            }
        } else {
            int idx = (Integer) last;
            if (!(node instanceof ArrayNode a) || idx > a.size()) {
                throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": no list element [" + idx + "] there.");
            }
            if (idx == a.size()) {
                a.add(v);
            } else {
                a.set(idx, v);
            }
        }
        return root;
    }

    static List<Object> parse(String path) {
        String p = path.strip();
        if (p.startsWith("$")) {
            p = p.substring(1);
        }
        if (p.startsWith(".")) {
            p = p.substring(1);
        }
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(p);
        int at = 0;
        while (at < p.length()) {
            if (p.charAt(at) == '.') {
                at++;
                continue;
            }
            if (!m.find(at) || m.start() != at) {
                throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": cannot read the path at '" + Terminal.value(p.substring(at))
                        + "'. Write it as departure.withPermission or $.activitiesAbroad[0].authoritiesAware.");
            }
            segments.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            at = m.end();
        }
        if (segments.isEmpty()) {
            throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": the path is empty.");
        }
        return segments;
    }

    private static JsonNode step(JsonNode node, Object segment, boolean nextIsIndex, String path) {
        if (segment instanceof String name) {
            if (!(node instanceof ObjectNode o)) {
                throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": '" + name + "' is not inside an object.");
            }
            JsonNode child = o.get(name);
            if (child == null || child.isNull()) {
                child = nextIsIndex ? o.putArray(name) : o.putObject(name);
            }
            return child;
        }
        int idx = (Integer) segment;
        if (!(node instanceof ArrayNode a) || idx > a.size()) {
            throw new ScenarioException(Exit.USAGE, "--set " + Terminal.value(path) + ": no list element [" + idx + "] there.");
        }
        if (idx == a.size()) {
            return nextIsIndex ? a.addArray() : a.addObject();
        }
        return a.get(idx);
    }

    /**
     * The value of a {@code --set}, read whole. A value that begins like JSON (a list, an object, a quoted string, a
     * number, true, false or null) must be exactly one JSON value: anything after it is refused and named. Any other
     * value is text, taken whole (a date such as 2020-01-05, or a word such as established). An empty value is
     * refused: write null to make a fact unknown.
     */
    static JsonNode value(String path, String value) {
        String where = "--set " + Terminal.value(path) + "=" + Terminal.value(value);
        if (value == null || value.isEmpty()) {
            throw new ScenarioException(Exit.USAGE, where + ": the value is empty; give a value, or null to make the"
                    + " fact unknown.");
        }
        boolean looksJson = value.startsWith("[") || value.startsWith("{") || value.startsWith("\"")
                || JSON_WORD.matcher(value).lookingAt() || value.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(\\s.*)?");
        if (!looksJson) {
            return TextNode.valueOf(value);
        }
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(value)) {
            JsonNode node = JSON.readTree(p);
            long end = p.currentLocation().getCharOffset();
            String rest = end < 0 || end >= value.length() ? "" : value.substring((int) end).strip();
            if (node == null || node.isMissingNode()) {
                throw new ScenarioException(Exit.USAGE, where + ": no value could be read.");
            }
            if (node.isNumber() && !Double.isFinite(node.asDouble())) {
                throw new ScenarioException(Exit.USAGE, where + ": the number " + Terminal.value(value.strip())
                        + " is out of range.");
            }
            if (!rest.isEmpty()) {
                throw new ScenarioException(Exit.USAGE, where + ": the value " + Terminal.value(node.toString())
                        + " is followed by '" + Terminal.value(rest) + "', which is left over; give one value (quote"
                        + " text as a JSON string, e.g. '\"a b\"').");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(Exit.USAGE, where + ": not a JSON value ("
                    + Terminal.value(ScenarioRunner.jsonProblem(e)) + "); write a list"
                    + " as [\"a\",\"b\"], text as a word or a JSON string.");
        } catch (java.io.IOException e) {
            throw new ScenarioException(Exit.USAGE, where + ": not readable as a value.");
        }
    }

    private static final Pattern JSON_WORD = Pattern.compile("(true|false|null)(?![A-Za-z0-9_])");

    /** Every item whose value differs between the two assessments, in report order. */
    public static List<Change> changes(Assessment before, Assessment after) {
        return changes(before, after, java.util.Locale.ROOT);
    }

    /**
     * {@link #changes(Assessment, Assessment)} for a reader of {@code locale}: the reasons in that language, the
     * items' words and the values as the reports say them (identifiers stay: criterion names, country codes); in
     * English, exactly as before.
     */
    public static List<Change> changes(Assessment before, Assessment after, java.util.Locale locale) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes(before, after, (Explained e) -> e.reasons(locale))) {
            out.add(new Change(item(c.item(), locale), value(c.before(), locale), value(c.after(), locale),
                    c.reasons()));
        }
        return out;
    }

    /**
     * An item of a change or a comparison ({@code determination}, {@code return to KP / NON_REFOULEMENT_33}) for a
     * reader of {@code locale}; unchanged in English.
     */
    public static String item(String item, java.util.Locale locale) {
        if (ReportLabels.english(locale)) {
            return item;
        }
        if (item.equals("determination")) {
            return ReportLabels.text("report.label.determination", locale);
        }
        if (item.startsWith("return to ")) {
            String rest = item.substring("return to ".length());
            int slash = rest.indexOf(" / ");
            String dest = slash < 0 ? rest : rest.substring(0, slash);
            return ReportLabels.text("report.label.returnTo", locale, dest) + (slash < 0 ? "" : rest.substring(slash));
        }
        int slash = item.indexOf(" / ");
        if (slash > 0) {
            // a procedural guarantee: "PROCEDURAL_GUARANTEES / personalInterview" names the guarantee in the language
            String criterion = item.substring(0, slash);
            return org.refugeelaw.assessment.ProceduralFinding.nameOf(item.substring(slash + 3))
                    .map(m -> criterion + " / " + m.render(locale)).orElse(item);
        }
        return item;
    }

    /**
     * A value of a change or a comparison (an outcome such as {@code REFUGEE AT_DEPARTURE}, a status such as
     * {@code NOT_MET} or {@code BARRED}, {@code (no finding)}, {@code -}) for a reader of {@code locale}; unchanged
     * in English.
     */
    public static String value(String value, java.util.Locale locale) {
        if (ReportLabels.english(locale) || value == null) {
            return value;
        }
        if (value.equals("(no finding)")) {
            return ReportLabels.text("report.whatIf.noFinding", locale);
        }
        for (org.refugeelaw.assessment.Status st : org.refugeelaw.assessment.Status.values()) {
            if (st.name().equals(value)) {
                return ReportLabels.status(st, locale);
            }
        }
        for (org.refugeelaw.assessment.ReturnStatus st : org.refugeelaw.assessment.ReturnStatus.values()) {
            if (st.name().equals(value)) {
                return ReportLabels.returnStatus(st, locale);
            }
        }
        String first = value.split(" ")[0];
        for (org.refugeelaw.assessment.RefugeeStatus st : org.refugeelaw.assessment.RefugeeStatus.values()) {
            if (st.name().equals(first)) {
                return ReportLabels.outcome(value, locale);
            }
        }
        return value;
    }

    private static List<Change> changes(Assessment before, Assessment after,
                                        java.util.function.Function<Explained, List<String>> reasons) {
        List<Change> out = new ArrayList<>();
        if (!before.outcome().equals(after.outcome())) {
            out.add(new Change("determination", before.outcome(), after.outcome(),
                    reasons.apply(after.determination())));
        }
        Map<String, CriterionFinding> b = new LinkedHashMap<>();
        before.criteria().forEach(c -> b.put(c.criterion().name(), c));
        for (CriterionFinding c : after.criteria()) {
            CriterionFinding old = b.remove(c.criterion().name());
            String was = old == null ? "(no finding)" : old.status().name();
            if (!was.equals(c.status().name())) {
                out.add(new Change(c.criterion().name(), was, c.status().name(), reasons.apply(c)));
            }
        }
        b.values().forEach(c -> out.add(new Change(c.criterion().name(), c.status().name(), "(no finding)",
                List.of())));
        Map<String, ProceduralFinding> bp = new LinkedHashMap<>();
        before.procedure().forEach(p -> bp.put(p.criterion() + " / " + p.guarantee(), p));
        for (ProceduralFinding p : after.procedure()) {
            String key = p.criterion() + " / " + p.guarantee();
            ProceduralFinding old = bp.remove(key);
            String was = old == null ? "(no finding)" : old.status().name();
            if (!was.equals(p.status().name())) {
                out.add(new Change(key, was, p.status().name(), reasons.apply(p)));
            }
        }
        bp.forEach((k, p) -> out.add(new Change(k, p.status().name(), "(no finding)", List.of())));
        for (ReturnFinding r : after.returns()) {
            ReturnFinding old = before.returnTo(r.destination()).orElse(null);
            String was = old == null ? "(no finding)" : old.status().name();
            if (!was.equals(r.status().name())) {
                out.add(new Change("return to " + r.destination(), was, r.status().name(), reasons.apply(r)));
            }
            for (BarFinding bar : r.bars()) {
                String wasBar = old == null ? "(no finding)" : old.bars().stream()
                        .filter(x -> x.criterion() == bar.criterion()).findFirst().map(x -> x.status().name())
                        .orElse("(no finding)");
                if (!wasBar.equals(bar.status().name())) {
                    out.add(new Change("return to " + r.destination() + " / " + bar.criterion(), wasBar,
                            bar.status().name(), reasons.apply(bar)));
                }
            }
        }
        for (ReturnFinding r : before.returns()) {
            if (after.returnTo(r.destination()).isEmpty()) {
                out.add(new Change("return to " + r.destination(), r.status().name(), "(no finding)", List.of()));
            }
        }
        return out;
    }
}
