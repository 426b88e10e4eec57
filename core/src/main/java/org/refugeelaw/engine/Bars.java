package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.model.Truth;

/** Helpers for the rules on return: combining the risks at a destination and citing the host's instruments. */
public final class Bars {
    private Bars() {
    }

    /** The risks (or qualified return risks) as risks, in a stable order, so that reasons never depend on fact order. */
    static List<Risk> sorted(List<?> risks) {
        List<Risk> copy = new ArrayList<>();
        for (Object o : risks) {
            copy.add(o instanceof ReturnRisk q ? q.qualified() : (Risk) o);
        }
        copy.sort(Comparator.comparing(Risk::source).thenComparing(r -> r.trigger() == null ? "" : r.trigger().name()));
        return copy;
    }

    /**
     * The risk of the relevant harm at a destination: established if one risk is, unknown if one is unknown. For a
     * destination other than the country of origin, a risk the record leaves unknown, or finds without saying of
     * what harm ({@code riskThere}), leaves the answer unknown.
     */
    public static Truth truth(List<?> risks, DestinationView v) {
        Truth t = Truth.NOT_ESTABLISHED;
        for (Risk r : sorted(risks)) {
            t = t.or(r.truth());
        }
        if (!v.origin() && v.riskThere() != Truth.NOT_ESTABLISHED) {
            t = t.or(Truth.UNKNOWN);
        }
        return t;
    }

    public static List<String> facts(List<?> risks, DestinationView v) {
        List<String> all = new ArrayList<>();
        for (Risk r : sorted(risks)) {
            r.facts().forEach(f -> { if (!all.contains(f)) all.add(f); });
        }
        v.facts().forEach(f -> { if (!all.contains(f)) all.add(f); });
        return all;
    }

    public static List<String> missing(List<?> risks, DestinationView v) {
        List<String> all = new ArrayList<>();
        boolean established = false;
        for (Risk r : sorted(risks)) {
            established |= r.truth() == Truth.ESTABLISHED;
            if (r.truth() == Truth.UNKNOWN) {
                r.missing().forEach(f -> { if (!all.contains(f)) all.add(f); });
            }
        }
        if (established) {
            return List.of();
        }
        if (!v.origin() && v.riskThere() == Truth.UNKNOWN) {
            all.add(v.pathOf("riskThere"));
        } else if (!v.origin() && v.riskThere() == Truth.ESTABLISHED) {
            all.add(v.pathOf("harmsFaced"));
        }
        return all;
    }

    /** Plain-English list of the established (or, failing those, unknown) risks. */
    public static String describe(List<?> risks) {
        List<String> parts = new ArrayList<>();
        for (Risk r : sorted(risks)) {
            if (r.truth() == Truth.ESTABLISHED) {
                parts.add(LegacyText.describe(r));
            }
        }
        if (parts.isEmpty()) {
            for (Risk r : sorted(risks)) {
                parts.add(LegacyText.describe(r) + " (not yet established)");
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Why risks that the facts would otherwise show are not real risks on return, or are still open: e.g. " (Risk on
     * return to AL ...: non-state agents inflict the harm, but effective state protection against it is available.)".
     * Empty when every risk is established or none was weighed.
     */
    public static String qualifications(List<?> risks) {
        List<String> parts = new ArrayList<>();
        List<ReturnRisk> weighed = new ArrayList<>();
        for (Object o : risks) {
            if (o instanceof ReturnRisk q && q.truth() != Truth.ESTABLISHED && q.risk().truth() != Truth.NOT_ESTABLISHED
                    && !q.reason().isEmpty()) {
                weighed.add(q);
            }
        }
        weighed.sort(Comparator.comparing((ReturnRisk q) -> q.risk().source()));
        for (ReturnRisk q : weighed) {
            String p = LegacyText.describe(q.risk()) + ": " + q.reason();
            if (!parts.contains(p)) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(". ", parts) + ".)";
    }

    /** The reasons of the established risks that a reader must see (assurances weighed, protection found lacking). */
    public static String established(List<?> risks) {
        List<String> parts = new ArrayList<>();
        List<ReturnRisk> weighed = new ArrayList<>();
        for (Object o : risks) {
            if (o instanceof ReturnRisk q && q.truth() == Truth.ESTABLISHED && !q.reason().isEmpty()) {
                weighed.add(q);
            }
        }
        weighed.sort(Comparator.comparing((ReturnRisk q) -> q.risk().source()));
        for (ReturnRisk q : weighed) {
            if (!parts.contains(q.reason())) {
                parts.add(q.reason());
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ".)";
    }

    /** Citations of the binding instruments among {@code parties}, each with the articles that matter. */
    public static List<String> cite(List<?> parties, String catArticles, String iccprArticles, String echrArticles) {
        List<String> cites = new ArrayList<>();
        List<Treaties.Party> ps = new ArrayList<>();
        for (Object o : parties) {
            ps.add((Treaties.Party) o);
        }
        ps.sort(Comparator.comparing(Treaties.Party::instrument));
        for (Treaties.Party p : ps) {
            if (!p.binding()) {
                continue;
            }
            String articles = switch (p.instrument()) {
                case CAT -> catArticles;
                case ICCPR -> iccprArticles;
                case ECHR -> echrArticles;
                case RC_1951 -> "RC 33";
                case RC_PROTOCOL_1967 -> "RC 33 (through Protocol art. I)";
                case ECHR_P6 -> "Protocol 6 art. 1";
                case ECHR_P13 -> "Protocol 13 art. 1";
                case ICCPR_OP2 -> "OP2 art. 1";
                default -> null;
            };
            if (articles != null) {
                cites.add(articles + ": " + p.citation());
            }
        }
        return cites;
    }

    /** Says why the host is not bound by any of the instruments, naming signatures that do not bind. */
    public static String notBound(String host, List<?> parties, String instruments) {
        List<String> signed = new ArrayList<>();
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            if (p.status() == Treaties.PartyStatus.SIGNATORY) {
                signed.add(p.instrument().title() + " (signed " + p.date() + ", not ratified)");
            }
        }
        return host + " is not bound by " + instruments
                + (signed.isEmpty() ? "" : "; it has only signed: " + String.join(", ", signed)) + ".";
    }

    /** Whether an instrument is among the binding parties (used in reasons). */
    public static boolean binds(List<?> parties, Instrument i) {
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            if (p.instrument() == i && p.binding()) {
                return true;
            }
        }
        return false;
    }
}
