package org.refugeelaw.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.SchemaCheck;

/**
 * Reads and writes case records, country information and assessments as JSON. Thread-safe.
 *
 * <p>Reading validates: a document that is not a valid case record raises {@link InvalidCaseException} listing
 * every problem with its JSON path, the value received and what was expected.
 */
public final class CaseJson {
    private CaseJson() {
    }

    /**
     * Reads one case record from JSON text.
     *
     * @param json the JSON text
     * @return the case record
     */
    public static CaseRecord read(String json) {
        return CaseReader.read(json);
    }

    /**
     * Reads one case record from a UTF-8 JSON stream (at most {@code Json.MAX_DOCUMENT_LENGTH} bytes are read).
     *
     * @param in the input
     * @return the case record
     */
    public static CaseRecord read(InputStream in) {
        try {
            return CaseReader.read(in.readNBytes((int) Json.MAX_DOCUMENT_LENGTH + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one case record from a JSON tree (for example one parsed from YAML).
     *
     * @param tree the JSON tree
     * @return the case record
     */
    public static CaseRecord fromTree(JsonNode tree) {
        return CaseReader.fromTree(tree);
    }

    /**
     * Checks a case record built in Java (or bound by another application) exactly as {@link #read(String)} checks a
     * JSON document: it is written as JSON and read back through the same gate.
     *
     * @param caseRecord the record to check
     * @return the record as read back (equal to a valid {@code caseRecord})
     * @throws InvalidCaseException listing every problem, each with its JSON path
     */
    public static CaseRecord validate(CaseRecord caseRecord) {
        java.util.Objects.requireNonNull(caseRecord, "caseRecord");
        return CaseReader.read(CaseReader.write(caseRecord));
    }

    /**
     * Reads a country-information dataset.
     *
     * @param in the input
     * @return the dataset
     */
    public static CountryInformation readCountryInformation(InputStream in) {
        try {
            return Json.MAPPER.readValue(in, CountryInformation.class);
        } catch (IOException e) {
            // Jackson's reason without the excerpt of the input that its full message quotes.
            String reason = e instanceof JsonProcessingException j ? CaseReader.reason(j.getOriginalMessage())
                    : "it is unreadable";
            throw new InvalidCaseException(List.of(new InputProblem("$", "(unreadable)", "a country-information"
                    + " dataset", "The country-information dataset could not be read: " + reason + ".")));
        }
    }

    /**
     * Reads a country-information dataset from a JSON tree, first validated against the country-information schema
     * ({@code org/refugeelaw/schema/country-information.schema.json}); every violation is one problem.
     *
     * @param tree the JSON tree
     * @return the dataset
     */
    public static CountryInformation countryInformationFromTree(JsonNode tree) {
        List<InputProblem> problems = SchemaCheck.countryInformation().check(tree);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        try {
            return Json.MAPPER.treeToValue(tree, CountryInformation.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(unreadable)", "a country-information"
                    + " dataset", "The country-information dataset could not be read: "
                    + CaseReader.reason(e.getOriginalMessage()) + ".")));
        }
    }

    /**
     * Writes a case record as JSON (stable field order).
     *
     * @param caseRecord the case record
     * @return the JSON text
     */
    public static String write(CaseRecord caseRecord) {
        return writeValue(caseRecord);
    }

    /**
     * Writes an assessment as pretty-printed JSON; the same assessment always gives the same bytes. Each reason is in
     * {@code reasons} (English) and in {@code messages} (key, arguments and text in English).
     *
     * @param assessment the assessment
     * @return the JSON text
     */
    public static String write(Assessment assessment) {
        return writeValue(assessment);
    }

    /**
     * As {@link #write(Assessment)}, with the text of each message ({@code messages[].text}) in {@code locale};
     * {@code reasons} stays in English.
     *
     * @param assessment the assessment
     * @param locale     the language of the messages' text
     * @return the JSON text
     */
    public static String write(Assessment assessment, java.util.Locale locale) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .withAttribute(org.refugeelaw.assessment.MessageRenderer.LOCALE_ATTRIBUTE, locale)
                    .writeValueAsString(assessment) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    /**
     * As {@link #writeLine(Assessment)}, with the text of each message ({@code messages[].text}) in {@code locale}.
     *
     * @param assessment the assessment
     * @param locale the language of the messages' text
     * @return one line of JSON, without a line break
     */
    public static String writeLine(Assessment assessment, java.util.Locale locale) {
        try {
            return Json.MAPPER.writer().withAttribute(org.refugeelaw.assessment.MessageRenderer.LOCALE_ATTRIBUTE, locale)
                    .writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    /**
     * Writes an assessment as one line of JSON (for JSON Lines).
     *
     * @param assessment the assessment
     * @return one line of JSON, without a line break
     */
    public static String writeLine(Assessment assessment) {
        try {
            return Json.MAPPER.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    /**
     * Writes an assessment as one line of JSON without rendered reasons (issue 15 point 5): the same fields as
     * {@link #writeLine(Assessment)}, except that no {@code reasons} are written and each message is its key and
     * arguments only, without {@code text}. The determination, every finding's status, facts, missing facts, rules
     * and legal basis are all there; a reader renders the reasons later from the messages if it needs them.
     *
     * @param assessment the assessment to write
     * @return one line of JSON, without a line break
     */
    public static String writeLineWithoutReasons(Assessment assessment) {
        try {
            return WITHOUT_REASONS.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties("reasons")
    private interface NoRenderedReasons {
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter WITHOUT_REASONS = Json.MAPPER.copy()
            .addMixIn(org.refugeelaw.assessment.Determination.class, NoRenderedReasons.class)
            .addMixIn(org.refugeelaw.assessment.CriterionFinding.class, NoRenderedReasons.class)
            .addMixIn(org.refugeelaw.assessment.ReturnFinding.class, NoRenderedReasons.class)
            .addMixIn(org.refugeelaw.assessment.BarFinding.class, NoRenderedReasons.class)
            .addMixIn(org.refugeelaw.assessment.ProceduralFinding.class, NoRenderedReasons.class)
            .writer().withAttribute(org.refugeelaw.assessment.MessageRenderer.TEXT_ATTRIBUTE, Boolean.FALSE);

    /**
     * The case record as a JSON tree.
     *
     * @param caseRecord the case record
     * @return the case record as a JSON tree
     */
    public static JsonNode toTree(CaseRecord caseRecord) {
        return Json.MAPPER.valueToTree(caseRecord);
    }

    private static String writeValue(Object value) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
