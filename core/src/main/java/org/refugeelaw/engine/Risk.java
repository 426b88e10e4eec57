package org.refugeelaw.engine;

import java.time.LocalDate;
import java.util.List;
import org.refugeelaw.model.Agent;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Truth;

/**
 * A risk the rules derive: at a destination, because of a conduct or circumstance of the person, the person faces
 * the listed harms. {@code truth} is {@code ESTABLISHED} when every fact it needs is established, {@code UNKNOWN}
 * when one of them is unknown; a risk whose facts are not established is never derived.
 *
 * @param destination    the destination country
 * @param trigger        the person's conduct or circumstance
 * @param harms          the harms
 * @param agent          who inflicts them
 * @param ground         the Convention ground, if any
 * @param groundImputed  whether the ground is imputed
 * @param stateViewsAs   how the state characterises the conduct ({@code treason}), if known
 * @param afterDeparture whether the conduct or the condition arose after the person left the country of origin
 * @param date           when the conduct happened or the condition arose, if known
 * @param source         the country information entry, or the case-record path of a person-specific risk
 * @param truth          established or unknown
 * @param facts          the facts relied on
 * @param missing        the unknown facts, when {@code truth} is unknown
 * @param basis          what the risk rests on: an act already done, conduct the person would engage in on return
 *                       (their profile), or a circumstance; only the second raises the question of concealment
 *                       (HJ (Iran) [2010] UKSC 31 para 82)
 */
public record Risk(String destination, Conduct trigger, List<Harm> harms, Agent agent, Ground ground,
                   Truth groundImputed, String stateViewsAs, boolean afterDeparture, LocalDate date, String source,
                   Truth truth, List<String> facts, List<String> missing, RiskBasis basis) {
    /** A risk whose basis follows from its trigger ({@link RiskBasis#of}); the profile rule marks future conduct. */
    public Risk(String destination, Conduct trigger, List<Harm> harms, Agent agent, Ground ground,
                Truth groundImputed, String stateViewsAs, boolean afterDeparture, LocalDate date, String source,
                Truth truth, List<String> facts, List<String> missing) {
        this(destination, trigger, harms, agent, ground, groundImputed, stateViewsAs, afterDeparture, date, source,
                truth, facts, missing, RiskBasis.of(trigger));
    }

    public Risk {
        basis = basis == null ? RiskBasis.of(trigger) : basis;
        harms = List.copyOf(harms);
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
        groundImputed = Truth.orUnknown(groundImputed);
        stateViewsAs = stateViewsAs == null ? "" : stateViewsAs;
        source = source == null ? "" : source;
    }

    /** A risk that country information establishes for people with the condition's trigger. */
    public static Risk fromCondition(CountryInformation.Condition k, String conditionPath, boolean afterDeparture,
                                     LocalDate date, Truth truth, List<String> facts, List<String> missing) {
        List<String> all = new java.util.ArrayList<>(facts);
        all.add(conditionPath);
        return new Risk(k.country(), k.trigger(), k.harms(), k.inflictedBy(), k.ground(), k.groundImputed(),
                k.stateViewsAs(), afterDeparture, date, conditionPath, truth, all, missing);
    }

    public boolean established() { return truth == Truth.ESTABLISHED; }

    /** The same risk, resting on conduct the person would engage in on return (their profile). */
    public Risk onReturnConduct() {
        return new Risk(destination, trigger, harms, agent, ground, groundImputed, stateViewsAs, afterDeparture, date,
                source, truth, facts, missing, RiskBasis.FUTURE_CONDUCT);
    }

    public boolean seriousHarm() { return harms.stream().anyMatch(Harm::serious); }

    public boolean torture() { return harms.stream().anyMatch(Harm::torture); }

    public boolean lifeThreatening() { return harms.stream().anyMatch(Harm::lifeThreatening); }

    public boolean inhumanTreatment() { return harms.stream().anyMatch(Harm::inhumanTreatment); }

    public boolean convention() { return ground != null; }

    /**
     * A hash of the destination, trigger, agent, ground, truth and source only (issue 15): truth maintenance hashes
     * every logically inserted risk (and every test and finding about one), and the record's own hash would run over
     * its lists of harms, facts and missing facts. Consistent with {@link #equals}.
     */
    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(destination);
        h = h * 31 + java.util.Objects.hashCode(trigger);
        h = h * 31 + java.util.Objects.hashCode(agent);
        h = h * 31 + java.util.Objects.hashCode(ground);
        h = h * 31 + java.util.Objects.hashCode(truth);
        return h * 31 + java.util.Objects.hashCode(source);
    }
}
