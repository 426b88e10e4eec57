package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;

/**
 * Issue 16 point 5: a scenario's own country information adds to the bundled data, unless the scenario says that it
 * replaces it ({@code countryInformationReplacesBundled: true}); an added entry may not reuse a bundled identifier.
 */
class ScenarioCountryInformationTest {
    /** A North Korean who left without permission, in the UK, with no other nationality. */
    private static final String CASE = """
            case:
              schemaVersion: "1.0"
              caseId: CI
              assessmentDate: 2024-06-01
              person:
                id: CI-person
                nationalities:
                  - { country: KP, basis: held }
              hostState: GB
              currentCountry: GB
              countryOfOrigin: KP
              departure:
                withPermission: not_established
              destinations:
                - country: KP
            """;

    /** Own country information holding only a condition on the asylum claim, which this case does not engage. */
    private static final String OWN = """
            {"schemaVersion": "1.0", "conditions": [{"id": "OWN-KP-ASYLUM-CLAIM", "country": "KP",
              "trigger": "asylum_claim", "harms": ["torture"], "summary": "test data", "source": "test data",
              "sourceDate": "2024"}]}
            """;

    private static Scenario write(Path dir, String flag, String dataset) throws Exception {
        Files.writeString(dir.resolve("own.json"), dataset);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "title: \"CI\"\ncountryInformation: own.json\n" + flag + CASE);
        return ScenarioLoader.load(file);
    }

    @Test
    void ownCountryInformationAddsToTheBundledData(@TempDir Path dir) throws Exception {
        Scenario s = write(dir, "", OWN);
        assertThat(s.replacesBundled()).isFalse();
        Assessment a = new ScenarioRunner().assess(s);
        // The bundled KP-UNAUTHORISED-EXIT still applies beside the scenario's own entry.
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.finding(Criterion.EXIT_PENALTY).orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void ownCountryInformationReplacesTheBundledDataOnlyWhereTheScenarioSaysSo(@TempDir Path dir) throws Exception {
        Scenario s = write(dir, "countryInformationReplacesBundled: true\n", OWN);
        assertThat(s.replacesBundled()).isTrue();
        Assessment a = new ScenarioRunner().assess(s);
        // Without the bundled data, nothing is known about a penalty for leaving the DPRK.
        assertThat(a.finding(Criterion.EXIT_PENALTY).orElseThrow().status()).isEqualTo(Status.NOT_MET);
        assertThat(a.determination().status()).isNotEqualTo(RefugeeStatus.REFUGEE);
    }

    @Test
    void anAddedEntryMayNotReuseABundledIdentifier(@TempDir Path dir) throws Exception {
        Scenario s = write(dir, "", OWN.replace("OWN-KP-ASYLUM-CLAIM", "KP-FORCED-RETURN"));
        assertThatThrownBy(() -> new ScenarioRunner().assess(s)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("KP-FORCED-RETURN is an identifier of the bundled country information")
                .hasMessageContaining("countryInformationReplacesBundled: true");
    }
}
