package org.refugeelaw.engine;

// messages: converted (issue 14: the reasons are messages of the family "healthOnReturn", see docs/messages.md)

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Truth;

/**
 * HEALTH_ON_RETURN (issue 17 point 7): the ECHR art. 3 threshold for medical cases at each destination whose health
 * findings the record gives (Paposhvili v Belgium (GC, 2016) para 183 as read in the issue; Savran v Denmark (GC,
 * 2021)), for the destination entry of the country of origin (the rules pass that entry only).
 */
public final class HealthOnReturn {
    private HealthOnReturn() {
    }

    /** The facts a destination's threshold rests on. */
    public static List<String> facts(CaseRecord.Destination d, String path) {
        List<String> facts = new ArrayList<>(List.of(path + ".health.seriousIllness"));
        CaseRecord.Health h = d.health();
        if (h.treatmentAvailable() != Truth.UNKNOWN || h.treatmentAccessible() == Truth.UNKNOWN) {
            facts.add(path + ".health.treatmentAvailable");
        }
        if (h.treatmentAccessible() != Truth.UNKNOWN) {
            facts.add(path + ".health.treatmentAccessible");
        }
        facts.add(path + ".health.seriousRapidIrreversibleDecline");
        return facts;
    }

    /** The unknown facts a destination's threshold waits on. */
    public static List<String> missing(CaseRecord.Destination d, String path) {
        CaseRecord.Health h = d.health();
        List<String> missing = new ArrayList<>(Unknowns.among(h.seriousIllness(), path + ".health.seriousIllness"));
        if (h.treatmentAvailable().not().or(h.treatmentAccessible().not()) == Truth.UNKNOWN) {
            missing.addAll(Unknowns.among(h.treatmentAvailable(), path + ".health.treatmentAvailable",
                    h.treatmentAccessible(), path + ".health.treatmentAccessible"));
        }
        missing.addAll(Unknowns.among(h.seriousRapidIrreversibleDecline(),
                path + ".health.seriousRapidIrreversibleDecline"));
        return missing;
    }

    /** The finding over the destinations with health findings ({@code destinations} and their paths, in order). */
    public static Finding finding(List<?> destinations, FactPaths paths, boolean echrBindsHost, String host) {
        Truth any = Truth.NOT_ESTABLISHED;
        List<String> met = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Object o : destinations) {
            CaseRecord.Destination d = (CaseRecord.Destination) o;
            String p = paths.of(d);
            Truth t = d.health().threshold();
            any = any.or(t);
            if (t == Truth.ESTABLISHED) {
                met.add(d.country());
            }
            if (t != Truth.UNKNOWN) {
                facts.addAll(facts(d, p));
            } else {
                missing.addAll(missing(d, p));
            }
        }
        List<Message.Country> where = met.stream().map(Message::country).toList();
        return switch (any) {
            case ESTABLISHED -> Finding.met(Criterion.HEALTH_ON_RETURN, echrBindsHost
                    ? Message.of("healthOnReturn.met.echrBinds", where, Message.country(host))
                    : Message.of("healthOnReturn.met.echrNotBinding", where, Message.country(host)),
                    Unknowns.concat(facts));
            case NOT_ESTABLISHED -> Finding.notMet(Criterion.HEALTH_ON_RETURN, Message.of("healthOnReturn.notMet"),
                    Unknowns.concat(facts));
            case UNKNOWN -> Finding.undetermined(Criterion.HEALTH_ON_RETURN, Message.of("healthOnReturn.undetermined"),
                    Unknowns.concat(facts), Unknowns.concat(missing));
        };
    }
}
