package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: how one risk fares under one criterion. A criterion tested risk by risk is met when one
 * risk meets it, not met when every risk fails it, and undetermined otherwise (Kleene disjunction).
 *
 * @param criterion the criterion
 * @param risk      the risk tested
 * @param truth     the risk's own truth value and the criterion's element for it, combined (Kleene conjunction)
 * @param reason    why, a sentence about this risk: the risk ({@link #risk(Risk)}), then how the element fares
 * @param facts     facts relied on (the risk's and the element's)
 * @param missing   unknown facts, when {@code truth} is unknown
 */
public record RiskTest(Criterion criterion, Risk risk, Truth truth, Message reason, List<String> facts,
                       List<String> missing) {
    public RiskTest {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /**
     * Tests one element of a criterion against a risk. The result is the risk's truth combined with the element's;
     * the reason names the risk and then says how the element fares.
     */
    public static RiskTest of(Criterion criterion, Risk risk, Truth element, Message elementReason,
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
        Message reason = Message.of(risk.truth() == Truth.UNKNOWN && element != Truth.NOT_ESTABLISHED
                ? "riskTest.reason.riskNotYetEstablished" : "riskTest.reason", risk(risk), elementReason);
        return new RiskTest(criterion, risk, truth, reason, facts, Unknowns.concat(missing));
    }


    /**
     * A risk as a message, e.g. "Risk on return to KP for unauthorised exit (forced labour, death penalty)
     * [KP-UNAUTHORISED-EXIT]": the destination, the trigger, the harms and the country information entry.
     */
    public static Message risk(Risk r) {
        Message.Country where = Message.country(r.destination());
        boolean sourced = r.source().startsWith("country:");
        String id = sourced ? r.source().substring("country:".length()) : "";
        if (r.source().startsWith("general-violence:")) {
            return sourced ? Message.of("riskTest.risk.generalViolence.sourced", where, r.harms(), id)
                    : Message.of("riskTest.risk.generalViolence", where, r.harms());
        }
        if (r.trigger() == null) {
            return sourced ? Message.of("riskTest.risk.particular.sourced", where, r.harms(), id)
                    : Message.of("riskTest.risk.particular", where, r.harms());
        }
        return sourced ? Message.of("riskTest.risk.trigger.sourced", where, r.trigger(), r.harms(), id)
                : Message.of("riskTest.risk.trigger", where, r.trigger(), r.harms());
    }

    /**
     * A hash of the criterion, the truth and the risk's cheap hash only (issue 15): truth maintenance hashes every
     * logically inserted test; consistent with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return (criterion.hashCode() * 31 + truth.hashCode()) * 31 + risk.hashCode();
    }
}
