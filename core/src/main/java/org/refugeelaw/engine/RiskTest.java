package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: how one risk fares under one criterion. A criterion tested risk by risk is met when one
 * risk meets it, not met when every risk fails it, and undetermined otherwise (Kleene disjunction).
 *
 * @param criterion the criterion
 * @param risk      the risk tested
 * @param truth     the risk's own truth value and the criterion's element for it, combined (Kleene conjunction)
 * @param reason    why, in a plain sentence about this risk
 * @param facts     facts relied on (the risk's and the element's)
 * @param missing   unknown facts, when {@code truth} is unknown
 */
public record RiskTest(Criterion criterion, Risk risk, Truth truth, String reason, List<String> facts,
                       List<String> missing) {
    public RiskTest {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /**
     * Tests one element of a criterion against a risk. The result is the risk's truth combined with the element's;
     * the reason names the risk and then says how the element fares.
     */
    public static RiskTest of(Criterion criterion, Risk risk, Truth element, String elementReason,
                              List<String> elementFacts, List<String> elementMissing) {
        Truth truth = risk.truth().and(element);
        List<String> facts = Unknowns.concat(risk.facts(), elementFacts);
        List<String> missing = new ArrayList<>();
        if (truth == Truth.UNKNOWN) {
            if (risk.truth() == Truth.UNKNOWN) {
                missing.addAll(risk.missing());
            }
            if (element == Truth.UNKNOWN) {
                missing.addAll(elementMissing);
            }
        }
        String prefix = describe(risk);
        String reason = risk.truth() == Truth.UNKNOWN && element != Truth.NOT_ESTABLISHED
                ? prefix + " (not yet established): " + elementReason
                : prefix + ": " + elementReason;
        return new RiskTest(criterion, risk, truth, reason, facts, Unknowns.concat(missing));
    }

    /** A short description of a risk, e.g. "Unauthorised exit: forced labour, death penalty (KP-UNAUTHORISED-EXIT)". */
    public static String describe(Risk r) {
        String what = r.source().startsWith("general-violence:")
                ? "Indiscriminate violence of exceptional intensity in " + r.destination() + ", a risk to anyone present"
                : r.trigger() == null
                ? "Harm found particular to the person in " + r.destination()
                : "Risk on return to " + r.destination() + " for " + words(r.trigger().name());
        String source = r.source().startsWith("country:") ? " [" + r.source().substring(8) + "]" : "";
        return what + " (" + r.harmWords() + ")" + source;
    }

    static String words(String enumName) {
        return enumName.toLowerCase().replace('_', ' ');
    }
}
