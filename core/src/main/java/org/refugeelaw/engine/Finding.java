package org.refugeelaw.engine;

import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.Status;

/**
 * A finding a rule inserts: the typed justification of one criterion's status. The rule that inserts it, and that
 * rule's {@code @legalBasis} metadata, are attached by the engine when the finding is collected.
 *
 * @param criterion   the criterion
 * @param subject     what the finding is about when a criterion is assessed more than once: a destination country
 *                    for the bars on return, a guarantee for the procedure; empty otherwise
 * @param status      the status
 * @param reason      one sentence, as a message
 * @param facts       the facts relied on, as JSON paths ({@code country:ID} for country information)
 * @param missing     for an undetermined finding, the unknown facts it waits on
 * @param instruments for a bar on return, the citations of the instruments binding the host state
 */
public record Finding(Criterion criterion, String subject, Status status, Message reason, List<String> facts,
                      List<String> missing, List<String> instruments) {

    public Finding {
        subject = subject == null ? "" : subject;
        facts = facts == null ? List.of() : List.copyOf(facts);
        missing = missing == null ? List.of() : List.copyOf(missing);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }

    public static Finding met(Criterion c, Message reason, List<String> facts) {
        return new Finding(c, "", Status.MET, reason, facts, List.of(), List.of());
    }

    public static Finding notMet(Criterion c, Message reason, List<String> facts) {
        return new Finding(c, "", Status.NOT_MET, reason, facts, List.of(), List.of());
    }

    public static Finding undetermined(Criterion c, Message reason, List<String> facts, List<String> missing) {
        return new Finding(c, "", Status.UNDETERMINED, reason, facts, missing, List.of());
    }

    public static Finding notApplicable(Criterion c, Message reason, List<String> facts) {
        return new Finding(c, "", Status.NOT_APPLICABLE, reason, facts, List.of(), List.of());
    }

    /** A finding about one subject (a destination, a guarantee). */
    public static Finding about(Criterion c, String subject, Status status, Message reason, List<String> facts,
                                List<String> missing) {
        return new Finding(c, subject, status, reason, facts, missing, List.of());
    }

    /** A bar on return to a destination, resting on the listed instruments. */
    public static Finding bar(Criterion c, String destination, Status status, Message reason, List<String> facts,
                              List<String> missing, List<String> instruments) {
        return new Finding(c, destination, status, reason, facts, missing, instruments);
    }

    /**
     * A hash of the criterion, subject and status only (issue 15): truth maintenance hashes every logically inserted
     * finding, and the record's own hash would run over every character of its reason, facts and missing facts.
     * Consistent with {@link #equals} (equal findings have equal criteria, subjects and statuses); findings that
     * share all three are told apart by {@code equals}, as before.
     */
    @Override
    public int hashCode() {
        return (criterion.hashCode() * 31 + subject.hashCode()) * 31 + status.hashCode();
    }
}
