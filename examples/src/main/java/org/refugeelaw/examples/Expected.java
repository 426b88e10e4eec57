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
 * citations a criterion's legal basis must include, for example the instrument a frame applies on the decision date.
 * Only what is listed is checked.
 */
public record Expected(RefugeeStatus refugeeStatus, RefugeeBasis basis, Map<Criterion, Status> criteria,
                       Map<String, ReturnStatus> returns, Map<String, Map<Criterion, Status>> bars,
                       Map<String, Status> guarantees, Map<Criterion, java.util.List<String>> citations) {
    public Expected {
        criteria = criteria == null ? Map.of() : new TreeMap<>(criteria);
        returns = returns == null ? Map.of() : new TreeMap<>(returns);
        bars = bars == null ? Map.of() : new TreeMap<>(bars);
        guarantees = guarantees == null ? Map.of() : new TreeMap<>(guarantees);
        citations = citations == null ? Map.of() : new TreeMap<>(citations);
    }
}
