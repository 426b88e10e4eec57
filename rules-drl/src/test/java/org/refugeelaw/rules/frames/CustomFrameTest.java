package org.refugeelaw.rules.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refugeelaw.rules.RuleTestSupport.ASSESSOR;
import static org.refugeelaw.rules.RuleTestSupport.finding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.Frames;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.nationality.OtherNationalityTest;

/**
 * Issue 16 point 1: an embedding application loads a frame file of its own, and the rules read that frame's data,
 * never its name. The custom frame here is the bundled UNHCR frame with one choice changed: a North Korean's right
 * to ROK nationality does not count unless availed of (the choice 22 USC 7842 makes for the US).
 */
class CustomFrameTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path customFrame(String id, boolean rokNationalityCounts) throws Exception {
        ObjectNode doc;
        try (InputStream in = Frames.class.getResourceAsStream("/org/refugeelaw/data/frames/unhcr.json")) {
            doc = (ObjectNode) JSON.readTree(in);
        }
        doc.put("id", id).put("title", "A test frame (an application's own)")
                .put("rokNationalityOfNorthKoreans", rokNationalityCounts)
                .put("rokNationalityAuthority", "Test Nationality Act s. 9");
        Path file = dir.resolve(id.toLowerCase() + ".json");
        Files.writeString(file, JSON.writeValueAsString(doc));
        return file;
    }

    @Test
    void aFrameLoadedFromAFileChangesTheDeterminationAsItsDataSays() throws Exception {
        Assessor withCustom = ASSESSOR.withFrames(Frames.bundled().with(Frames.load(customFrame("XK", false))));
        Frame xk = Frame.of("XK");
        assertThat(withCustom.frames().frames()).contains(Frame.UNHCR, Frame.EU, Frame.UK, Frame.US, xk);

        // Under UNHCR the defector's ROK nationality, obtainable by right and safe, defeats the claim.
        Assessment unhcr = OtherNationalityTest.uk2019Defector("GB").using(withCustom).assess(Frame.UNHCR);
        assertThat(finding(unhcr, Criterion.OTHER_NATIONALITY).status()).isEqualTo(Status.NOT_MET);
        assertThat(unhcr.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);

        // Under the custom frame, whose data says that right does not count, the same record is decided otherwise.
        Assessment custom = OtherNationalityTest.uk2019Defector("GB").using(withCustom).assess(xk);
        CriterionFinding other = finding(custom, Criterion.OTHER_NATIONALITY);
        assertThat(other.status()).isEqualTo(Status.MET);
        assertThat(other.reasons().get(0)).contains("Under the XK frame")
                .contains("does not count (Test Nationality Act s. 9)");
        assertThat(other.factsRelied()).contains("frame:XK");
        assertThat(custom.frame()).isEqualTo("XK");
        assertThat(custom.determination().status()).isNotEqualTo(RefugeeStatus.NOT_REFUGEE);

        // The same file with the choice the other way reaches the UNHCR outcome: it is the data that decides.
        Assessor counting = ASSESSOR.withFrames(Frames.bundled().with(Frames.load(customFrame("XL", true))));
        Assessment same = OtherNationalityTest.uk2019Defector("GB").using(counting).assess(Frame.of("XL"));
        assertThat(finding(same, Criterion.OTHER_NATIONALITY).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aFrameFileThatBreaksTheSchemaIsRefusedWithThePathOfEveryProblem() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"id\": \"xx\", \"title\": \"t\","
                + " \"selfCreatedActivities\": \"sometimes\", \"standardsOfProof\": {\"refugee\":"
                + " {\"threshold\": \"probable\", \"words\": \"w\"}}, \"unknownChoice\": true}");
        assertThatThrownBy(() -> Frames.load(file)).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.problems()).extracting(p -> p.path()).contains("$.id", "$.selfCreatedActivities",
                        "$.standardsOfProof.refugee.threshold", "$.unknownChoice"));
    }

    @Test
    void aFrameTheAssessorDoesNotKnowIsRefusedByName() {
        assertThatThrownBy(() -> OtherNationalityTest.uk2019Defector("GB").assess(Frame.of("ZZ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown frame 'ZZ'");
        assertThatThrownBy(() -> Frame.of("not a frame")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBundledFrameIsValidAgainstTheFrameSchemaAndSelectedById() {
        for (Frame f : Frame.values()) {
            try (InputStream in = Frames.class.getResourceAsStream("/org/refugeelaw/data/frames/"
                    + f.id().toLowerCase() + ".json")) {
                assertThat(Frames.read(in).frames()).containsExactly(f);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThat(Frame.of(f.id())).isEqualTo(f);
        }
    }
}
