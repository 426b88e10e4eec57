package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.FamilyRecord;

/**
 * A family training scenario (issue 17): a family assessed member by member. It names the member scenarios (ordinary
 * scenario files, each a case record of its own, so that every member can also be run, opened and changed alone) and
 * says what the family assessment should give for each member. Member paths are relative to the family file and must
 * stay inside the folder above it (the examples folder), by real path.
 *
 * <pre>
 * title: "F1. ..."
 * provisions: [...]
 * teaching: [...]
 * familyId: F1
 * members: [../scenarios/F1a-....yaml, ../scenarios/F1b-....yaml]
 * expected:
 *   F1-mother: { refugeeStatus: ..., criteria: { ... } }
 * </pre>
 */
public record FamilyScenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                             String familyId, List<Scenario> members, Map<String, Expected> expected) {

    record FamilyFile(String title, List<String> provisions, List<String> teaching, Frame frame, String familyId,
                      List<String> members, Map<String, Expected> expected) {
    }

    /** Whether a YAML file is a family scenario (it lists members) rather than a scenario. */
    public static boolean isFamily(Path file) {
        String text = UserFiles.readText(file, UserFiles.MAX_SCENARIO_BYTES, "a scenario file");
        return text.lines().anyMatch(l -> l.startsWith("members:"));
    }

    public static FamilyScenario load(Path file) {
        String text = UserFiles.readText(file, UserFiles.MAX_SCENARIO_BYTES, "a family scenario file");
        StrictYaml.check(file, text);
        FamilyFile raw;
        try {
            raw = StrictYaml.MAPPER.readValue(text, FamilyFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ScenarioException(ScenarioLoader.where(file, e.getLocation()) + ": unknown field '"
                    + Terminal.value(e.getPropertyName()) + "'" + ScenarioLoader.suggestion(e.getPropertyName(),
                    e.getKnownPropertyIds()) + ".");
        } catch (JsonProcessingException e) {
            throw new ScenarioException(ScenarioLoader.where(file, e.getLocation()) + ": "
                    + Terminal.value(StrictYaml.firstLine(String.valueOf(e.getOriginalMessage()))));
        }
        if (raw == null || raw.title() == null || raw.familyId() == null || raw.members() == null
                || raw.members().isEmpty()) {
            throw new ScenarioException(Terminal.path(file) + ": a family scenario needs 'title', 'familyId' and"
                    + " 'members' (the member scenario files).");
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Path root = base.getParent() == null ? base : base.getParent();
        List<Scenario> members = new ArrayList<>();
        for (String name : raw.members()) {
            Path member = base.resolve(name).normalize();
            if (!member.startsWith(root) || !Files.isRegularFile(member) || !UserFiles.inside(member, root)) {
                throw new ScenarioException(Terminal.path(file) + ": member '" + Terminal.value(name) + "' must be a"
                        + " scenario file inside " + Terminal.path(root) + ", given relative to the family file.");
            }
            members.add(ScenarioLoader.load(member));
        }
        Frame frame = raw.frame() == null ? Frame.UNHCR : raw.frame();
        return new FamilyScenario(file, raw.title(), raw.provisions() == null ? List.of() : raw.provisions(),
                raw.teaching() == null ? List.of() : raw.teaching(), frame, raw.familyId(), members,
                raw.expected() == null ? Map.of() : new TreeMap<>(raw.expected()));
    }

    /** The family document the members make. */
    public FamilyRecord record() {
        List<CaseRecord> records = new ArrayList<>();
        for (Scenario s : members) {
            records.add(ScenarioRunner.caseOf(s));
        }
        return new FamilyRecord(CaseRecord.SCHEMA_VERSION, familyId, records);
    }

    /** Assesses the family under its frame, with the first member's country information. */
    public FamilyAssessment assess(ScenarioRunner runner) {
        Assessor assessor = runner.assessorFor(members.get(0));
        return assessor.assessFamily(record(), frame);
    }

    /** Every difference between what the family scenario expects and the assessment, member by member. */
    public List<String> differences(FamilyAssessment a) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            FamilyAssessment.Member m = a.member(e.getKey());
            if (m == null) {
                diffs.add(e.getKey() + ": no such member");
                continue;
            }
            ScenarioCheck.differences(e.getValue(), m.assessment()).forEach(d -> diffs.add(e.getKey() + ": " + d));
        }
        return diffs;
    }
}
