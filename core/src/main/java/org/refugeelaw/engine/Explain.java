// messages: converted (issue 14: Explain only composes the messages of the rules, see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Truth;

/** Joins the per-risk tests of a criterion into the text and fact lists of one finding. */
public final class Explain {
    private Explain() {
    }

    /**
     * The tests, in a stable order (by risk source, then trigger, then ground), so that output is deterministic. Two
     * tests of the same risk (two open risks waiting on the same information) are ordered by their English text, as
     * they always were: the only rendering in the session, done for ties alone, and never shown (a message's
     * {@code toString} is its key, whose order differs from the English one).
     */
    public static List<RiskTest> sorted(List<RiskTest> tests) {
        List<RiskTest> copy = new ArrayList<>(tests);
        if (copy.size() < 2) {
            return copy;
        }
        // Each tied test's English is rendered once per sort, not once per comparison (issue 15).
        java.util.Map<RiskTest, String> english = new java.util.IdentityHashMap<>();
        copy.sort(Comparator.comparing((RiskTest t) -> t.risk().source())
                .thenComparing(t -> t.risk().trigger() == null ? "" : t.risk().trigger().name())
                .thenComparing(t -> t.risk().ground() == null ? "" : t.risk().ground().name())
                .thenComparing(t -> english.computeIfAbsent(t, x -> x.reason().render())));
        return copy;
    }

    /** The lead sentence, then each test's reason as a sentence of its own. */
    public static Message reasons(Message lead, List<RiskTest> tests) {
        List<Message> sentences = new ArrayList<>();
        sentences.add(lead);
        for (RiskTest t : sorted(tests)) {
            sentences.add(t.reason());
        }
        return Message.sentences(sentences);
    }

    public static List<String> facts(List<RiskTest> tests) {
        List<String> all = new ArrayList<>();
        for (RiskTest t : sorted(tests)) {
            for (String f : t.facts()) {
                if (!all.contains(f)) {
                    all.add(f);
                }
            }
        }
        return all;
    }

    public static List<String> missing(List<RiskTest> tests) {
        List<String> all = new ArrayList<>();
        for (RiskTest t : sorted(tests)) {
            if (t.truth() == Truth.UNKNOWN) {
                for (String f : t.missing()) {
                    if (!all.contains(f)) {
                        all.add(f);
                    }
                }
            }
        }
        return all;
    }
}
