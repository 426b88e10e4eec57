package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.ReturnStatus;

// messages: converted (issue 14: catalog family "returnDecision", see docs/messages.md)
/** Inserted by the return rules: whether return to one destination is barred overall. */
public record ReturnDecision(String destination, ReturnStatus status, Message reason) {

    /**
     * "Return to KP is barred by non-refoulement under RC 33(1); the absolute prohibition of return to torture." The
     * bars are listed in the order of their English names (as before the conversion to messages), in every language.
     */
    public static Message barredBy(String destination, List<?> bars) {
        List<Finding> sorted = new ArrayList<>();
        for (Object o : bars) {
            sorted.add((Finding) o);
        }
        sorted.sort(Comparator.comparingInt((Finding f) -> rank(f.criterion()))
                .thenComparing(f -> f.criterion().name()));
        Object list = null;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Object name = name(sorted.get(i).criterion());
            list = list == null ? name : Message.of("returnDecision.barredBy.and", name, list);
        }
        return Message.of("returnDecision.barredBy", Message.country(destination), list);
    }

    /** The English names sort: other criteria (by their upper-case ID) first, then these four alphabetically. */
    private static int rank(Criterion c) {
        return switch (c) {
            case NON_REFOULEMENT_33 -> 1;
            case ABSOLUTE_BAR_LIFE_CIDT -> 2;
            case ABSOLUTE_BAR_TORTURE -> 3;
            case SUBSIDIARY_PROTECTION_BAR -> 4;
            default -> 0;
        };
    }

    private static Object name(Criterion c) {
        return switch (c) {
            case NON_REFOULEMENT_33 -> Message.of("returnDecision.bar.nonRefoulement33");
            case ABSOLUTE_BAR_TORTURE -> Message.of("returnDecision.bar.torture");
            case ABSOLUTE_BAR_LIFE_CIDT -> Message.of("returnDecision.bar.lifeCidt");
            case SUBSIDIARY_PROTECTION_BAR -> Message.of("returnDecision.bar.subsidiaryProtection", "QD 21, 24(2)");
            default -> c.name();
        };
    }
}
