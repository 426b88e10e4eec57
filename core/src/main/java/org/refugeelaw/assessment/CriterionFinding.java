package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the rules concluded on one criterion, and why.
 *
 * @param criterion    the criterion
 * @param status       met, not met, undetermined or not applicable
 * @param messages      the reasons, as messages (key and arguments), rendered by {@link #reasons(java.util.Locale)}
 * @param factsRelied  the facts relied on, as JSON paths into the case record (or into country information,
 *                     prefixed {@code country:})
 * @param missingFacts for an undetermined criterion, the unknown facts it waits on, as JSON paths
 * @param rulesFired   the names of the rules that produced this finding
 * @param legalBasis   the provisions and authorities behind the rules, as cited in their metadata
 */
@JsonPropertyOrder({"criterion", "status", "reasons", "messages", "factsRelied", "missingFacts", "rulesFired", "legalBasis"})
public record CriterionFinding(Criterion criterion, Status status, List<Message> messages, List<String> factsRelied,
                               List<String> missingFacts, List<String> rulesFired, List<String> legalBasis)
        implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param status the status
     * @param messages the messages (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public CriterionFinding {
        messages = List.copyOf(messages);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }
}
