package org.refugeelaw.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.refugeelaw.api.Frame;

/**
 * A training scenario: a case record with its teaching points and the outcome the law expects.
 *
 * @param file               where it was read from
 * @param title              the scenario's title
 * @param provisions         the provisions it exercises
 * @param teaching           the teaching points, for trainers
 * @param frame              the legal frame to assess it under
 * @param countryInformation a country-information file relative to the scenario, or null for the bundled dataset
 * @param replacesBundled    whether that file replaces the bundled country information (otherwise it adds to it)
 * @param caseTree           the case record, as a JSON tree (validated when assessed)
 * @param expected           the expected outcome
 */
public record Scenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                       String countryInformation, boolean replacesBundled, JsonNode caseTree, Expected expected) {
    /** A scenario whose own country information (if any) adds to the bundled data. */
    public Scenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                    String countryInformation, JsonNode caseTree, Expected expected) {
        this(file, title, provisions, teaching, frame, countryInformation, false, caseTree, expected);
    }
}
