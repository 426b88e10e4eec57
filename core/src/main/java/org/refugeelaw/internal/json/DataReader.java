package org.refugeelaw.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidDataException;

/**
 * Reads the data an assessor reasons from (country information, treaty data, frame documents) from a file, a stream or an object:
 * at most {@link #MAX_DATA_BYTES} bytes of strict UTF-8, one JSON object with no key written twice, valid against
 * its JSON Schema, then bound. Every problem names the data's source and its JSON path there.
 */
public final class DataReader {
    /** The most bytes a data file may hold. */
    public static final int MAX_DATA_BYTES = 5_000_000;

    /** One kind of data: its name for people, its schema and its Java type. */
    public record Kind<T>(String name, SchemaCheck schema, Class<T> type) {
    }

    public static Kind<CountryInformation> countryInformation() {
        return new Kind<>("country information", SchemaCheck.countryInformation(), CountryInformation.class);
    }

    public static Kind<Treaties> treaties() {
        return new Kind<>("treaty data", SchemaCheck.treaties(), Treaties.class);
    }


    private DataReader() {
    }

    public static <T> T file(Path file, Kind<T> kind) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw invalid(source, new InputProblem("$", "(missing)", "a readable file of " + kind.name(),
                    "The file " + ProblemText.escape(source) + " does not exist or is not a regular file."));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, source, kind);
        } catch (IOException e) {
            throw invalid(source, new InputProblem("$", "(unreadable)", "a readable file of " + kind.name(),
                    "The file " + ProblemText.escape(source) + " could not be read."));
        }
    }

    public static <T> T stream(InputStream in, String source, Kind<T> kind) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_DATA_BYTES + 1);
        } catch (IOException e) {
            throw invalid(source, new InputProblem("$", "(unreadable)", kind.name() + " as JSON",
                    "The " + kind.name() + " could not be read."));
        }
        if (bytes.length > MAX_DATA_BYTES) {
            throw invalid(source, new InputProblem("$", "a document of more than " + MAX_DATA_BYTES + " bytes",
                    "a document of at most " + MAX_DATA_BYTES + " bytes", "The " + kind.name() + " is longer than "
                    + MAX_DATA_BYTES + " bytes."));
        }
        return tree(parse(bytes, source, kind), source, kind);
    }

    /** Data given as an object: checked as its JSON would be. */
    public static <T> T object(T value, String source, Kind<T> kind) {
        return tree(Json.MAPPER.valueToTree(value), source, kind);
    }

    public static <T> T tree(JsonNode tree, String source, Kind<T> kind) {
        withoutNulls(tree);
        List<InputProblem> problems = new ArrayList<>(kind.schema().check(tree));
        if (problems.isEmpty() && kind.type() == CountryInformation.class) {
            problems.addAll(conditionsOnce(tree));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(InputProblem::path, JsonPaths.ORDER));
            throw new InvalidDataException(source, CaseReader.capped(problems));
        }
        try {
            return Json.MAPPER.readerFor(kind.type()).without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(source, new InputProblem("$", "(unreadable)", kind.name(),
                    "The " + kind.name() + " could not be read: " + CaseReader.reason(e.getMessage()) + "."));
        }
    }

    /** A field written as null is a field left out (unknown), as Jackson binds it: removed before the schema check. */
    private static void withoutNulls(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.properties().removeIf(e -> e.getValue().isNull());
            object.forEach(DataReader::withoutNulls);
        } else if (node != null && node.isArray()) {
            node.forEach(DataReader::withoutNulls);
        }
    }

    /** Each condition's id once: a case record refers to a condition by its id. */
    private static List<InputProblem> conditionsOnce(JsonNode tree) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode conditions = tree.path("conditions");
        for (int i = 0; i < conditions.size(); i++) {
            String id = conditions.path(i).path("id").asText();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                String path = "$.conditions[" + i + "].id";
                problems.add(new InputProblem(path, ProblemText.escape("\"" + id + "\""),
                        "an id no other condition has", path + " is \"" + ProblemText.escape(id)
                        + "\", already the id of $.conditions[" + first + "], but each condition needs an id of its"
                        + " own."));
            }
        }
        return problems;
    }

    private static JsonNode parse(byte[] bytes, String source, Kind<?> kind) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(bytes)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode tree = Json.MAPPER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw invalid(source, new InputProblem("$", "(missing)", "a JSON object (" + kind.name() + ")",
                        "The " + kind.name() + " is empty, but must be a JSON object."));
            }
            if (parser.nextToken() != null) {
                throw invalid(source, malformed(kind, parser.currentTokenLocation(),
                        "there is more after the end of the JSON document"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw invalid(source, malformed(kind, e.getLocation(), CaseReader.reason(e.getOriginalMessage())));
        } catch (IOException e) {
            throw invalid(source, new InputProblem("$", "(unreadable)", kind.name() + " as JSON",
                    "The " + kind.name() + " could not be read."));
        }
    }

    private static InputProblem malformed(Kind<?> kind, JsonLocation at, String why) {
        String where = at == null || at.getLineNr() < 1 ? "an unknown position"
                : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return new InputProblem("$", "a document that is not well-formed JSON", "well-formed JSON",
                "The " + kind.name() + " is not well-formed JSON at " + where + ": " + reason + ".");
    }

    private static InvalidDataException invalid(String source, InputProblem problem) {
        return new InvalidDataException(source, List.of(problem));
    }
}
