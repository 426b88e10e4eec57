package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Truth;

/**
 * Each frame's reading of non-refoulement, from the frame's data (data/frames/*.json), in the words shown in the
 * reasons: the standard of proof for withholding and CAT protection (the frame's {@code standardsOfProof}; US: more
 * likely than not, INS v Stevic; 8 CFR 1208.16), the reading of RC 33(2), and what firm resettlement bars.
 */
public final class FrameReading {
    private FrameReading() {
    }

    /**
     * Whether a risk meets the frame's standard of proof for this kind of finding ({@link FramePolicy#GOVERNED}).
     * The risks the rules find are found to a real chance (harmsFaced, country information), so where the frame's
     * standard is a real chance the risk stands as found; where it is more likely than not, the destination's own
     * finding that the harm is more likely than not ({@code harmMoreLikelyThanNot}) decides, and leaves the finding
     * open while unknown.
     */
    public static Truth meets(FramePolicy f, String governed, Truth risk, List<?> destinations) {
        FramePolicy.StandardOfProof s = f.standard(governed);
        return s != null && s.moreLikelyThanNot() ? risk.and(likely(destinations)) : risk;
    }

    /** Whether the frame's standard for this kind of finding is more likely than not. */
    public static boolean moreLikelyThanNot(FramePolicy f, String governed) {
        FramePolicy.StandardOfProof s = f.standard(governed);
        return s != null && s.moreLikelyThanNot();
    }

    /**
     * The frame's standard of proof for this kind of finding, as a clause that ends a sentence ("; the UK frame's
     * standard of proof is a reasonable degree of likelihood (...)"), or an empty string where the frame sets none.
     */
    public static Object standard(FramePolicy f, String governed) {
        FramePolicy.StandardOfProof s = f.standard(governed);
        return s == null ? "" : Message.of("frameReading.standard", f.id(), s.cited());
    }

    /** The destination's own finding that harm there is more likely than not, or unknown. */
    public static Truth likely(List<?> destinations) {
        return destinations.isEmpty() ? Truth.UNKNOWN
                : ((CaseRecord.Destination) destinations.get(0)).harmMoreLikelyThanNot();
    }

    /**
     * The CAT 3 bar under the frame: where the frame's standard for torture is more likely than not (US: 8 CFR
     * 1208.16(c)(2)), substantial grounds mean torture is more likely than not.
     */
    public static Truth cat3(FramePolicy f, Truth risk, List<?> destinations) {
        return f.tortureMoreLikelyThanNot() ? risk.and(likely(destinations)) : risk;
    }

    /**
     * The sentence added to the CAT 3 bar's reasons: the frame's standard for torture, and where it is more likely than
     * not, whether that is shown ({@code frameReading.cat3.*}); null where the frame adds nothing.
     */
    public static Message cat3Note(FramePolicy f, Truth risk, List<?> destinations) {
        if (risk == Truth.NOT_ESTABLISHED) {
            return null;
        }
        if (!f.tortureMoreLikelyThanNot()) {
            FramePolicy.StandardOfProof s = f.standard("torture");
            return s == null ? null : Message.of("frameReading.cat3.standard", f.id(), s.cited());
        }
        return Message.of("frameReading.cat3.moreLikelyThanNot", f.id(), f.standard("torture").cited(),
                shown(likely(destinations)));
    }

    /** Whether what the frame's standard requires is shown: established, not established, or unknown. */
    private static Message shown(Truth t) {
        return t == Truth.ESTABLISHED ? Message.of("frameReading.shown")
                : t == Truth.NOT_ESTABLISHED ? Message.of("frameReading.notShown")
                : Message.of("frameReading.notKnown");
    }

    /**
     * The sentences added to the RC 33 bar's reasons: how this frame reads RC 33 where it matters, as a message
     * ({@code frameReading.rc33.*}, each sentence led by a space in English), or null where the frame adds nothing.
     * The citations a frame rewrites (QD) and case names are String arguments.
     */
    public static Message rc33(FramePolicy f, Truth exception, Truth likely, boolean asylumBarOnly, List<?> settled) {
        List<Message> notes = new ArrayList<>();
        if (asylumBarOnly) {
            notes.add(settled.isEmpty()
                    ? Message.of("frameReading.rc33.firmResettlementThirdCountry", f.id(), f.firmResettlementAuthority())
                    : Message.of("frameReading.rc33.firmResettlement",
                            Message.country(((AsylumBarOnly) settled.get(0)).settledIn()), f.id(),
                            f.firmResettlementAuthority()));
        }
        if (!f.moreLikelyThanNot() && f.standard("withholding") != null) {
            notes.add(Message.of("frameReading.rc33.standard", f.id(), f.standard("withholding").cited()));
        }
        if (f.moreLikelyThanNot()) {
            notes.add(Message.of("frameReading.rc33.withholding", f.id(), f.standard("withholding").cited(),
                    shown(likely)));
        }
        if (exception != Truth.NOT_ESTABLISHED) {
            switch (f.rc33Exception()) {
                case "restrictive_with_proportionality" -> notes.add(Message.of("frameReading.rc33.proportionality"));
                case "aggravated_felony_per_se" -> notes.add(Message.of("frameReading.rc33.aggravatedFelony", f.id(),
                        "INA 241(b)(3)(B)", CARBALLE));
                case "status_refusal_keeps_refugee" -> notes.add(Message.of("frameReading.rc33.statusRefusal", f.id(),
                        "QD 14(4)-(5)", M_X_AND_X, "QD 21(2)"));
                default -> { }
            }
        }
        return Bars.chain(notes, (x, y) -> Message.of("frameReading.then", x, y));
    }

    /** Case names cited in the frame notes, as cited (String arguments: a case name is not translated). */
    private static final String CARBALLE = "Matter of Carballe, BIA 1986";
    private static final String M_X_AND_X = "CJEU M, X and X, C-391/16, 2019";

    /** A reason followed by a frame's note (the note, when there is one, already leads with its space). */
    public static Message withNote(Message reason, Message note) {
        return note == null ? reason : Message.of("frameReading.withNote", reason, note);
    }
}
