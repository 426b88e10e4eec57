package org.refugeelaw.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.refugeelaw.model.CaseRecord;

/** Parses, validates and binds case records. */
final class CaseReader {
    private CaseReader() {
    }

    static CaseRecord read(String json) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(malformed JSON)", "well-formed JSON",
                    "The document is not well-formed JSON: " + e.getOriginalMessage())));
        }
        return fromTree(tree);
    }

    static CaseRecord fromTree(JsonNode tree) {
        try {
            return Json.MAPPER.treeToValue(tree, CaseRecord.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(invalid)", "a case record",
                    "The document is not a valid case record: " + e.getOriginalMessage())));
        }
    }
}
