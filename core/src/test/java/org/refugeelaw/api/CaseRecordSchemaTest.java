package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.SchemaCheck;

/**
 * The bundled JSON Schemas describe the model records exactly: same fields, same required fields, same enum spellings,
 * at every level. A change to a record without the same change to its schema fails here.
 */
class CaseRecordSchemaTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void caseRecordSchemaMatchesTheRecordsAtEveryLevel() {
        List<String> drift = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        new Drift(SchemaCheck.caseRecord().schemaNode(), drift, visited).record(CaseRecord.class,
                SchemaCheck.caseRecord().schemaNode(), "$");
        assertThat(drift).isEmpty();
        // Every nested record was reached (the walk did not stop early).
        assertThat(visited).contains("CaseRecord", "Person", "Nationality", "Departure", "StayAbroad", "Claim",
                "ActivityAbroad", "EventAfterDeparture", "Destination", "GroundClaim", "Prosecution", "Settlement",
                "Cessation", "Exclusion", "Crime", "Procedure", "Credibility");
    }

    @Test
    void countryInformationSchemaMatchesTheRecordsAtEveryLevel() {
        List<String> drift = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        JsonNode schema = SchemaCheck.countryInformation().schemaNode();
        new Drift(schema, drift, visited).record(CountryInformation.class, schema, "$");
        assertThat(drift).isEmpty();
        assertThat(visited).contains("CountryInformation", "Condition", "NationalityPractice");
    }

    @Test
    void schemasAreDraft202012AndClosedEverywhere() {
        for (SchemaCheck check : List.of(SchemaCheck.caseRecord(), SchemaCheck.countryInformation())) {
            JsonNode schema = check.schemaNode();
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            List<String> open = new ArrayList<>();
            List<String> undocumented = new ArrayList<>();
            walk(schema, "#", (node, where) -> {
                if ("object".equals(node.path("type").asText()) && !node.path("additionalProperties").isBoolean()) {
                    open.add(where);
                }
                if (node.has("oneOf") || node.has("anyOf")) {
                    open.add(where + " (oneOf/anyOf)");
                }
                if (where.matches(".*/properties/[^/]+") && !node.path("description").isTextual()) {
                    undocumented.add(where);
                }
            });
            assertThat(open).as("objects without additionalProperties: false, or with oneOf/anyOf").isEmpty();
            assertThat(undocumented).as("properties without a description").isEmpty();
        }
    }

    @Test
    void everyTruthPropertySaysThatLeavingItOutMeansUnknown() {
        List<String> silent = new ArrayList<>();
        walk(SchemaCheck.caseRecord().schemaNode(), "#", (node, where) -> {
            if (where.matches(".*/properties/[^/]+") && "#/$defs/truth".equals(node.path("$ref").asText())
                    && !node.path("description").asText().contains("Left out means unknown")) {
                silent.add(where);
            }
        });
        assertThat(silent).isEmpty();
    }

    @Test
    void stringLimitsAreConsistentWithTheParserLimit() {
        List<Integer> maxima = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        walk(SchemaCheck.caseRecord().schemaNode(), "#", (node, where) -> {
            if ("string".equals(node.path("type").asText()) && !node.has("enum") && !node.has("const")
                    && !node.has("pattern")) {
                if (node.has("maxLength")) {
                    maxima.add(node.get("maxLength").asInt());
                } else {
                    unbounded.add(where);
                }
            }
        });
        assertThat(unbounded).as("free-text strings without maxLength").isEmpty();
        assertThat(maxima).allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(Json.MAX_STRING_LENGTH));
        assertThat(maxima).contains(Json.MAX_STRING_LENGTH);
    }

    @Test
    void schemaVersionConstIsTheLibrarysVersion() {
        assertThat(SchemaCheck.caseRecord().schemaNode().at("/properties/schemaVersion/const").asText())
                .isEqualTo(CaseRecord.SCHEMA_VERSION);
    }

    @Test
    void fullValidExampleUsesEveryFieldOfTheSchema() throws IOException {
        JsonNode example = resource("/cases/valid-full.json");
        JsonNode schema = SchemaCheck.caseRecord().schemaNode();
        Set<String> declared = new TreeSet<>();
        walk(schema, "#", (node, where) -> {
            if (where.matches(".*/properties/[^/]+")) {
                declared.add(where);
            }
        });
        Set<String> used = new TreeSet<>();
        used(schema, schema, "#", example, used);
        assertThat(declared).as("fields of the schema that valid-full.json leaves out").isSubsetOf(used);
    }

    @Test
    void fullValidExampleValidatesAndRoundTrips() throws IOException {
        JsonNode tree = resource("/cases/valid-full.json");
        assertThat(SchemaCheck.caseRecord().check(tree)).isEmpty();

        CaseRecord first;
        try (InputStream in = getClass().getResourceAsStream("/cases/valid-full.json")) {
            first = CaseJson.read(in);
        }
        String written = CaseJson.write(first);
        CaseRecord second = CaseJson.read(written);
        assertThat(second).isEqualTo(first);
        assertThat(CaseJson.write(second)).isEqualTo(written);
        // Writing loses nothing: the written tree is the example tree.
        assertThat(PLAIN.readTree(written)).isEqualTo(tree);
        assertThat(first.person().nationalities()).hasSize(2);
        assertThat(first.destinations().get(0).prosecution().offence()).isEqualTo("illegal border crossing");
    }

    @Test
    void readingFromManyThreadsGivesTheSameResults() throws Exception {
        String valid = new String(getClass().getResourceAsStream("/cases/valid-full.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String invalid = valid.replace("\"stateless\": \"not_established\"", "\"stateless\": \"establisehd\"");
        CaseRecord expected = CaseJson.read(valid);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean good = i % 2 == 0;
                results.add(pool.submit(() -> {
                    try {
                        return CaseJson.read(good ? valid : invalid);
                    } catch (InvalidCaseException e) {
                        return e.problems();
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                Object r = results.get(i).get();
                if (i % 2 == 0) {
                    assertThat(r).isEqualTo(expected);
                } else {
                    assertThat(r).asList().extracting("path").containsExactly("$.person.stateless");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bundledCountryInformationValidatesAgainstItsSchema() throws IOException {
        JsonNode data = resource("/org/refugeelaw/data/country-information.json");
        assertThat(SchemaCheck.countryInformation().check(data)).isEmpty();
    }

    @Test
    void aCaseRecordBuiltWithOnlyRequiredFieldsWritesValidJson() {
        CaseRecord minimal = new CaseRecord("1.0", "C-1", LocalDate.of(2024, 1, 31),
                new CaseRecord.Person("P", null, null, null, null, List.of(), null, null), "CN", "CN", "KP", null,
                null, null, null, null, null, null, null, null, null, null);
        JsonNode written = CaseJson.toTree(minimal);
        assertThat(SchemaCheck.caseRecord().check(written)).isEmpty();
        assertThat(CaseJson.fromTree(written)).isEqualTo(minimal);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Compares records with their schema by reflection. */
    private static final class Drift {
        private final JsonNode root;
        private final List<String> drift;
        private final Set<String> visited;

        Drift(JsonNode root, List<String> drift, Set<String> visited) {
            this.root = root;
            this.drift = drift;
            this.visited = visited;
        }

        void record(Class<?> type, JsonNode schema, String path) {
            schema = resolve(root, schema);
            visited.add(type.getSimpleName());
            if (!"object".equals(schema.path("type").asText())) {
                drift.add(path + ": " + type.getSimpleName() + " is a record but the schema is not an object");
                return;
            }
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                drift.add(path + ": additionalProperties is not false");
            }
            List<String> fields = new ArrayList<>();
            Set<String> required = new LinkedHashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
                String name = p != null && !p.value().isEmpty() ? p.value() : c.getName();
                fields.add(name);
                if (p != null && p.required()) {
                    required.add(name);
                }
            }
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            if (!properties.equals(fields)) {
                drift.add(path + " (" + type.getSimpleName() + "): schema properties " + properties
                        + " but record components " + fields);
            }
            Set<String> schemaRequired = new LinkedHashSet<>();
            schema.path("required").forEach(r -> schemaRequired.add(r.asText()));
            if (!schemaRequired.equals(required)) {
                drift.add(path + " (" + type.getSimpleName() + "): schema requires " + schemaRequired
                        + " but the record requires " + required);
            }
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(c.getName());
                if (!property.isMissingNode()) {
                    value(c.getGenericType(), property, path + "." + c.getName());
                }
            }
        }

        void value(Type type, JsonNode schema, String path) {
            schema = resolve(root, schema);
            String jsonType = schema.path("type").asText();
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                expect(path, "array", jsonType);
                value(p.getActualTypeArguments()[0], schema.path("items"), path + "[]");
            } else if (type == String.class) {
                expect(path, "string", jsonType);
            } else if (type == LocalDate.class) {
                expect(path, "string", jsonType);
                if (!"date".equals(schema.path("format").asText())) {
                    drift.add(path + ": a LocalDate without format: date");
                }
            } else if (type == Integer.class || type == int.class) {
                expect(path, "integer", jsonType);
            } else if (type instanceof Class<?> c && c.isEnum()) {
                expect(path, "string", jsonType);
                List<String> spellings = new ArrayList<>();
                for (Object constant : c.getEnumConstants()) {
                    try {
                        JsonProperty p = c.getField(((Enum<?>) constant).name()).getAnnotation(JsonProperty.class);
                        spellings.add(p != null ? p.value() : ((Enum<?>) constant).name());
                    } catch (NoSuchFieldException e) {
                        throw new AssertionError(e);
                    }
                }
                List<String> allowed = new ArrayList<>();
                schema.path("enum").forEach(v -> allowed.add(v.asText()));
                if (!allowed.equals(spellings)) {
                    drift.add(path + " (" + c.getSimpleName() + "): schema enum " + allowed + " but JSON names "
                            + spellings);
                }
            } else if (type instanceof Class<?> c && c.isRecord()) {
                record(c, schema, path);
            } else {
                drift.add(path + ": no rule for the Java type " + type.getTypeName());
            }
        }

        private void expect(String path, String wanted, String actual) {
            if (!wanted.equals(actual)) {
                drift.add(path + ": schema type " + actual + " but the record needs " + wanted);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** Records, for every object of the document, which schema properties it uses. */
    private static void used(JsonNode root, JsonNode schema, String where, JsonNode doc, Set<String> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            used(root, root.at(ref.substring(1)), ref, doc, out);
            return;
        }
        if (doc.isObject()) {
            doc.fieldNames().forEachRemaining(name -> {
                out.add(where + "/properties/" + name);
                used(root, schema.path("properties").path(name), where + "/properties/" + name, doc.get(name), out);
            });
        } else if (doc.isArray()) {
            doc.forEach(item -> used(root, schema.path("items"), where + "/items", item, out));
        }
    }

    private interface Visitor {
        void visit(JsonNode node, String where);
    }

    private static void walk(JsonNode node, String where, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, where);
            node.fieldNames().forEachRemaining(name -> walk(node.get(name), where + "/" + name, visitor));
        }
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return PLAIN.readTree(in);
        }
    }
}
