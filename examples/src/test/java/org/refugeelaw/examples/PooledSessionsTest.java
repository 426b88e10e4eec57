package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;

/**
 * The engine reuses its sessions (a pool, reset between cases). Nothing of one case may leak into the next: every
 * scenario, under every frame, gives the same assessment whatever was assessed before it on the same assessor.
 */
class PooledSessionsTest {
    @Test
    void anAssessmentDoesNotDependOnWhatWasAssessedBefore() throws Exception {
        ScenarioRunner runner = new ScenarioRunner();
        List<String> keys = new ArrayList<>();
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Path file : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(file);
            for (Frame frame : Frame.values()) {
                String key = file.getFileName() + "/" + frame;
                keys.add(key);
                scenarios.put(key, s);
            }
        }
        Map<String, String> first = new LinkedHashMap<>();
        for (String key : keys) {
            first.put(key, assess(runner, scenarios.get(key), key));
        }
        List<String> order = new ArrayList<>(keys);
        Collections.reverse(order);
        for (int round = 0; round < 3; round++) {
            for (String key : order) {
                assertThat(assess(runner, scenarios.get(key), key)).as(key + ", round " + round)
                        .isEqualTo(first.get(key));
            }
            Collections.shuffle(order, new Random(round));
        }
    }

    private static String assess(ScenarioRunner runner, Scenario s, String key) {
        Frame frame = Frame.valueOf(key.substring(key.lastIndexOf('/') + 1));
        return CaseJson.write(runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), frame));
    }
}
