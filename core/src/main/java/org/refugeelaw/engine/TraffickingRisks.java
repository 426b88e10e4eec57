package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;

/** The words of the TRAFFICKING finding (issue 17 point 4): which risks are about trafficking, and what binds the host. */
public final class TraffickingRisks {
    private TraffickingRisks() {
    }

    /** Whether a risk is one of (re-)trafficking or reprisal for having been trafficked. */
    public static boolean related(Risk r) {
        return r.trigger() == Conduct.TRAFFICKED || r.harms().contains(Harm.TRAFFICKING);
    }

    /** The risks' harms and sources, in words, with the particular social group where a risk rests on it. */
    public static String describe(List<?> risks) {
        List<String> parts = new ArrayList<>();
        boolean psg = false;
        for (Object o : risks) {
            Risk r = (Risk) o;
            parts.add(r.harmWords() + (r.trigger() == Conduct.TRAFFICKED
                    ? " (what country information says trafficked people returned there face)"
                    : " (found particular to the person)"));
            psg |= r.ground() == Ground.PARTICULAR_SOCIAL_GROUP;
        }
        return String.join("; ", parts) + (psg ? ". The ground recorded is membership of a particular social group:"
                + " people who have been trafficked share a past experience they cannot change, which can define such"
                + " a group (UNHCR Guidelines No. 7)" : "");
    }

    /** The facts the risks rest on. */
    public static List<String> facts(List<?> risks) {
        List<String> facts = new ArrayList<>();
        for (Object o : risks) {
            facts.addAll(((Risk) o).facts());
        }
        return Unknowns.concat(facts);
    }

    /** The facts the risks wait on. */
    public static List<String> missing(List<?> risks) {
        List<String> missing = new ArrayList<>();
        for (Object o : risks) {
            missing.addAll(((Risk) o).missing());
        }
        return Unknowns.concat(missing);
    }

    /** The anti-trafficking instruments the treaty data record for the host, in words; empty if none. */
    public static String instruments(String host, List<?> parties) {
        List<String> bound = new ArrayList<>();
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            if (p.instrument() != Instrument.PALERMO_PROTOCOL && p.instrument() != Instrument.COE_TRAFFICKING) {
                continue;
            }
            if (p.binding()) {
                bound.add(p.citation());
            } else if (p.status() == Treaties.PartyStatus.UNKNOWN) {
                bound.add(p.instrument().title() + " (a party, but the date from which it binds " + host
                        + " is not in the treaty data)");
            }
        }
        return bound.isEmpty() ? "" : " " + host + " is bound by " + String.join("; ", bound) + " (its duties towards"
                + " victims of trafficking are not assessed here).";
    }
}
