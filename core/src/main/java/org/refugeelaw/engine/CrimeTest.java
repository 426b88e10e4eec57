// messages: converted (issue 14: catalog family "crimeTest", see docs/messages.md)
package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the exclusion rules: whether one crime in the record excludes under RC 1F.
 *
 * @param crime the JSON path of the crime
 */
public record CrimeTest(String crime, Truth truth, Message reason, List<String> facts, List<String> missing) {
    public CrimeTest {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /** Explains the test without repeating the narrative (personal data); {@code what}: the clause invoked. */
    public static Message explain(Message what, Truth t, CaseRecord.Crime c) {
        boolean dated = c.date() != null;
        return switch (t) {
            case ESTABLISHED -> dated ? Message.of("crimeTest.committedDated", what, c.date())
                    : Message.of("crimeTest.committed", what);
            case NOT_ESTABLISHED -> dated ? Message.of("crimeTest.notShownDated", what, c.date())
                    : Message.of("crimeTest.notShown", what);
            case UNKNOWN -> dated ? Message.of("crimeTest.openDated", what, c.date())
                    : Message.of("crimeTest.open", what);
        };
    }

    private static List<CrimeTest> sorted(List<CrimeTest> list) {
        List<CrimeTest> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(CrimeTest::crime));
        return copy;
    }

    /** The reasons of the tests, one sentence after another, in the order of the crimes' paths. */
    public static Message reasons(List<CrimeTest> list) {
        return Message.sentences(sorted(list).stream().map(CrimeTest::reason).toList());
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
