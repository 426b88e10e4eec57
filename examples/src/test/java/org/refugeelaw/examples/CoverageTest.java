package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Status;

/**
 * The scenario library exercises the whole rule base: every rule is fired by some scenario, every criterion reaches
 * MET, NOT_MET and UNDETERMINED in some scenario, and every criterion is asserted MET in one scenario's
 * {@code expected} and NOT_MET in another's.
 */
class CoverageTest {
    /** The one allow-list, shared with the runner's {@code coverage} command and the rule book. */
    static final Map<String, String> ALLOWED_UNFIRED = Coverage.ALLOWED_UNFIRED;

    private static Coverage coverage;

    @BeforeAll
    static void assessLibrary() throws Exception {
        coverage = Coverage.of(Path.of("scenarios"), new ScenarioRunner());
    }

    @Test
    void everyScenarioCanBeAssessed() {
        assertThat(coverage.errors()).isEmpty();
    }

    @Test
    void everyRuleIsFiredBySomeScenario() {
        assertThat(coverage.rules()).as("allow-listed rules must exist").containsAll(ALLOWED_UNFIRED.keySet());
        assertThat(coverage.unfiredRules(ALLOWED_UNFIRED.keySet()))
                .as("rules that no scenario fires (add a scenario, or allow-list with a reason)").isEmpty();
    }

    @Test
    void allowListedRulesReallyAreUnfired() {
        assertThat(coverage.firedBy().keySet()).as("allow-listed rules that a scenario now fires: remove them")
                .doesNotContainAnyElementsOf(ALLOWED_UNFIRED.keySet());
    }

    @Test
    void everyCriterionStatusIsProducedBySomeScenario() {
        assertThat(coverage.missingStatuses()).as("criterion statuses that no scenario produces").isEmpty();
    }

    @Test
    void everyCriterionIsAssertedMetInOneScenarioAndNotMetInAnother() throws Exception {
        Map<Criterion, Set<Status>> asserted = new EnumMap<>(Criterion.class);
        for (Path f : ScenarioLoader.files(Path.of("scenarios"))) {
            Expected e = ScenarioLoader.load(f).expected();
            e.criteria().forEach((c, s) -> asserted.computeIfAbsent(c, k -> EnumSet.noneOf(Status.class)).add(s));
            e.bars().values().forEach(m -> m.forEach((c, s) ->
                    asserted.computeIfAbsent(c, k -> EnumSet.noneOf(Status.class)).add(s)));
        }
        Map<Criterion, Set<Status>> missing = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Set<Status> m = EnumSet.of(Status.MET, Status.NOT_MET);
            m.removeAll(asserted.getOrDefault(c, Set.of()));
            if (!m.isEmpty()) {
                missing.put(c, m);
            }
        }
        assertThat(missing).as("criteria never asserted with these statuses in any scenario's expected section")
                .isEmpty();
    }

    @Test
    void theReturnDecisionsThatCarryNoRuleNamesAreSeenAsStatuses() throws Exception {
        ScenarioRunner runner = new ScenarioRunner();
        Set<org.refugeelaw.assessment.ReturnStatus> seen = EnumSet.noneOf(org.refugeelaw.assessment.ReturnStatus.class);
        for (Path f : ScenarioLoader.files(Path.of("scenarios"))) {
            runner.assess(ScenarioLoader.load(f)).returns().forEach(r -> seen.add(r.status()));
        }
        assertThat(seen).containsExactlyInAnyOrder(org.refugeelaw.assessment.ReturnStatus.values());
    }
}
