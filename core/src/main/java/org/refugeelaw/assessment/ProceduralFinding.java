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
    public ProceduralFinding {
        messages = List.copyOf(messages);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }

    /** True when the host state breached this guarantee. */
    public boolean violation() { return status == Status.NOT_MET; }
}
