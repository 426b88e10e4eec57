package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;

/** Inserted by the determination rules: the overall outcome on refugee status, and the criteria deciding it. */
public record DeterminationFact(RefugeeStatus status, RefugeeBasis basis, org.refugeelaw.assessment.Message reason, List<Criterion> decidedBy) {
    /** Legacy (issue 14 phase 2): an English reason. */
    public DeterminationFact(RefugeeStatus status, RefugeeBasis basis, String reason, List<Criterion> decidedBy) {
        this(status, basis, org.refugeelaw.assessment.Message.untranslated(reason), decidedBy);
    }

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

    /** Why the person is not a refugee, from the failing findings' own reasons. */
    public static org.refugeelaw.assessment.Message notRefugee(List<?> fails) {
        java.util.List<Finding> list = new java.util.ArrayList<>();
        for (Object o : fails) {
            list.add((Finding) o);
        }
        list.sort(java.util.Comparator.comparing(Finding::criterion));
        // Legacy (issue 14 phase 2): English joined around the findings' own messages.
        List<Object> parts = new java.util.ArrayList<>();
        parts.add("The person is not a refugee: ");
        for (int i = 0; i < list.size(); i++) {
            Finding f = list.get(i);
            parts.add((i == 0 ? "" : " Also: ") + f.criterion().name() + " is "
                    + (f.status() == org.refugeelaw.assessment.Status.MET ? "met" : "not met") + ": ");
            parts.add(f.reason());
        }
        return org.refugeelaw.assessment.Message.untranslated(parts.toArray());
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

    /** The conduct or events after departure behind the established risks, in words. */
    public static String triggers(List<?> risks) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (Object o : risks) {
            Risk r = ((ConventionRisk) o).risk();
            words.add(r.trigger() == null ? "harm found particular to the person"
                    : r.trigger().name().toLowerCase().replace('_', ' '));
        }
        return String.join(", ", words);
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
