package org.refugeelaw.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.FrameComparison;
import org.refugeelaw.engine.Citations;
import org.refugeelaw.engine.FramePolicy;
import org.refugeelaw.model.CaseRecord;

/** Assesses one case under every frame and lines the results up. */
final class FrameComparisons {
    private FrameComparisons() {
    }

    static FrameComparison compare(Assessor assessor, CaseRecord c, Frames policies) {
        return compare(assessor, c, policies, java.util.Locale.ROOT);
    }

    /** The comparison with each difference's reason rendered in {@code locale}. */
    static FrameComparison compare(Assessor assessor, CaseRecord c, Frames policies, java.util.Locale locale) {
        Map<String, Assessment> byFrame = new LinkedHashMap<>();
        for (Frame f : policies.frames()) {
            byFrame.put(f.name(), assessor.assess(c, f));
        }
        List<String> frames = new ArrayList<>(byFrame.keySet());
        List<FrameComparison.Row> rows = new ArrayList<>();
        rows.add(row("determination", frames, byFrame, a -> a.outcome(),
                a -> a.determination().reasons(locale).isEmpty() ? "" : a.determination().reasons(locale).get(0), policies, c.assessmentDate()));
        for (Criterion crit : Criterion.values()) {
            if (byFrame.values().stream().noneMatch(a -> a.finding(crit).isPresent())) {
                continue;
            }
            rows.add(row(crit.name(), frames, byFrame,
                    a -> a.finding(crit).map(f -> f.status().name()).orElse("-"),
                    a -> a.finding(crit).map(f -> f.reasons(locale)).filter(r -> !r.isEmpty()).map(r -> r.get(0))
                            .orElse(""), policies, c.assessmentDate()));
        }
        Set<String> destinations = new LinkedHashSet<>();
        byFrame.values().forEach(a -> a.returns().forEach(r -> destinations.add(r.destination())));
        for (String d : destinations) {
            rows.add(row("return to " + d, frames, byFrame,
                    a -> a.returnTo(d).map(r -> r.status().name()).orElse("-"),
                    a -> a.returnTo(d).map(r -> r.reasons(locale)).filter(r -> !r.isEmpty()).map(r -> r.get(0))
                            .orElse(""), policies, c.assessmentDate()));
            for (Criterion bar : List.of(Criterion.NON_REFOULEMENT_33, Criterion.ABSOLUTE_BAR_TORTURE,
                    Criterion.ABSOLUTE_BAR_LIFE_CIDT, Criterion.SUBSIDIARY_PROTECTION_BAR)) {
                rows.add(row("return to " + d + " / " + bar.name(), frames, byFrame,
                        a -> bar(a, d, bar).map(b -> b.status().name()).orElse("-"),
                        a -> bar(a, d, bar).map(b -> b.reasons(locale).isEmpty() ? "" : b.reasons(locale).get(0)).orElse(""),
                        policies, c.assessmentDate()));
            }
        }
        return new FrameComparison(c.caseId(), frames, rows, byFrame);
    }

    private static java.util.Optional<BarFinding> bar(Assessment a, String d, Criterion c) {
        return a.returnTo(d).flatMap(r -> r.bars().stream().filter(b -> b.criterion() == c).findFirst());
    }

    private static FrameComparison.Row row(String item, List<String> frames, Map<String, Assessment> byFrame,
                                           java.util.function.Function<Assessment, String> value,
                                           java.util.function.Function<Assessment, String> reason,
                                           Frames policies, java.time.LocalDate date) {
        List<String> values = new ArrayList<>();
        for (String f : frames) {
            values.add(value.apply(byFrame.get(f)));
        }
        boolean differs = values.stream().distinct().count() > 1;
        List<String> reasons = new ArrayList<>();
        if (differs) {
            for (String f : frames) {
                FramePolicy p = policies.policy(Frame.of(f));
                reasons.add(f + " (" + Citations.at(p, date).apply(p.titleAt(date)) + "; " + String.join("; ", p.citations()) + "): "
                        + reason.apply(byFrame.get(f)));
            }
        }
        return new FrameComparison.Row(item, values, differs, reasons);
    }
}
