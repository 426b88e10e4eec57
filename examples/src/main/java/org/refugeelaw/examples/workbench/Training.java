package org.refugeelaw.examples.workbench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.examples.WhatIf;
import org.refugeelaw.report.ReportLabels;

/**
 * Training mode: a trainee's predictions scored against the assessment, item by item (the determination, each
 * criterion's status, each destination's return status), and the class's scores, kept in memory only.
 */
final class Training {
    /** At most this many rounds are kept; the trainer exports them before a class goes beyond it. */
    static final int MAX_ROUNDS = 10_000;
    static final int MAX_TRAINEE_LENGTH = 100;

    private final List<Round> rounds = new ArrayList<>();

    /**
     * One scored prediction ({@code predicted} empty where the trainee made none); a miss carries the reasons and
     * citations of the finding it missed.
     */
    record Item(String key, String label, String predicted, String actual, boolean correct, List<String> reasons,
                List<String> legalBasis) {
    }

    /** One trainee's round on one case. */
    record Round(Instant at, String trainee, String scenario, String frame, int score, int outOf,
                 List<String> missed) {
    }

    /**
     * The items a trainee predicts for this assessment, with the form field name of each, labelled for a reader of
     * {@code locale}: each question's {@code options} are the values ({@code value}, the enum constant the form sends)
     * with their words ({@code label}: the constant itself in English, as always; the report's words otherwise), and
     * {@code values} the constants alone.
     */
    static List<Map<String, Object>> questions(Assessment a, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(question("determination", ReportLabels.text("report.label.determination", locale),
                enumNames(RefugeeStatus.values()), locale));
        for (CriterionFinding f : a.criteria()) {
            out.add(question("criterion:" + f.criterion().name(), ReportLabels.text(
                    "report.workbench.criterionQuestion", locale, ReportLabels.criterion(f.criterion(), locale),
                    f.criterion().name()), enumNames(Status.values()), locale));
        }
        for (ReturnFinding r : a.returns()) {
            out.add(question("return:" + r.destination(), ReportLabels.text("report.label.returnTo", locale,
                    r.destination()), enumNames(ReturnStatus.values()), locale));
        }
        return out;
    }

    /**
     * Scores the predictions (form field name to value; a missing or blank prediction is a miss, with an empty
     * {@link Item#predicted()}), the items labelled for a reader of {@code locale}.
     */
    static List<Item> score(Assessment a, Map<String, String> predictions, Locale locale) {
        List<Item> out = new ArrayList<>();
        out.add(item("determination", ReportLabels.text("report.label.determination", locale), predictions,
                a.determination().status().name(), a.determination().reasons(locale), a.determination().legalBasis()));
        for (CriterionFinding f : a.criteria()) {
            out.add(item("criterion:" + f.criterion().name(), ReportLabels.criterion(f.criterion(), locale),
                    predictions, f.status().name(), f.reasons(locale), f.legalBasis()));
        }
        for (ReturnFinding r : a.returns()) {
            List<String> basis = r.bars().stream().flatMap(b -> b.legalBasis().stream()).distinct().toList();
            out.add(item("return:" + r.destination(), ReportLabels.text("report.label.returnTo", locale,
                    r.destination()), predictions, r.status().name(), r.reasons(locale), basis));
        }
        return out;
    }

    /**
     * A predicted or assessed value for a reader of {@code locale}: in English in lower case as always ("not met"),
     * otherwise the report's words; an empty prediction is "(no prediction)".
     */
    static String words(String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return ReportLabels.text("report.workbench.noPrediction", locale);
        }
        return ReportLabels.english(locale) ? Cascade.words(value) : WhatIf.value(value, locale);
    }

    /** Records a round; refuses once {@link #MAX_ROUNDS} are kept. */
    synchronized Round record(String trainee, String scenario, String frame, List<Item> items) {
        if (rounds.size() >= MAX_ROUNDS) {
            throw new WorkbenchException(Message.of("report.workbench.error.rounds", String.valueOf(MAX_ROUNDS)));
        }
        int score = (int) items.stream().filter(Item::correct).count();
        List<String> missed = items.stream().filter(i -> !i.correct()).map(Item::key).toList();
        Round r = new Round(Instant.now().truncatedTo(ChronoUnit.SECONDS), trainee, scenario, frame, score,
                items.size(), missed);
        rounds.add(r);
        return r;
    }

    synchronized List<Round> rounds() {
        return List.copyOf(rounds);
    }

    /**
     * The rounds as CSV (RFC 4180, every field quoted). A field that a spreadsheet would read as a formula (starting
     * with =, +, -, @, tab or carriage return) gets a leading apostrophe.
     */
    String csv() {
        StringBuilder sb = new StringBuilder("time,trainee,scenario,frame,score,out_of,missed\r\n");
        for (Round r : rounds()) {
            sb.append(String.join(",", List.of(field(r.at().toString()), field(r.trainee()), field(r.scenario()),
                    field(r.frame()), field(Integer.toString(r.score())), field(Integer.toString(r.outOf())),
                    field(String.join(" ", r.missed()))))).append("\r\n");
        }
        return sb.toString();
    }

    static String field(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static Item item(String key, String label, Map<String, String> predictions, String actual,
                             List<String> reasons, List<String> legalBasis) {
        String p = predictions.getOrDefault(key, "");
        return new Item(key, label, p == null || p.isBlank() ? "" : p, actual, actual.equals(p), reasons, legalBasis);
    }

    private static Map<String, Object> question(String field, String label, List<String> values, Locale locale) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (String v : values) {
            options.add(Map.of("value", v, "label", ReportLabels.english(locale) ? v : WhatIf.value(v, locale)));
        }
        return Map.of("field", field, "id", "q-" + field.replace(':', '-'), "label", label, "options", options,
                "values", values, "noPrediction", ReportLabels.text("report.workbench.noPrediction", locale));
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return out;
    }
}
