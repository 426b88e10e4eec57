package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Whether the person may be sent to one destination, and on which bars.
 *
 * @param destination          ISO 3166-1 alpha-2 code of the destination
 * @param status               barred, not barred, or undetermined
 * @param bars                 each bar considered, with the instruments binding the host state
 * @param messages              why, as messages (rendered by {@link #reasons(java.util.Locale)})
 * @param independentOfUnknown true when the status would be the same whatever the unknown facts of the case turn
 *                             out to be
 */
@JsonPropertyOrder({"destination", "status", "bars", "reasons", "messages", "independentOfUnknown"})
public record ReturnFinding(String destination, ReturnStatus status, List<BarFinding> bars, List<Message> messages,
                            boolean independentOfUnknown) implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param destination the destination
     * @param status the status
     * @param bars the bars (left out: none)
     * @param messages the messages (left out: none)
     * @param independentOfUnknown the independent of unknown
     */
    public ReturnFinding {
        bars = List.copyOf(bars);
        messages = List.copyOf(messages);
    }
}
