package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.model.CaseRecord;

/** Writing a case record and reading it back gives the same record. */
class JsonRoundTripTest {
    @Test
    void readOfWriteIsIdentityForGeneratedRecords() {
        for (long seed : new long[] {11L, 12L, 13L}) {
            PropertySupport.Generator g = new PropertySupport.Generator(seed);
            for (int i = 0; i < 400; i++) {
                CaseRecord x = PropertySupport.read(g.next());
                String json = CaseJson.write(x);
                assertThat(CaseJson.read(json)).as("seed %d, case %d: %s", seed, i, json).isEqualTo(x);
                assertThat(CaseJson.write(CaseJson.read(json))).as("seed %d, case %d", seed, i).isEqualTo(json);
            }
        }
    }
}
