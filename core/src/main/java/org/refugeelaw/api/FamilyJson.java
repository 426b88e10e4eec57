package org.refugeelaw.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.FamilyRecord;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.JsonPaths;
import org.refugeelaw.internal.json.ProblemText;

/**
 * Reads family documents (issue 17): {@code {"schemaVersion": "1.0", "familyId": "F1", "members": [case records]}}.
 * The document passes the same gate as a single case record: the same size limit and reporting of malformed JSON, and
 * every member is checked exactly as {@link CaseJson#read(String)} checks a record, its problems given with their
 * JSON paths inside the document ({@code $.members[1].person.id}). Then what only the family shows: person ids
 * are distinct, every family link names another member, and a principal has no family link of its own.
 */
public final class FamilyJson {
    private static final Set<String> FIELDS = Set.of("schemaVersion", "familyId", "members");
    /** A JSON path's root in a member's problem message, to be placed inside the family document. */
    private static final java.util.regex.Pattern ROOT_PATH =
            java.util.regex.Pattern.compile("(?<![\\w\"$])\\$(?=[.\\[\\s,:)]|$)");

    private FamilyJson() {
    }

    /**
     * Whether a parsed JSON document is a family document (an object with {@code members}) rather than a case record.
     *
     * @param tree the tree
     * @return whether a parsed JSON document is a family document (an object with {@code members}) rather than a case record
     */
    public static boolean isFamily(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("members") && !tree.has("caseId");
    }

    /**
     * Whether JSON text is a family document; false for anything else, including text that is not JSON.
     *
     * @param json the json
     * @return whether JSON text is a family document; false for anything else, including text that is not JSON
     */
    public static boolean isFamily(String json) {
        try {
            return isFamily(CaseReader.tree(json));
        } catch (InvalidCaseException e) {
            return false;
        }
    }

    /**
     * Reads and checks a family document. @throws InvalidCaseException with every problem found
     *
     * @param json the json
     * @return reads and checks a family document
     */
    public static FamilyRecord read(String json) {
        return fromTree(CaseReader.tree(json), null);
    }

    /**
     * Reads a family document in UTF-8 from a stream (not closed).
     *
     * @param in the stream (UTF-8)
     * @return reads a family document in UTF-8 from a stream (not closed)
     */
    public static FamilyRecord read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Json.MAX_DOCUMENT_LENGTH + 1);
            return read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks and binds a parsed family document.
     *
     * @param tree the tree
     * @return checks and binds a parsed family document
     */
    public static FamilyRecord fromTree(JsonNode tree) {
        return fromTree(tree, null);
    }

    /**
     * The assessment of a family as JSON (deterministic, like {@link CaseJson#write}).
     *
     * @param assessment the assessment
     * @return the assessment of a family as JSON (deterministic, like {@link CaseJson#write})
     */
    public static String write(FamilyAssessment assessment) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #write(FamilyAssessment)}, with the family's findings and the text of each member's messages
     * ({@code messages[].text}) in {@code locale}.
     *
     * @param assessment the assessment
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the JSON text
     */
    public static String write(FamilyAssessment assessment, java.util.Locale locale) {
        FamilyAssessment shown = new FamilyAssessment(assessment.familyId(), assessment.frame(), assessment.members(),
                assessment.findings(locale), assessment.findingMessages());
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .withAttribute(org.refugeelaw.assessment.MessageRenderer.LOCALE_ATTRIBUTE, locale)
                    .writeValueAsString(shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A family document as JSON.
     *
     * @param family the family
     * @return a family document as JSON
     */
    public static String write(FamilyRecord family) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(family);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FamilyRecord fromTree(JsonNode tree, CountryInformation countryInformation) {
        List<InputProblem> problems = new ArrayList<>();
        if (tree == null || !tree.isObject()) {
            throw new InvalidCaseException(List.of(new InputProblem(JsonPaths.ROOT,
                    tree == null ? "(missing)" : ProblemText.received(tree), "a family document (a JSON object)",
                    "The document is not a family document: a JSON object with schemaVersion, familyId and members"
                            + " is expected.")));
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                problems.add(new InputProblem("$." + ProblemText.escape(name), "(withheld: unknown field)",
                        "one of schemaVersion, familyId, members", "$." + ProblemText.escape(name)
                        + ": unknown field in a family document; the fields are schemaVersion, familyId and members."));
            }
        }
        JsonNode version = tree.path("schemaVersion");
        if (!version.isTextual() || !CaseRecord.SCHEMA_VERSION.equals(version.textValue())) {
            problems.add(new InputProblem("$.schemaVersion", ProblemText.received(version), "\"1.0\"",
                    "$.schemaVersion is " + ProblemText.received(version) + ", but must be \"1.0\"."));
        }
        JsonNode id = tree.path("familyId");
        if (!id.isTextual() || id.textValue().isEmpty() || id.textValue().length() > 200
                || ProblemText.hasControlCharacters(id.textValue())) {
            problems.add(new InputProblem("$.familyId", ProblemText.received(id),
                    "an identifier of 1 to 200 characters without control characters", "$.familyId is "
                    + ProblemText.received(id) + ", but must be an identifier of 1 to 200 characters without"
                    + " control characters (it is printed in reports)."));
        }
        JsonNode members = tree.path("members");
        if (!members.isArray() || members.isEmpty() || members.size() > FamilyRecord.MAX_MEMBERS) {
            problems.add(new InputProblem("$.members", members.isArray() ? "a list of " + members.size() + " items"
                    : ProblemText.received(members), "a list of 1 to " + FamilyRecord.MAX_MEMBERS + " case records",
                    "$.members must be a list of 1 to " + FamilyRecord.MAX_MEMBERS + " case records, one per"
                            + " member of the family."));
            throw invalid(problems);
        }
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String prefix = "$.members[" + i + "]";
            try {
                records.add(CaseReader.fromTree(members.get(i), countryInformation));
            } catch (InvalidCaseException e) {
                for (InputProblem p : e.problems()) {
                    problems.add(within(prefix, p));
                }
                records.add(null);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(links(records));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new FamilyRecord(version.textValue(), id.textValue(), records);
    }

    /** Person ids distinct; each link names another member; a principal has no link of its own. */
    static List<InputProblem> links(List<CaseRecord> records) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Integer earlier = index.putIfAbsent(records.get(i).person().id(), i);
            if (earlier != null) {
                String path = "$.members[" + i + "].person.id";
                problems.add(new InputProblem(path, "\"" + ProblemText.escape(records.get(i).person().id()) + "\"",
                        "a person id no other member has", path + " is the person id of $.members[" + earlier
                        + "] too: each member of a family is a different person."));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            CaseRecord.FamilyLink link = records.get(i).family();
            if (link == null) {
                continue;
            }
            String path = "$.members[" + i + "].family.principal";
            String received = "\"" + ProblemText.escape(link.principal()) + "\"";
            Integer p = index.get(link.principal());
            if (p == null) {
                problems.add(new InputProblem(path, received, "the person id of another member",
                        path + " is " + received + ", but must be the person id of another member of the family."));
            } else if (p == i) {
                problems.add(new InputProblem(path, received, "the person id of another member",
                        path + " is " + received + ", the member's own person id: a principal has no family link."));
            } else if (records.get(p).family() != null) {
                problems.add(new InputProblem(path, received, "the person id of a principal applicant",
                        path + " is " + received + ", but that member is linked to a principal of their own"
                        + " ($.members[" + p + "].family): link every member to the principal applicant directly."));
            }
        }
        return problems;
    }

    private static InputProblem within(String prefix, InputProblem p) {
        String path = p.path().startsWith("$") ? prefix + p.path().substring(1) : prefix + "." + p.path();
        String message = ROOT_PATH.matcher(p.message()).replaceAll(java.util.regex.Matcher.quoteReplacement(prefix));
        return new InputProblem(path, p.received(), p.expected(), message);
    }

    private static InvalidCaseException invalid(List<InputProblem> problems) {
        problems.sort(Comparator.comparing(InputProblem::path, JsonPaths.ORDER));
        return new InvalidCaseException(CaseReader.capped(problems));
    }

    /** For the assessor's gate: the document as a tree. */
    static JsonNode toTree(FamilyRecord family) {
        ObjectNode node = Json.MAPPER.valueToTree(family);
        return node;
    }
}
