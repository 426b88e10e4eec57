package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One procedural guarantee or duty, and whether the host state respected it.
 *
 * @param criterion  {@link Criterion#INDIVIDUAL_DETERMINATION}, {@link Criterion#PROCEDURAL_GUARANTEES} or
 *                   {@link Criterion#BENEFIT_OF_DOUBT}
 * @param guarantee  the guarantee, e.g. {@code personalInterview}
 * @param status     MET when the guarantee was respected, NOT_MET when it was breached (a violation)
 */
@JsonPropertyOrder({"criterion", "guarantee", "status", "reasons", "messages", "factsRelied", "missingFacts", "rulesFired", "legalBasis"})
public record ProceduralFinding(Criterion criterion, String guarantee, Status status, List<Message> messages,
                                List<String> factsRelied, List<String> missingFacts, List<String> rulesFired,
                                List<String> legalBasis) implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param guarantee the guarantee
     * @param status the status
     * @param messages the messages (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public ProceduralFinding {
        messages = List.copyOf(messages);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }

    /**
     * True when the host state breached this guarantee.
     *
     * @return whether violation
     */
    public boolean violation() { return status == Status.NOT_MET; }
}
