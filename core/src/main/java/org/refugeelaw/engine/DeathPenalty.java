package org.refugeelaw.engine;

// messages: converted (issue 14: the words are messages of the family "deathPenalty", see docs/messages.md)

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Truth;

/**
 * The death penalty as a bar to return under ICCPR 6 for every party (HRC General Comment No. 36, CCPR/C/GC/36).
 * Return to a real risk of a death sentence is barred where the sentence would be arbitrary: the offence is not
 * among the "most serious crimes", which involve intentional killing (para 35); the conduct punished is itself
 * protected by the Covenant, such as religion, apostasy or political expression (para 36); or the trial is unfair
 * (para 41). A host that has abolished the death penalty, by treaty or in its own law, may not expose anyone to it
 * without credible and effective assurances (para 34). Other harms to life, and cruel, inhuman or degrading
 * treatment, bar return as they are.
 */
public final class DeathPenalty {
    private DeathPenalty() {
    }

    /** Conduct the Covenant itself protects (religion, opinion and expression, association): GC 36 para 36. */
    static final Set<Conduct> PROTECTED = EnumSet.of(Conduct.RELIGIOUS_CONTACT, Conduct.RELIGIOUS_CONVERSION,
            Conduct.POLITICAL_ACTIVITY, Conduct.POLITICAL_NEUTRALITY, Conduct.CONTACT_WITH_JOURNALISTS,
            Conduct.CONTACT_WITH_NGOS);

    /** The prosecution recorded for the destination, or null. */
    private static CaseRecord.Prosecution prosecution(List<?> destinations) {
        for (Object o : destinations) {
            CaseRecord.Destination d = (CaseRecord.Destination) o;
            if (d.prosecution() != null) {
                return d.prosecution();
            }
        }
        return null;
    }

    /** Whether the risk's harm to life or person is other than the death penalty (it bars as it is). */
    private static boolean otherHarm(Risk r) {
        return r.inhumanTreatment() || r.harms().contains(Harm.ARBITRARY_KILLING);
    }

    /** Whether a death sentence on this risk would be arbitrary (GC 36 paras 35, 36, 41). */
    static Truth arbitrary(Risk r, CaseRecord.Prosecution p) {
        Conduct c = r.trigger();
        if (c != null && c != Conduct.ORDINARY_CRIME) {
            // The conduct punished is the trigger itself, which is not an intentional killing.
            return Truth.ESTABLISHED;
        }
        if (p == null) {
            return Truth.UNKNOWN;
        }
        return p.offenceIsExerciseOfProtectedRight().or(p.offenceIntentionalKilling().not()).or(p.withoutDueProcess());
    }

    /** An assurance counts only if shown: the state relying on it must produce it. */
    static boolean assured(CaseRecord.Prosecution p) {
        return p != null && p.assuranceAgainstDeathPenalty() == Truth.ESTABLISHED;
    }

    /** Whether this one risk bars return under ICCPR 6 and 7 (ECHR 2 and 3). */
    static Truth bars(Risk r, DeathPenaltyAbolition ab, CaseRecord.Prosecution p) {
        Truth t = otherHarm(r) ? r.truth() : Truth.NOT_ESTABLISHED;
        if (r.harms().contains(Harm.DEATH_PENALTY) && !assured(p)) {
            t = t.or(r.truth().and(ab.abolished().or(arbitrary(r, p))));
        }
        return t;
    }

    /** The bar on return to death or inhuman treatment at a destination, over all its risks. */
    public static Truth truth(List<?> risks, DestinationView v, DeathPenaltyAbolition ab, List<?> destinations) {
        CaseRecord.Prosecution p = prosecution(destinations);
        Truth t = Truth.NOT_ESTABLISHED;
        for (Risk r : Bars.sorted(risks)) {
            t = t.or(bars(r, ab, p));
        }
        if (!v.origin() && v.riskThere() != Truth.NOT_ESTABLISHED) {
            t = t.or(Truth.UNKNOWN);
        }
        return t;
    }

    /** The risks that bar (or, failing those, may bar) return. */
    public static List<Risk> decisive(List<?> risks, DeathPenaltyAbolition ab, List<?> destinations) {
        CaseRecord.Prosecution p = prosecution(destinations);
        List<Risk> est = new ArrayList<>();
        List<Risk> unk = new ArrayList<>();
        for (Risk r : Bars.sorted(risks)) {
            Truth t = bars(r, ab, p);
            if (t == Truth.ESTABLISHED) {
                est.add(r);
            } else if (t == Truth.UNKNOWN) {
                unk.add(r);
            }
        }
        return est.isEmpty() ? unk : est;
    }

    /** The unknown facts the bar waits on. */
    public static List<String> missing(List<?> risks, DestinationView v, DeathPenaltyAbolition ab,
                                       List<?> destinations) {
        CaseRecord.Prosecution p = prosecution(destinations);
        List<String> all = new ArrayList<>();
        for (Risk r : Bars.sorted(risks)) {
            if (bars(r, ab, p) != Truth.UNKNOWN) {
                continue;
            }
            if (r.truth() == Truth.UNKNOWN) {
                r.missing().forEach(f -> { if (!all.contains(f)) all.add(f); });
            }
            if (r.harms().contains(Harm.DEATH_PENALTY) && r.truth() != Truth.NOT_ESTABLISHED) {
                if (ab.abolished() == Truth.UNKNOWN) {
                    ab.missing().forEach(f -> { if (!all.contains(f)) all.add(f); });
                }
                if (arbitrary(r, p) == Truth.UNKNOWN) {
                    String base = v.pathOf("prosecution");
                    if (p == null) {
                        add(all, base + ".offenceIntentionalKilling");
                    } else {
                        if (p.offenceIntentionalKilling() == Truth.UNKNOWN) add(all, base + ".offenceIntentionalKilling");
                        if (p.offenceIsExerciseOfProtectedRight() == Truth.UNKNOWN) add(all, base + ".offenceIsExerciseOfProtectedRight");
                        if (p.withoutDueProcess() == Truth.UNKNOWN) add(all, base + ".withoutDueProcess");
                    }
                }
            }
        }
        if (!v.origin() && v.riskThere() == Truth.UNKNOWN) {
            add(all, v.pathOf("riskThere"));
        } else if (!v.origin() && v.riskThere() == Truth.ESTABLISHED && all.isEmpty()) {
            add(all, v.pathOf("harmsFaced"));
        }
        return all;
    }

    private static void add(List<String> all, String f) {
        if (!all.contains(f)) {
            all.add(f);
        }
    }

    /**
     * What the death penalty contributes, for the reasons of every bar it supports, for retentionist hosts too: one
     * sentence per risk that carries the death penalty, as a message; null where no risk carries it.
     */
    public static Message explain(List<?> risks, DeathPenaltyAbolition ab, List<?> destinations) {
        CaseRecord.Prosecution p = prosecution(destinations);
        List<Message> parts = new ArrayList<>();
        for (Risk r : Bars.sorted(risks)) {
            if (!r.harms().contains(Harm.DEATH_PENALTY) || r.truth() == Truth.NOT_ESTABLISHED) {
                continue;
            }
            Message what = r.trigger() == null ? Message.of("deathPenalty.what.particular")
                    : r.trigger() == Conduct.ORDINARY_CRIME ? Message.of("deathPenalty.what.prosecuted")
                    : r.stateViewsAs().isEmpty() ? Message.of("deathPenalty.what.conduct", r.trigger())
                    : Message.of("deathPenalty.what.conductViewedAs", r.trigger(), r.stateViewsAs());
            if (assured(p)) {
                parts.add(Message.of("deathPenalty.assured", what));
                continue;
            }
            List<Message> why = new ArrayList<>();
            Conduct c = r.trigger();
            if (c != null && c != Conduct.ORDINARY_CRIME) {
                why.add(Message.of("deathPenalty.why.notMostSerious"));
                if (PROTECTED.contains(c)) {
                    why.add(Message.of("deathPenalty.why.protectedConduct"));
                }
            } else if (p != null) {
                if (p.offenceIntentionalKilling() == Truth.NOT_ESTABLISHED) {
                    why.add(Message.of("deathPenalty.why.noIntentionalKilling"));
                }
                if (p.offenceIsExerciseOfProtectedRight() == Truth.ESTABLISHED) {
                    why.add(Message.of("deathPenalty.why.protectedRight"));
                }
                if (p.withoutDueProcess() == Truth.ESTABLISHED) {
                    why.add(Message.of("deathPenalty.why.unfairTrial"));
                }
            }
            Message abolition = ab.abolished() == Truth.ESTABLISHED ? Message.of("deathPenalty.abolition", ab.how()) : null;
            if (!why.isEmpty()) {
                Message reasons = Bars.chain(why, (x, y) -> Message.of("deathPenalty.list", x, y));
                parts.add(abolition == null ? Message.of("deathPenalty.arbitrary", what, reasons)
                        : Message.of("deathPenalty.arbitraryAbolished", what, reasons, abolition));
            } else if (abolition != null) {
                parts.add(Message.of("deathPenalty.abolished", what, abolition));
            } else {
                boolean notArbitrary = arbitrary(r, p) == Truth.NOT_ESTABLISHED;
                boolean abolitionUnknown = ab.abolished() == Truth.UNKNOWN;
                parts.add(notArbitrary
                        ? abolitionUnknown ? Message.of("deathPenalty.retentionist.notArbitraryAbolitionOpen", what, ab.howInSentence())
                                : Message.of("deathPenalty.retentionist.notArbitrary", what)
                        : abolitionUnknown ? Message.of("deathPenalty.retentionist.openAbolitionOpen", what, ab.howInSentence())
                                : Message.of("deathPenalty.retentionist.open", what));
            }
        }
        return Bars.chain(parts, (x, y) -> Message.of("deathPenalty.then", x, y));
    }
}
