package org.refugeelaw.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Status;

/**
 * Which rules of the rule base a set of scenarios fires, and which criterion statuses it produces. A rule counts as
 * fired when it is named in the {@code rulesFired} of a finding, the determination or a bar.
 *
 * @param rules        every rule in the rule base
 * @param firedBy      each fired rule, with the scenario files that fire it
 * @param statuses     for each criterion, the statuses produced (as a finding, a bar or a procedural finding)
 * @param errors       scenario files that could not be assessed, with the message
 */
public record Coverage(List<String> rules, Map<String, Set<String>> firedBy, Map<Criterion, Set<Status>> statuses,
                       Map<String, String> errors) {
    /**
     * Rules that no scenario can show in any {@code rulesFired}: one line each on why. Keep this list short. The one
     * source of truth: CoverageTest, the runner's {@code coverage} command and the rule book all read it.
     */
    public static final Map<String, String> ALLOWED_UNFIRED = Map.ofEntries(
            Map.entry("Return is barred", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status BARRED"),
            Map.entry("Return is not barred", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status NOT_BARRED"),
            Map.entry("Return is not yet decided", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status UNDETERMINED"),
            Map.entry("Return is not yet decided: a risk there cannot yet be assessed", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status UNDETERMINED in T45 and T46"),
            Map.entry("The country of origin as a destination", "no @criterion: builds the destination view the bars read"),
            Map.entry("A destination, completed by how that state treats people from the country of origin", "no @criterion: builds a destination view"),
            Map.entry("A destination the country information says nothing about", "no @criterion: builds a destination view"),
            Map.entry("A risk that, alone, would make the person a refugee", "no @criterion: an intermediate fact the determination reads"),
            Map.entry("Return is barred pending the determination of refugee status", "inserts the return decision, which carries no rulesFired; seen as ReturnFinding.status BARRED_PENDING_DETERMINATION"),
            Map.entry("Firm resettlement bars asylum, not withholding of removal", "no @criterion: inserts the fact the RC 33 rule reads; seen in the RC 33 reasons of I11-5a"),
            Map.entry("The in-force date of the Refugee Convention or Protocol for the host is missing", "fires only where treaties.json lacks an in-force date of RC or its Protocol, for a refugee: a data gap (TreatyDataMissingTest)"),
            Map.entry("The in-force date of the instruments barring return to torture is missing", "fires only where treaties.json lacks an in-force date: a data gap (TreatyDataMissingTest)"),
            Map.entry("The in-force date of the instruments barring return to death or inhuman treatment is missing", "fires only where treaties.json lacks an in-force date: a data gap (TreatyDataMissingTest)"),
            Map.entry("A child, and whether the Convention on the Rights of the Child binds the host is not known",
                    "issue 17: the treaty data record the CRC for every host of a child scenario (a scenario in a host"
                            + " the data do not cover would teach a false gap); ChildrenTest.treatyDataSilentOnTheCrcLeavesItOpen"),
            Map.entry("Statelessness found not established", "issue 17: a finding of no statelessness without any"
                    + " nationality recorded is a malformed teaching case; StatelessnessTest covers the rule"),
            Map.entry("Whether RC 31 binds the host is not known without treaty data", "fires only for a host missing from treaties.json: a data gap, like the rule above (NonPenalisationAndDetentionTest)"),
            Map.entry("A condition resting on a source more than five years old is reported as dated", "no @criterion: inserts the note the assembler adds to the reasons of findings relying on the condition (CountryInformationQualityTest)"),
            Map.entry("A nationality practice resting on a source more than five years old is reported as dated", "as above, for a nationality practice"),
            Map.entry("The country information holds nothing on the country of origin", "no @criterion: inserts the gap listed in countryInformationGaps and the reports' first lines (CountryInformationQualityTest)"),
            Map.entry("The country information holds nothing on a destination", "as above, for a destination"),
            Map.entry("Whether RC 31 binds the host is not known: the treaty data do not date its ratification",
                    "fires only for a host whose ratification the treaty data do not date: a data gap"
                            + " (NonPenalisationAndDetentionTest)"),
            Map.entry("Stateless person in the country of former habitual residence", "needs formerHabitualResidence different from countryOfOrigin, which docs/case-record.md 3.2 tells writers not to do"));

    /** The statuses a criterion should reach across a scenario library. NOT_APPLICABLE is not required. */
    public static final Set<Status> REQUIRED = EnumSet.of(Status.MET, Status.NOT_MET, Status.UNDETERMINED);

    /** Assesses every scenario in a folder (each under its own frame and country information). */
    public static Coverage of(Path folder, ScenarioRunner runner) throws IOException {
        Map<String, Set<String>> fired = new TreeMap<>();
        Map<Criterion, Set<Status>> statuses = new EnumMap<>(Criterion.class);
        Map<String, String> errors = new TreeMap<>();
        for (Path file : ScenarioLoader.files(folder)) {
            Assessment a;
            try {
                a = runner.assess(ScenarioLoader.load(file));
            } catch (ScenarioException | InvalidCaseException e) {
                errors.put(file.toString(), e.getMessage());
                continue;
            }
            String name = file.getFileName().toString();
            add(fired, a.determination().rulesFired(), name);
            for (CriterionFinding f : a.criteria()) {
                add(fired, f.rulesFired(), name);
                statuses.computeIfAbsent(f.criterion(), k -> EnumSet.noneOf(Status.class)).add(f.status());
            }
            for (ProceduralFinding f : a.procedure()) {
                add(fired, f.rulesFired(), name);
                statuses.computeIfAbsent(f.criterion(), k -> EnumSet.noneOf(Status.class)).add(f.status());
            }
            for (ReturnFinding r : a.returns()) {
                for (BarFinding b : r.bars()) {
                    add(fired, b.rulesFired(), name);
                    statuses.computeIfAbsent(b.criterion(), k -> EnumSet.noneOf(Status.class)).add(b.status());
                }
            }
        }
        return new Coverage(runner.assessor().ruleNames(), fired, statuses, errors);
    }

    private static void add(Map<String, Set<String>> fired, Collection<String> rules, String scenario) {
        for (String r : rules) {
            fired.computeIfAbsent(r, k -> new TreeSet<>()).add(scenario);
        }
    }

    /** The rules that no scenario fires, leaving out those in {@code allowed}. */
    public List<String> unfiredRules(Collection<String> allowed) {
        return rules.stream().filter(r -> !firedBy.containsKey(r) && !allowed.contains(r)).toList();
    }

    /** For each criterion, the required statuses that no scenario produces. */
    public Map<Criterion, Set<Status>> missingStatuses() {
        Map<Criterion, Set<Status>> missing = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Set<Status> m = EnumSet.copyOf(REQUIRED);
            m.removeAll(statuses.getOrDefault(c, Set.of()));
            if (!m.isEmpty()) {
                missing.put(c, m);
            }
        }
        return missing;
    }

    /** A plain-text report. */
    public List<String> report(Collection<String> allowed) {
        List<String> out = new ArrayList<>();
        long fired = rules.stream().filter(firedBy::containsKey).count();
        out.add("Rules fired: " + fired + " of " + rules.size()
                + (allowed.isEmpty() ? "" : " (" + allowed.size() + " allowed not to be)"));
        List<String> allowedUnfired = rules.stream().filter(r -> !firedBy.containsKey(r) && allowed.contains(r))
                .toList();
        if (!allowedUnfired.isEmpty()) {
            out.add("Rules no scenario fires, allowed not to be:");
            allowedUnfired.forEach(r -> out.add("  - " + r + (ALLOWED_UNFIRED.containsKey(r)
                    ? ": " + ALLOWED_UNFIRED.get(r) : " (--allow)")));
        }
        List<String> unfired = unfiredRules(allowed);
        if (!unfired.isEmpty()) {
            out.add("Rules no scenario fires:");
            unfired.forEach(r -> out.add("  - " + r));
        }
        Map<Criterion, Set<Status>> missing = missingStatuses();
        int produced = Criterion.values().length * REQUIRED.size()
                - missing.values().stream().mapToInt(Set::size).sum();
        out.add("Criterion statuses produced: " + produced + " of " + Criterion.values().length * REQUIRED.size()
                + " (MET, NOT_MET and UNDETERMINED for each of " + Criterion.values().length + " criteria)");
        if (!missing.isEmpty()) {
            out.add("Statuses no scenario produces:");
            missing.forEach((c, s) -> out.add("  - " + c + ": " + s));
        }
        if (!errors.isEmpty()) {
            out.add("Scenarios that could not be assessed:");
            errors.forEach((f, m) -> out.add("  - " + f + ": " + m.lines().findFirst().orElse("")));
        }
        return out;
    }

    /** True when every rule (but the allowed ones) is fired, every status produced, and every scenario assessed. */
    public boolean complete(Collection<String> allowed) {
        return unfiredRules(allowed).isEmpty() && missingStatuses().isEmpty() && errors.isEmpty();
    }
}
