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
    /**
     * Rules that no scenario can show in any {@code rulesFired}: one line each on why. Keep this list short.
     */
    static final Map<String, String> ALLOWED_UNFIRED = Map.ofEntries(
            Map.entry("Return is barred", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status BARRED"),
            Map.entry("Return is not barred", "as above; seen as ReturnFinding.status NOT_BARRED"),
            Map.entry("Return is not yet decided", "as above; seen as ReturnFinding.status UNDETERMINED"),
            Map.entry("Return is not yet decided: a risk there cannot yet be assessed", "as above; seen as ReturnFinding.status UNDETERMINED in T45 and T46"),
            Map.entry("The country of origin as a destination", "no @criterion: builds the destination view the bars read"),
            Map.entry("A destination, completed by how that state treats people from the country of origin", "no @criterion: builds a destination view"),
            Map.entry("A destination the country information says nothing about", "no @criterion: builds a destination view"),
            Map.entry("A risk that, alone, would make the person a refugee", "no @criterion: an intermediate fact the determination reads"),
            Map.entry("Return is barred pending the determination of refugee status", "as above; seen as ReturnFinding.status BARRED_PENDING_DETERMINATION"),
            Map.entry("Firm resettlement bars asylum, not withholding of removal", "no @criterion: inserts the fact the RC 33 rule reads; seen in the RC 33 reasons of I11-5a"),
            Map.entry("The in-force date of the instruments barring return to torture is missing", "as above"),
            Map.entry("The in-force date of the instruments barring return to death or inhuman treatment is missing", "as above"),
            Map.entry("Stateless person in the country of former habitual residence", "needs formerHabitualResidence different from countryOfOrigin, which docs/case-record.md 3.2 tells writers not to do"),
            Map.entry("A condition resting on a source more than five years old is reported as dated", "no @criterion: inserts the note the assembler adds to the reasons of findings relying on the condition (CountryInformationQualityTest)"),
            Map.entry("A nationality practice resting on a source more than five years old is reported as dated", "as above, for a nationality practice"),
            Map.entry("The country information holds nothing on the country of origin", "no @criterion: inserts the gap listed in countryInformationGaps and the reports' first lines (CountryInformationQualityTest)"),
            Map.entry("The country information holds nothing on a destination", "as above, for a destination"));

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
