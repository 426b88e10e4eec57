// messages: converted (issue 14: reasons are the rules' messages, see docs/messages.md)
package org.refugeelaw.engine;

import org.refugeelaw.assessment.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the rules: whether the protection of another country of nationality is available and effective.
 *
 * @param country the other country of nationality
 * @param truth   established when that protection is available and effective
 */
public record ProtectionElsewhere(String country, Truth truth, Message reason, List<String> facts,
                                  List<String> missing) {
    public ProtectionElsewhere {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    private static List<ProtectionElsewhere> sorted(List<ProtectionElsewhere> list) {
        List<ProtectionElsewhere> copy = new ArrayList<>(list);
        // Ties (one country, two findings) by their English text, as always; rendered only for a tie, never shown.
        copy.sort(Comparator.comparing(ProtectionElsewhere::country).thenComparing(p -> p.reason().render()));
        return copy;
    }

    public static Message reasons(List<ProtectionElsewhere> list) {
        return Message.sentences(sorted(list).stream().map(ProtectionElsewhere::reason).toList());
    }

    public static List<String> facts(List<ProtectionElsewhere> list) {
        List<String> all = new ArrayList<>();
        sorted(list).forEach(p -> p.facts().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }

    public static List<String> missing(List<ProtectionElsewhere> list) {
        List<String> all = new ArrayList<>();
        sorted(list).stream().filter(p -> p.truth() == Truth.UNKNOWN)
                .forEach(p -> p.missing().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }
}
