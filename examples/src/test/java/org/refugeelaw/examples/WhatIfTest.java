package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.assessment.Assessment;

/** what-if shows only what a changed fact changes in the outcome. */
class WhatIfTest {
    private static final Path S9 = Path.of("scenarios/S9-facts-still-missing.yaml");
    private static ScenarioRunner runner;

    @BeforeAll
    static void setUp() {
        runner = new ScenarioRunner();
    }

    private static List<WhatIf.Change> changes(Path file, String path, String value) {
        Scenario s = ScenarioLoader.load(file);
        Assessor assessor = runner.assessorFor(s);
        Assessment before = assessor.assess(ScenarioRunner.caseOf(s), s.frame());
        JsonNode changed = WhatIf.set(s.caseTree(), path, value);
        Assessment after = assessor.assess(org.refugeelaw.api.CaseJson.fromTree(changed), s.frame());
        return WhatIf.changes(before, after);
    }

    @Test
    void s9LeavingWithoutPermissionMakesHimARefugeeSurPlaceAndChangesNothingUnrelated() {
        List<WhatIf.Change> changes = changes(S9, "departure.withPermission", "not_established");
        assertThat(changes).extracting(WhatIf.Change::item)
                .contains("determination", "EXIT_PENALTY")
                .allMatch(i -> List.of("determination", "EXIT_PENALTY", "NEXUS", "SUR_PLACE_ACTIVITIES",
                        "HUMANITARIAN_CONCERN", "PROSECUTION_NOT_PERSECUTION", "WELL_FOUNDED_FEAR", "PERSECUTION")
                        .contains(i), "only criteria that rest on the exit");
        WhatIf.Change det = changes.get(0);
        assertThat(det.item()).isEqualTo("determination");
        assertThat(det.before()).isEqualTo("UNDETERMINED");
        assertThat(det.after()).isEqualTo("REFUGEE SUR_PLACE");
        assertThat(det.reasons()).isNotEmpty();
        assertThat(changes).as("return to KP was barred whatever the facts")
                .noneMatch(c -> c.item().startsWith("return to"));
        assertThat(changes).allMatch(c -> !c.reasons().isEmpty());
    }

    @Test
    void aJsonPathIntoAListWorksAndAnUnchangedOutcomeSaysSo() {
        List<WhatIf.Change> changes = changes(S9, "$.activitiesAbroad[0].kind", "religious_contact");
        assertThat(changes).isEmpty();
    }

    @Test
    void theCommandPrintsOnlyTheChanges() {
        StringWriter out = new StringWriter();
        int exit = Runner.execute(new String[] {"what-if", S9.toString(), "--set",
                "departure.withPermission=not_established"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("* determination: UNDETERMINED -> REFUGEE SUR_PLACE")
                .contains("* EXIT_PENALTY: UNDETERMINED -> MET")
                .doesNotContain("* OUTSIDE_COUNTRY").doesNotContain("* return to KP");
    }

    @Test
    void anInvalidValueIsReportedAsAProblemWithTheCase() {
        Scenario s = ScenarioLoader.load(S9);
        JsonNode changed = WhatIf.set(s.caseTree(), "departure.withPermission", "yes");
        assertThatThrownBy(() -> org.refugeelaw.api.CaseJson.fromTree(changed))
                .hasMessageContaining("$.departure.withPermission");
        StringWriter err = new StringWriter();
        int exit = Runner.execute(new String[] {"what-if", S9.toString(), "--set", "departure.withPermission=yes"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(exit).isEqualTo(Exit.DATA_ERROR);
        assertThat(err.toString()).contains("$.departure.withPermission");
    }
}
