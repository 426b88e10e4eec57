package org.refugeelaw.engine;

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
    public static String basisWords(Nationality n) {
        return switch (n.basis()) {
            case HELD -> "holds";
            case BY_RIGHT -> "can have by right";
            case OBTAINABLE -> "can obtain by an act within their control";
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
    public static List<String> gaps(Nationality n, Truth admits, Truth reachable, Truth riskThere, Truth onward) {
        List<String> gaps = new ArrayList<>();
        if (obtainable(n) == Truth.NOT_ESTABLISHED) {
            gaps.add("there is a significant obstacle to obtaining it");
        }
        if (admits == Truth.NOT_ESTABLISHED) {
            gaps.add("it would not admit the person");
        }
        if (reachable == Truth.NOT_ESTABLISHED) {
            gaps.add("the person cannot reach it in practice");
        }
        if (riskThere == Truth.ESTABLISHED) {
            gaps.add("the person is at risk there");
        }
        if (onward == Truth.ESTABLISHED) {
            gaps.add("it would send the person back");
        }
        return gaps;
    }

    /** What the claimant has done to obtain or confirm the nationality, in words ("" when unknown). */
    public static String steps(Nationality n) {
        return switch (n.stepsTaken()) {
            case ESTABLISHED -> " The person has taken steps to obtain or confirm it.";
            case NOT_ESTABLISHED -> " The person has taken no steps to obtain or confirm it.";
            case UNKNOWN -> "";
        };
    }
}
