package org.refugeelaw.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.model.Agent;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CaseRecord.ActivityAbroad;
import org.refugeelaw.model.CaseRecord.Crime;
import org.refugeelaw.model.CaseRecord.CrimeAct;
import org.refugeelaw.model.CaseRecord.CrimeCategory;
import org.refugeelaw.model.CaseRecord.Destination;
import org.refugeelaw.model.CaseRecord.GroundClaim;
import org.refugeelaw.model.CaseRecord.Nationality;
import org.refugeelaw.model.CaseRecord.Settlement;
import org.refugeelaw.model.CaseRecord.Sex;
import org.refugeelaw.model.CaseRecord.Visibility;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.CountryInformation.Condition;
import org.refugeelaw.model.CountryInformation.NationalityPractice;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.NationalityBasis;
import org.refugeelaw.model.Truth;

/**
 * An independent, plain-Java statement of the core determination of refugee status (RC 1A(2), 1C, 1D, 1E, 1F, with
 * the sur place and good-faith rules), written again from {@code legal-criteria.md} and the comments of the DRL
 * files, for differential testing against the rule engine. It uses only the model types and Kleene's
 * {@link Truth#and}, {@link Truth#or}, {@link Truth#not}; nothing of the engine.
 *
 * <p>Every test is a three-valued truth: {@code ESTABLISHED} (met), {@code NOT_ESTABLISHED} (not met), {@code UNKNOWN}
 * (undetermined). A criterion tested risk by risk is the Kleene disjunction over the risks.
 */
public final class ReferenceDetermination {
    private static final Truth E = Truth.ESTABLISHED;
    private static final Truth N = Truth.NOT_ESTABLISHED;
    private static final Truth U = Truth.UNKNOWN;

    /** The legal frames, and the only choices in which they differ for the determination. */
    public enum FrameId {
        UNHCR(false, true, false, true, false), EU(true, true, false, false, false),
        UK(false, true, false, false, false), US(false, false, true, false, true);

        /** QD 5(3): refusal in a subsequent application resting only on self-created activities. */
        final boolean qd53;
        /** Whether a North Korean's entitlement to ROK nationality counts (not in the US: 22 USC 7842). */
        final boolean rokNationalityCounts;
        /** Whether firm resettlement in a third country bars (US). */
        final boolean firmResettlementBar;
        /** Whether expiation and proportionality are weighed under RC 1F(b) (UNHCR only). */
        final boolean weighs1Fb;
        /** Whether the nexus must lie in the persecutor's own motive (US: INS v Elias-Zacarias). */
        final boolean persecutorMotiveRequired;

        FrameId(boolean qd53, boolean rokNationalityCounts, boolean firmResettlementBar, boolean weighs1Fb,
                boolean persecutorMotiveRequired) {
            this.qd53 = qd53;
            this.rokNationalityCounts = rokNationalityCounts;
            this.firmResettlementBar = firmResettlementBar;
            this.weighs1Fb = weighs1Fb;
            this.persecutorMotiveRequired = persecutorMotiveRequired;
        }
    }

    /**
     * A risk on return to the country of origin; {@code activity} is the act abroad it arises from, if any;
     * {@code conditionId} the country-information condition it comes from (and {@code condition} that condition), or
     * {@code entry} the destination entry that records it as particular to the person (findings about protection and
     * relocation are read only there); {@code profile} whether it rests on conduct on return (the only risks
     * concealment is asked about).
     */
    record Risk(Conduct trigger, List<Harm> harms, Agent agent, Ground ground, Truth truth, ActivityAbroad activity,
                String conditionId, Destination entry, boolean profile, Condition condition) {
        Risk(Conduct trigger, List<Harm> harms, Agent agent, Ground ground, Truth truth, ActivityAbroad activity) {
            this(trigger, harms, agent, ground, truth, activity, null, null, false, null);
        }

        boolean serious() {
            return harms.stream().anyMatch(Harm::serious);
        }
    }

    private ReferenceDetermination() {
    }

    public static RefugeeStatus determine(CaseRecord c, CountryInformation ci, FrameId frame) {
        // Tier 3 first: exclusion decides whatever the inclusion findings, then cessation.
        Truth excluded = exclusion1D(c).or(exclusion1F(c, frame));
        if (excluded == E) {
            return RefugeeStatus.EXCLUDED;
        }
        if (excluded == U) {
            return RefugeeStatus.UNDETERMINED;
        }
        List<Risk> risks = risks(c, ci);
        List<Truth> convention = risks.stream().map(r -> conventionRisk(c, r, frame)).toList();
        Truth anyRisk = any(convention, t -> t);
        Truth ceased = cessation(c, anyRisk);
        if (ceased != N) {
            return ceased == E ? RefugeeStatus.CEASED : RefugeeStatus.UNDETERMINED;
        }
        // RC 1D second paragraph: ipso facto entitled, subject only to RC 1E here.
        if (ipsoFacto1D(c) == E) {
            return status(settledElsewhere(c, frame).not());
        }
        // The definition: each condition must hold; a failed one decides.
        Truth refugee = outsideCountry(c).and(noOtherProtection(c, ci, frame)).and(settledElsewhere(c, frame).not())
                .and(selfCreatedBar(c, frame, risks, convention).not())
                // Missing information is not "no risk": a risk that cannot yet be assessed keeps the question open.
                .and(anyRisk.or(openRisk(c, ci, risks) ? U : N));
        return status(refugee);
    }

    private static RefugeeStatus status(Truth refugee) {
        return switch (refugee) {
            case ESTABLISHED -> RefugeeStatus.REFUGEE;
            case NOT_ESTABLISHED -> RefugeeStatus.NOT_REFUGEE;
            case UNKNOWN -> RefugeeStatus.UNDETERMINED;
        };
    }

    // ---- Exclusion and cessation: the authority must show them; with no indication they do not arise.

    /**
     * RC 1D: a Palestine refugee (registered with or eligible for UNRWA) who actually availed themselves of UNRWA's
     * protection or assistance is excluded, unless it ceased for reasons beyond their control; then they are ipso
     * facto entitled. Where that last question is open for someone possibly within 1D, 1D is undetermined.
     */
    static Truth exclusion1D(CaseRecord c) {
        Truth ceased = c.exclusion().unrwaAssistanceCeasedBeyondControl();
        Truth excluded = within1D(c).and(ceased.not());
        return excluded == N && within1D(c).and(ceased) == U ? U : excluded;
    }

    static Truth ipsoFacto1D(CaseRecord c) {
        return within1D(c).and(c.exclusion().unrwaAssistanceCeasedBeyondControl());
    }

    /** With nothing known about UNRWA, only a person from Palestine or a non-national from UNRWA's area is in question. */
    static Truth within1D(CaseRecord c) {
        Truth refugee = c.exclusion().palestineRefugee();
        Truth availed = c.exclusion().unAgencyAssistance();
        String origin = c.countryOfOrigin();
        boolean pointsTo1D = origin.equals("PS") || (List.of("JO", "LB", "SY").contains(origin)
                && c.person().nationalities().stream().noneMatch(n -> n.basis() == NationalityBasis.HELD));
        if (refugee == U && availed == U && !pointsTo1D) {
            return N;
        }
        return refugee.and(availed);
    }

    static Truth exclusion1F(CaseRecord c, FrameId frame) {
        return any(c.exclusion().crimes(), k -> excludes(k, frame));
    }

    /** Serious reasons, individual responsibility (never by membership alone), no defence, and the clause's test. */
    static Truth excludes(Crime k, FrameId frame) {
        Truth responsible = k.role() == CaseRecord.Participation.MEMBERSHIP_ONLY ? N : k.individualResponsibility();
        Truth t = k.seriousReasonsForConsidering().and(responsible).and(k.defenceApplies().not());
        CrimeAct act = k.act();
        Truth clause;
        if (k.category() == CrimeCategory.INTERNATIONAL_CRIME) {
            if (act == null) {
                clause = U;
            } else if (act == CrimeAct.AGGRESSIVE_WAR) {
                clause = k.positionOfAuthority();
            } else if (List.of(CrimeAct.PROPERTY_CRIME, CrimeAct.DRUG_OFFENCE, CrimeAct.OTHER).contains(act)) {
                clause = N;
            } else {
                clause = k.armedConflictNexus().or(k.widespreadOrSystematicAttack());
            }
        } else if (k.category() == CrimeCategory.SERIOUS_NON_POLITICAL_CRIME) {
            Truth political = k.political().and(k.atrocious().not());
            clause = k.serious().and(political.not()).and(k.outsideCountryOfRefuge()).and(k.beforeAdmission());
            if (frame.weighs1Fb) {
                clause = clause.and(k.expiated().not()).and(k.exclusionDisproportionate().not());
            }
        } else {
            Truth terrorism = act == null ? U : act == CrimeAct.TERRORIST_ACT ? E : N;
            clause = k.internationalDimension().and(k.positionOfAuthority().or(terrorism));
        }
        return t.and(clause);
    }

    /**
     * RC 1C ends a recognised status only, and never defeats a risk that arose after the act or change it rests on.
     * A clause fact left unknown is no indication (the authority must show it).
     */
    static Truth cessation(CaseRecord c, Truth anyRisk) {
        var k = c.cessation();
        if (k.previouslyRecognised() == N) {
            return N;
        }
        Truth clause;
        if (k.voluntaryReavailment() == E || k.nationalityReacquired() == E || k.newNationalityWithProtection() == E
                || k.reestablishedInOrigin() == E) {
            clause = E;
        } else {
            // RC 1C(5)-(6), HB 135-136: a durable change, unless compelling reasons arising from past persecution.
            clause = k.durableChangeOfCircumstances() == E ? k.compellingReasonsFromPastPersecution().not() : N;
        }
        return k.previouslyRecognised().and(clause).and(k.newRiskAfterCessationEvent().and(anyRisk).not());
    }

    // ---- RC 1A(2): outside the country; other nationalities; RC 1E.

    static Truth outsideCountry(CaseRecord c) {
        String here = c.currentCountry();
        if (here.equals(c.countryOfOrigin())) {
            return N;
        }
        boolean national = c.person().nationalities().stream()
                .anyMatch(n -> n.country().equals(here) && n.basis() == NationalityBasis.HELD);
        if (national) {
            return N;
        }
        if (c.person().stateless() != E) {
            // Issue 17: a nationality that is only possible is never guessed; in that country, being outside is open.
            return c.person().possibleNationalities().contains(here) ? U : E;
        }
        String residence = c.person().formerHabitualResidence();
        return residence == null ? U : residence.equals(here) ? N : E;
    }

    /** Met when no other country of nationality offers available and effective protection. */
    static Truth noOtherProtection(CaseRecord c, CountryInformation ci, FrameId frame) {
        String origin = c.countryOfOrigin();
        Truth protectedElsewhere = N;
        for (Nationality n : c.person().nationalities()) {
            if (n.country().equals(origin)) {
                continue;
            }
            // 22 USC 7842: in the US a North Korean's ROK nationality counts only if acquired and availed of.
            Truth counts = !frame.rokNationalityCounts && origin.equals("KP") && n.country().equals("KR")
                    ? (n.basis() == NationalityBasis.HELD ? n.availed() : N) : E;
            // Not held: available unless the claimant shows a significant obstacle to obtaining it.
            Truth available = n.basis() == NationalityBasis.HELD ? E : n.significantObstacle().not();
            protectedElsewhere = protectedElsewhere.or(counts.and(available)
                    .and(effectiveProtection(c, ci, n.country())));
        }
        return protectedElsewhere.not();
    }

    /** Admits, reachable, safe, and will not send back; the record first, country information where it is silent. */
    static Truth effectiveProtection(CaseRecord c, CountryInformation ci, String country) {
        List<NationalityPractice> practices = ci.nationality().stream().filter(p -> p.country().equals(country) && p.forNationalsOf().equals(c.countryOfOrigin()))
                .toList();
        Truth any = N;
        boolean listed = false;
        for (Destination d : c.destinations()) {
            if (!d.country().equals(country)) {
                continue;
            }
            listed = true;
            List<NationalityPractice> each = practices.isEmpty() ? java.util.Collections.singletonList(null) : practices;
            for (NationalityPractice p : each) {
                Truth admits = known(d.admitsPerson(), p == null ? U : p.admitsThoseWhoReachIt());
                Truth risk = known(d.riskThere(), p == null ? U : p.protectsThem().not());
                Truth onward = known(d.onwardReturnRisk(), p == null ? U : p.sendsThemBack());
                any = any.or(admits.and(d.reachable()).and(risk.not()).and(onward.not()));
            }
        }
        return listed ? any : U;
    }

    /** RC 1E for residence where the person is not a national: current, returnable, protected, and no fear there. */
    static Truth settledElsewhere(CaseRecord c, FrameId frame) {
        Truth rights = N;
        for (Settlement s : c.settlement()) {
            boolean national = c.person().nationalities().stream()
                    .anyMatch(n -> n.country().equals(s.country()) && n.basis() == NationalityBasis.HELD);
            if (!national) {
                rights = rights.or(s.rightsOfNationals().and(s.canReturn()).and(s.protectedFromDeportation())
                        .and(s.fearOfPersecutionThere().not()));
            }
        }
        // Firm resettlement bars only where the frame says so, and must be shown (no indication: no bar).
        boolean resettled = frame.firmResettlementBar
                && c.settlement().stream().anyMatch(s -> s.firmlyResettled() == E);
        return resettled ? E : rights;
    }

    // ---- Risks on return to the country of origin.

    static List<Risk> risks(CaseRecord c, CountryInformation ci) {
        String origin = c.countryOfOrigin();
        List<Risk> risks = new ArrayList<>();
        for (Condition k : ci.conditions()) {
            if (!k.country().equals(origin)) {
                continue;
            }
            Truth learned = k.learnedOnReturn();
            Truth leftUnlawfully = c.departure().withPermission().not();
            Truth t = switch (k.trigger()) {
                case UNAUTHORISED_EXIT -> leftUnlawfully.and(learned);
                case UNAUTHORISED_STAY_ABROAD -> leftUnlawfully.or(c.stayAbroad().authorisedByOrigin().not())
                        .and(learned);
                case FORCED_RETURN -> E;
                case PREGNANCY_ON_RETURN -> c.person().sex() == Sex.MALE ? N
                        : c.person().pregnant().and(c.person().sex() == Sex.FEMALE ? E : U);
                // Issue 17 point 4: circumstances of the person, like pregnancy.
                case TRAFFICKED -> c.trafficking().trafficked();
                case WOMAN_WITHOUT_MALE_NETWORK -> c.person().sex() == Sex.MALE ? N
                        : c.supportOnReturn().maleNetworkOnReturn().not().and(c.person().sex() == Sex.FEMALE ? E : U);
                // The aggravated profile recorded as a fact of the stay (issue 16 point 5): it decides where no
                // activity of that kind is listed; whether the authorities learn of it is the condition's.
                case CONTACT_WITH_SOUTH_KOREANS, RELIGIOUS_CONTACT, ATTEMPT_TO_REACH_SOUTH_KOREA ->
                        k.aggravatesExitPenalty() != E
                                || c.activitiesAbroad().stream().anyMatch(a -> a.kind() == k.trigger()) ? N
                                : c.stayAbroad().conduct(k.trigger()).and(learned);
                default -> N;
            };
            add(risks, k, t, null, false);
            if (c.claim().profile().contains(k.trigger())) {
                add(risks, k, learned, null, true);
            }
            for (ActivityAbroad a : c.activitiesAbroad()) {
                if (a.kind() == k.trigger()) {
                    add(risks, k, awareness(a, k), a, false);
                    // A genuine belief acquired abroad that the person would live by on return (GIP/04/06 34-36):
                    // a conduct on return.
                    if (k.trigger() == Conduct.RELIGIOUS_CONVERSION || k.trigger() == Conduct.POLITICAL_ACTIVITY) {
                        add(risks, k, a.beliefGenuine().and(a.wouldManifestOnReturn()
                                .or(c.claim().concealmentOutOfFear())), a, true);
                    }
                }
            }
        }
        for (Destination d : c.destinations()) {
            if (!d.country().equals(origin)) {
                continue;
            }
            if (!d.harmsFaced().isEmpty()) {
                if (d.grounds().isEmpty()) {
                    risks.add(new Risk(null, d.harmsFaced(), d.inflictedBy(), null, E, null, null, d, false, null));
                }
                for (GroundClaim g : d.grounds()) {
                    risks.add(new Risk(null, d.harmsFaced(), d.inflictedBy(), g.ground(), E, null, null, d, false,
                            null));
                }
            }
            if (d.prosecution() != null && d.prosecution().penalty() != null) {
                risks.add(new Risk(Conduct.ORDINARY_CRIME, List.of(d.prosecution().penalty()), Agent.STATE, null, E,
                        null));
            }
        }
        return risks;
    }

    private static void add(List<Risk> risks, Condition k, Truth t, ActivityAbroad a, boolean profile) {
        if (t != N) {
            risks.add(new Risk(k.trigger(), k.harms(), k.inflictedBy(), k.ground(), t, a, k.id(), null, profile, k));
        }
    }

    /**
     * Whether the authorities know or will learn of an activity (BA (Demonstrators in Britain); A.I. v Switzerland):
     * the record's finding; a finding that they do not gives way only to what country information establishes;
     * without a finding, awareness is established only by country information read with the person's profile
     * (a prominent role in a public activity, or links to known leaders or groups), otherwise open.
     */
    static Truth awareness(ActivityAbroad a, Condition k) {
        Truth visible = a.visibility() == Visibility.PUBLIC ? E : a.visibility() == Visibility.PRIVATE ? N : U;
        Truth prominent = switch (a.role()) {
            case ORGANISER, SPEAKER -> E;
            case ORDINARY_PARTICIPANT -> N;
            case UNKNOWN -> U;
        };
        Truth exposure = visible.and(prominent).or(a.linksToKnownLeadersOrGroups());
        if (a.authoritiesAware() == E) {
            return E;
        }
        if (a.authoritiesAware() == N) {
            Truth learned = k.learnedOnReturn() == E ? E : N;
            Truth identifies = k.identifiesParticipantsAbroad() == E ? E : N;
            return learned.or(identifies.and(exposure));
        }
        return k.learnedOnReturn().or(k.identifiesParticipantsAbroad().and(exposure)) == E ? E : U;
    }

    /**
     * A risk that cannot yet be assessed: an activity or profile on which the country information for the country of
     * origin is silent, or a stated fear that the record does not describe and that has not been examined.
     */
    static boolean openRisk(CaseRecord c, CountryInformation ci, List<Risk> risks) {
        String origin = c.countryOfOrigin();
        java.util.Set<Conduct> covered = new java.util.HashSet<>();
        for (Condition k : ci.conditions()) {
            if (k.country().equals(origin)) {
                covered.add(k.trigger());
            }
        }
        for (ActivityAbroad a : c.activitiesAbroad()) {
            if (!covered.contains(a.kind())) {
                return true;
            }
        }
        for (Conduct p : c.claim().profile()) {
            if (!covered.contains(p)) {
                return true;
            }
        }
        return c.claim().statedFear() == E && risks.isEmpty() && c.procedure().individualExamination() != E
                && c.procedure().personalInterview() != E && c.credibility().generallyCredible() == U
                // An indicator of credibility recorded is a finding on the account too (issue 17 point 6).
                && c.credibility().sufficientDetail() == U && c.credibility().internallyConsistent() == U
                && c.credibility().consistentWithCountryInformation() == U && c.credibility().plausible() == U;
    }

    /** RC 1A(2) read as a whole: one and the same risk satisfies every element. */
    static Truth conventionRisk(CaseRecord c, Risk r, FrameId frame) {
        return r.truth().and(wellFoundedFear(c, r)).and(persecution(c, r)).and(nexus(c, r, frame))
                .and(protectionFailure(c, r)).and(noInternalProtection(c, r)).and(noConcealmentDefence(c, r));
    }

    /** The person's own fear (presumed unless they say they have none) of harm that could be persecution. */
    static Truth wellFoundedFear(CaseRecord c, Risk r) {
        if (c.claim().statedFear() == N) {
            return N;
        }
        if (r.serious()) {
            return E;
        }
        return r.trigger() == Conduct.ORDINARY_CRIME ? N : substantiallyPrejudicial(c, r);
    }

    /**
     * Serious harm; lesser harms only where their consequences are substantially prejudicial (HB 54-55, 63);
     * punishment only if more than prosecution.
     */
    static Truth persecution(CaseRecord c, Risk r) {
        if (!r.serious()) {
            return r.trigger() == Conduct.ORDINARY_CRIME ? N : substantiallyPrejudicial(c, r);
        }
        if (r.trigger() != Conduct.ORDINARY_CRIME) {
            return E;
        }
        return any(prosecutions(c), p -> p.disproportionate().or(p.discriminatory()).or(p.withoutDueProcess())
                .or(p.offenceIsExerciseOfProtectedRight()));
    }

    /**
     * Whether lesser harms are persecution: at the adult threshold, or, for a child, also at the lower threshold
     * weighed from the child's perspective (GIP No. 8; issue 17). The question of a child's threshold arises only where
     * the record raises minority (a date of birth or a child section).
     */
    static Truth substantiallyPrejudicial(CaseRecord c, Risk r) {
        Truth adult = adultThreshold(c, r);
        if (c.person().dateOfBirth() == null && c.child() == null) {
            return adult;
        }
        Truth minor;
        if (c.person().dateOfBirth() != null) {
            minor = c.person().dateOfBirth().plusYears(18).isAfter(c.assessmentDate()) ? E : N;
        } else if (c.child().age() != null) {
            minor = c.child().age() < 18 ? E : N;
        } else {
            minor = c.child().minor();
        }
        Truth forChild = c.child() == null ? U : c.child().lesserHarmsSeriousForChild();
        return adult.or(minor.and(forChild));
    }

    /** The record's finding for the person first; country information where the record is silent. */
    static Truth adultThreshold(CaseRecord c, Risk r) {
        List<Destination> origin = originDestinations(c);
        if (r.entry() != null) {
            return r.entry().substantiallyPrejudicial();
        }
        if (r.condition() == null) {
            return any(origin, Destination::substantiallyPrejudicial);
        }
        if (origin.isEmpty()) {
            return r.condition().substantiallyPrejudicial();
        }
        return any(origin, d -> known(d.substantiallyPrejudicial(), r.condition().substantiallyPrejudicial()));
    }

    static Truth nexus(CaseRecord c, Risk r, FrameId frame) {
        if (r.trigger() == Conduct.ORDINARY_CRIME) {
            // QD 10; Y and Z; X, Y and Z: punishing a protected freedom is for reasons of that ground.
            Truth forGround = any(prosecutions(c), p -> p.discriminatory().or(p.offenceIsExerciseOfProtectedRight()
                    .and(p.protectedGround() != null ? E : U)));
            return r.ground() != null ? E : forGround;
        }
        boolean protectedConduct = r.trigger() == Conduct.RELIGIOUS_CONVERSION
                || r.trigger() == Conduct.RELIGIOUS_CONTACT || r.trigger() == Conduct.POLITICAL_ACTIVITY
                || r.trigger() == Conduct.POLITICAL_NEUTRALITY;
        if (r.ground() == null) {
            if (protectedConduct) {
                return E;
            }
            // QD 9(3); Shah and Islam: the state's refusal to protect for a Convention reason (not in the US frame).
            boolean withheld = !frame.persecutorMotiveRequired && r.agent() == Agent.NON_STATE
                    && originDestinations(c).stream().anyMatch(d -> d.stateWithholdsProtectionFor() != null);
            return withheld ? E : N;
        }
        if (r.trigger() != null) {
            return E;
        }
        // Harm particular to the person: the persecutor's motive (US); elsewhere any real cause, or withheld protection.
        Truth shown = N;
        for (Destination d : originDestinations(c)) {
            for (GroundClaim g : d.grounds()) {
                if (g.ground() == r.ground()) {
                    shown = shown.or(frame.persecutorMotiveRequired ? g.persecutorMotiveShown()
                            : g.persecutorMotiveShown().or(g.groundContributes())
                                    .or(r.agent() == Agent.NON_STATE && d.stateWithholdsProtectionFor() == g.ground()
                                            ? E : N));
                }
            }
        }
        return shown;
    }

    /**
     * The state fails to protect against this risk. The finding is read only where it was made for this risk: the
     * entry that records a harm particular to the person, or the condition's entry in conditionFindings. With the agent
     * unknown, the failure is established only where the state would not protect at all.
     */
    static Truth protectionFailure(CaseRecord c, Risk r) {
        Truth available = finding(c, r, Destination::stateProtectionAvailable,
                CaseRecord.ConditionFinding::stateProtectionAvailable);
        return switch (r.agent()) {
            case STATE -> E;
            case UNKNOWN -> available.not().or(U);
            case NON_STATE -> available.not();
        };
    }

    static Truth noInternalProtection(CaseRecord c, Risk r) {
        if (r.agent() == Agent.STATE) {
            return E;
        }
        Truth ipa = finding(c, r, Destination::internalProtectionAlternative,
                CaseRecord.ConditionFinding::internalProtectionAlternative);
        return r.agent() == Agent.UNKNOWN ? ipa.not().or(U) : ipa.not();
    }

    /** A finding made for this risk only; unknown where none was recorded for it. */
    private static Truth finding(CaseRecord c, Risk r, Function<Destination, Truth> own,
                                 Function<CaseRecord.ConditionFinding, Truth> perCondition) {
        if (r.entry() != null) {
            return own.apply(r.entry());
        }
        if (r.conditionId() != null) {
            for (Destination d : originDestinations(c)) {
                for (CaseRecord.ConditionFinding f : d.conditionFindings()) {
                    if (f.conditionId().equals(r.conditionId())) {
                        return perCondition.apply(f);
                    }
                }
            }
        }
        return U;
    }

    /**
     * HJ (Iran): concealment is asked only about conduct on return (the profile), and only a discretion of the person's
     * own choosing, not one out of fear, removes the risk. A risk from an act already done stands.
     */
    static Truth noConcealmentDefence(CaseRecord c, Risk r) {
        return r.profile() ? c.claim().wouldConcealOnReturn().not().or(c.claim().concealmentOutOfFear()) : E;
    }

    // ---- Sur place: activities mainly to create a claim (QD 5(3) in the EU only).

    static Truth selfCreatedBar(CaseRecord c, FrameId frame, List<Risk> risks, List<Truth> convention) {
        if (!frame.qd53) {
            return N;
        }
        Truth anyEstablished = any(convention, t -> t);
        Truth independent = N;
        boolean selfCreatedAtAll = false;
        for (int i = 0; i < risks.size(); i++) {
            Truth self = selfCreated(c, risks.get(i));
            selfCreatedAtAll |= self != N && convention.get(i) != N;
            independent = independent.or(convention.get(i).and(self.not()));
        }
        if (!selfCreatedAtAll) {
            return N;
        }
        return c.procedure().subsequentApplication().and(anyEstablished).and(independent.not());
    }

    /** Whether a risk rests on an activity abroad engaged in mainly to create a claim. */
    static Truth selfCreated(CaseRecord c, Risk r) {
        return r.activity() == null ? N : r.activity().mainlyToCreateClaim();
    }

    // ---- Helpers.

    private static List<Destination> originDestinations(CaseRecord c) {
        return c.destinations().stream().filter(d -> d.country().equals(c.countryOfOrigin())).toList();
    }

    private static List<CaseRecord.Prosecution> prosecutions(CaseRecord c) {
        return originDestinations(c).stream().map(Destination::prosecution).filter(p -> p != null).toList();
    }

    private static Truth known(Truth first, Truth otherwise) {
        return first != U ? first : otherwise;
    }

    private static <T> Truth any(List<T> items, Function<T, Truth> test) {
        Truth t = N;
        for (T item : items) {
            t = t.or(test.apply(item));
        }
        return t;
    }
}
