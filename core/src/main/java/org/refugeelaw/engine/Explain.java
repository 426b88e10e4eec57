package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.model.Truth;

/** Joins the per-risk tests of a criterion into the text and fact lists of one finding. */
public final class Explain {
    private Explain() {
    }

    /** The tests, in a stable order (by risk source, then trigger), so that output is deterministic. */
    public static List<RiskTest> sorted(List<RiskTest> tests) {
        List<RiskTest> copy = new ArrayList<>(tests);
        copy.sort(Comparator.comparing((RiskTest t) -> t.risk().source())
                .thenComparing(t -> t.risk().trigger() == null ? "" : t.risk().trigger().name())
                .thenComparing(t -> t.risk().ground() == null ? "" : t.risk().ground().name())
                .thenComparing(RiskTest::reason));
        return copy;
    }

    public static String reasons(String lead, List<RiskTest> tests) {
        StringBuilder sb = new StringBuilder(lead);
        for (RiskTest t : sorted(tests)) {
            sb.append(' ').append(t.reason());
            if (!t.reason().endsWith(".")) {
                sb.append('.');
            }
        }
        return sb.toString();
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
