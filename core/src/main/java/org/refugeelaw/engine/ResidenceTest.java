// messages: converted (issue 14: reasons are the rules' messages, see docs/messages.md)
package org.refugeelaw.engine;

import org.refugeelaw.assessment.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.refugeelaw.model.Truth;

/**
 * Inserted by the RC 1E rules: whether residence in one third country, of which the person is not a national,
 * carries a current status with the rights and obligations of its nationals.
 *
 * @param country the country of residence
 */
public record ResidenceTest(String country, Truth truth, Message reason, List<String> facts, List<String> missing) {
    public ResidenceTest {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    private static List<ResidenceTest> sorted(List<?> list, Truth only) {
        List<ResidenceTest> out = new ArrayList<>();
        for (Object o : list) {
            ResidenceTest t = (ResidenceTest) o;
            if (only == null || t.truth() == only) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(ResidenceTest::country));
        return out;
    }

    public static Message reasons(List<?> list) {
        return Message.sentences(sorted(list, null).stream().map(ResidenceTest::reason).toList());
    }

    public static List<String> facts(List<?> list) {
        List<String> all = new ArrayList<>();
        sorted(list, null).forEach(t -> t.facts().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }

    public static List<String> missing(List<?> list) {
        List<String> all = new ArrayList<>();
        sorted(list, Truth.UNKNOWN).forEach(t -> t.missing().forEach(f -> { if (!all.contains(f)) all.add(f); }));
        return all;
    }
}
