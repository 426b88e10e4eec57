package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the good-faith rules: a risk that rests on an activity abroad which may have been engaged in mainly
 * to create a claim.
 *
 * @param risk   the risk
 * @param truth  whether the activity was mainly to create a claim (established or unknown)
 * @param fact   the JSON path of that finding
 */
public record SelfCreatedRisk(ConventionRisk risk, Truth truth, String fact) {

    /** How far the risk is self-created: the strongest finding among the activities it rests on. */
    private static Truth selfCreated(ConventionRisk cr, List<?> self) {
        Truth t = Truth.NOT_ESTABLISHED;
        for (Object o : self) {
            SelfCreatedRisk s = (SelfCreatedRisk) o;
            if (s.risk().equals(cr)) {
                t = t.or(s.truth());
            }
        }
        return t;
    }

    /** Whether some risk would make the person a refugee without resting on self-created activities. */
    public static Truth independentBasis(List<?> risks, List<?> self) {
        Truth t = Truth.NOT_ESTABLISHED;
        for (Object o : risks) {
            ConventionRisk cr = (ConventionRisk) o;
            t = t.or(cr.truth().and(selfCreated(cr, self).not()));
        }
        return t;
    }

    /** Whether any risk would make the person a refugee at all. */
    public static Truth anyEstablished(List<?> risks) {
        Truth t = Truth.NOT_ESTABLISHED;
        for (Object o : risks) {
            t = t.or(((ConventionRisk) o).truth());
        }
        return t;
    }

    /** The unknown facts the QD 5(3) bar waits on. */
    public static List<String> missing(Truth subsequent, String subsequentPath, List<?> risks, List<?> self) {
        List<String> m = new ArrayList<>();
        if (subsequent == Truth.UNKNOWN) {
            m.add(subsequentPath);
        }
        for (Object o : self) {
            SelfCreatedRisk s = (SelfCreatedRisk) o;
            if (s.truth() == Truth.UNKNOWN && !m.contains(s.fact())) {
                m.add(s.fact());
            }
        }
        for (Object o : risks) {
            ConventionRisk cr = (ConventionRisk) o;
            if (cr.truth() == Truth.UNKNOWN) {
                cr.missing().forEach(f -> { if (!m.contains(f)) m.add(f); });
            }
        }
        return m;
    }
}
