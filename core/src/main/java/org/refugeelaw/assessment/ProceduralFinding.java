package org.refugeelaw.assessment;

import java.util.List;

/**
 * One procedural guarantee or duty, and whether the host state respected it.
 *
 * @param criterion  {@link Criterion#INDIVIDUAL_DETERMINATION}, {@link Criterion#PROCEDURAL_GUARANTEES} or
 *                   {@link Criterion#BENEFIT_OF_DOUBT}
 * @param guarantee  the guarantee, e.g. {@code personalInterview}
 * @param status     MET when the guarantee was respected, NOT_MET when it was breached (a violation)
 */
public record ProceduralFinding(Criterion criterion, String guarantee, Status status, List<String> reasons,
                                List<String> factsRelied, List<String> missingFacts, List<String> rulesFired,
                                List<String> legalBasis) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param guarantee the guarantee
     * @param status the status
     * @param reasons the reasons (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public ProceduralFinding {
        reasons = List.copyOf(reasons);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }

    /**
     * True when the host state breached this guarantee.
     *
     * @return whether the harm is a violation
     */
    public boolean violation() { return status == Status.NOT_MET; }
}
