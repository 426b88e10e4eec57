// messages: converted (issue 14: catalog family "exclusionTests", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord.Crime;
import org.refugeelaw.model.CaseRecord.CrimeAct;
import org.refugeelaw.model.CaseRecord.Participation;
import org.refugeelaw.model.Truth;

/**
 * The tests of RC 1F applied to the facts of one act (GIP/03/05; HB 147-163): the rules classify the act; the record
 * only says which clause the authority invokes.
 */
public final class ExclusionTests {
    private static final Truth E = Truth.ESTABLISHED;
    private static final Truth N = Truth.NOT_ESTABLISHED;
    private static final Truth U = Truth.UNKNOWN;

    private ExclusionTests() {
    }

    /** Individual responsibility: membership of a group alone is not enough (CJEU B and D; GIP/03/05 para 19). */
    public static Truth responsibility(Crime c) {
        return c.role() == Participation.MEMBERSHIP_ONLY ? N : c.individualResponsibility();
    }

    /** What every clause needs: serious reasons for considering, individual responsibility, no defence. */
    public static Truth personal(Crime c) {
        return c.seriousReasonsForConsidering().and(responsibility(c)).and(c.defenceApplies().not());
    }

    /**
     * RC 1F(a): a war crime (an act against persons in the context of and associated with an armed conflict,
     * against protected persons), a crime against humanity (such an act as part of a widespread or systematic
     * attack on civilians), or a crime against peace (an aggressive war, by a person in a position of authority).
     */
    public static Truth internationalCrime(Crime c) {
        if (c.act() == null) {
            return U;
        }
        if (c.act() == CrimeAct.AGGRESSIVE_WAR) {
            return c.positionOfAuthority();
        }
        return c.act().againstPersons() ? c.armedConflictNexus().or(c.widespreadOrSystematicAttack()) : N;
    }

    /**
     * RC 1F(b): serious (a fact, not the name of the offence), not political (an atrocious act, or one grossly out of
     * proportion to its aim, is not political), outside the country of refuge and before admission; under a frame
     * that weighs them, not expiated and not outweighed by the consequences of exclusion.
     */
    public static Truth seriousNonPoliticalCrime(Crime c, boolean proportionality) {
        Truth t = c.serious().and(politicalCharacter(c).not()).and(c.outsideCountryOfRefuge())
                .and(c.beforeAdmission());
        return proportionality ? t.and(c.expiated().not()).and(c.exclusionDisproportionate().not()) : t;
    }

    /** Political in character: a political crime whose means are not atrocious. */
    public static Truth politicalCharacter(Crime c) {
        return c.political().and(c.atrocious().not());
    }

    /**
     * RC 1F(c): acts with an international dimension (gravity, impact on international peace and security),
     * committed from a position of power in a state or state-like entity, or acts of terrorism of that dimension.
     */
    public static Truth contraryToUnPurposes(Crime c) {
        Truth terrorism = c.act() == null ? U : c.act() == CrimeAct.TERRORIST_ACT ? E : N;
        return c.internationalDimension().and(c.positionOfAuthority().or(terrorism));
    }

    /** The clause test for the clause the authority invokes. */
    public static Truth clause(Crime c, boolean proportionality) {
        return switch (c.category()) {
            case INTERNATIONAL_CRIME -> internationalCrime(c);
            case SERIOUS_NON_POLITICAL_CRIME -> seriousNonPoliticalCrime(c, proportionality);
            case ACTS_CONTRARY_TO_UN_PURPOSES -> contraryToUnPurposes(c);
        };
    }

    /** The clause invoked, in words. */
    public static Message clauseName(Crime c) {
        return switch (c.category()) {
            case INTERNATIONAL_CRIME -> Message.of("exclusionTests.clause.internationalCrime");
            case SERIOUS_NON_POLITICAL_CRIME -> Message.of("exclusionTests.clause.seriousNonPoliticalCrime");
            case ACTS_CONTRARY_TO_UN_PURPOSES -> Message.of("exclusionTests.clause.contraryToUnPurposes");
        };
    }

    /** The unknown facts the test waits on ({@code p}: the JSON path of the crime). */
    public static List<String> missing(Crime c, boolean proportionality, String p) {
        List<String> out = new ArrayList<>();
        if (personal(c) == U) {
            out.addAll(Unknowns.among(c.seriousReasonsForConsidering(), p + ".seriousReasonsForConsidering",
                    responsibility(c), p + ".individualResponsibility", c.defenceApplies(), p + ".defenceApplies"));
        }
        if (clause(c, proportionality) != U) {
            return out;
        }
        switch (c.category()) {
            case INTERNATIONAL_CRIME -> {
                if (c.act() == null) {
                    out.add(p + ".act");
                } else if (c.act() == CrimeAct.AGGRESSIVE_WAR) {
                    out.add(p + ".positionOfAuthority");
                } else {
                    out.addAll(Unknowns.among(c.armedConflictNexus(), p + ".armedConflictNexus",
                            c.widespreadOrSystematicAttack(), p + ".widespreadOrSystematicAttack"));
                }
            }
            case SERIOUS_NON_POLITICAL_CRIME -> {
                out.addAll(Unknowns.among(c.serious(), p + ".serious", c.political(), p + ".political",
                        c.outsideCountryOfRefuge(), p + ".outsideCountryOfRefuge", c.beforeAdmission(),
                        p + ".beforeAdmission"));
                if (c.political() != N) {
                    out.addAll(Unknowns.among(c.atrocious(), p + ".atrocious"));
                }
                if (proportionality) {
                    out.addAll(Unknowns.among(c.expiated(), p + ".expiated", c.exclusionDisproportionate(),
                            p + ".exclusionDisproportionate"));
                }
            }
            case ACTS_CONTRARY_TO_UN_PURPOSES -> {
                out.addAll(Unknowns.among(c.internationalDimension(), p + ".internationalDimension",
                        c.positionOfAuthority(), p + ".positionOfAuthority"));
                if (c.act() == null) {
                    out.add(p + ".act");
                }
            }
        }
        return out;
    }

    /** The elements shown not to hold, in words, for a finding that the act does not exclude. */
    public static List<Message> failing(Crime c, boolean proportionality) {
        List<Message> out = new ArrayList<>();
        if (c.seriousReasonsForConsidering() == N) out.add(Message.of("exclusionTests.failing.noSeriousReasons"));
        if (c.role() == Participation.MEMBERSHIP_ONLY) out.add(Message.of("exclusionTests.failing.membershipOnly"));
        else if (c.individualResponsibility() == N) out.add(Message.of("exclusionTests.failing.notResponsible"));
        if (c.defenceApplies() == E) out.add(Message.of("exclusionTests.failing.defence"));
        switch (c.category()) {
            case INTERNATIONAL_CRIME -> {
                if (internationalCrime(c) == N) out.add(c.act() == CrimeAct.AGGRESSIVE_WAR
                        ? Message.of("exclusionTests.failing.noAuthorityForAggression")
                        : c.act().againstPersons()
                            ? Message.of("exclusionTests.failing.noConflictNorAttack")
                            : Message.of("exclusionTests.failing.notAnInternationalCrime"));
            }
            case SERIOUS_NON_POLITICAL_CRIME -> {
                if (c.serious() == N) out.add(Message.of("exclusionTests.failing.notSerious"));
                if (politicalCharacter(c) == E) out.add(Message.of("exclusionTests.failing.political"));
                if (c.outsideCountryOfRefuge() == N) out.add(Message.of("exclusionTests.failing.inCountryOfRefuge"));
                if (c.beforeAdmission() == N) out.add(Message.of("exclusionTests.failing.afterAdmission"));
                if (proportionality && c.expiated() == E) out.add(Message.of("exclusionTests.failing.expiated"));
                if (proportionality && c.exclusionDisproportionate() == E) out.add(Message.of("exclusionTests.failing.disproportionate"));
            }
            case ACTS_CONTRARY_TO_UN_PURPOSES -> {
                if (c.internationalDimension() == N) out.add(Message.of("exclusionTests.failing.noInternationalDimension"));
                else if (contraryToUnPurposes(c) == N) out.add(Message.of("exclusionTests.failing.noPowerNorTerrorism"));
            }
        }
        return out;
    }

    /** The elements shown not to hold, joined with semicolons; an empty string where none is. */
    public static Object failingList(Crime c, boolean proportionality) {
        List<Message> all = failing(c, proportionality);
        if (all.isEmpty()) {
            return "";
        }
        Message list = all.get(all.size() - 1);
        for (int i = all.size() - 2; i >= 0; i--) {
            list = Message.of("exclusionTests.list", all.get(i), list);
        }
        return list;
    }
}
