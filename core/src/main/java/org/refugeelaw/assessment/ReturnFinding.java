package org.refugeelaw.assessment;

import java.util.List;

/**
 * Whether the person may be sent to one destination, and on which bars.
 *
 * @param destination          ISO 3166-1 alpha-2 code of the destination
 * @param status               barred, not barred, or undetermined
 * @param bars                 each bar considered, with the instruments binding the host state
 * @param reasons              why, in plain English
 * @param independentOfUnknown true when the status would be the same whatever the unknown facts of the case turn
 *                             out to be
 */
public record ReturnFinding(String destination, ReturnStatus status, List<BarFinding> bars, List<String> reasons,
                            boolean independentOfUnknown) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param destination the destination
     * @param status the status
     * @param bars the bars (left out: none)
     * @param reasons the reasons (left out: none)
     * @param independentOfUnknown the independent of unknown
     */
    public ReturnFinding {
        bars = List.copyOf(bars);
        reasons = List.copyOf(reasons);
    }
}
