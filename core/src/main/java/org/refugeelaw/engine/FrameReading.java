package org.refugeelaw.engine;

import java.util.List;
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

    /** "; the UK frame's standard of proof is a reasonable degree of likelihood (...)", or "" where it sets none. */
    public static String standard(FramePolicy f, String governed) {
        FramePolicy.StandardOfProof s = f.standard(governed);
        return s == null ? "" : "; the " + f.id() + " frame's standard of proof is " + s.cited();
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

    /** The sentence added to the CAT 3 bar's reasons where the frame's standard for torture is more likely than not. */
    public static String cat3Note(FramePolicy f, Truth risk, List<?> destinations) {
        if (risk == Truth.NOT_ESTABLISHED) {
            return "";
        }
        if (!f.tortureMoreLikelyThanNot()) {
            FramePolicy.StandardOfProof s = f.standard("torture");
            return s == null ? "" : " The standard under the " + f.id() + " frame: " + s.cited() + ".";
        }
        return " Under the " + f.id() + " frame, protection from return to torture requires that torture be "
                + f.standard("torture").cited() + ": " + words(likely(destinations)) + ".";
    }

    private static String words(Truth t) {
        return switch (t) {
            case ESTABLISHED -> "it is shown";
            case NOT_ESTABLISHED -> "it is not shown";
            case UNKNOWN -> "whether it is, is not known";
        };
    }

    /** The sentence added to the RC 33 bar's reasons: how this frame reads RC 33 where it matters. */
    public static String rc33(FramePolicy f, Truth exception, Truth likely, boolean asylumBarOnly, List<?> settled) {
        StringBuilder sb = new StringBuilder();
        if (asylumBarOnly) {
            String where = settled.isEmpty() ? "a third country" : ((AsylumBarOnly) settled.get(0)).settledIn();
            sb.append(" Firm resettlement in ").append(where).append(" bars asylum under the ").append(f.id())
                    .append(" frame (").append(f.firmResettlementAuthority()).append("), not protection from"
                            + " refoulement, so RC 33 turns on the Convention risk itself.");
        }
        if (!f.moreLikelyThanNot() && f.standard("withholding") != null) {
            sb.append(" The standard under the ").append(f.id()).append(" frame: ")
                    .append(f.standard("withholding").cited()).append(".");
        }
        if (f.moreLikelyThanNot()) {
            sb.append(" Under the ").append(f.id()).append(" frame, protection from refoulement (withholding of"
                    + " removal) requires the threat to be ").append(f.standard("withholding").cited()).append(": ")
                    .append(words(likely)).append(".");
        }
        if (exception != Truth.NOT_ESTABLISHED) {
            switch (f.rc33Exception()) {
                case "restrictive_with_proportionality" -> sb.append(" UNHCR reads RC 33(2) restrictively: the"
                        + " exception applies only where return is proportionate to the danger the person presents.");
                case "aggravated_felony_per_se" -> sb.append(" Under the ").append(f.id()).append(" frame an"
                        + " aggravated felony with an aggregate sentence of at least five years is a particularly"
                        + " serious crime per se (INA 241(b)(3)(B)), and a conviction of a particularly serious crime"
                        + " shows the danger to the community without a separate finding (Matter of Carballe, BIA 1986).");
                case "status_refusal_keeps_refugee" -> sb.append(" Under the ").append(f.id()).append(" frame the"
                        + " member state may refuse or revoke refugee status on this ground (QD 14(4)-(5)), but the"
                        + " person remains a refugee with the Convention rights that do not depend on status (CJEU M,"
                        + " X and X, C-391/16, 2019), and return to a real risk of ill-treatment stays barred (Charter"
                        + " art. 19(2); QD 21(2)).");
                default -> { }
            }
        }
        return sb.toString();
    }
}
