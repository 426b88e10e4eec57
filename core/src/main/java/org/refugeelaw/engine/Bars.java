package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import org.refugeelaw.assessment.Message;
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

    /**
     * The established (or, failing those, the unknown) risks as a message: each risk as {@link RiskTest#risk} names
     * it, joined with semicolons. An empty string where there is no risk.
     */
    public static Object describeMessage(List<?> risks) {
        List<Message> parts = new ArrayList<>();
        for (Risk r : sorted(risks)) {
            if (r.truth() == Truth.ESTABLISHED) {
                parts.add(RiskTest.risk(r));
            }
        }
        if (parts.isEmpty()) {
            for (Risk r : sorted(risks)) {
                parts.add(Message.of("bars.notYetEstablished", RiskTest.risk(r)));
            }
        }
        return parts.isEmpty() ? "" : chain(parts, (x, y) -> Message.of("bars.list", x, y));
    }

    /** The messages joined two by two from the right ({@code join} makes one message of two); null for none. */
    static Message chain(List<Message> parts, BinaryOperator<Message> join) {
        if (parts.isEmpty()) {
            return null;
        }
        Message list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = join.apply(parts.get(i), list);
        }
        return list;
    }

    /** The weighed risks that are not established, for {@link #qualificationsMessage}: in a stable order. */
    private static List<ReturnRisk> qualified(List<?> risks) {
        List<ReturnRisk> weighed = new ArrayList<>();
        for (Object o : risks) {
            if (o instanceof ReturnRisk q && q.truth() != Truth.ESTABLISHED && q.risk().truth() != Truth.NOT_ESTABLISHED
                    && q.reason() != null) {
                weighed.add(q);
            }
        }
        weighed.sort(Comparator.comparing((ReturnRisk q) -> q.risk().source()));
        return weighed;
    }

    /**
     * Why risks that the facts would otherwise show are not real risks on return, or are still open, as a message: e.g.
     * "(Risk on return to AL ...: non-state agents inflict the harm, but effective state protection is available.)"
     * (no leading space: {@link #notes} adds it). Null when every risk is established or none was weighed.
     */
    public static Message qualificationsMessage(List<?> risks) {
        List<Message> parts = new ArrayList<>();
        for (ReturnRisk q : qualified(risks)) {
            Message p = Message.of("bars.qualification", RiskTest.risk(q.risk()), q.reason());
            if (!parts.contains(p)) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null
                : Message.of("bars.parenthesis", chain(parts, (x, y) -> Message.of("bars.sentenceList", x, y)));
    }

    /**
     * The reasons of the established risks that a reader must see (assurances weighed, protection found lacking), as a
     * message in parentheses (no leading space: {@link #notes} adds it); null where there is none.
     */
    public static Message established(List<?> risks) {
        List<Message> parts = new ArrayList<>();
        List<ReturnRisk> weighed = new ArrayList<>();
        for (Object o : risks) {
            if (o instanceof ReturnRisk q && q.truth() == Truth.ESTABLISHED && q.reason() != null) {
                weighed.add(q);
            }
        }
        weighed.sort(Comparator.comparing((ReturnRisk q) -> q.risk().source()));
        for (ReturnRisk q : weighed) {
            if (!parts.contains(q.reason())) {
                parts.add(q.reason());
            }
        }
        return parts.isEmpty() ? null : Message.of("bars.parenthesis", chain(parts, (x, y) -> Message.of("bars.list", x, y)));
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

    /**
     * Says why the host is not bound by any of the instruments, naming signatures that do not bind: the host (a country), the instruments (a message such as
     * {@code bars.instruments.refugeeConvention}) and the signatures that do not bind (instrument title as cited, and the
     * date where the treaty data record it: {@code bars.signed}, else {@code bars.signedUndated}).
     */
    public static Message notBoundMessage(String host, List<?> parties, Message instruments) {
        List<Message> signed = new ArrayList<>();
        for (Object o : parties) {
            Treaties.Party p = (Treaties.Party) o;
            if (p.status() == Treaties.PartyStatus.SIGNATORY) {
                // A signature the treaty data do not date is said to be undated, not given a date (scenario R3: the
                // United States' signature of the CRC).
                signed.add(p.date() != null ? Message.of("bars.signed", p.instrument().title(), p.date())
                        : Message.of("bars.signedUndated", p.instrument().title()));
            }
        }
        if (signed.isEmpty()) {
            return Message.of("bars.notBound", Message.country(host), instruments);
        }
        return Message.of("bars.notBoundSigned", Message.country(host), instruments,
                chain(signed, (x, y) -> Message.of("bars.commaList", x, y)));
    }

    /**
     * The notes a bar's reason ends with: the frame's note ({@link FrameReading#cat3Note}), the death-penalty
     * explanation ({@link DeathPenalty#explain}), the established or qualified risks ({@link #established},
     * {@link #qualificationsMessage}), each a message or null, each led by a space in English ({@code bars.note}). An
     * empty string where there is none.
     */
    public static Object notes(Message... parts) {
        List<Message> notes = new ArrayList<>();
        for (Message p : parts) {
            if (p != null) {
                notes.add(Message.of("bars.note", p));
            }
        }
        return notes.isEmpty() ? "" : chain(notes, (x, y) -> Message.of("bars.notes", x, y));
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

    /**
     * What a bar waits on when it waits on the determination of refugee status: a name in the finding's missing
     * facts (an identifier shown as is, not a reason).
     */
    public static final String SEE_DETERMINATION = "(see the determination of refugee status)";

    /** What humanitarian concern waits on when it is undetermined (an identifier in the missing facts). */
    public static final String SEE_DETERMINATION_AND_RISKS = "(see the determination and the risks on return)";

    /** The instruments cited when eligibility for subsidiary protection bars return (a citation, as cited). */
    public static final String SUBSIDIARY_PROTECTION_INSTRUMENTS =
            "QD arts. 15, 21(1) and 24(2); EU Charter of Fundamental Rights art. 19(2)";

    /** The missing fact when the treaty data hold nothing about the host state (an identifier, not a reason). */
    public static String missingTreatyParties(String host) {
        return "treaties.json: parties for " + host;
    }

    /** The missing fact when the treaty data hold no host-state entry (domestic law) for the host (an identifier). */
    public static String missingHostStateEntry(String host) {
        return "treaties.json: hostStates entry for " + host;
    }

    /** The missing fact when the in-force date of an instrument for the host state is missing (an identifier). */
    public static String missingInForceFrom(String host, Instrument instrument) {
        return "treaties.json: inForceFrom for " + host + "/" + instrument;
    }

    /**
     * Why a party's in-force date is unknown, as a message: the note {@link Treaties.Party#asAt} gives it, followed by
     * the entry's own note (data, quoted as is) where there is one.
     */
    public static Object inForceUnknown(Treaties.Party p) {
        String standard = Treaties.Party.inForceFromMissing(p.state());
        String note = p.note() == null ? "" : p.note();
        if (note.equals(standard)) {
            return Message.of("bars.inForceFromMissing", Message.country(p.state()));
        }
        if (note.startsWith(standard + "; ")) {
            return Message.of("bars.inForceFromMissingNoted", Message.country(p.state()),
                    note.substring(standard.length() + 2));
        }
        return note;
    }
}
