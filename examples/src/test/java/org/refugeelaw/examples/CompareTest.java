package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** compare shows the frames side by side, marks the rows that differ, and gives the legal reason for each. */
class CompareTest {
    private static String compare(String file) {
        StringWriter out = new StringWriter();
        int exit = Runner.execute(new String[] {"compare", file}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void firmResettlementDiffersUnderTheUsFrame() {
        String out = compare("scenarios/T19-north-korean-firmly-resettled-us.yaml");
        assertThat(out).containsPattern("item\\s+UNHCR\\s+EU\\s+UK\\s+US");
        // Issue 12: 22 USC 7842 does not reach ROK citizenship acquired and used (T19's), and RC 1E does not concern
        // a citizen of the country of residence; only the US firm-resettlement bar still differs.
        assertThat(out).containsPattern("(?m)^\\s+OTHER_NATIONALITY\\s+NOT_MET\\s+NOT_MET\\s+NOT_MET\\s+NOT_MET");
        assertThat(out).containsPattern("\\*\\s+SETTLED_ELSEWHERE\\s+NOT_APPLICABLE\\s+NOT_APPLICABLE\\s+NOT_APPLICABLE\\s+MET");
        assertThat(out).containsPattern("(?m)^\\s+determination\\s+NOT_REFUGEE\\s+NOT_REFUGEE\\s+NOT_REFUGEE\\s+NOT_REFUGEE");
        assertThat(out).contains("Why the frames differ:").contains("firmly resettled in KR");
    }

    @Test
    void danianDiffersOnlyWhereTheEuFrameAppliesQd53() {
        String out = compare("scenarios/R1-danian-unhcr.yaml");
        assertThat(out).containsPattern("\\*\\s+determination\\s+REFUGEE SUR_PLACE\\s+NOT_REFUGEE\\s+REFUGEE SUR_PLACE\\s+REFUGEE SUR_PLACE");
        assertThat(out).contains("QD 5(3)");
        assertThat(out).containsPattern("(?m)^\\s+return to NG\\s+BARRED\\s+BARRED\\s+BARRED\\s+BARRED");
    }
}
