package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: one destination's facts as the rules use them: the case record's own findings, with what
 * country information says filling any the record leaves unknown.
 *
 * @param country           the destination
 * @param origin            whether it is the country of origin
 * @param admits            whether that state would admit the person
 * @param reachable         whether the person can in practice get there
 * @param riskThere         whether the person faces persecution or serious harm there (beyond listed harms)
 * @param onwardReturnRisk  whether that state would send the person back to the country of origin
 * @param path              the case-record path of the destination, or a filter path if the record has none
 * @param facts             which facts (case record or country information) each value came from
 */
public record DestinationView(String country, boolean origin, Truth admits, Truth reachable, Truth riskThere,
                              Truth onwardReturnRisk, String path, List<String> facts) {
    public DestinationView {
        facts = List.copyOf(facts);
    }

    /** The path of one field, for the list of unknown facts. */
    public String pathOf(String field) {
        return path + "." + field;
    }
}
