package org.refugeelaw.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.model.CaseRecord;

/**
 * Coverage-guided fuzzing of the JSON reader and the assessor (Jazzer). Property: whatever the bytes, nothing escapes
 * but {@link InvalidCaseException}: no other exception, no OutOfMemoryError, no stack overflow. A record the reader
 * accepts is assessed under every frame.
 *
 * <p>In the normal build this runs as a regression test over the saved inputs in
 * {@code src/test/resources/org/refugeelaw/fuzz/CaseJsonFuzzTestInputs/readAndAssess}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=CaseJsonFuzzTest} (from the examples module, after the reactor is built);
 * findings are written to that directory and should be committed.
 */
class CaseJsonFuzzTest {
    private static final Assessor ASSESSOR = Assessor.create();

    @FuzzTest(maxDuration = "4m")
    void readAndAssess(byte[] input) {
        CaseRecord c;
        try {
            c = CaseJson.read(new ByteArrayInputStream(input));
        } catch (InvalidCaseException expected) {
            return;
        }
        for (Frame f : Frame.values()) {
            ASSESSOR.assess(c, f);
        }
        // The record the reader accepted writes out, and reads back, as a valid record.
        CaseJson.read(CaseJson.write(c));
    }
}
