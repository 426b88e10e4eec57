package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;

/**
 * Which instruments binding the host state carry the duty to examine each case individually before return. A state
 * party to the Refugee Convention or Protocol owes it under RC 33; any state bound by CAT owes an individual,
 * impartial examination of the risk under CAT 3 (CAT General Comment No. 4 (2017) para 13: collective deportation
 * without an objective examination of each case violates non-refoulement); a state bound by the ICCPR owes it under
 * art. 7 with the right to an effective remedy in art. 2(3).
 */
public final class ExaminationDuty {
    private ExaminationDuty() {
    }

    /** Whether any of {@code instruments} binds the host, among its treaty entries {@code parties}. */
    static boolean binds(List<?> parties, Instrument... instruments) {
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            for (Instrument i : instruments) {
                if (p.instrument() == i && p.binding()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the host is bound by the Refugee Convention or its Protocol. */
    public static boolean refugeeConvention(List<?> parties) {
        return binds(parties, Instrument.RC_1951, Instrument.RC_PROTOCOL_1967);
    }

    /** The sentence that attributes the duty to the instruments binding {@code host}. */
    public static String attribution(String host, List<?> parties, boolean treatyDataMissing) {
        if (treatyDataMissing) {
            return "The treaty data hold nothing about " + host + ", so it is not known which instrument imposes the"
                    + " duty on it.";
        }
        List<String> sources = new ArrayList<>();
        if (refugeeConvention(parties)) {
            sources.add("RC 33 (as a party to the Refugee Convention or its Protocol)");
        }
        if (binds(parties, Instrument.CAT)) {
            sources.add("CAT art. 3 (CAT General Comment No. 4 (2017) para 13: collective deportation without an"
                    + " objective examination of each case violates non-refoulement)");
        }
        if (binds(parties, Instrument.ICCPR)) {
            sources.add("ICCPR art. 7 with art. 2(3)");
        }
        if (binds(parties, Instrument.ECHR)) {
            sources.add("ECHR art. 3 with art. 13");
        }
        String notRc = refugeeConvention(parties) ? "" : host + " is not party to the Refugee Convention or its"
                + " Protocol and does not violate them. ";
        if (sources.isEmpty()) {
            return notRc + "No instrument in the treaty data binds " + host + " to examine each case; the principle"
                    + " is UNHCR's standard (HB 44-45).";
        }
        return notRc + "The duty binds " + host + " through " + String.join("; ", sources) + ".";
    }
}
