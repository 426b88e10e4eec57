package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The overall determination of Convention refugee status, with its reasons.
 *
 * @param status          refugee, not refugee, excluded, ceased or undetermined
 * @param basis           at departure or sur place, for a refugee
 * @param surPlaceCauses  for a refugee sur place: the events and activities after departure that made them one
 * @param decidedBy       the criteria that decide the outcome
 * @param messages         why, as messages (rendered by {@link #reasons(java.util.Locale)})
 * @param rulesFired      the determination rules that fired
 * @param legalBasis      the provisions behind them
 */
@JsonPropertyOrder({"status", "basis", "surPlaceCauses", "decidedBy", "reasons", "messages", "rulesFired", "legalBasis"})
public record Determination(RefugeeStatus status, RefugeeBasis basis, List<SurPlaceCause> surPlaceCauses,
                            List<Criterion> decidedBy, List<Message> messages, List<String> rulesFired,
                            List<String> legalBasis) implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param status the status
     * @param basis the basis
     * @param surPlaceCauses the sur place causes (left out: none)
     * @param decidedBy the decided by (left out: none)
     * @param messages the messages (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public Determination {
        surPlaceCauses = List.copyOf(surPlaceCauses);
        decidedBy = List.copyOf(decidedBy);
        messages = List.copyOf(messages);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }
}
