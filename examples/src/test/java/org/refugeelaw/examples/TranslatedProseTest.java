package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Counterfactual;
import org.refugeelaw.assessment.DecisiveFact;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.SurPlaceCause;

/**
 * The engine's prose outside the findings' reasons (issue 14, the last step), rendered in Korean and in Chinese: the
 * causes of a refugee sur place, the names of the procedural guarantees and the coverage warning of every scenario,
 * and, with the search over alternatives, the counterfactual summaries, what each value of a decisive fact would
 * change and the search notes. Quoted data (String arguments: JSON paths, values, country information's own
 * wording) are masked as {@link TranslatedReasonsTest} masks them; what is left holds no English word and is written
 * in Hangul or Han characters.
 */
class TranslatedProseTest {
    private static final List<String> LANGUAGES = List.of("ko", "zh");
    /** Hangul syllables and CJK ideographs: a text with neither (an identifier such as personalInterview) is not translated. */
    private static final Pattern TRANSLATED = Pattern.compile("[\\uAC00-\\uD7A3\\u4E00-\\u9FFF]");

    private final ScenarioRunner runner = new ScenarioRunner();

    private static void check(List<String> english, String where, Message m) {
        for (String tag : LANGUAGES) {
            String text = TranslatedReasonsTest.masked(m).render(Locale.forLanguageTag(tag));
            if (TranslatedReasonsTest.ENGLISH.matcher(text).find() || !TRANSLATED.matcher(text).find()) {
                english.add(where + " [" + tag + "] " + m.key() + ": " + text);
            }
        }
    }

    private static void checkText(List<String> english, String where, String ko, String zh) {
        for (String text : List.of(ko, zh)) {
            if (TranslatedReasonsTest.ENGLISH.matcher(text).find() || !TRANSLATED.matcher(text).find()) {
                english.add(where + ": " + text);
            }
        }
    }

    /** Sur place causes, guarantee names and the coverage warning of every scenario, in Korean and in Chinese. */
    @Test
    void theCausesGuaranteeNamesAndCoverageWarningOfEveryScenarioAreTranslated() throws java.io.IOException {
        List<String> english = new ArrayList<>();
        int causes = 0;
        int warnings = 0;
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(file);
            Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
            String name = file.getFileName().toString();
            for (SurPlaceCause c : a.determination().surPlaceCauses()) {
                check(english, name + " sur place cause", c.message());
                causes++;
            }
            for (ProceduralFinding p : a.procedure()) {
                assertThat(p.guaranteeMessage()).as("%s: the name of %s", name, p.guarantee()).isPresent();
                checkText(english, name + " guarantee " + p.guarantee(), p.guaranteeName(Locale.KOREAN),
                        p.guaranteeName(Locale.forLanguageTag("zh")));
            }
            if (a.coverageWarningMessage().isPresent()) {
                check(english, name + " coverage warning", a.coverageWarningMessage().get());
                warnings++;
            }
        }
        assertThat(causes).as("sur place causes seen").isGreaterThan(10);
        assertThat(warnings).as("coverage warnings seen").isGreaterThan(10);
        assertThat(english).isEmpty();
    }

    /**
     * The search over alternatives on S1-S9 (grants, refusals, an exclusion, facts still missing) and on the first
     * four undetermined scenarios of the library: every counterfactual, every change an alternative value would make,
     * and every search note, in Korean and in Chinese.
     */
    @Test
    void theAlternativesOfScenariosWithAndWithoutUnknownFactsAreTranslated() throws java.io.IOException {
        List<Path> chosen = new ArrayList<>();
        List<Path> undetermined = new ArrayList<>();
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            String n = file.getFileName().toString();
            if (n.matches("S[1-9]-.*")) {
                chosen.add(file);
            } else if (undetermined.size() < 4) {
                Scenario s = ScenarioLoader.load(file);
                if (runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame()).determination().status()
                        == RefugeeStatus.UNDETERMINED) {
                    undetermined.add(file);
                }
            }
        }
        chosen.addAll(undetermined);
        List<String> english = new ArrayList<>();
        int counterfactuals = 0;
        int changes = 0;
        int notes = 0;
        for (Path file : chosen) {
            Scenario s = ScenarioLoader.load(file);
            Assessment a = runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame());
            String name = file.getFileName().toString();
            for (Counterfactual c : a.counterfactuals()) {
                check(english, name + " counterfactual", c.message());
                counterfactuals++;
            }
            for (DecisiveFact f : a.decisiveFacts()) {
                for (DecisiveFact.Alternative alt : f.alternatives()) {
                    for (Message m : alt.messages()) {
                        check(english, name + " " + f.fact() + "=" + alt.value(), m);
                        changes++;
                    }
                }
            }
            for (Message m : a.searchNoteMessages()) {
                check(english, name + " search note", m);
                notes++;
            }
        }
        assertThat(undetermined).hasSize(4);
        assertThat(counterfactuals).as("counterfactuals seen").isPositive();
        assertThat(changes).as("changes of decisive facts seen").isPositive();
        assertThat(notes).as("search notes seen").isGreaterThanOrEqualTo(chosen.size());
        assertThat(english).isEmpty();
    }

    /** A bounded search names the bound and the phase it stopped in: in Korean and Chinese too. */
    @Test
    void aBoundedSearchSaysWhereItStoppedInKoreanAndChinese() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/S9-facts-still-missing.yaml"));
        Assessment a = runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame(), null, 3);
        Message last = a.searchNoteMessages().get(a.searchNoteMessages().size() - 1);
        assertThat(last.key()).isEqualTo("alternatives.search.evaluationsBounded");
        assertThat(last.render()).isEqualTo("3 alternative assessments were made; the search stopped at its budget"
                + " of 3 assessments while searching the decisive missing facts, so the alternatives from there on were"
                + " not all tried.");
        List<String> english = new ArrayList<>();
        for (Message m : a.searchNoteMessages()) {
            check(english, "S9 bounded", m);
        }
        assertThat(english).isEmpty();
    }
}
