package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;

// messages: converted (issue 14: every reason is a message of the catalog family "traffickingRisks", see docs/messages.md)
/** The words of the TRAFFICKING finding (issue 17 point 4): which risks are about trafficking, and what binds the host. */
public final class TraffickingRisks {
    private TraffickingRisks() {
    }

    /** Whether a risk is one of (re-)trafficking or reprisal for having been trafficked. */
    public static boolean related(Risk r) {
        return r.trigger() == Conduct.TRAFFICKED || r.harms().contains(Harm.TRAFFICKING);
    }

    /** The risks' harms and sources, with the particular social group where a risk rests on it. */
    public static Message describe(List<?> risks) {
        Message all = null;
        boolean psg = false;
        for (Object o : risks) {
            Risk r = (Risk) o;
            Message part = r.trigger() == Conduct.TRAFFICKED
                    ? Message.of("traffickingRisks.risk.countryInformation", r.harms())
                    : Message.of("traffickingRisks.risk.particular", r.harms());
            all = all == null ? part : Message.of("traffickingRisks.and", all, part);
            psg |= r.ground() == Ground.PARTICULAR_SOCIAL_GROUP;
        }
        return psg ? Message.of("traffickingRisks.particularSocialGroup", all) : all;
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

    /** The anti-trafficking instruments the treaty data record for the host, or null if none. */
    public static Message instruments(String host, List<?> parties) {
        Object bound = null;
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            if (p.instrument() != Instrument.PALERMO_PROTOCOL && p.instrument() != Instrument.COE_TRAFFICKING) {
                continue;
            }
            Object one = null;
            if (p.binding()) {
                one = p.citation();
            } else if (p.status() == Treaties.PartyStatus.UNKNOWN) {
                one = Message.of("traffickingRisks.partyUndated", p.instrument().title(), Message.country(host));
            }
            if (one != null) {
                bound = bound == null ? one : Message.of("traffickingRisks.and", bound, one);
            }
        }
        return bound == null ? null : Message.of("traffickingRisks.hostBound", Message.country(host), bound);
    }
}
