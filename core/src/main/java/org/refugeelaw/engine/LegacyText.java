package org.refugeelaw.engine;

/**
 * Legacy (issue 14 phase 2): English text that rules not yet converted to messages still build in the session. Each
 * method names the message that replaces it; phase 2 removes this class.
 */
public final class LegacyText {
    private LegacyText() {
    }

    /**
     * Legacy (issue 14 phase 2): the English text of {@link RiskTest#risk(Risk)}, for rules not yet converted. A short
     * description of a risk, e.g. "Unauthorised exit: forced labour, death penalty (KP-UNAUTHORISED-EXIT)". */
    public static String describe(Risk r) {
        String what = r.source().startsWith("general-violence:")
                ? "Indiscriminate violence of exceptional intensity in " + r.destination() + ", a risk to anyone present"
                : r.trigger() == null
                ? "Harm found particular to the person in " + r.destination()
                : "Risk on return to " + r.destination() + " for " + words(r.trigger().name());
        String source = r.source().startsWith("country:") ? " [" + r.source().substring(8) + "]" : "";
        return what + " (" + r.harmWords() + ")" + source;
    }

    private static String words(String enumName) {
        return enumName.toLowerCase().replace('_', ' ');
    }
}
