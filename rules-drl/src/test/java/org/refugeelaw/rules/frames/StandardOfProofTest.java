package org.refugeelaw.rules.frames;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;
import org.refugeelaw.rules.nationality.OtherNationalityTest;

/**
 * Issue 16 point 4: each frame's standard of proof is data (standardsOfProof), shown in the reasons of the findings
 * it governs, and the frame's threshold decides where the record holds the likelihood (harmMoreLikelyThanNot).
 */
class StandardOfProofTest {
    @TempDir
    Path dir;

    private static CaseBuilder defector(String host) {
        return OtherNationalityTest.uk2019Defector(host);
    }

    @Test
    void theWellFoundedFearShowsEachFramesOwnStandard() {
        assertThat(finding(defector("GB").assess(Frame.UK), Criterion.WELL_FOUNDED_FEAR).reasons().get(0))
                .contains("the UK frame's standard of proof is a reasonable degree of likelihood (R v SSHD, ex p"
                        + " Sivakumaran [1988] AC 958 (HL))");
        assertThat(finding(defector("US").assess(Frame.US), Criterion.WELL_FOUNDED_FEAR).reasons().get(0))
                .contains("the US frame's standard of proof is a reasonable possibility")
                .contains("INS v Cardoza-Fonseca, 480 US 421 (1987)");
        assertThat(finding(defector("GB").assess(Frame.UNHCR), Criterion.WELL_FOUNDED_FEAR).reasons().get(0))
                .contains("the UNHCR frame's standard of proof is a reasonable degree of likelihood");
    }

    @Test
    void aFrameWhoseRefugeeStandardIsMoreLikelyThanNotDecidesOnTheRecordedLikelihood() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc;
        try (InputStream in = Frames.class.getResourceAsStream("/org/refugeelaw/data/frames/uk.json")) {
            doc = (ObjectNode) json.readTree(in);
        }
        doc.put("id", "XP");
        ((ObjectNode) doc.get("standardsOfProof").get("refugee")).put("threshold", "more_likely_than_not")
                .put("words", "more likely than not").putArray("authorities").add("a test frame");
        Path file = dir.resolve("xp.json");
        Files.writeString(file, json.writeValueAsString(doc));
        Assessor assessor = ASSESSOR.withFrames(Frames.bundled().with(Frames.load(file)));
        Frame xp = Frame.of("XP");

        // The same risk the UK frame finds to a reasonable degree of likelihood ...
        assertThat(finding(defector("GB").using(assessor).assess(Frame.UK), Criterion.WELL_FOUNDED_FEAR).status())
                .isEqualTo(Status.MET);
        // ... is open under a more-likely-than-not standard while the likelihood is unknown,
        CriterionFinding open = finding(defector("GB").using(assessor).assess(xp), Criterion.WELL_FOUNDED_FEAR);
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.missingFacts()).contains("$.destinations[0].harmMoreLikelyThanNot");
        assertThat(open.reasons().get(0)).contains("whether the harm is more likely than not is not yet found")
                .contains("the XP frame's standard of proof is more likely than not (a test frame)");
        // and decided by it once it is found.
        Assessment no = defector("GB").set("destinations.0.harmMoreLikelyThanNot", "not_established")
                .using(assessor).assess(xp);
        assertThat(finding(no, Criterion.WELL_FOUNDED_FEAR).status()).isEqualTo(Status.NOT_MET);
        assertThat(finding(no, Criterion.WELL_FOUNDED_FEAR).reasons().get(0))
                .contains("the harm is not shown to be more likely than not");
        Assessment yes = defector("GB").set("destinations.0.harmMoreLikelyThanNot", "established")
                .using(assessor).assess(xp);
        assertThat(finding(yes, Criterion.WELL_FOUNDED_FEAR).status()).isEqualTo(Status.MET);
    }
}
