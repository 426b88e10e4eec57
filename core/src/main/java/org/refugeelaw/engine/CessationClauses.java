package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
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
    public static List<String[]> applying(Cessation c, String p) {
        List<String[]> out = new ArrayList<>();
        if (c.voluntaryReavailment() == Truth.ESTABLISHED) {
            out.add(new String[] {"voluntarily re-availed themselves of the protection of the country of nationality"
                    + " (RC 1C(1))", p + ".voluntaryReavailment"});
        }
        if (c.nationalityReacquired() == Truth.ESTABLISHED) {
            out.add(new String[] {"voluntarily re-acquired the nationality they had lost (RC 1C(2))",
                p + ".nationalityReacquired"});
        }
        if (c.newNationalityWithProtection() == Truth.ESTABLISHED) {
            out.add(new String[] {"acquired a new nationality and enjoy its protection (RC 1C(3))",
                p + ".newNationalityWithProtection"});
        }
        if (c.reestablishedInOrigin() == Truth.ESTABLISHED) {
            out.add(new String[] {"voluntarily re-established themselves in the country they left (RC 1C(4))",
                p + ".reestablishedInOrigin"});
        }
        if (c.durableChangeOfCircumstances() == Truth.ESTABLISHED
                && c.compellingReasonsFromPastPersecution() == Truth.NOT_ESTABLISHED) {
            out.add(new String[] {"can no longer refuse protection after a fundamental and durable change of"
                    + " circumstances, with no compelling reasons arising from past persecution (RC 1C(5)-(6))",
                p + ".durableChangeOfCircumstances", p + ".compellingReasonsFromPastPersecution"});
        }
        return out;
    }
}
