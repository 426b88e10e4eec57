// messages: converted (issue 14: catalog family "nationalityAccess", see docs/messages.md)
package org.refugeelaw.engine;

import org.refugeelaw.assessment.Message;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.CaseRecord.Nationality;
import org.refugeelaw.model.NationalityBasis;
import org.refugeelaw.model.Truth;

/**
 * Helpers of the other-nationality rules (RC 1A(2) second paragraph): whether a nationality that is not held can be
 * obtained without a significant obstacle, and whether the US frame counts a North Korean's ROK nationality.
 */
public final class NationalityAccess {
    private NationalityAccess() {
    }

    /** "holds", "can have by right" or "can obtain by an act within their control". */
    public static Message basisWords(Nationality n) {
        return switch (n.basis()) {
            case HELD -> Message.of("nationalityAccess.basis.held");
            case BY_RIGHT -> Message.of("nationalityAccess.basis.byRight");
            case OBTAINABLE -> Message.of("nationalityAccess.basis.obtainable");
        };
    }

    /**
     * Whether the nationality is available: always for one held; for one by right or obtainable, unless there is
     * a significant obstacle to obtaining it, which the claimant must show (Tretsetsang v Canada 2016 FCA 175).
     */
    public static Truth obtainable(Nationality n) {
        return n.basis() == NationalityBasis.HELD ? Truth.ESTABLISHED : n.significantObstacle().not();
    }

    /**
     * 22 USC 7842: a North Korean's legal right to ROK citizenship does not bar US asylum, but the section does not
     * apply to one who has availed themselves of that citizenship. Under a frame that does not count the ROK
     * nationality of North Koreans, it counts only if held and availed of.
     */
    public static Truth countsUnder7842(Nationality n) {
        return n.basis() == NationalityBasis.HELD ? n.availed() : Truth.NOT_ESTABLISHED;
    }

    /** The reasons a nationality's protection is unavailable, for a finding that it is not. */
    public static Message gaps(Nationality n, Truth admits, Truth reachable, Truth riskThere, Truth onward) {
        List<Message> gaps = new ArrayList<>();
        if (obtainable(n) == Truth.NOT_ESTABLISHED) {
            gaps.add(Message.of("nationalityAccess.gap.obstacle"));
        }
        if (admits == Truth.NOT_ESTABLISHED) {
            gaps.add(Message.of("nationalityAccess.gap.notAdmitted"));
        }
        if (reachable == Truth.NOT_ESTABLISHED) {
            gaps.add(Message.of("nationalityAccess.gap.notReachable"));
        }
        if (riskThere == Truth.ESTABLISHED) {
            gaps.add(Message.of("nationalityAccess.gap.riskThere"));
        }
        if (onward == Truth.ESTABLISHED) {
            gaps.add(Message.of("nationalityAccess.gap.sendsBack"));
        }
        // Joined with "; " (a list argument would join with ", ").
        Message all = gaps.get(0);
        for (int i = 1; i < gaps.size(); i++) {
            all = Message.of("nationalityAccess.gap.and", all, gaps.get(i));
        }
        return all;
    }

    /** What the claimant has done to obtain or confirm the nationality, in words ("" when unknown). */
    public static Message withSteps(Message reason, Nationality n) {
        return switch (n.stepsTaken()) {
            case ESTABLISHED -> Message.sentences(List.of(reason, Message.of("nationalityAccess.steps.taken")));
            case NOT_ESTABLISHED -> Message.sentences(List.of(reason, Message.of("nationalityAccess.steps.none")));
            case UNKNOWN -> reason;
        };
    }
}
