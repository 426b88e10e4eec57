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

    /** One condition of the benefit of the doubt under a reading: its words, the record's field, its value. */
    public record Condition(String words, String field, Truth truth) {
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
        Condition credible = new Condition("the account is generally credible", "generallyCredible", c.overall());
        Condition consistent = new Condition("consistent with country information", "consistentWithCountryInformation",
                c.consistentWithCountryInformation());
        switch (f.benefitOfDoubt()) {
            case "qd_4_5" -> {
                list.add(new Condition("a genuine effort to substantiate the claim (a)", "genuineEffort",
                        c.genuineEffort()));
                list.add(new Condition("the relevant elements at the person's disposal submitted, any lack explained"
                        + " (b)", "availableEvidenceSubmitted", c.availableEvidenceSubmitted()));
                list.add(new Condition("statements internally consistent (c)", "internallyConsistent",
                        c.internallyConsistent()));
                list.add(new Condition("plausible (c)", "plausible", c.plausible()));
                list.add(new Condition("not contradicting country information (c)",
                        "consistentWithCountryInformation", c.consistentWithCountryInformation()));
                list.add(new Condition("an application at the earliest possible time, or good reason (d)",
                        "timelyApplication", c.timelyApplication()));
                list.add(new Condition("general credibility established (e)", "generallyCredible", c.overall()));
            }
            case "corroboration_may_be_required" -> {
                list.add(credible);
                list.add(consistent);
                list.add(new Condition("the testimony refers to specific facts", "sufficientDetail",
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
        List<String> failed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Condition k : conditions(f, c)) {
            if (k.truth() == Truth.NOT_ESTABLISHED) {
                failed.add(k.field().equals("generallyCredible") ? "the account is not generally credible"
                        : k.field().equals("consistentWithCountryInformation")
                        ? "the account is not consistent with country information" : "not shown: " + k.words());
                facts.addAll(paths(k, c, path));
            } else if (k.truth() == Truth.UNKNOWN) {
                open.add(k.words());
                missing.add(path + "." + k.field());
            } else if (t == Truth.ESTABLISHED) {
                facts.addAll(paths(k, c, path));
            }
        }
        String note = switch (f.benefitOfDoubt()) {
            case "guideline" -> " Under the " + f.id() + " frame the benefit of the doubt is a guideline, not a rule of"
                    + " law: it adds nothing of substance to the lower standard of proof.";
            case "corroboration_may_be_required" -> " Under the " + f.id() + " frame credible testimony that refers"
                    + " to specific facts may suffice, but the trier of fact may still require corroboration that is"
                    + " reasonably available.";
            case "qd_4_5" -> " Under the " + f.id() + " frame the conditions of QD 4(5) are cumulative.";
            default -> "";
        };
        facts = Unknowns.concat(facts);
        if (t == Truth.ESTABLISHED) {
            String what = f.benefitOfDoubt().equals("qd_4_5") ? "every condition of QD 4(5) is met"
                    : f.benefitOfDoubt().equals("corroboration_may_be_required")
                    ? "the account is generally credible, consistent with country information and refers to specific"
                        + " facts"
                    : "the account is generally credible and consistent with country information";
            return Finding.met(Criterion.BENEFIT_OF_DOUBT, what.substring(0, 1).toUpperCase() + what.substring(1)
                    + ", so the statements that cannot be proved are given the benefit of the doubt: facts resting on"
                    + " them may be taken as established." + note, facts);
        }
        if (t == Truth.NOT_ESTABLISHED) {
            return Finding.notMet(Criterion.BENEFIT_OF_DOUBT, "The benefit of the doubt does not apply: "
                    + String.join("; ", failed) + ". Unproven statements cannot by themselves establish facts; the findings must rest on evidence."
                    + note, facts);
        }
        return Finding.undetermined(Criterion.BENEFIT_OF_DOUBT, "Whether unproven statements get the"
                + " benefit of the doubt depends on the credibility findings, which are not all in the record (" + String
                .join("; ", open) + "). The facts recorded as established are taken as the decision-maker found them."
                + note, facts, missing);
    }
}
