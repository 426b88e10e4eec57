package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Truth;

/**
 * The words of the findings on non-penalisation (RC 31(1)) and detention (UNHCR Detention Guidelines 2012), and the
 * instruments binding the host state to which each finding is attributed (issue 17 point 5). RC 31 binds a party to
 * the Refugee Convention, or to the Protocol (which applies articles 2 to 34 of the Convention); the limits on
 * detention bind through RC 31(2) (restrictions on the movement of refugees only where necessary), and through the
 * human-rights treaties on liberty that the treaty data record for the host.
 */
public final class EntryAndDetention {
    private EntryAndDetention() {
    }

    /** Whether RC 31 binds the host: it is party to the Convention or the Protocol. */
    public static boolean rc31Binds(List<?> parties) {
        return ExaminationDuty.refugeeConvention(parties);
    }

    /**
     * The conditions of RC 31(1) that are not shown, as messages ({@code entryAndDetention.condition.*}); empty if
     * none. Joined with semicolons by {@link #semicolons}.
     */
    public static List<Message> conditionsNotShownMessages(CaseRecord.Entry e) {
        List<Message> not = new ArrayList<>();
        if (e.comingDirectly() == Truth.NOT_ESTABLISHED) {
            not.add(Message.of("entryAndDetention.condition.notComingDirectly"));
        }
        if (e.presentedWithoutDelay() == Truth.NOT_ESTABLISHED) {
            not.add(Message.of("entryAndDetention.condition.notWithoutDelay"));
        }
        if (e.goodCause() == Truth.NOT_ESTABLISHED) {
            not.add(Message.of("entryAndDetention.condition.noGoodCause"));
        }
        return not;
    }

    /**
     * The tests of lawful detention that are not met, as messages ({@code entryAndDetention.test.*}); empty if none.
     * Joined with semicolons by {@link #semicolons}.
     */
    public static List<Message> testsFailedMessages(CaseRecord.Detention d) {
        List<Message> failed = new ArrayList<>();
        if (d.individualAssessment() == Truth.NOT_ESTABLISHED) {
            failed.add(Message.of("entryAndDetention.test.noIndividualAssessment"));
        }
        if (d.necessary() == Truth.NOT_ESTABLISHED) {
            failed.add(Message.of("entryAndDetention.test.notNecessary"));
        }
        if (d.reasonable() == Truth.NOT_ESTABLISHED) {
            failed.add(Message.of("entryAndDetention.test.notReasonable"));
        }
        if (d.proportionate() == Truth.NOT_ESTABLISHED) {
            failed.add(Message.of("entryAndDetention.test.notProportionate"));
        }
        return failed;
    }

    /** Messages joined with semicolons ("a; b; c"), as the English reasons always joined them; at least one. */
    public static Message semicolons(List<Message> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to join");
        }
        Message list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Message.of("entryAndDetention.semicolonList", parts.get(i), list);
        }
        return list;
    }

    /**
     * The sentence that attributes the limits on detention to the instruments binding {@code host}, as a message
     * ({@code entryAndDetention.attribution.*}): the host a country, the instruments' citations String arguments.
     */
    public static Message detentionAttributionMessage(String host, List<?> parties) {
        if (parties.isEmpty()) {
            return Message.of("entryAndDetention.attribution.noTreatyData", Message.country(host));
        }
        List<Message> sources = new ArrayList<>();
        if (rc31Binds(parties)) {
            sources.add(Message.of("entryAndDetention.source.rc31", "RC 31(2)"));
        }
        if (ExaminationDuty.binds(parties, Instrument.ICCPR)) {
            sources.add(Message.of("entryAndDetention.source.iccpr", "ICCPR art. 9(1)"));
        }
        if (ExaminationDuty.binds(parties, Instrument.ECHR)) {
            sources.add(Message.of("entryAndDetention.source.echr", "ECHR art. 5(1)"));
        }
        if (sources.isEmpty()) {
            return Message.of("entryAndDetention.attribution.noInstrument", Message.country(host));
        }
        return Message.of("entryAndDetention.attribution.binds", Message.country(host), semicolons(sources));
    }

    /** The missing fact when the treaty data do not date the host's ratification of RC 31 (an identifier, not a reason). */
    public static String missingRc31InForce(String host) {
        return "treaties.json: in-force date of RC_1951 or RC_PROTOCOL_1967 for " + host;
    }
}
