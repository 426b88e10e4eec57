package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: one risk that, taken alone, would make the person a refugee: serious harm, for a Convention
 * reason, from which the state does not protect. Keeping the three together in one fact ensures that the overall
 * determination never combines the severity of one risk with the ground of another.
 *
 * @param risk    the underlying risk
 * @param truth   established, or unknown when one element is unknown
 * @param missing the unknown facts, when unknown
 */
public record ConventionRisk(Risk risk, Truth truth, List<String> missing) {
    public ConventionRisk {
        missing = List.copyOf(missing);
    }

    public boolean established() { return truth == Truth.ESTABLISHED; }

    public boolean afterDeparture() { return risk.afterDeparture(); }
}
