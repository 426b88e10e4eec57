package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.RefugeeStatus;

/**
 * Every valid generated case is assessed without an internal error under every frame. Pins down a bug the 1,000,000
 * line batch found: two rules both deciding HUMANITARIAN_CONCERN for an excluded person (seed 99, lines 435, 1155
 * and 1189 of the generated caseload).
 */
class GeneratedCaseloadTest {
    @Test
    void everyGeneratedValidCaseIsAssessedUnderEveryFrame() {
        Assessor assessor = Assessor.create();
        CaseloadGenerator generator = new CaseloadGenerator(99, 0);
        List<String> failures = new ArrayList<>();
        int excluded = 0;
        for (int line = 1; line <= 1500 && generator.hasNext(); line++) {
            String text = generator.next().text();
            for (Frame frame : Frame.values()) {
                try {
                    Assessment a = assessor.assess(CaseJson.read(text), frame);
                    if (a.determination().status() == RefugeeStatus.EXCLUDED) {
                        excluded++;
                    }
                } catch (RuntimeException e) {
                    failures.add("line " + line + " under " + frame + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(excluded).as("the caseload includes excluded people, where the bug was").isPositive();
    }
}
