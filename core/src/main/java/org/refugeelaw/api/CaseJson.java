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

/**
 * Reads and writes case records, country information and assessments as JSON. Thread-safe.
 *
 * <p>Reading validates: a document that is not a valid case record raises {@link InvalidCaseException} listing
 * every problem with its JSON path, the value received and what was expected.
 */
public final class CaseJson {
    private CaseJson() {
    }

    /** Reads one case record from JSON text. */
    public static CaseRecord read(String json) {
        return CaseReader.read(json);
    }

    /** Reads one case record from a UTF-8 JSON stream (at most {@code Json.MAX_DOCUMENT_LENGTH} bytes are read). */
    public static CaseRecord read(InputStream in) {
        try {
            return CaseReader.read(in.readNBytes((int) Json.MAX_DOCUMENT_LENGTH + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one case record from a JSON tree (for example one parsed from YAML). */
    public static CaseRecord fromTree(JsonNode tree) {
        return CaseReader.fromTree(tree);
    }

    /** Reads a country-information dataset. */
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

    /** Writes a case record as JSON (stable field order). */
    public static String write(CaseRecord caseRecord) {
        return writeValue(caseRecord);
    }

    /**
     * Writes an assessment as pretty-printed JSON; the same assessment always gives the same bytes. Each reason is in
     * {@code reasons} (English) and in {@code messages} (key, arguments and text in English).
     */
    public static String write(Assessment assessment) {
        return writeValue(assessment);
    }

    /**
     * As {@link #write(Assessment)}, with the text of each message ({@code messages[].text}) in {@code locale};
     * {@code reasons} stays in English.
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

    /** Writes an assessment as one line of JSON (for JSON Lines). */
    /** As {@link #writeLine(Assessment)}, with the text of each message ({@code messages[].text}) in {@code locale}. */
    public static String writeLine(Assessment assessment, java.util.Locale locale) {
        try {
            return Json.MAPPER.writer().withAttribute(org.refugeelaw.assessment.MessageRenderer.LOCALE_ATTRIBUTE, locale)
                    .writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    public static String writeLine(Assessment assessment) {
        try {
            return Json.MAPPER.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }

    /** The case record as a JSON tree. */
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
