package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;

/**
 * Every scenario rendered in Korean and in Chinese (issue 14): no English sentence may be left in any reason. Its
 * quoted data (String arguments: citations, JSON paths, IDs, country-information wording) are masked before the
 * check, since they stay as cited in every language.
 */
class TranslatedReasonsTest {
    static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|of|is|are|not|for|to|in|that|with|on|by|or|would|person|risk|return)\\b",
            Pattern.CASE_INSENSITIVE);

    static List<Message> messages(Assessment a) {
        List<Message> all = new ArrayList<>(a.determination().messages());
        for (CriterionFinding c : a.criteria()) {
            all.addAll(c.messages());
        }
        for (ReturnFinding r : a.returns()) {
            all.addAll(r.messages());
            for (BarFinding b : r.bars()) {
                all.addAll(b.messages());
            }
        }
        for (ProceduralFinding p : a.procedure()) {
            all.addAll(p.messages());
        }
        return all;
    }

    /** The same message with its quoted data masked (they stay as cited in every language). */
    static Message masked(Message m) {
        if (m.key().equals(Message.SENTENCES)) {
            return Message.sentences(m.args().stream().map(a -> masked((Message) a)).toList());
        }
        return Message.of(m.key(), m.args().stream().map(TranslatedReasonsTest::mask).toArray());
    }

    private static Object mask(Object a) {
        if (a instanceof String) {
            return "#";
        }
        if (a instanceof Message m) {
            return masked(m);
        }
        if (a instanceof List<?> l) {
            return l.stream().map(TranslatedReasonsTest::mask).toList();
        }
        return a;
    }

    /**
     * The check of issue 14: every reason of every scenario, whole, in Korean and in Chinese, with its quoted data
     * masked, holds no English sentence.
     */
    @Test
    void noEnglishIsLeftInAnyReasonOfAnyScenarioInKoreanOrChinese() throws java.io.IOException {
        ScenarioRunner runner = new ScenarioRunner();
        List<String> english = new ArrayList<>();
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(file);
            Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
            List<Message> all = messages(a);
            for (Message m : all) {
                for (String tag : List.of("ko", "zh")) {
                    String text = masked(m).render(Locale.forLanguageTag(tag));
                    if (ENGLISH.matcher(text).find()) {
                        english.add(file.getFileName() + " [" + tag + "] " + m.key() + ": " + text);
                    }
                }
            }
        }
        assertThat(english).isEmpty();
    }
}
