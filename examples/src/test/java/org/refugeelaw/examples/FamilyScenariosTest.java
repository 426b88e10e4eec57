package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;

/** Issue 17: the family scenarios in examples/families, assessed member by member, and the CLI on a family. */
class FamilyScenariosTest {
    private static final Path F1 = Path.of("families/F1-trafficked-mother-and-unregistered-child.yaml");

    @Test
    void everyFamilyScenarioGivesWhatItExpectsForEachMember() throws Exception {
        List<Path> files = ScenarioLoader.files(Path.of("families"));
        assertThat(files).isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner();
        for (Path file : files) {
            FamilyScenario fs = FamilyScenario.load(file);
            assertThat(fs.expected()).as(file.toString()).isNotEmpty();
            assertThat(fs.differences(fs.assess(runner))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theTraffickedMotherAndHerUnregisteredChildAreAssessedMemberByMember() {
        FamilyAssessment fa = FamilyScenario.load(F1).assess(new ScenarioRunner());
        assertThat(fa.member("F1-mother").assessment().determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        var child = fa.member("F1-child").assessment();
        assertThat(child.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(child.finding(Criterion.FAMILY_UNITY).orElseThrow().status()).isEqualTo(Status.UNDETERMINED);
        // Alone, the child's record cannot know her mother's recognition; in the family it waits only on her
        // possible Chinese nationality (HB 184).
        assertThat(child.finding(Criterion.FAMILY_UNITY).orElseThrow().missingFacts())
                .containsExactly("$.person.possibleNationalities");
    }

    @Test
    void theCommandLineAssessesAFamilyAsOneHtmlDocumentWithASectionPerMember() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Runner.execute(new String[] {"assess", F1.toString(), "--format", "html"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).containsOnlyOnce("<!DOCTYPE html>").contains("Assessment of family F1")
                .contains("<section id=\"member-1\"", "<section id=\"member-2\"")
                .doesNotContain("2017-05-10");
    }

    @Test
    void theCommandLineAssessesAFamilyDocumentInJson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        FamilyScenario fs = FamilyScenario.load(F1);
        Path json = dir.resolve("family.json");
        Files.writeString(json, org.refugeelaw.api.FamilyJson.write(fs.record()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Runner.execute(new String[] {"assess", json.toString(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"familyId\" : \"F1\"").contains("\"personId\" : \"F1-child\"");
    }

    @Test
    void aMemberPathLeadingOutOfTheExamplesFolderIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path inner = Files.createDirectories(dir.resolve("a/b"));
        Path family = inner.resolve("F.yaml");
        Files.writeString(family, "title: \"x\"\nfamilyId: F\nmembers: [../../../outside.yaml]\n");
        assertThatThrownBy(() -> FamilyScenario.load(family)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("must be a scenario file inside");
    }
}
