package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the exclusion rules: whether one crime in the record excludes under RC 1F.
 *
 * @param crime the JSON path of the crime
 */
public record CrimeTest(String crime, Truth truth, String reason, List<String> facts, List<String> missing) {
    public CrimeTest {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /** Explains the test without repeating the narrative (personal data). */
    public static String explain(String what, Truth t, CaseRecord.Crime c) {
        String when = c.date() == null ? "" : " (" + c.date() + ")";
        return switch (t) {
            case ESTABLISHED -> "There are serious reasons for considering that the person committed " + what + when
                    + ", with individual responsibility and no defence.";
            case NOT_ESTABLISHED -> "The act in the record" + when + " is not " + what + " for which the person is"
                    + " individually responsible without a defence, on serious reasons for considering.";
            case UNKNOWN -> "Whether the act in the record" + when + " is " + what + " that excludes turns on facts"
                    + " not yet known.";
        };
    }

    private static List<CrimeTest> sorted(List<CrimeTest> list) {
        List<CrimeTest> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(CrimeTest::crime));
        return copy;
    }

    public static String reasons(List<CrimeTest> list) {
        return String.join(" ", sorted(list).stream().map(CrimeTest::reason).toList());
    }

    public static List<String> facts(List<CrimeTest> list) {
        List<String> all = new ArrayList<>();
        sorted(list).forEach(t -> t.facts().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }

    public static List<String> missing(List<CrimeTest> list) {
        List<String> all = new ArrayList<>();
        sorted(list).stream().filter(t -> t.truth() == Truth.UNKNOWN)
                .forEach(t -> t.missing().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }
}
