package org.refugeelaw.examples.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three-valued facts of a case record, grouped as the record is (one group per top-level object, one per element
 * of a top-level list), found by walking the case record's JSON Schema alongside the case: every field whose schema
 * is the {@code truth} type is a fact, whether the case states it or not (absent means unknown).
 */
final class Facts {
    static final List<String> VALUES = List.of("established", "not_established", "unknown");
    private static final String SCHEMA = "org/refugeelaw/schema/case-record.schema.json";
    private static final String TRUTH = "#/$defs/truth";
    private static final JsonNode ROOT = load();

    private Facts() {
    }

    /** One fact: its JSON path, its field name, what it means, and its value in the case. */
    record Fact(String path, String name, String description, String value) {
    }

    /** A part of the case record and the facts in it. */
    record Group(String title, List<Fact> facts) {
    }

    static List<Group> groups(JsonNode caseTree) {
        List<Group> out = new ArrayList<>();
        List<Fact> top = new ArrayList<>();
        JsonNode props = ROOT.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode schema = e.getValue();
            JsonNode value = caseTree.path(name);
            String path = "$." + name;
            if (isTruth(schema)) {
                top.add(fact(path, name, schema, value));
                continue;
            }
            JsonNode resolved = resolve(schema);
            if ("array".equals(resolved.path("type").asText()) && value.isArray()) {
                JsonNode items = resolve(resolved.path("items"));
                for (int i = 0; i < value.size(); i++) {
                    List<Fact> facts = new ArrayList<>();
                    walk(items, value.get(i), path + "[" + i + "]", facts);
                    if (!facts.isEmpty()) {
                        out.add(new Group(name + "[" + i + "]" + label(value.get(i)), facts));
                    }
                }
            } else if (resolved.has("properties")) {
                List<Fact> facts = new ArrayList<>();
                walk(resolved, value, path, facts);
                if (!facts.isEmpty()) {
                    out.add(new Group(name, facts));
                }
            }
        }
        if (!top.isEmpty()) {
            out.add(0, new Group("case", top));
        }
        return out;
    }

    /** The JSON paths of every fact in the panel: the only paths the workbench lets a form change. */
    static Set<String> paths(JsonNode caseTree) {
        Set<String> out = new LinkedHashSet<>();
        groups(caseTree).forEach(g -> g.facts().forEach(f -> out.add(f.path())));
        return out;
    }

    /** The facts by path, with their values. */
    static Map<String, String> values(JsonNode caseTree) {
        Map<String, String> out = new LinkedHashMap<>();
        groups(caseTree).forEach(g -> g.facts().forEach(f -> out.put(f.path(), f.value())));
        return out;
    }

    private static void walk(JsonNode schema, JsonNode value, String path, List<Fact> out) {
        JsonNode props = resolve(schema).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            JsonNode v = value.path(e.getKey());
            String p = path + "." + e.getKey();
            if (isTruth(s)) {
                out.add(fact(p, e.getKey(), s, v));
                continue;
            }
            JsonNode r = resolve(s);
            if ("array".equals(r.path("type").asText())) {
                if (v.isArray()) {
                    JsonNode items = resolve(r.path("items"));
                    if (items.has("properties")) {
                        for (int i = 0; i < v.size(); i++) {
                            walk(items, v.get(i), p + "[" + i + "]", out);
                        }
                    }
                }
            } else if (r.has("properties")) {
                walk(r, v, p, out);
            }
        }
    }

    private static Fact fact(String path, String name, JsonNode schema, JsonNode value) {
        String v = value.isTextual() && VALUES.contains(value.asText()) ? value.asText() : "unknown";
        return new Fact(path, name, schema.path("description").asText(""), v);
    }

    /** A short label for a list element: its country or kind, if it has one. */
    private static String label(JsonNode element) {
        for (String key : List.of("country", "kind", "type")) {
            if (element.path(key).isTextual()) {
                return " (" + element.path(key).asText() + ")";
            }
        }
        return "";
    }

    private static boolean isTruth(JsonNode schema) {
        return TRUTH.equals(schema.path("$ref").asText());
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 8 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                break;
            }
            s = ROOT.path("$defs").path(ref.substring("#/$defs/".length()));
        }
        return s;
    }

    private static JsonNode load() {
        try (InputStream in = Facts.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The case-record schema " + SCHEMA + " is not on the class path.");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
