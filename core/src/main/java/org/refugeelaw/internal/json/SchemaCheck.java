package org.refugeelaw.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.refugeelaw.api.InputProblem;

/**
 * Validates a JSON tree against one of the bundled JSON Schemas and words every violation as an {@link InputProblem}.
 * Each schema is read and compiled once; validation is thread-safe.
 */
public final class SchemaCheck {
    /** Where the bundled schemas live on the class path. */
    public static final String SCHEMA_FOLDER = "/org/refugeelaw/schema/";
    public static final String COUNTRY_CODE_PATTERN = "^[A-Z]{2}$";

    private final JsonNode root;
    private final Schema schema;
    private final Map<String, JsonNode> targets = new java.util.concurrent.ConcurrentHashMap<>();

    private SchemaCheck(JsonNode root, Schema schema) {
        this.root = root;
        this.schema = schema;
    }

    /** The case-record schema. */
    public static SchemaCheck caseRecord() {
        return CaseRecordHolder.INSTANCE;
    }

    /** The country-information schema. */
    public static SchemaCheck countryInformation() {
        return CountryInformationHolder.INSTANCE;
    }

    /** The frame schema (docs/frames.md). */
    public static SchemaCheck frame() {
        return FrameHolder.INSTANCE;
    }

    /** The treaty-data schema. */
    public static SchemaCheck treaties() {
        return TreatiesHolder.INSTANCE;
    }

    /** The schema document itself. */
    public JsonNode schemaNode() {
        return root;
    }

    /** Every violation of the schema, one problem per place and kind of violation. */
    public List<InputProblem> check(JsonNode document) {
        List<Error> errors = new ArrayList<>(schema.validate(document));
        errors.sort(Comparator.comparingInt(e -> priority(e.getKeyword())));
        Map<String, InputProblem> problems = new LinkedHashMap<>();
        for (Error e : errors) {
            InputProblem p = problem(e);
            problems.putIfAbsent(p.path() + '\u0000' + p.expected(), p);
        }
        return new ArrayList<>(problems.values());
    }

    /** Visits the values of a document that the schema describes, with the (sub)schema that describes each. */
    public interface Visitor {
        /**
         * @param path   the value's JSON path
         * @param node   the value
         * @param schema the schema for it, with {@code $ref}s followed
         * @param def    the name of the {@code $defs} entry it refers to ({@code countryCode}), or {@code ""}
         */
        void visit(String path, JsonNode node, JsonNode schema, String def);
    }

    /**
     * Walks a document alongside the schema, depth first in document order, visiting every value the schema describes.
     * A field the schema does not know, or a value of the wrong type, is passed by: {@link #check} reports those.
     */
    public void walk(JsonNode document, Visitor visitor) {
        walk(JsonPaths.ROOT, document, root, visitor);
    }

    private void walk(String path, JsonNode node, JsonNode schema, Visitor visitor) {
        String def = "";
        for (int hops = 0; schema != null && schema.has("$ref") && hops < 16; hops++) {
            String ref = schema.get("$ref").asText();
            def = ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : "";
            schema = target(ref);
        }
        if (schema == null || schema.isMissingNode() || node == null) {
            return;
        }
        visitor.visit(path, node, schema, def);
        if (node.isObject()) {
            JsonNode properties = schema.path("properties");
            node.fields().forEachRemaining(e -> {
                if (properties.has(e.getKey())) {
                    walk(JsonPaths.field(path, e.getKey()), e.getValue(), properties.get(e.getKey()), visitor);
                }
            });
        } else if (node.isArray() && schema.has("items")) {
            JsonNode items = schema.get("items");
            for (int i = 0; i < node.size(); i++) {
                walk(JsonPaths.index(path, i), node.get(i), items, visitor);
            }
        }
    }

    /**
     * The lists longer than the schema allows ({@code maxItems}): these are refused before anything else is checked,
     * so that a record far beyond any real case costs no more than counting its lists.
     */
    public List<InputProblem> limits(JsonNode document) {
        List<InputProblem> problems = new ArrayList<>();
        walkLists(JsonPaths.ROOT, document, root, problems);
        return problems;
    }

    /** Like {@link #walk}, but only into objects and lists, and not into a list that is too long. */
    private void walkLists(String path, JsonNode node, JsonNode schema, List<InputProblem> problems) {
        schema = resolve(schema);
        if (schema == null || schema.isMissingNode() || node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode properties = schema.path("properties");
            node.fields().forEachRemaining(e -> {
                JsonNode value = e.getValue();
                if (properties.has(e.getKey()) && value.isContainerNode()) {
                    walkLists(JsonPaths.field(path, e.getKey()), value, properties.get(e.getKey()), problems);
                }
            });
        } else if (node.isArray()) {
            int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
            if (node.size() > max) {
                String expected = "a list of at most " + ProblemText.count(max, "item");
                problems.add(new InputProblem(path, "a list of " + ProblemText.count(node.size(), "item"), expected,
                        path + " is a list of " + ProblemText.count(node.size(), "item") + ", but must be " + expected
                                + " (a limit of the case record, far beyond any real case; see docs/case-record.md)."));
                return;
            }
            JsonNode items = schema.path("items");
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    walkLists(JsonPaths.index(path, i), node.get(i), items, problems);
                }
            }
        }
    }

    /** The type error says most; a value failing two checks (pattern and format, say) is reported once. */
    private static int priority(String keyword) {
        return switch (keyword) {
            case "type" -> 0;
            case "const", "enum" -> 1;
            case "pattern" -> 2;
            default -> 3;
        };
    }

    private InputProblem problem(Error e) {
        String at = path(e.getInstanceLocation());
        JsonNode where = keywordParent(e);
        JsonNode node = e.getInstanceNode();
        switch (e.getKeyword()) {
            case "required" -> {
                String name = e.getProperty();
                String path = JsonPaths.field(at, name);
                String expected = describe(where.path("properties").path(name));
                return new InputProblem(path, ProblemText.MISSING, expected,
                        path + " is missing, but is required: " + expected + ".");
            }
            case "additionalProperties" -> {
                String name = e.getProperty();
                String path = JsonPaths.field(at, name);
                List<String> allowed = new ArrayList<>();
                where.path("properties").fieldNames().forEachRemaining(allowed::add);
                Optional<String> guess = ProblemText.nearest(name, allowed);
                String hint = guess.map(g -> " (did you mean '" + g + "'?)").orElse("");
                JsonNode value = node == null ? null : node.get(name);
                String received = ProblemText.json(name) + ": " + ProblemText.withheld(value, "unknown field");
                String expected = "one of the fields " + String.join(", ", allowed) + hint;
                return new InputProblem(path, received, expected, path + " is not a field of " + title(where) + hint
                        + "; the fields allowed there are " + ProblemText.names(allowed) + ".");
            }
            default -> {
                String expected = describe(where);
                String received = ProblemText.received(at, node);
                String message;
                if (node != null && node.isNull()) {
                    message = at + " is null, but must be " + expected
                            + " (to leave an optional fact unknown, leave the field out).";
                } else if ("type".equals(e.getKeyword()) && (node == null || node.isContainerNode()
                        || received.endsWith(")"))) {
                    // The received value already says what kind of value it is.
                    message = at + " is " + received + ", but must be " + expected + ".";
                } else if ("type".equals(e.getKeyword())) {
                    message = at + " is " + received + " (" + ProblemText.kind(node) + "), but must be " + expected
                            + ".";
                } else {
                    message = at + " is " + received + ", but must be " + expected + suggestion(where, node) + ".";
                }
                return new InputProblem(at, received, expected, message);
            }
        }
    }

    /** For a misspelt enum value, the value meant. */
    private String suggestion(JsonNode where, JsonNode node) {
        JsonNode allowed = resolve(where).path("enum");
        if (!allowed.isArray() || node == null || !node.isTextual()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        allowed.forEach(v -> values.add(v.asText()));
        return ProblemText.nearest(node.textValue(), values).map(g -> " (did you mean " + ProblemText.json(g) + "?)")
                .orElse("");
    }

    /** What a (sub)schema allows, in words a person can act on. */
    public String describe(JsonNode s) {
        s = resolve(s);
        if (s == null || s.isMissingNode()) {
            return "a value";
        }
        if (s.has("const")) {
            return ProblemText.received(s.get("const"));
        }
        if (s.has("enum")) {
            List<String> values = new ArrayList<>();
            s.get("enum").forEach(v -> values.add(v.asText()));
            return "one of " + ProblemText.quotedList(values);
        }
        String type = s.path("type").asText("");
        return switch (type) {
            case "string" -> describeText(s);
            case "integer" -> "a whole number" + range(s);
            case "number" -> "a number" + range(s);
            case "boolean" -> "true or false";
            case "array" -> "a list (JSON array)" + (s.path("uniqueItems").asBoolean() ? " without repeats" : "")
                    + (s.has("maxItems") ? " of at most " + ProblemText.count(s.get("maxItems").asInt(), "item") : "")
                    + ", each item " + describe(s.path("items"));
            case "object" -> "a JSON object (" + title(s) + ")";
            default -> "a value";
        };
    }

    private static String describeText(JsonNode s) {
        String pattern = s.path("pattern").asText(null);
        if (COUNTRY_CODE_PATTERN.equals(pattern)) {
            return "a two-letter ISO 3166-1 country code in capitals, such as \"KP\"";
        }
        if ("date".equals(s.path("format").asText(null))) {
            return "a calendar date written YYYY-MM-DD, such as \"2024-03-15\"";
        }
        if (pattern != null) {
            return s.path("description").asText("text matching " + pattern);
        }
        int min = s.path("minLength").asInt(0);
        if (s.has("maxLength")) {
            int max = s.get("maxLength").asInt();
            return min > 0 ? "text of " + min + " to " + max + " characters" : "text of at most " + max + " characters";
        }
        return min > 0 ? "text of at least " + min + " characters" : "text";
    }

    private static String range(JsonNode s) {
        if (s.has("minimum") && s.has("maximum")) {
            return " from " + s.get("minimum").asText() + " to " + s.get("maximum").asText();
        }
        if (s.has("minimum")) {
            return " of at least " + s.get("minimum").asText();
        }
        if (s.has("maximum")) {
            return " of at most " + s.get("maximum").asText();
        }
        return "";
    }

    private String title(JsonNode objectSchema) {
        if (objectSchema == root) {
            return "the " + root.path("title").asText("document").toLowerCase(Locale.ROOT);
        }
        return objectSchema.path("title").asText("an object");
    }

    /** Whether a (sub)schema, with its {@code $ref}s followed, allows only listed values. */
    public boolean isEnum(JsonNode s) {
        JsonNode resolved = resolve(s);
        return resolved != null && resolved.has("enum");
    }

    /** Follows {@code $ref}s within the document. */
    private JsonNode resolve(JsonNode s) {
        for (int hops = 0; s != null && s.has("$ref") && hops < 16; hops++) {
            s = target(s.get("$ref").asText());
        }
        return s;
    }

    /** The subschema a local {@code $ref} points to, looked up once per reference (issue 15); null for another file. */
    private JsonNode target(String ref) {
        return ref.startsWith("#") ? targets.computeIfAbsent(ref, r -> root.at(r.substring(1))) : null;
    }

    /** The subschema holding the keyword that failed. */
    private JsonNode keywordParent(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode s = root;
        for (int i = 0; fragment != null && i < fragment.getNameCount() - 1 && s != null; i++) {
            Object element = fragment.getElement(i);
            s = element instanceof Integer n ? s.get(n) : s.get(String.valueOf(element));
        }
        return s == null ? MissingNode.getInstance() : s;
    }

    private static String path(NodePath location) {
        String path = JsonPaths.ROOT;
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer n ? JsonPaths.index(path, n) : JsonPaths.field(path, String.valueOf(element));
        }
        return path;
    }

    private static SchemaCheck load(String file) {
        String resource = SCHEMA_FOLDER + file;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema " + resource + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(config));
            Schema schema = registry.getSchema(SchemaLocation.of(root.path("$id").asText()), root);
            schema.initializeValidators();
            return new SchemaCheck(root, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("The schema " + resource + " could not be read", e);
        }
    }

    private static final class CaseRecordHolder {
        static final SchemaCheck INSTANCE = load("case-record.schema.json");
    }

    private static final class FrameHolder {
        static final SchemaCheck INSTANCE = load("frame.schema.json");
    }

    private static final class TreatiesHolder {
        static final SchemaCheck INSTANCE = load("treaties.schema.json");
    }

    private static final class CountryInformationHolder {
        static final SchemaCheck INSTANCE = load("country-information.schema.json");
    }
}
