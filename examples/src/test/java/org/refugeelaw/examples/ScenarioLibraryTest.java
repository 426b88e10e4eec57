package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refugeelaw.assessment.Assessment;

/** Every scenario in the library produces the outcome it expects. */
class ScenarioLibraryTest {
    private static ScenarioRunner runner;

    @BeforeAll
    static void setUp() {
        runner = new ScenarioRunner();
    }

    static List<Path> scenarios() throws IOException {
        return ScenarioLoader.files(Path.of("scenarios"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMeetsItsExpectedOutcome(Path file) {
        Scenario s = ScenarioLoader.load(file);
        assertThat(s.expected().refugeeStatus()).as("every scenario states its expected determination").isNotNull();
        Assessment a = runner.assess(s);
        assertThat(ScenarioCheck.differences(s.expected(), a)).as(file.toString()).isEmpty();
    }
}
