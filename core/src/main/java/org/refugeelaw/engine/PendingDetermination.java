package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.assessment.Message;

/**
 * Inserted by the RC 33 rule: refugee status is not yet determined, a Convention risk at the destination is open and
 * no RC 33(2) exception is shown, so a state bound by RC 33 may not return the person there before deciding the claim.
 *
 * @param destination the destination
 * @param reason      why, as a message
 * @param missing     the unknown facts on which the determination (and so the final answer on RC 33) waits
 */
public record PendingDetermination(String destination, Message reason, List<String> missing) {
    public PendingDetermination {
        missing = List.copyOf(missing);
    }
}
