package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One bar on return to one destination (RC 33, CAT 3, ICCPR 6 and 7, ECHR 2 and 3; under the EU frame also the
 * protection owed to a person eligible for subsidiary protection, QD 21 with 24(2)).
 *
 * @param criterion   {@link Criterion#NON_REFOULEMENT_33}, {@link Criterion#ABSOLUTE_BAR_TORTURE},
 *                    {@link Criterion#ABSOLUTE_BAR_LIFE_CIDT} or {@link Criterion#SUBSIDIARY_PROTECTION_BAR}
 * @param status      MET when this bar forbids the return
 * @param instruments the instruments binding the host state on which the bar rests, each with its citation
 * @param absolute    whether no exclusion, crime or security risk can remove this bar
 */
@JsonPropertyOrder({"criterion", "status", "instruments", "absolute", "reasons", "messages", "factsRelied", "missingFacts", "rulesFired", "legalBasis"})
public record BarFinding(Criterion criterion, Status status, List<String> instruments, boolean absolute,
                         List<Message> messages, List<String> factsRelied, List<String> missingFacts,
                         List<String> rulesFired, List<String> legalBasis) implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param status the status
     * @param instruments the instruments (left out: none)
     * @param absolute the absolute
     * @param messages the messages (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public BarFinding {
        instruments = List.copyOf(instruments);
        messages = List.copyOf(messages);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }
}
