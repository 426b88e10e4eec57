package org.refugeelaw.engine;

// messages: converted (issue 14: the reasons are messages of the family "riskFindings", see docs/messages.md)

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Agent;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CaseRecord.ConditionFinding;
import org.refugeelaw.model.CaseRecord.Destination;
import org.refugeelaw.model.Truth;

/**
 * The findings that belong to one risk: whether the state would protect against it, whether an internal protection
 * alternative avoids it, whether the person would avoid it by a discretion of their own, and (for return) whether
 * diplomatic assurances remove it. Each finding is read only where it was recorded for this risk: the destination
 * entry's own fields for the harm particular to the person recorded in that entry, {@code conditionFindings} for a
 * risk that country information shows. A finding about one risk never closes another (issue 12 point 13).
 *
 * <p>Inclusion (PROTECTION_FAILURE, INTERNAL_PROTECTION, NO_CONCEALMENT) and return (the qualified {@link ReturnRisk}
 * that every bar accumulates) both read these findings, so that one assessment cannot say "no risk, because the
 * person would keep quiet" and "return barred because of that risk".
 */
public final class RiskFindings {
    /**
     * One element of a risk: {@code stands} is established when the risk survives the element, not established when
     * the element removes it, unknown when it turns on an unknown fact. {@code reason} is null where the element has
     * nothing to say (no assurance weighed).
     */
    public record Element(Truth stands, Message reason, List<String> facts, List<String> missing) {
        public Element {
            facts = List.copyOf(facts);
            missing = List.copyOf(missing);
        }
    }

    private final Risk risk;
    private final CaseRecord c;
    /** The country whose protection and territory the findings are about (the origin, for chain return). */
    private final String country;
    /** The risk's own source, without the chain-return prefix. */
    private final String source;
    private final int entry;
    private final Destination destination;
    private final ConditionFinding condition;
    private final String findingPath;

    private RiskFindings(Risk risk, CaseRecord c) {
        this.risk = risk;
        this.c = c;
        String s = risk.source();
        boolean onward = s.startsWith("onward:") && s.contains("->");
        this.source = onward ? s.substring(s.indexOf("->") + 2) : s;
        this.country = onward ? c.countryOfOrigin() : risk.destination();
        int found = -1;
        ConditionFinding cf = null;
        String path = null;
        if (source.startsWith("country:")) {
            String id = source.substring("country:".length());
            for (int i = 0; i < c.destinations().size() && cf == null; i++) {
                Destination d = c.destinations().get(i);
                if (!d.country().equals(country)) {
                    continue;
                }
                if (found < 0) {
                    found = i;
                }
                for (int j = 0; j < d.conditionFindings().size(); j++) {
                    if (d.conditionFindings().get(j).conditionId().equals(id)) {
                        cf = d.conditionFindings().get(j);
                        found = i;
                        path = "$.destinations[" + i + "].conditionFindings[" + j + "]";
                        break;
                    }
                }
            }
            if (path == null) {
                path = (found >= 0 ? "$.destinations[" + found + "]" : Unknowns.destination(country, "").replaceAll("\\.$", ""))
                        + ".conditionFindings[?(@.conditionId=='" + id + "')]";
            }
        } else if (source.startsWith("$.destinations[")) {
            found = Integer.parseInt(source.substring("$.destinations[".length(), source.indexOf(']')));
            path = "$.destinations[" + found + "]";
        } else {
            path = Unknowns.destination(country, "").replaceAll("\\.$", "");
        }
        this.entry = found;
        this.destination = found >= 0 && found < c.destinations().size() ? c.destinations().get(found) : null;
        this.condition = cf;
        this.findingPath = path;
    }

    /** The findings recorded for {@code risk} in the case record {@code c}. */
    public static RiskFindings of(Risk risk, CaseRecord c) {
        return new RiskFindings(risk, c);
    }

    private boolean personSpecific() {
        return source.startsWith("$.destinations[");
    }

    private Truth stateProtectionAvailable() {
        if (condition != null) {
            return condition.stateProtectionAvailable();
        }
        return personSpecific() && destination != null ? destination.stateProtectionAvailable() : Truth.UNKNOWN;
    }

    private Truth internalProtectionAlternative() {
        if (condition != null) {
            return condition.internalProtectionAlternative();
        }
        return personSpecific() && destination != null ? destination.internalProtectionAlternative() : Truth.UNKNOWN;
    }

    private String agentPath() {
        return personSpecific() ? "$.destinations[" + entry + "].inflictedBy" : source + ".inflictedBy";
    }

    /**
     * Whether the state fails to protect against this risk (HB 65; QD 6-7; H.L.R. v France 1997): a state agent, or
     * a non-state agent against whom the state is unable or unwilling to protect. With the agent unknown, the answer
     * is known only where the state would not protect against anyone.
     */
    public Element protectionFails() {
        String p = findingPath + ".stateProtectionAvailable";
        Truth available = stateProtectionAvailable();
        return switch (risk.agent()) {
            case STATE -> new Element(Truth.ESTABLISHED,
                    Message.of("riskFindings.protection.stateAgent"), List.of(), List.of());
            case NON_STATE -> new Element(available.not(),
                    available == Truth.NOT_ESTABLISHED ? Message.of("riskFindings.protection.nonStateUnprotected")
                    : available == Truth.ESTABLISHED ? Message.of("riskFindings.protection.nonStateProtected")
                    : Message.of("riskFindings.protection.nonStateOpen"),
                    List.of(p), List.of(p));
            case UNKNOWN -> new Element(available.not().or(Truth.UNKNOWN),
                    available == Truth.NOT_ESTABLISHED ? Message.of("riskFindings.protection.agentUnknownUnprotected")
                    : Message.of("riskFindings.protection.agentUnknown"),
                    List.of(p), available == Truth.NOT_ESTABLISHED ? List.of() : Unknowns.concat(List.of(agentPath()),
                            available == Truth.UNKNOWN ? List.of(p) : List.of()));
        };
    }

    /**
     * Whether no internal protection alternative avoids this risk (HB 91; GIP/03/04; QD 8; for return, Salah Sheekh v
     * Netherlands 2007 and Sufi and Elmi v UK 2011: the person must be able to travel to the area, gain admittance and
     * settle there). A state persecutor is presumed to reach the whole country.
     */
    public Element noRelocation() {
        String p = findingPath + ".internalProtectionAlternative";
        Truth ipa = internalProtectionAlternative();
        if (risk.agent() == Agent.STATE) {
            return new Element(Truth.ESTABLISHED,
                    Message.of("riskFindings.relocation.stateAgent"), List.of(),
                    List.of());
        }
        Truth none = risk.agent() == Agent.NON_STATE ? ipa.not() : ipa.not().or(Truth.UNKNOWN);
        Message reason = ipa == Truth.NOT_ESTABLISHED
                ? Message.of("riskFindings.relocation.none")
                : ipa == Truth.ESTABLISHED && none == Truth.NOT_ESTABLISHED
                ? Message.of("riskFindings.relocation.available")
                : ipa == Truth.ESTABLISHED
                ? Message.of("riskFindings.relocation.availableAgentUnknown")
                : Message.of("riskFindings.relocation.unknown");
        List<String> missing = new ArrayList<>();
        if (none == Truth.UNKNOWN) {
            if (ipa == Truth.UNKNOWN) {
                missing.add(p);
            }
            if (risk.agent() == Agent.UNKNOWN) {
                missing.add(agentPath());
            }
        }
        return new Element(none, reason, List.of(p), missing);
    }

    /**
     * Whether the risk stands whatever discretion the person would exercise. Concealment is a question about the future
     * only (HJ (Iran) [2010] UKSC 31 para 82; RT (Zimbabwe) [2012] UKSC 38): it arises for conduct the person would
     * engage in on return, and removes the risk only where the person would refrain for reasons of their own, never out
     * of fear. A risk from an act already done, or from a circumstance, stands.
     */
    public Element noConcealmentDefence() {
        if (risk.basis() != RiskBasis.FUTURE_CONDUCT) {
            return new Element(Truth.ESTABLISHED, risk.basis() == RiskBasis.PAST_ACT
                    ? Message.of("riskFindings.concealment.pastAct")
                    : Message.of("riskFindings.concealment.circumstance"),
                    List.of(), List.of());
        }
        Truth conceal = c.claim().wouldConcealOnReturn();
        Truth fear = c.claim().concealmentOutOfFear();
        Truth stands = conceal.not().or(fear);
        Message reason = conceal == Truth.NOT_ESTABLISHED
                ? Message.of("riskFindings.concealment.open")
                : conceal == Truth.ESTABLISHED && fear == Truth.ESTABLISHED
                ? Message.of("riskFindings.concealment.outOfFear")
                : conceal == Truth.ESTABLISHED && fear == Truth.NOT_ESTABLISHED
                ? Message.of("riskFindings.concealment.ownReasons")
                : Message.of("riskFindings.concealment.unknown");
        return new Element(stands, reason, List.of("$.claim.wouldConcealOnReturn", "$.claim.concealmentOutOfFear"),
                conceal == Truth.UNKNOWN ? List.of("$.claim.wouldConcealOnReturn") : List.of("$.claim.concealmentOutOfFear"));
    }

    /**
     * Whether diplomatic assurances leave the risk standing (Othman (Abu Qatada) v UK 2012 paras 187-189). Assurances
     * are the returning state's to show: only a recorded assurance is weighed, and only for harm from the state that
     * gave it. It removes the risk only when it meets every criterion (specific; given by an authority that can bind
     * the state; verifiable; a record of compliance); one criterion unknown leaves the risk open, one not met leaves
     * it standing. So an assurance never removes a risk of torture where torture is systematic without meeting them.
     */
    public Element notRemovedByAssurances() {
        Destination d = destinationOf(risk.destination());
        boolean own = !risk.source().startsWith("onward:");
        if (d == null || !own || risk.agent() != Agent.STATE || d.diplomaticAssurances() != Truth.ESTABLISHED) {
            return new Element(Truth.ESTABLISHED, null, List.of(), List.of());
        }
        String p = pathOf(d) + ".assurances";
        var a = d.assurances();
        Truth meets = a.specific().and(a.givenByAuthorityThatCanBindState()).and(a.verifiable())
                .and(a.recordOfCompliance());
        List<String> facts = List.of(pathOf(d) + ".diplomaticAssurances", p);
        Message reason = meets == Truth.ESTABLISHED
                ? Message.of("riskFindings.assurances.remove")
                : meets == Truth.NOT_ESTABLISHED
                ? Message.of("riskFindings.assurances.fail", criteria(a, Truth.NOT_ESTABLISHED))
                : Message.of("riskFindings.assurances.open", criteria(a, Truth.UNKNOWN));
        return new Element(meets.not(), reason, facts, meets == Truth.UNKNOWN ? Unknowns.among(
                a.specific(), p + ".specific", a.givenByAuthorityThatCanBindState(), p + ".givenByAuthorityThatCanBindState",
                a.verifiable(), p + ".verifiable", a.recordOfCompliance(), p + ".recordOfCompliance") : List.of());
    }

    /** The Othman criteria that are {@code which}, as one message (a list joined with commas). */
    private static Message criteria(CaseRecord.Assurances a, Truth which) {
        List<Message> names = new ArrayList<>();
        if (a.specific() == which) names.add(Message.of("riskFindings.assurances.specificity"));
        if (a.givenByAuthorityThatCanBindState() == which) names.add(Message.of("riskFindings.assurances.authority"));
        if (a.verifiable() == which) names.add(Message.of("riskFindings.assurances.verifiability"));
        if (a.recordOfCompliance() == which) names.add(Message.of("riskFindings.assurances.compliance"));
        return Bars.chain(names, (x, y) -> Message.of("riskFindings.commaList", x, y));
    }

    private Destination destinationOf(String country) {
        for (Destination d : c.destinations()) {
            if (d.country().equals(country)) {
                return d;
            }
        }
        return null;
    }

    private String pathOf(Destination d) {
        return "$.destinations[" + c.destinations().indexOf(d) + "]";
    }
}
