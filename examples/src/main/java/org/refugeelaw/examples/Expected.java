package org.refugeelaw.examples;

import java.util.Map;
import java.util.TreeMap;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;

/**
 * The outcome a scenario expects: the determination and the criteria and bars that decide it, and (optionally) the
 * citations a criterion's legal basis must include, for example the instrument a frame applies on the decision date,
 * and phrases a bar's English reasons must include (by destination and bar), for example that a signature the treaty
 * data do not date is said to be undated. Only what is listed is checked.
 */
public record Expected(RefugeeStatus refugeeStatus, RefugeeBasis basis, Map<Criterion, Status> criteria,
                       Map<String, ReturnStatus> returns, Map<String, Map<Criterion, Status>> bars,
                       Map<String, Status> guarantees, Map<Criterion, java.util.List<String>> citations,
                       Map<String, Map<Criterion, java.util.List<String>>> barReasons) {
    public Expected {
        criteria = criteria == null ? Map.of() : new TreeMap<>(criteria);
        returns = returns == null ? Map.of() : new TreeMap<>(returns);
        bars = bars == null ? Map.of() : new TreeMap<>(bars);
        guarantees = guarantees == null ? Map.of() : new TreeMap<>(guarantees);
        citations = citations == null ? Map.of() : new TreeMap<>(citations);
        barReasons = barReasons == null ? Map.of() : new TreeMap<>(barReasons);
    }
}
