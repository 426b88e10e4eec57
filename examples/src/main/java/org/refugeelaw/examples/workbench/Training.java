package org.refugeelaw.examples.workbench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;

/**
 * Training mode: a trainee's predictions scored against the assessment, item by item (the determination, each
 * criterion's status, each destination's return status), and the class's scores, kept in memory only.
 */
final class Training {
    /** At most this many rounds are kept; the trainer exports them before a class goes beyond it. */
    static final int MAX_ROUNDS = 10_000;
    static final int MAX_TRAINEE_LENGTH = 100;

    private final List<Round> rounds = new ArrayList<>();

    /** One scored prediction; a miss carries the reasons and citations of the finding it missed. */
    record Item(String key, String label, String predicted, String actual, boolean correct, List<String> reasons,
                List<String> legalBasis) {
    }

    /** One trainee's round on one case. */
    record Round(Instant at, String trainee, String scenario, String frame, int score, int outOf,
                 List<String> missed) {
    }

    /** The items a trainee predicts for this assessment, with the form field name of each. */
    static List<Map<String, Object>> questions(Assessment a) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(question("determination", "Determination", enumNames(RefugeeStatus.values())));
        for (CriterionFinding f : a.criteria()) {
            out.add(question("criterion:" + f.criterion().name(), f.criterion().title() + " (" + f.criterion().name()
                    + ")", enumNames(Status.values())));
        }
        for (ReturnFinding r : a.returns()) {
            out.add(question("return:" + r.destination(), "Return to " + r.destination(),
                    enumNames(ReturnStatus.values())));
        }
        return out;
    }

    /** Scores the predictions (form field name to value; a missing or blank prediction is a miss). */
    static List<Item> score(Assessment a, Map<String, String> predictions) {
        List<Item> out = new ArrayList<>();
        out.add(item("determination", "Determination", predictions, a.determination().status().name(),
                a.determination().reasons(), a.determination().legalBasis()));
        for (CriterionFinding f : a.criteria()) {
            out.add(item("criterion:" + f.criterion().name(), f.criterion().title(), predictions, f.status().name(),
                    f.reasons(), f.legalBasis()));
        }
        for (ReturnFinding r : a.returns()) {
            List<String> basis = r.bars().stream().flatMap(b -> b.legalBasis().stream()).distinct().toList();
            out.add(item("return:" + r.destination(), "Return to " + r.destination(), predictions,
                    r.status().name(), r.reasons(), basis));
        }
        return out;
    }

    /** Records a round; refuses once {@link #MAX_ROUNDS} are kept. */
    synchronized Round record(String trainee, String scenario, String frame, List<Item> items) {
        if (rounds.size() >= MAX_ROUNDS) {
            throw new WorkbenchException("The workbench keeps at most " + MAX_ROUNDS + " rounds: export the scores"
                    + " as CSV and restart it to begin a new class.");
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
        return new Item(key, label, p == null || p.isBlank() ? "(no prediction)" : p, actual, actual.equals(p),
                reasons, legalBasis);
    }

    private static Map<String, Object> question(String field, String label, List<String> options) {
        return Map.of("field", field, "id", "q-" + field.replace(':', '-'), "label", label, "options", options);
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return out;
    }
}
