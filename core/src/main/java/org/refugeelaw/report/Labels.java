package org.refugeelaw.report;

import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.SurPlaceCause;

/** The words the reports share, so that text, Markdown and HTML say the same thing. */
final class Labels {
    private Labels() {
    }

    /** "refugee, sur place", "not refugee", "excluded", ... as in {@link TextReport}. */
    static String determination(Determination d) {
        String s = TextReport.words(d.status().name());
        if (d.basis() != RefugeeBasis.NONE) {
            s += ", " + TextReport.basis(d.basis());
        }
        return s;
    }

    /** When a sur-place cause happened: "2019-08-15, 3 days after departure" or "date unknown". */
    static String when(SurPlaceCause c) {
        if (c.date() == null) {
            return "date unknown";
        }
        if (c.daysAfterDeparture() == null) {
            return c.date().toString();
        }
        long days = c.daysAfterDeparture();
        return c.date() + ", " + (days < 0 ? (-days) + " days before departure" : days + " days after departure");
    }

    /** A procedural guarantee's status: given, VIOLATION, unknown, n/a. */
    static String guarantee(Status s) {
        return switch (s) {
            case MET -> "given";
            case NOT_MET -> "VIOLATION";
            case UNDETERMINED -> "unknown";
            case NOT_APPLICABLE -> "n/a";
        };
    }
}
