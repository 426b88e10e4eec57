package org.refugeelaw.assessment;

import java.util.List;

/**
 * The overall determination of Convention refugee status, with its reasons.
 *
 * @param status          refugee, not refugee, excluded, ceased or undetermined
 * @param basis           at departure or sur place, for a refugee
 * @param surPlaceCauses  for a refugee sur place: the events and activities after departure that made them one
 * @param decidedBy       the criteria that decide the outcome
 * @param reasons         why, in plain English
 * @param rulesFired      the determination rules that fired
 * @param legalBasis      the provisions behind them
 */
public record Determination(RefugeeStatus status, RefugeeBasis basis, List<SurPlaceCause> surPlaceCauses,
                            List<Criterion> decidedBy, List<String> reasons, List<String> rulesFired,
                            List<String> legalBasis) {
    public Determination {
        surPlaceCauses = List.copyOf(surPlaceCauses);
        decidedBy = List.copyOf(decidedBy);
        reasons = List.copyOf(reasons);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }
}
