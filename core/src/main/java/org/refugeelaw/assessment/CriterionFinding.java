package org.refugeelaw.assessment;

import java.util.List;

/**
 * What the rules concluded on one criterion, and why.
 *
 * @param criterion    the criterion
 * @param status       met, not met, undetermined or not applicable
 * @param reasons      the reasons, in plain English sentences
 * @param factsRelied  the facts relied on, as JSON paths into the case record (or into country information,
 *                     prefixed {@code country:})
 * @param missingFacts for an undetermined criterion, the unknown facts it waits on, as JSON paths
 * @param rulesFired   the names of the rules that produced this finding
 * @param legalBasis   the provisions and authorities behind the rules, as cited in their metadata
 */
public record CriterionFinding(Criterion criterion, Status status, List<String> reasons, List<String> factsRelied,
                               List<String> missingFacts, List<String> rulesFired, List<String> legalBasis) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param status the status
     * @param reasons the reasons (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public CriterionFinding {
        reasons = List.copyOf(reasons);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }
}
