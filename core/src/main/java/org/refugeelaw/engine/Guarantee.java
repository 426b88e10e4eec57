package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.refugeelaw.model.CaseRecord.Procedure;
import org.refugeelaw.model.Truth;

/** The procedural guarantees of HB 189-194, RC 35 and F.G. v Sweden, each read from one field of the procedure. */
public enum Guarantee {
    ACCESS_TO_COMPETENT_AUTHORITY("accessToCompetentAuthority", "access to a competent authority to claim asylum",
            false, Procedure::accessToCompetentAuthority),
    PERSONAL_INTERVIEW("personalInterview", "a personal interview", true, Procedure::personalInterview),
    INTERPRETER("interpreter", "a competent interpreter", true, Procedure::interpreter),
    ACCESS_TO_UNHCR("accessToUnhcr", "access to UNHCR (RC 35)", false, Procedure::accessToUnhcr),
    REASONED_DECISION("reasonedDecision", "a reasoned decision", true, Procedure::reasonedDecision),
    SUSPENSIVE_APPEAL("suspensiveAppeal", "an appeal with the right to remain meanwhile", true,
            Procedure::suspensiveAppeal),
    EX_NUNC_RISK_ASSESSMENT("exNuncRiskAssessment",
            "an up-to-date (ex nunc) assessment of the risk, taken up by the authority of its own motion", true,
            Procedure::exNuncRiskAssessment);

    private final String field;
    private final String description;
    private final boolean presupposesExamination;
    private final Function<Procedure, Truth> reader;

    Guarantee(String field, String description, boolean presupposesExamination, Function<Procedure, Truth> reader) {
        this.field = field;
        this.description = description;
        this.presupposesExamination = presupposesExamination;
        this.reader = reader;
    }

    public String field() { return field; }

    public String description() { return description; }

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

    public static String summary(String lead, List<?> findings) {
        List<String> names = new ArrayList<>();
        for (Finding f : sorted(findings)) {
            for (Guarantee g : values()) {
                if (g.field.equals(f.subject())) {
                    names.add(g.description);
                }
            }
        }
        return lead + String.join("; ", names) + ".";
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
