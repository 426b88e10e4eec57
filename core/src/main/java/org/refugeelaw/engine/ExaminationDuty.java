// messages: converted (issue 14: catalog family "examinationDuty", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
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
    public static Message attribution(String host, List<?> parties, boolean treatyDataMissing) {
        Message.Country h = Message.country(host);
        if (treatyDataMissing) {
            return Message.of("examinationDuty.noTreatyData", h);
        }
        List<Message> sources = new ArrayList<>();
        if (refugeeConvention(parties)) {
            sources.add(Message.of("examinationDuty.source.rc33"));
        }
        if (binds(parties, Instrument.CAT)) {
            sources.add(Message.of("examinationDuty.source.cat3"));
        }
        if (binds(parties, Instrument.ICCPR)) {
            sources.add(Message.of("examinationDuty.source.iccpr7"));
        }
        if (binds(parties, Instrument.ECHR)) {
            sources.add(Message.of("examinationDuty.source.echr3"));
        }
        boolean rc = refugeeConvention(parties);
        if (sources.isEmpty()) {
            return rc ? Message.of("examinationDuty.noInstrument", h) : Message.of("examinationDuty.noInstrumentNotRc", h);
        }
        return rc ? Message.of("examinationDuty.binds", h, joined(sources))
                : Message.of("examinationDuty.bindsNotRc", h, joined(sources));
    }

    /** The messages joined with semicolons, in their order; an empty string for none. */
    public static Object joined(List<Message> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        Message list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Message.of("examinationDuty.list", parts.get(i), list);
        }
        return list;
    }
}
