package org.refugeelaw.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Status;

/** Compares an assessment with what a scenario expects, and lists every difference in words. */
public final class ScenarioCheck {
    private ScenarioCheck() {
    }

    public static List<String> differences(Expected e, Assessment a) {
        List<String> diffs = new ArrayList<>();
        if (e.refugeeStatus() != null && e.refugeeStatus() != a.determination().status()) {
            diffs.add("refugee status: expected " + e.refugeeStatus() + ", got " + a.determination().status());
        }
        if (e.basis() != null && e.basis() != a.determination().basis()) {
            diffs.add("basis: expected " + e.basis() + ", got " + a.determination().basis());
        }
        for (Map.Entry<Criterion, Status> c : e.criteria().entrySet()) {
            Status actual = a.finding(c.getKey()).map(CriterionFinding::status).orElse(null);
            if (actual != c.getValue()) {
                diffs.add(c.getKey() + ": expected " + c.getValue() + ", got " + (actual == null ? "no finding" : actual));
            }
        }
        for (Map.Entry<String, org.refugeelaw.assessment.ReturnStatus> r : e.returns().entrySet()) {
            var actual = a.returnTo(r.getKey()).map(ReturnFinding::status).orElse(null);
            if (actual != r.getValue()) {
                diffs.add("return to " + r.getKey() + ": expected " + r.getValue() + ", got "
                        + (actual == null ? "no finding" : actual));
            }
        }
        for (Map.Entry<String, Map<Criterion, Status>> d : e.bars().entrySet()) {
            for (Map.Entry<Criterion, Status> b : d.getValue().entrySet()) {
                Status actual = a.returnTo(d.getKey()).flatMap(r -> r.bars().stream()
                        .filter(x -> x.criterion() == b.getKey()).findFirst()).map(BarFinding::status).orElse(null);
                if (actual != b.getValue()) {
                    diffs.add(b.getKey() + " for " + d.getKey() + ": expected " + b.getValue() + ", got "
                            + (actual == null ? "no finding" : actual));
                }
            }
        }
        for (Map.Entry<String, Status> g : e.guarantees().entrySet()) {
            Status actual = a.procedure().stream().filter(p -> p.guarantee().equals(g.getKey())).findFirst()
                    .map(ProceduralFinding::status).orElse(null);
            if (actual != g.getValue()) {
                diffs.add("guarantee " + g.getKey() + ": expected " + g.getValue() + ", got "
                        + (actual == null ? "no finding" : actual));
            }
        }
        for (Map.Entry<Criterion, List<String>> c : e.citations().entrySet()) {
            List<String> basis = a.finding(c.getKey()).map(CriterionFinding::legalBasis).orElse(List.of());
            for (String cite : c.getValue()) {
                if (!basis.contains(cite)) {
                    diffs.add(c.getKey() + ": expected the legal basis to cite " + cite + ", got " + basis);
                }
            }
        }
        for (Map.Entry<String, Map<Criterion, List<String>>> d : e.barReasons().entrySet()) {
            for (Map.Entry<Criterion, List<String>> b : d.getValue().entrySet()) {
                List<String> reasons = a.returnTo(d.getKey()).flatMap(r -> r.bars().stream()
                        .filter(x -> x.criterion() == b.getKey()).findFirst()).map(BarFinding::reasons)
                        .orElse(List.of());
                for (String phrase : b.getValue()) {
                    if (reasons.stream().noneMatch(r -> r.contains(phrase))) {
                        diffs.add(b.getKey() + " for " + d.getKey() + ": expected a reason saying \"" + phrase
                                + "\", got " + (reasons.isEmpty() ? "no reason" : reasons));
                    }
                }
            }
        }
        return diffs;
    }
}
