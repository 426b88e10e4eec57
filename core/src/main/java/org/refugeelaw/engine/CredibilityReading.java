// messages: converted (issue 14: catalog family "credibilityReading", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord.Credibility;
import org.refugeelaw.model.Truth;

/**
 * The structured credibility finding and the benefit of the doubt as each frame reads it (issue 17 point 6). The
 * reading is the frame's data ({@link FramePolicy#benefitOfDoubt()}), never its name.
 */
public final class CredibilityReading {
    private CredibilityReading() {
    }

    /**
     * One condition of the benefit of the doubt under a reading: its words (a {@code credibilityReading.condition.*}
     * message), the record's field, its value.
     */
    public record Condition(Message words, String field, Truth truth) {
    }

    static final String[] INDICATOR_FIELDS = {"sufficientDetail", "internallyConsistent",
        "consistentWithCountryInformation", "plausible"};

    /**
     * The indicators with the given value, as terms ({@code credibilityReading.indicator.*}), for converted reasons: a
     * list renders them joined with commas.
     */
    public static List<Message> indicatorTerms(Credibility c, Truth value) {
        List<Message> terms = new ArrayList<>();
        List<Truth> i = c.indicators();
        for (int k = 0; k < i.size(); k++) {
            if (i.get(k) == value) {
                terms.add(indicatorTerm(k));
            }
        }
        return terms;
    }

    private static Message indicatorTerm(int k) {
        return switch (k) {
            case 0 -> Message.of("credibilityReading.indicator.sufficientDetail");
            case 1 -> Message.of("credibilityReading.indicator.internallyConsistent");
            case 2 -> Message.of("credibilityReading.indicator.consistentWithCountryInformation");
            default -> Message.of("credibilityReading.indicator.plausible");
        };
    }

    /** The paths of the indicators with the given value. */
    public static List<String> indicatorPaths(Credibility c, Truth value, String path) {
        List<String> paths = new ArrayList<>();
        List<Truth> i = c.indicators();
        for (int k = 0; k < i.size(); k++) {
            if (i.get(k) == value) {
                paths.add(path + "." + INDICATOR_FIELDS[k]);
            }
        }
        return paths;
    }

    /** The conditions of the benefit of the doubt under the frame's reading, in the order the reasons name them. */
    public static List<Condition> conditions(FramePolicy f, Credibility c) {
        List<Condition> list = new ArrayList<>();
        Condition credible = new Condition(Message.of("credibilityReading.condition.generallyCredible"),
                "generallyCredible", c.overall());
        Condition consistent = new Condition(Message.of("credibilityReading.condition.consistentWithCountryInformation"),
                "consistentWithCountryInformation", c.consistentWithCountryInformation());
        switch (f.benefitOfDoubt()) {
            case "qd_4_5" -> {
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.genuineEffort"), "genuineEffort",
                        c.genuineEffort()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.availableEvidenceSubmitted"),
                        "availableEvidenceSubmitted", c.availableEvidenceSubmitted()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.internallyConsistent"),
                        "internallyConsistent", c.internallyConsistent()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.plausible"), "plausible",
                        c.plausible()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.notContradictingCountryInformation"),
                        "consistentWithCountryInformation", c.consistentWithCountryInformation()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.timelyApplication"),
                        "timelyApplication", c.timelyApplication()));
                list.add(new Condition(Message.of("credibilityReading.condition.qd45.generallyCredible"),
                        "generallyCredible", c.overall()));
            }
            case "corroboration_may_be_required" -> {
                list.add(credible);
                list.add(consistent);
                list.add(new Condition(Message.of("credibilityReading.condition.specificFacts"), "sufficientDetail",
                        c.sufficientDetail()));
            }
            default -> {
                list.add(credible);
                list.add(consistent);
            }
        }
        return list;
    }

    /** Whether the benefit of the doubt applies under the frame's reading, in Kleene's logic. */
    public static Truth applies(FramePolicy f, Credibility c) {
        Truth t = Truth.ESTABLISHED;
        for (Condition k : conditions(f, c)) {
            t = t.and(k.truth());
        }
        return t;
    }

    /** The paths a condition rests on: the overall finding may rest on the indicators. */
    private static List<String> paths(Condition k, Credibility c, String path) {
        if (k.field().equals("generallyCredible") && c.generallyCredible() == Truth.UNKNOWN
                && c.overall() != Truth.UNKNOWN) {
            return indicatorPaths(c, c.overall(), path);
        }
        return List.of(path + "." + k.field());
    }

    /** The BENEFIT_OF_DOUBT finding under the frame's reading. */
    public static Finding benefitOfDoubt(FramePolicy f, Credibility c, String path) {
        Truth t = applies(f, c);
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Message> failed = new ArrayList<>();
        List<Message> open = new ArrayList<>();
        for (Condition k : conditions(f, c)) {
            if (k.truth() == Truth.NOT_ESTABLISHED) {
                failed.add(k.field().equals("generallyCredible")
                        ? Message.of("credibilityReading.failed.notGenerallyCredible")
                        : k.field().equals("consistentWithCountryInformation")
                        ? Message.of("credibilityReading.failed.notConsistentWithCountryInformation")
                        : Message.of("credibilityReading.failed.notShown", k.words()));
                facts.addAll(paths(k, c, path));
            } else if (k.truth() == Truth.UNKNOWN) {
                open.add(k.words());
                missing.add(path + "." + k.field());
            } else if (t == Truth.ESTABLISHED) {
                facts.addAll(paths(k, c, path));
            }
        }
        Message note = switch (f.benefitOfDoubt()) {
            case "guideline" -> Message.of("credibilityReading.note.guideline", f.id());
            case "corroboration_may_be_required" -> Message.of("credibilityReading.note.corroboration", f.id());
            case "qd_4_5" -> Message.of("credibilityReading.note.qd45", f.id(), "QD 4(5)");
            default -> null;
        };
        facts = Unknowns.concat(facts);
        if (t == Truth.ESTABLISHED) {
            Message applies = f.benefitOfDoubt().equals("qd_4_5")
                    ? Message.of("credibilityReading.applies.qd45", "QD 4(5)")
                    : f.benefitOfDoubt().equals("corroboration_may_be_required")
                    ? Message.of("credibilityReading.applies.corroboration")
                    : Message.of("credibilityReading.applies.credibleAndConsistent");
            return Finding.met(Criterion.BENEFIT_OF_DOUBT, withNote(applies, note), facts);
        }
        if (t == Truth.NOT_ESTABLISHED) {
            return Finding.notMet(Criterion.BENEFIT_OF_DOUBT,
                    withNote(Message.of("credibilityReading.doesNotApply", semicolons(failed)), note), facts);
        }
        return Finding.undetermined(Criterion.BENEFIT_OF_DOUBT,
                withNote(Message.of("credibilityReading.findingsMissing", semicolons(open)), note), facts, missing);
    }

    /** The reason followed by the frame's note, if it has one. */
    private static Message withNote(Message reason, Message note) {
        return note == null ? reason : Message.of("credibilityReading.withNote", reason, note);
    }

    /** Messages joined with semicolons ("a; b"), as the English reasons always joined them; at least one. */
    private static Message semicolons(List<Message> parts) {
        Message list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Message.of("credibilityReading.semicolonList", parts.get(i), list);
        }
        return list;
    }
}
