package org.refugeelaw.report;

import java.time.LocalDate;
import java.util.List;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.SurPlaceCause;

/**
 * An assessment built by hand in which every string the reports show is hostile: markup, an attribute break-out
 * and a Mustache tag, each marked with the name of its field so a test can find every one of them.
 */
final class HostileAssessment {
    /** The fields that carry text into a report. */
    static final List<String> FIELDS = List.of("caseId", "frame", "libraryVersion", "ruleSetHash",
            "determination.reason", "determination.rule", "determination.basis", "cause.description", "cause.fact",
            "criterion.reason", "criterion.fact", "criterion.missing", "criterion.rule", "criterion.basis",
            "return.destination", "return.reason", "bar.instrument", "bar.reason", "bar.fact", "bar.missing",
            "bar.rule", "bar.basis", "guarantee.name", "guarantee.reason", "guarantee.fact", "guarantee.missing",
            "guarantee.rule", "guarantee.basis", "unknownFact");

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String MUSTACHE = "{{x}}";

    private HostileAssessment() {
    }

    /** The hostile text of one field. */
    static String hostile(String field) {
        return field + ": " + SCRIPT + " " + BREAKOUT + " " + MUSTACHE + " & 'q'";
    }

    /** That text as HTML-escaped by the HTML report. */
    static String html(String field) {
        return field + ": &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"
                + " &#123;&#123;x&#125;&#125; &amp; &#39;q&#39;";
    }

    /** That text as escaped by the Markdown report. */
    static String markdown(String field) {
        return field + ": \\<script\\>alert(1)\\</script\\> \"\\>\\<img src=x onerror=alert(1)\\>"
                + " \\{\\{x\\}\\} \\& 'q'";
    }

    /** Data quoted in a reason (a String argument of a message), as a rule quotes the case record or the country
     * information: rendered verbatim inside the template, in every language. */
    static Message quoted(String text) {
        return Message.of("bars.parenthesis", text);
    }

    static Assessment build() {
        Determination d = new Determination(RefugeeStatus.REFUGEE, RefugeeBasis.SUR_PLACE,
                List.of(new SurPlaceCause(Criterion.SUR_PLACE_ACTIVITIES, quoted(hostile("cause.description")),
                        LocalDate.of(2020, 1, 2), 3L, hostile("cause.fact"))),
                List.of(Criterion.OUTSIDE_COUNTRY), List.of(quoted(hostile("determination.reason"))),
                List.of(hostile("determination.rule")), List.of(hostile("determination.basis")));
        CriterionFinding c = new CriterionFinding(Criterion.OUTSIDE_COUNTRY, Status.MET,
                List.of(quoted(hostile("criterion.reason"))), List.of(hostile("criterion.fact")),
                List.of(hostile("criterion.missing")), List.of(hostile("criterion.rule")),
                List.of(hostile("criterion.basis")));
        CriterionFinding other = new CriterionFinding(Criterion.EXCLUSION_1F, Status.NOT_MET, List.of(quoted("No crime")),
                List.of(), List.of(), List.of(), List.of("RC 1F"));
        BarFinding bar = new BarFinding(Criterion.ABSOLUTE_BAR_TORTURE, Status.MET,
                List.of(hostile("bar.instrument")), true, List.of(quoted(hostile("bar.reason"))), List.of(hostile("bar.fact")),
                List.of(hostile("bar.missing")), List.of(hostile("bar.rule")), List.of(hostile("bar.basis")));
        ReturnFinding r = new ReturnFinding(hostile("return.destination"), ReturnStatus.BARRED, List.of(bar),
                List.of(quoted(hostile("return.reason"))), true);
        ProceduralFinding p = new ProceduralFinding(Criterion.PROCEDURAL_GUARANTEES, hostile("guarantee.name"),
                Status.NOT_MET, List.of(quoted(hostile("guarantee.reason"))), List.of(hostile("guarantee.fact")),
                List.of(hostile("guarantee.missing")), List.of(hostile("guarantee.rule")),
                List.of(hostile("guarantee.basis")));
        org.refugeelaw.assessment.DecisiveFact decisive = new org.refugeelaw.assessment.DecisiveFact(
                hostile("decisive.fact"), List.of(new org.refugeelaw.assessment.DecisiveFact.Alternative(
                        hostile("decisive.value"), hostile("decisive.outcome"), List.of(quoted(hostile("decisive.change"))))));
        org.refugeelaw.assessment.Counterfactual counter = new org.refugeelaw.assessment.Counterfactual(
                List.of(new org.refugeelaw.assessment.Counterfactual.Change(hostile("counter.fact"),
                        hostile("counter.from"), hostile("counter.to"))), hostile("counter.outcome"),
                quoted(hostile("counter.summary")));
        return new Assessment(hostile("caseId"), hostile("libraryVersion"), hostile("frame"), hostile("ruleSetHash"),
                hostile("inputHash"), d, List.of(c, other), List.of(r), List.of(p), List.of(hostile("unknownFact")),
                List.of(decisive), List.of(counter), List.of(quoted(hostile("searchNote"))));
    }
}
