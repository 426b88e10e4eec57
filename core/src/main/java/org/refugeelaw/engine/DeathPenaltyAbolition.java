package org.refugeelaw.engine;

// messages: converted (issue 14: the words are messages of the family "deathPenaltyAbolition", see docs/messages.md)

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
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
 * @param how       by which treaty or law, with its source (a sentence without its full stop)
 * @param facts     the data relied on
 * @param missing   the data missing, when unknown
 */
public record DeathPenaltyAbolition(String host, Truth abolished, Message how, List<String> facts,
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
        Message.Country where = Message.country(host);
        Message how;
        if (abolished == Truth.ESTABLISHED) {
            how = inLaw == Truth.ESTABLISHED && byTreaty == Truth.ESTABLISHED
                    ? Message.of("deathPenaltyAbolition.abolished.both", where, law.source(), String.join("; ", treaties))
                    : inLaw == Truth.ESTABLISHED
                    ? Message.of("deathPenaltyAbolition.abolished.inLaw", where, law.source())
                    : Message.of("deathPenaltyAbolition.abolished.byTreaty", where, String.join("; ", treaties));
        } else if (abolished == Truth.NOT_ESTABLISHED) {
            how = Message.of("deathPenaltyAbolition.notAbolished", where, law.source());
        } else {
            how = law == null ? Message.of("deathPenaltyAbolition.unknownNoData", where)
                    : Message.of("deathPenaltyAbolition.unknown", where);
        }
        List<String> missing = abolished == Truth.UNKNOWN && law == null
                ? List.of(Bars.missingHostStateEntry(host)) : List.of();
        return new DeathPenaltyAbolition(host, abolished, how, facts, missing);
    }

    /**
     * {@link #how} where it continues a sentence: the same words, except that "Whether ... is not known" starts with a
     * small letter.
     */
    public Message howInSentence() {
        if (abolished != Truth.UNKNOWN) {
            return how;
        }
        return missing.isEmpty() ? Message.of("deathPenaltyAbolition.unknownInSentence", Message.country(host))
                : Message.of("deathPenaltyAbolition.unknownNoDataInSentence", Message.country(host));
    }
}
