// messages: converted (issue 14: catalog family "guarantee", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.assessment.Message;
import java.util.function.Function;
import org.refugeelaw.model.CaseRecord.Procedure;
import org.refugeelaw.model.Truth;

/** The procedural guarantees of HB 189-194, RC 35 and F.G. v Sweden, each read from one field of the procedure. */
public enum Guarantee {
    ACCESS_TO_COMPETENT_AUTHORITY("accessToCompetentAuthority", "guarantee.accessToCompetentAuthority",
            false, Procedure::accessToCompetentAuthority),
    PERSONAL_INTERVIEW("personalInterview", "guarantee.personalInterview", true, Procedure::personalInterview),
    INTERPRETER("interpreter", "guarantee.interpreter", true, Procedure::interpreter),
    ACCESS_TO_UNHCR("accessToUnhcr", "guarantee.accessToUnhcr", false, Procedure::accessToUnhcr),
    REASONED_DECISION("reasonedDecision", "guarantee.reasonedDecision", true, Procedure::reasonedDecision),
    SUSPENSIVE_APPEAL("suspensiveAppeal", "guarantee.suspensiveAppeal", true,
            Procedure::suspensiveAppeal),
    EX_NUNC_RISK_ASSESSMENT("exNuncRiskAssessment",
            "guarantee.exNuncRiskAssessment", true,
            Procedure::exNuncRiskAssessment);

    private final String field;
    private final String descriptionKey;
    private final boolean presupposesExamination;
    private final Function<Procedure, Truth> reader;

    Guarantee(String field, String descriptionKey, boolean presupposesExamination, Function<Procedure, Truth> reader) {
        this.field = field;
        this.descriptionKey = descriptionKey;
        this.presupposesExamination = presupposesExamination;
        this.reader = reader;
    }

    public String field() { return field; }

    /** What the guarantee is, as a message (a phrase, e.g. "a personal interview"). */
    public Message description() { return Message.of(descriptionKey); }

    /** Whether this guarantee exists only within an individual examination. */
    public boolean presupposesExamination() { return presupposesExamination; }

    /** Whether the record shows this guarantee was given. */
    public Truth of(Procedure p) { return reader.apply(p); }

    private static List<Finding> sorted(List<?> findings) {
        List<Finding> copy = new ArrayList<>();
        for (Object o : findings) {
            copy.add((Finding) o);
        }
        copy.sort(Comparator.comparing(Finding::subject));
        return copy;
    }

    /**
     * The message {@code key} (a pattern with one placeholder) with the guarantees of {@code findings} listed in it,
     * separated by semicolons, in the order of their fields.
     */
    public static Message summary(String key, List<?> findings) {
        List<Message> names = new ArrayList<>();
        for (Finding f : sorted(findings)) {
            for (Guarantee g : values()) {
                if (g.field.equals(f.subject())) {
                    names.add(g.description());
                }
            }
        }
        Message list = names.get(names.size() - 1);
        for (int i = names.size() - 2; i >= 0; i--) {
            list = Message.of("guarantee.list", names.get(i), list);
        }
        return Message.of(key, list);
    }

    public static List<String> facts(List<?> findings) {
        List<String> all = new ArrayList<>();
        sorted(findings).forEach(f -> f.facts().forEach(x -> { if (!all.contains(x)) all.add(x); }));
        return all;
    }

    public static List<String> missing(List<?> findings) {
        List<String> all = new ArrayList<>();
        sorted(findings).forEach(f -> f.missing().forEach(x -> { if (!all.contains(x)) all.add(x); }));
        return all;
    }
}
