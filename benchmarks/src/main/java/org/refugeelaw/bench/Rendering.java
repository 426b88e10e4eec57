package org.refugeelaw.bench;

import java.util.Locale;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;

/** Renders every reason of an assessment in English, as a report would: the explanation's rendering cost. */
final class Rendering {
    private Rendering() {
    }

    /** The total length of the rendered reasons (returned so that the JIT cannot drop the work). */
    static int english(Assessment a) {
        int n = 0;
        for (String s : a.determination().reasons(Locale.ENGLISH)) {
            n += s.length();
        }
        for (CriterionFinding f : a.criteria()) {
            for (String s : f.reasons(Locale.ENGLISH)) {
                n += s.length();
            }
        }
        for (ReturnFinding r : a.returns()) {
            for (String s : r.reasons(Locale.ENGLISH)) {
                n += s.length();
            }
            for (BarFinding b : r.bars()) {
                for (String s : b.reasons(Locale.ENGLISH)) {
                    n += s.length();
                }
            }
        }
        for (ProceduralFinding p : a.procedure()) {
            for (String s : p.reasons(Locale.ENGLISH)) {
                n += s.length();
            }
        }
        return n;
    }
}
