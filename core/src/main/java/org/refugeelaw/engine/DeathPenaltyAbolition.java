package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.model.Truth;

/**
 * Inserted with the treaty data: whether the host state had abolished the death penalty on the assessment date, by
 * treaty (ICCPR OP2, ECHR Protocol 6 or 13) or in its own law (the host-state data). A state that has abolished it
 * may not expose anyone to it by removal without credible and effective assurances (HRC General Comment No. 36
 * para 34; Judge v Canada).
 *
 * @param host      the host state
 * @param abolished established, not established, or unknown
 * @param how       in words: by which treaty or law, with its source
 * @param facts     the data relied on
 * @param missing   the data missing, when unknown
 */
public record DeathPenaltyAbolition(String host, Truth abolished, String how, List<String> facts,
                                    List<String> missing) {
    public DeathPenaltyAbolition {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /** From the host's treaty entries as at the assessment date and its host-state entry (null if none). */
    static DeathPenaltyAbolition of(String host, List<Treaties.Party> asAt, Treaties.HostState law,
                                    java.time.LocalDate day) {
        List<String> facts = new ArrayList<>();
        List<String> treaties = new ArrayList<>();
        Truth byTreaty = Truth.NOT_ESTABLISHED;
        for (Treaties.Party p : asAt) {
            if (p.instrument() == Instrument.ICCPR_OP2 || p.instrument() == Instrument.ECHR_P6
                    || p.instrument() == Instrument.ECHR_P13) {
                if (p.status() == Treaties.PartyStatus.PARTY) {
                    byTreaty = Truth.ESTABLISHED;
                    treaties.add(p.citation());
                    facts.add("treaty:" + host + "/" + p.instrument());
                } else if (p.status() == Treaties.PartyStatus.UNKNOWN) {
                    byTreaty = byTreaty.or(Truth.UNKNOWN);
                }
            }
        }
        Truth inLaw = law == null ? Truth.UNKNOWN : law.abolishedOn(day);
        if (law != null) {
            facts.add("host:" + host + "/deathPenaltyAbolishedInLaw");
        }
        Truth abolished = byTreaty.or(inLaw);
        String how;
        if (abolished == Truth.ESTABLISHED) {
            List<String> ways = new ArrayList<>();
            if (inLaw == Truth.ESTABLISHED) {
                ways.add("in its own law (" + law.source() + ")");
            }
            if (byTreaty == Truth.ESTABLISHED) {
                ways.add("by treaty (" + String.join("; ", treaties) + ")");
            }
            how = host + " has abolished the death penalty " + String.join(" and ", ways);
        } else if (abolished == Truth.NOT_ESTABLISHED) {
            how = host + " has not abolished the death penalty, in its own law (" + law.source() + ") or by treaty";
        } else {
            how = "Whether " + host + " has abolished the death penalty is not known"
                    + (law == null ? " (the host-state data hold nothing about it)" : "");
        }
        List<String> missing = abolished == Truth.UNKNOWN && law == null
                ? List.of("treaties.json: hostStates entry for " + host) : List.of();
        return new DeathPenaltyAbolition(host, abolished, how, facts, missing);
    }
}
