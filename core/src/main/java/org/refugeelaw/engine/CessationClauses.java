// messages: converted (issue 14: catalog family "cessationClauses", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord.Cessation;
import org.refugeelaw.model.Truth;

/**
 * Helpers of the cessation rules (RC 1C): whether a clause applies on the facts of the record. The authority must
 * show a clause (HB 116), so a clause fact that is unknown is no indication; only a durable change of circumstances
 * whose compelling-reasons exception is not yet assessed leaves a clause open (HB 135-136).
 */
public final class CessationClauses {
    private CessationClauses() {
    }

    public static Truth clause(Cessation c) {
        if (c.voluntaryReavailment() == Truth.ESTABLISHED || c.nationalityReacquired() == Truth.ESTABLISHED
                || c.newNationalityWithProtection() == Truth.ESTABLISHED
                || c.reestablishedInOrigin() == Truth.ESTABLISHED) {
            return Truth.ESTABLISHED;
        }
        return c.durableChangeOfCircumstances() == Truth.ESTABLISHED
                ? c.compellingReasonsFromPastPersecution().not() : Truth.NOT_ESTABLISHED;
    }

    /** Whether any clause fact has been examined at all (for the wording of a finding that none applies). */
    public static boolean examined(Cessation c) {
        return c.voluntaryReavailment() != Truth.UNKNOWN || c.nationalityReacquired() != Truth.UNKNOWN
                || c.newNationalityWithProtection() != Truth.UNKNOWN || c.reestablishedInOrigin() != Truth.UNKNOWN
                || c.durableChangeOfCircumstances() != Truth.UNKNOWN;
    }

    /** The clauses shown to apply, each as its words followed by the paths of its facts. */
    public static List<Object[]> applying(Cessation c, String p) {
        List<Object[]> out = new ArrayList<>();
        if (c.voluntaryReavailment() == Truth.ESTABLISHED) {
            out.add(new Object[] {Message.of("cessationClauses.reavailed"), p + ".voluntaryReavailment"});
        }
        if (c.nationalityReacquired() == Truth.ESTABLISHED) {
            out.add(new Object[] {Message.of("cessationClauses.reacquired"), p + ".nationalityReacquired"});
        }
        if (c.newNationalityWithProtection() == Truth.ESTABLISHED) {
            out.add(new Object[] {Message.of("cessationClauses.newNationality"), p + ".newNationalityWithProtection"});
        }
        if (c.reestablishedInOrigin() == Truth.ESTABLISHED) {
            out.add(new Object[] {Message.of("cessationClauses.reestablished"), p + ".reestablishedInOrigin"});
        }
        if (c.durableChangeOfCircumstances() == Truth.ESTABLISHED
                && c.compellingReasonsFromPastPersecution() == Truth.NOT_ESTABLISHED) {
            out.add(new Object[] {Message.of("cessationClauses.changedCircumstances"),
                p + ".durableChangeOfCircumstances", p + ".compellingReasonsFromPastPersecution"});
        }
        return out;
    }

    /** The clauses' messages joined with semicolons, in their order (at least one). */
    public static Message joined(List<Message> parts) {
        Message list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Message.of("cessationClauses.list", parts.get(i), list);
        }
        return list;
    }
}
