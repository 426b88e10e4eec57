package org.refugeelaw.engine;

import org.refugeelaw.assessment.ReturnStatus;

/** Inserted by the return rules: whether return to one destination is barred overall. */
public record ReturnDecision(String destination, ReturnStatus status, String reason) {

    /** "Return to KP is barred by: RC 33(1); CAT 3 (absolute)." */
    public static String barredBy(String destination, java.util.List<?> bars) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object o : bars) {
            Finding f = (Finding) o;
            names.add(switch (f.criterion()) {
                case NON_REFOULEMENT_33 -> "non-refoulement under RC 33(1)";
                case ABSOLUTE_BAR_TORTURE -> "the absolute prohibition of return to torture";
                case ABSOLUTE_BAR_LIFE_CIDT -> "the absolute prohibition of return to death or inhuman treatment";
                case SUBSIDIARY_PROTECTION_BAR -> "the protection owed to a person eligible for subsidiary protection (QD 21, 24(2))";
                default -> f.criterion().name();
            });
        }
        java.util.Collections.sort(names);
        return "Return to " + destination + " is barred by " + String.join("; ", names) + ".";
    }
}
