package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.Agent;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Harm;
import org.refugeelaw.model.Truth;

/**
 * NATIONAL_COMPLEMENTARY_PROTECTION (issue 16 point 2): one limb of the frame's national complementary protection
 * ({@link FramePolicy.ProtectionLimb}, from the frame's data), weighed for the country of origin. Every risk is
 * weighed as a real risk on return ({@link ReturnRisk}: state protection and internal relocation, which IRPA
 * s. 97(1)(b)(i)-(ii), Migration Act 1958 s. 36(2B)(a)-(b) and Immigration Act 2009 ss. 130-131 require); the limb's
 * own exceptions are read from the destination's facts and leave the limb open, naming the fact, while unknown.
 */
public final class NationalProtection {
    private NationalProtection() {
    }

    /**
     * A limb weighed.
     *
     * @param truth   whether the limb is met
     * @param reason  why, one sentence
     * @param facts   the facts relied on
     * @param missing the unknown facts, when {@code truth} is unknown
     */
    public record Limb(Truth truth, Message reason, List<String> facts, List<String> missing) {
    }

    /**
     * Weighs one limb.
     *
     * @param f        the frame
     * @param limb     the limb
     * @param origin   the country of origin
     * @param risks    the {@link ReturnRisk}s for the country of origin
     * @param dests    the case record's destination entries for the country of origin (zero or one)
     * @param bars     the bar findings ({@link Finding}) for the country of origin
     * @param paths    the fact paths
     */
    public static Limb weigh(FramePolicy f, FramePolicy.ProtectionLimb limb, String origin, List<?> risks,
                             List<?> dests, List<?> bars, FactPaths paths) {
        return switch (limb.harm()) {
            case "return_not_permitted" -> notPermitted(limb, origin, bars);
            case "return_not_reasonable" -> notReasonable(limb, origin, risks, dests, paths);
            default -> harm(f, limb, origin, risks, dests, paths);
        };
    }

    private static boolean counts(FramePolicy.ProtectionLimb limb, ReturnRisk r) {
        if (r.medical()) {
            return false;
        }
        return "torture".equals(limb.harm()) ? r.torture()
                : r.torture() || r.lifeThreatening() || r.inhumanTreatment();
    }

    private static boolean harmCounts(FramePolicy.ProtectionLimb limb, Harm h) {
        return "torture".equals(limb.harm()) ? h.torture() : h.torture() || h.lifeThreatening() || h.inhumanTreatment();
    }

    private static Limb harm(FramePolicy f, FramePolicy.ProtectionLimb limb, String origin, List<?> risks,
                             List<?> dests, FactPaths paths) {
        Truth risk = Truth.NOT_ESTABLISHED;
        List<Harm> harms = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean fromState = false;
        boolean medical = false;
        for (Object o : risks) {
            ReturnRisk r = (ReturnRisk) o;
            if (r.medical() && r.truth() != Truth.NOT_ESTABLISHED) {
                medical = true;
            }
            if (!counts(limb, r) || r.truth() == Truth.NOT_ESTABLISHED) {
                continue;
            }
            risk = risk.or(r.truth());
            for (Harm h : r.harms()) {
                if (harmCounts(limb, h) && !harms.contains(h)) {
                    harms.add(h);
                }
            }
            r.facts().forEach(x -> { if (!facts.contains(x)) facts.add(x); });
            if (r.truth() == Truth.UNKNOWN) {
                r.missing().forEach(x -> { if (!missing.contains(x)) missing.add(x); });
            }
            if (r.risk().agent() != Agent.NON_STATE) {
                fromState = true;
            }
        }
        String where = origin;
        if (risk == Truth.NOT_ESTABLISHED) {
            Message none = Message.of("national.limb.none", limb.provision(), Message.country(where));
            if (medical && limb.except("health_care")) {
                none = Message.of("national.limb.healthCare", limb.provision(), Message.country(where));
            }
            return new Limb(Truth.NOT_ESTABLISHED, none, facts, List.of());
        }
        // The frame's standard of proof for this limb (standardsOfProof): where it is more likely than not, the
        // destination's harmMoreLikelyThanNot decides, and leaves the limb open while unknown.
        String standard = limb.standard() == null || f.standard(limb.standard()) == null ? null
                : f.standard(limb.standard()).cited();
        Truth t = limb.standard() == null ? risk : FrameReading.meets(f, limb.standard(), risk, dests);
        CaseRecord.Destination d = dests.isEmpty() ? null : (CaseRecord.Destination) dests.get(0);
        if (limb.standard() != null && FrameReading.moreLikelyThanNot(f, limb.standard())) {
            Truth likely = FrameReading.likely(dests);
            if (likely != Truth.UNKNOWN && d != null) {
                facts.add(paths.of(d, "harmMoreLikelyThanNot"));
            } else if (risk != Truth.NOT_ESTABLISHED) {
                missing.add(d == null ? Unknowns.destination(origin, "harmMoreLikelyThanNot")
                        : paths.of(d, "harmMoreLikelyThanNot"));
            }
            if (risk == Truth.ESTABLISHED && likely == Truth.NOT_ESTABLISHED) {
                return new Limb(Truth.NOT_ESTABLISHED, Message.of("national.limb.belowStandard", limb.provision(),
                        harms, Message.country(where), standard), facts, List.of());
            }
        }
        // The limb's own exceptions, from the destination's facts.
        if (limb.except("faced_generally")) {
            Truth general = d == null ? Truth.UNKNOWN : d.riskFacedGenerally();
            String path = d == null ? Unknowns.destination(origin, "riskFacedGenerally") : paths.of(d, "riskFacedGenerally");
            if (general == Truth.ESTABLISHED) {
                facts.add(path);
                return new Limb(Truth.NOT_ESTABLISHED, Message.of("national.limb.facedGenerally", limb.provision(),
                        Message.country(where)), facts, List.of());
            }
            if (general == Truth.UNKNOWN) {
                missing.add(path);
                t = t.and(Truth.UNKNOWN);
            } else {
                facts.add(path);
            }
        }
        if (limb.except("lawful_sanctions") && fromState) {
            Truth lawful = d == null ? Truth.UNKNOWN : d.harmFromLawfulSanctions();
            String path = d == null ? Unknowns.destination(origin, "harmFromLawfulSanctions")
                    : paths.of(d, "harmFromLawfulSanctions");
            if (lawful == Truth.ESTABLISHED) {
                facts.add(path);
                return new Limb(Truth.NOT_ESTABLISHED, Message.of("national.limb.lawfulSanctions", limb.provision(),
                        Message.country(where)), facts, List.of());
            }
            if (lawful == Truth.UNKNOWN) {
                missing.add(path);
                t = t.and(Truth.UNKNOWN);
            } else {
                facts.add(path);
            }
        }
        Message reason = switch (t) {
            case ESTABLISHED -> standard == null
                    ? Message.of("national.limb.metNoStandard", limb.provision(), harms, Message.country(where))
                    : Message.of("national.limb.met", limb.provision(), harms, Message.country(where), standard);
            case NOT_ESTABLISHED -> Message.of("national.limb.none", limb.provision(), Message.country(where));
            case UNKNOWN -> risk == Truth.ESTABLISHED && !missing.isEmpty()
                    ? Message.of("national.limb.exceptionsOpen", limb.provision(), harms, Message.country(where),
                            String.join(", ", missing))
                    : Message.of("national.limb.open", limb.provision(), harms, Message.country(where));
        };
        return new Limb(t, reason, facts, t == Truth.UNKNOWN ? missing : List.of());
    }

    /** FNIA art. 83(3): enforcement not permitted where the host's obligations under international law prevent it. */
    private static Limb notPermitted(FramePolicy.ProtectionLimb limb, String origin, List<?> bars) {
        Truth t = Truth.NOT_ESTABLISHED;
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Object o : bars) {
            Finding b = (Finding) o;
            if (b.status() == Status.MET) {
                t = t.or(Truth.ESTABLISHED);
                b.facts().forEach(x -> { if (!facts.contains(x)) facts.add(x); });
            } else if (b.status() == Status.UNDETERMINED) {
                t = t.or(Truth.UNKNOWN);
                b.missing().forEach(x -> { if (!missing.contains(x)) missing.add(x); });
            }
        }
        Message reason = switch (t) {
            case ESTABLISHED -> Message.of("national.limb.barsMet", limb.provision(), Message.country(origin));
            case NOT_ESTABLISHED -> Message.of("national.limb.barsNotMet", limb.provision(), Message.country(origin));
            case UNKNOWN -> Message.of("national.limb.barsOpen", limb.provision(), Message.country(origin));
        };
        return new Limb(t, reason, facts, t == Truth.UNKNOWN ? missing : List.of());
    }

    /**
     * FNIA art. 83(4): enforcement may be unreasonable where the person is specifically endangered by war, civil war,
     * general violence or a medical emergency there.
     */
    private static Limb notReasonable(FramePolicy.ProtectionLimb limb, String origin, List<?> risks, List<?> dests,
                                      FactPaths paths) {
        Truth t = Truth.NOT_ESTABLISHED;
        List<String> facts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Object o : risks) {
            ReturnRisk r = (ReturnRisk) o;
            if (r.medical() && r.truth() != Truth.NOT_ESTABLISHED) {
                t = t.or(r.truth());
                facts.addAll(r.facts());
                if (r.truth() == Truth.UNKNOWN) {
                    missing.addAll(r.missing());
                }
            }
        }
        if (dests.isEmpty()) {
            t = t.or(Truth.UNKNOWN);
            missing.add(Unknowns.destination(origin, "armedConflictIndiscriminateViolence"));
        }
        for (Object o : dests) {
            CaseRecord.Destination d = (CaseRecord.Destination) o;
            t = t.or(d.armedConflictIndiscriminateViolence());
            String p = paths.of(d, "armedConflictIndiscriminateViolence");
            if (d.armedConflictIndiscriminateViolence() == Truth.UNKNOWN) {
                missing.add(p);
            } else {
                facts.add(p);
            }
            // Only established counts: it is for the person to adduce it (docs/case-record.md).
            if (d.generalViolenceOfExceptionalIntensity() == Truth.ESTABLISHED) {
                t = Truth.ESTABLISHED;
                facts.add(paths.of(d, "generalViolenceOfExceptionalIntensity"));
            }
        }
        Message reason = switch (t) {
            case ESTABLISHED -> Message.of("national.limb.unreasonableMet", limb.provision(), Message.country(origin));
            case NOT_ESTABLISHED -> Message.of("national.limb.unreasonableNotMet", limb.provision(),
                    Message.country(origin));
            case UNKNOWN -> Message.of("national.limb.unreasonableOpen", limb.provision(), Message.country(origin));
        };
        return new Limb(t, reason, facts, t == Truth.UNKNOWN ? missing : List.of());
    }
}
