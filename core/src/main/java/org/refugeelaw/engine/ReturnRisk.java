package org.refugeelaw.engine;

// messages: converted (issue 14: the reasons are messages of the family "returnRisk", see docs/messages.md)

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Agent;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: one risk at one destination as the law on return weighs it. The risk is a real risk only if
 * it survives the findings recorded for it: state protection against a non-state agent (H.L.R. v France 1997; for CAT,
 * official involvement or acquiescence, CAT General Comment No. 4), internal relocation (Salah Sheekh v Netherlands
 * 2007; Sufi and Elmi v UK 2011), a discretion of the person's own choosing for conduct on return (HJ (Iran) para 82),
 * and diplomatic assurances that meet the Othman criteria. Every bar on return and every complementary-protection
 * finding accumulates these, never the raw {@link Risk}.
 *
 * @param risk    the underlying risk (its own truth: whether the facts it needs are established)
 * @param truth   whether it is a real risk after the findings: established, not established, or unknown
 * @param reason  why, the findings that decide or leave it open joined with semicolons; null where none is said
 * @param facts   the facts relied on
 * @param missing the unknown facts, when {@code truth} is unknown
 */
public record ReturnRisk(Risk risk, Truth truth, Message reason, List<String> facts, List<String> missing) {
    public ReturnRisk {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /** Weighs {@code r} with the findings recorded for it in {@code c}. */
    public static ReturnRisk of(Risk r, CaseRecord c) {
        RiskFindings f = RiskFindings.of(r, c);
        List<RiskFindings.Element> elements = List.of(f.protectionFails(), f.noRelocation(), f.noConcealmentDefence(),
                f.notRemovedByAssurances());
        Truth t = r.truth();
        for (RiskFindings.Element e : elements) {
            t = t.and(e.stands());
        }
        List<String> facts = new ArrayList<>(r.facts());
        List<String> missing = new ArrayList<>();
        List<Message> reasons = new ArrayList<>();
        if (t == Truth.UNKNOWN && r.truth() == Truth.UNKNOWN) {
            missing.addAll(r.missing());
        }
        for (RiskFindings.Element e : elements) {
            e.facts().forEach(x -> { if (!facts.contains(x)) facts.add(x); });
            // The reasons that decide: every element that removes the risk, or leaves it open; and the standing ones
            // of a non-state agent or of assurances, which a reader needs to see.
            boolean decisive = e.stands() == Truth.NOT_ESTABLISHED
                    || (e.stands() == Truth.UNKNOWN && t == Truth.UNKNOWN)
                    || (e.reason() != null && t == Truth.ESTABLISHED && r.agent() != Agent.STATE && !e.facts().isEmpty())
                    || (e.reason() != null && e.facts().stream().anyMatch(x -> x.endsWith(".assurances")));
            if (decisive && e.reason() != null) {
                reasons.add(e.reason());
            }
            if (t == Truth.UNKNOWN && e.stands() == Truth.UNKNOWN) {
                e.missing().forEach(x -> { if (!missing.contains(x)) missing.add(x); });
            }
        }
        return new ReturnRisk(r, t, Bars.chain(reasons, (x, y) -> Message.of("returnRisk.list", x, y)), facts, missing);
    }

    /**
     * Indiscriminate violence so intense that anyone present would face a real risk to life or of ill-treatment (NA v
     * UK 2008; Sufi and Elmi v UK 2011, paras 241-250 as cited in issue 11): a risk of its own, for anyone, with no
     * Convention ground and no agent to be protected from.
     */
    public static ReturnRisk generalViolence(String country, Truth truth, String path) {
        Risk r = new Risk(country, null, List.of(Harm.INDISCRIMINATE_VIOLENCE, Harm.ARBITRARY_KILLING,
                Harm.INHUMAN_TREATMENT), Agent.UNKNOWN, null, Truth.NOT_ESTABLISHED, null, false, null,
                "general-violence:" + path, truth, List.of(path), truth == Truth.UNKNOWN ? List.of(path) : List.of());
        return new ReturnRisk(r, truth, truth == Truth.ESTABLISHED ? Message.of("returnRisk.generalViolence") : null,
                List.of(path), truth == Truth.UNKNOWN ? List.of(path) : List.of());
    }

    /**
     * Serious harm from the lack of medical treatment (issue 17 point 7): under the ECHR art. 3 threshold for medical
     * cases, a real risk of a serious, rapid and irreversible decline in health resulting in intense suffering or a
     * significant reduction in life expectancy (Paposhvili v Belgium (GC, 2016) para 183, as read in the issue; Savran
     * v Denmark (GC, 2021)). No Convention ground and no agent: the harm comes from the absence of treatment.
     */
    public static ReturnRisk medical(String country, Truth truth, List<String> facts, List<String> missing) {
        Risk r = new Risk(country, null, List.of(Harm.INHUMAN_TREATMENT), Agent.UNKNOWN, null, Truth.NOT_ESTABLISHED,
                null, false, null, "medical:" + country, truth, facts, missing);
        return new ReturnRisk(r, truth, truth == Truth.ESTABLISHED ? Message.of("returnRisk.medical", "ECHR art. 3")
                : null, facts, missing);
    }

    /** Whether this is the harm of a medical case (which is not serious harm under QD 15 or of concern to UNHCR). */
    public boolean medical() { return risk.source().startsWith("medical:"); }

    public String destination() { return risk.destination(); }

    public List<Harm> harms() { return risk.harms(); }

    public Ground ground() { return risk.ground(); }

    public boolean seriousHarm() { return risk.seriousHarm(); }

    public boolean torture() { return risk.torture(); }

    public boolean lifeThreatening() { return risk.lifeThreatening(); }

    public boolean inhumanTreatment() { return risk.inhumanTreatment(); }

    /** The risk with its truth, facts and missing facts as weighed, for the helpers that describe and combine risks. */
    public Risk qualified() {
        return new Risk(risk.destination(), risk.trigger(), risk.harms(), risk.agent(), risk.ground(),
                risk.groundImputed(), risk.stateViewsAs(), risk.afterDeparture(), risk.date(), risk.source(), truth,
                facts, missing, risk.basis());
    }
}
