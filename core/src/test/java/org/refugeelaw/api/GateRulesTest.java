package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refugeelaw.internal.json.CountryCodes;
import org.refugeelaw.internal.json.JsonPaths;
import org.refugeelaw.internal.json.PersonalData;
import org.refugeelaw.internal.json.ProblemText;
import org.refugeelaw.internal.json.SchemaCheck;

/** The tables the gate works from stay complete as the case record grows. */
class GateRulesTest {
    /** Free-text fields that hold no personal data: a procedure's label for a group (e.g. "illegal migrants"). */
    private static final Set<String> NOT_PERSONAL = Set.of("$.procedure.groupLabel");

    @Test
    void everyFreeTextFieldIsClassedAsPersonalOrNot() {
        Set<String> text = new TreeSet<>();
        fields(SchemaCheck.caseRecord().schemaNode(), SchemaCheck.caseRecord().schemaNode(), "$", text, 0);
        Set<String> unclassed = new TreeSet<>(text);
        unclassed.removeAll(PersonalData.FIELDS);
        unclassed.removeAll(NOT_PERSONAL);
        assertThat(unclassed).as("free-text fields neither in PersonalData.FIELDS nor here in NOT_PERSONAL").isEmpty();
        // Personal data that is not free text: the date of birth, and a child's age (issue 17).
        assertThat(text).containsAll(PersonalData.FIELDS.stream()
                .filter(f -> !f.endsWith("dateOfBirth") && !f.equals("$.child.age")).toList());
        assertThat(PersonalData.isPersonal("$.exclusion.crimes[12].description")).isTrue();
        assertThat(PersonalData.isPersonal("$.person.name")).isTrue();
        assertThat(PersonalData.isPersonal("$.person.id")).isFalse();
        assertThat(PersonalData.isPersonal("$.procedure.groupLabel")).isFalse();
    }

    @Test
    void everyListHasALimit() {
        List<String> unbounded = new ArrayList<>();
        walk(SchemaCheck.caseRecord().schemaNode(), "#", unbounded);
        assertThat(unbounded).as("lists in the schema without maxItems").isEmpty();
    }

    @Test
    void theCountryCodesAreIso31661() {
        assertThat(CountryCodes.officialCount()).isEqualTo(249);
        // The same list as the runtime's, which follows ISO 3166-1.
        for (String code : Locale.getISOCountries()) {
            assertThat(CountryCodes.official(code)).as(code).isTrue();
        }
        assertThat(List.of("PS", "EH", "TW", "SS", "KP", "KR", "GB")).allMatch(CountryCodes::known);
        assertThat(CountryCodes.known("XK")).isTrue();
        assertThat(List.of("UK", "EU", "YU", "SU", "NK", "AN")).noneMatch(CountryCodes::known);
        assertThat(List.of("AA", "QM", "QZ", "XA", "XZ", "ZZ")).allMatch(CountryCodes::userAssigned);
        assertThat(List.of("QL", "XK1", "UK", "KP")).noneMatch(CountryCodes::userAssigned);
    }

    @Test
    void controlCharactersAreEscapedAndBackslashesDoubled() {
        assertThat(ProblemText.escape("a\u001b[2Jb")).isEqualTo("a\\u001b[2Jb");
        assertThat(ProblemText.escape("x\ny\rz\t")).isEqualTo("x\\ny\\rz\\t");
        assertThat(ProblemText.escape("\u202e\u2028\u009b\u007f")).isEqualTo("\\u202e\\u2028\\u009b\\u007f");
        assertThat(ProblemText.escape("a\\u001b")).isEqualTo("a\\\\u001b");
        assertThat(ProblemText.escape("Ri Sun-hui 리순희 😀")).isEqualTo("Ri Sun-hui 리순희 😀");
        assertThat(ProblemText.escape("\ud800x")).isEqualTo("\\ud800x");
        assertThat(ProblemText.json("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
        assertThat(JsonPaths.field("$", "a\u001b'b")).isEqualTo("$['a\\u001b\\'b']");
    }

    private static void fields(JsonNode root, JsonNode schema, String path, Set<String> out, int depth) {
        if (depth > 12 || schema == null) {
            return;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.equals("#/$defs/shortText") || ref.equals("#/$defs/longText")) {
            out.add(path);
            return;
        }
        if (ref.startsWith("#")) {
            fields(root, root.at(ref.substring(1)), path, out, depth + 1);
            return;
        }
        schema.path("properties").fields().forEachRemaining(e ->
                fields(root, e.getValue(), path + "." + e.getKey(), out, depth + 1));
        if (schema.has("items")) {
            fields(root, schema.get("items"), path + "[]", out, depth + 1);
        }
    }

    private static void walk(JsonNode node, String where, List<String> unbounded) {
        if (node.isObject()) {
            if ("array".equals(node.path("type").asText()) && !node.has("maxItems")) {
                unbounded.add(where);
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), where + "/" + e.getKey(), unbounded));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, unbounded);
            }
        }
    }
}
