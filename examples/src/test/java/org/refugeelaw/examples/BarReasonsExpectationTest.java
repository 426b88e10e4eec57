package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;

/**
 * A scenario's {@code barReasons}: phrases a bar's English reasons must include. R3 (INS v Elias-Zacarias) pins that
 * the United States' undated signature of the CRC is said to be undated, never "signed null" (issue 14 follow-up).
 */
class BarReasonsExpectationTest {
    private static ScenarioRunner runner;
    private static Assessment r3;

    @BeforeAll
    static void setUp() {
        runner = new ScenarioRunner();
        r3 = runner.assess(ScenarioLoader.load(Path.of("scenarios", "R3-ins-v-elias-zacarias.yaml")));
    }

    private static Expected barReasons(String destination, Criterion bar, String phrase) {
        return new Expected(null, null, null, null, null, null, null,
                Map.of(destination, Map.of(bar, List.of(phrase))));
    }

    @Test
    void r3sTortureBarSaysTheSignatureIsUndated() {
        assertThat(ScenarioCheck.differences(barReasons("GT", Criterion.ABSOLUTE_BAR_TORTURE,
                "Convention on the Rights of the Child (signed, on a date not in the treaty data; not ratified)"), r3))
                .isEmpty();
    }

    @Test
    void aPhraseTheReasonsDoNotHoldIsADifferenceNamingThePhraseAndTheBar() {
        assertThat(ScenarioCheck.differences(barReasons("GT", Criterion.ABSOLUTE_BAR_TORTURE, "(signed null"), r3))
                .singleElement().asString().startsWith("ABSOLUTE_BAR_TORTURE for GT: expected a reason saying"
                        + " \"(signed null\", got [US is not bound by CAT");
    }

    @Test
    void aBarThatWasNotAssessedIsADifferenceWithNoReason() {
        assertThat(ScenarioCheck.differences(barReasons("XX", Criterion.ABSOLUTE_BAR_TORTURE, "anything"), r3))
                .containsExactly("ABSOLUTE_BAR_TORTURE for XX: expected a reason saying \"anything\", got no reason");
    }
}
