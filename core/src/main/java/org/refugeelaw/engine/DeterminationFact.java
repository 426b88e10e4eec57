// messages: converted (issue 14: catalog family "determinationFact", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;

/** Inserted by the determination rules: the overall outcome on refugee status, and the criteria deciding it. */
public record DeterminationFact(RefugeeStatus status, RefugeeBasis basis, Message reason, List<Criterion> decidedBy) {
    public DeterminationFact {
        decidedBy = List.copyOf(decidedBy);
    }

    /**
     * Whether refugee status is refused only under QD 5(3) (self-created activities in a subsequent application):
     * the person still meets the Convention definition.
     */
    public boolean refusedUnderQd53() {
        return status == RefugeeStatus.NOT_REFUGEE && decidedBy.equals(List.of(Criterion.SUR_PLACE_GOOD_FAITH));
    }

    /** Whether refugee status is refused only on SETTLED_ELSEWHERE (RC 1E, or a frame's firm resettlement bar). */
    public boolean refusedOnlyAsSettledElsewhere() {
        return status == RefugeeStatus.NOT_REFUGEE && decidedBy.equals(List.of(Criterion.SETTLED_ELSEWHERE));
    }

    /** The criteria of the findings, in the order of {@link Criterion}, without repeats. */
    public static List<Criterion> criteria(List<?> findings) {
        java.util.TreeSet<Criterion> set = new java.util.TreeSet<>();
        for (Object o : findings) {
            set.add(((Finding) o).criterion());
        }
        return new java.util.ArrayList<>(set);
    }

    /**
     * Why the person is not a refugee, from the failing findings' own reasons: each failing criterion (its ID, as
     * cited) with its status and reason, the second and later ones joined with "Also:".
     */
    public static Message notRefugee(List<?> fails) {
        java.util.List<Finding> list = new java.util.ArrayList<>();
        for (Object o : fails) {
            list.add((Finding) o);
        }
        list.sort(java.util.Comparator.comparing(Finding::criterion));
        Message all = null;
        for (Finding f : list) {
            boolean met = f.status() == org.refugeelaw.assessment.Status.MET;
            Message one = met
                    ? Message.of("determinationFact.failing.met", f.criterion().name(), f.reason())
                    : Message.of("determinationFact.failing.notMet", f.criterion().name(), f.reason());
            all = all == null ? one : Message.of("determinationFact.failing.also", all, one);
        }
        return Message.of("determinationFact.notRefugee", all);
    }

    /** Whether any established risk existed before departure. */
    public static boolean anyBeforeDeparture(List<?> risks) {
        for (Object o : risks) {
            if (!((ConventionRisk) o).afterDeparture()) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the person became a refugee, from the established risks: at departure if one of them existed then, sur
     * place if all arose afterwards, and open ({@code NONE}) where a risk that would otherwise count as present at
     * departure rests on a condition whose date cannot be compared with an unknown departure date.
     *
     * @param risks the established Convention risks
     * @param open  the SUR_PLACE_EVENTS risk tests left undetermined for want of the departure date
     */
    public static org.refugeelaw.assessment.RefugeeBasis basis(List<?> risks, List<?> open) {
        boolean atDeparture = false;
        boolean undecided = false;
        for (Object o : risks) {
            ConventionRisk cr = (ConventionRisk) o;
            if (cr.afterDeparture()) {
                continue;
            }
            boolean timingOpen = false;
            for (Object t : open) {
                if (((RiskTest) t).risk().equals(cr.risk())) {
                    timingOpen = true;
                }
            }
            if (timingOpen) {
                undecided = true;
            } else {
                atDeparture = true;
            }
        }
        return atDeparture ? RefugeeBasis.AT_DEPARTURE : undecided ? RefugeeBasis.NONE : RefugeeBasis.SUR_PLACE;
    }

    /** The sort key of a risk without a trigger (see {@link #triggers}). */
    private static final String PARTICULAR = "HARM_FOUND_PARTICULAR_TO_THE_PERSON";

    /**
     * The conduct or events after departure behind the established risks: each conduct as a term, a risk without a
     * trigger as harm found particular to the person; without repeats, in the order of their English words.
     */
    public static List<Object> triggers(List<?> risks) {
        java.util.TreeMap<String, Object> words = new java.util.TreeMap<>();
        for (Object o : risks) {
            Risk r = ((ConventionRisk) o).risk();
            // The sort key is the English term (a Conduct's is its constant in lower case with spaces), so that the
            // order stays the one the English text always had.
            String sortKey = (r.trigger() == null ? PARTICULAR : r.trigger().name()).toLowerCase().replace('_', ' ');
            words.put(sortKey, r.trigger() == null ? Message.of("determinationFact.trigger.particular") : r.trigger());
        }
        return List.copyOf(words.values());
    }

    /** The criteria that decide a grant. */
    public static List<Criterion> decisive(boolean atDeparture) {
        java.util.List<Criterion> c = new java.util.ArrayList<>(List.of(Criterion.OUTSIDE_COUNTRY,
                Criterion.WELL_FOUNDED_FEAR, Criterion.PERSECUTION, Criterion.NEXUS, Criterion.PROTECTION_FAILURE,
                Criterion.INTERNAL_PROTECTION, Criterion.OTHER_NATIONALITY));
        if (!atDeparture) {
            c.add(Criterion.SUR_PLACE_ACTIVITIES);
        }
        return c;
    }
}
