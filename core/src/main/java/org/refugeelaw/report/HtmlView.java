package org.refugeelaw.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.assessment.Tier;

/**
 * The view model of the HTML report: an assessment flattened into maps, lists, strings and booleans for
 * {@code assessment.html.mustache}. It holds no markup and escapes nothing; the template's {@code {{ }}} escapes.
 *
 * <p>Every map carries every key its part of the template reads, so that a Mustache lookup never falls through to
 * an enclosing scope. A list that the template introduces with a heading comes with a {@code has...} boolean.
 */
final class HtmlView {
    /**
     * A missing fact that decides the outcome: the assessment does not carry these yet. Empty by default.
     *
     * @param fact        the JSON path of the fact
     * @param explanation why it decides the outcome
     */
    record DecisiveFact(String fact, String explanation) {
    }

    /**
     * What the outcome would be if a fact were otherwise: the assessment does not carry these yet. Empty by default.
     *
     * @param change  the change to the facts
     * @param outcome the outcome it leads to
     */
    record Counterfactual(String change, String outcome) {
    }

    private HtmlView() {
    }

    /**
     * The person's account: the narrative fields of a case record, with their JSON paths, in document order. The
     * description of a crime ({@code $.exclusion.crimes[].description}) is never shown: it is an allegation, not the
     * person's account, and a handout is no place for it.
     */
    static List<Map<String, Object>> account(org.refugeelaw.model.CaseRecord c) {
        List<Map<String, Object>> out = new ArrayList<>();
        addText(out, "$.departure.narrative", c.departure().narrative());
        addText(out, "$.claim.narrative", c.claim().narrative());
        for (int i = 0; i < c.activitiesAbroad().size(); i++) {
            addText(out, "$.activitiesAbroad[" + i + "].narrative", c.activitiesAbroad().get(i).narrative());
        }
        for (int i = 0; i < c.eventsAfterDeparture().size(); i++) {
            addText(out, "$.eventsAfterDeparture[" + i + "].description", c.eventsAfterDeparture().get(i).description());
        }
        return out;
    }

    private static void addText(List<Map<String, Object>> out, String path, String text) {
        if (text != null && !text.isBlank()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", path);
            m.put("text", text);
            out.add(m);
        }
    }

    /** The view of an assessment, with its decisive missing facts and counterfactuals when it carries them. */
    static Map<String, Object> of(Assessment a) {
        return of(a, Locale.ROOT);
    }

    /** The view of an assessment with its reasons rendered in {@code locale}, and the page's language. */
    static Map<String, Object> of(Assessment a, Locale locale) {
        List<DecisiveFact> decisive = new ArrayList<>();
        for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
            List<String> parts = new ArrayList<>();
            for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                parts.add(ReportLabels.text("report.label.ifValue", locale, alt.value(),
                        ReportLabels.outcome(alt.outcome(), locale)) + " (" + (alt.changes().isEmpty()
                        ? ReportLabels.text("report.label.noChange", locale) : String.join("; ", alt.changes(locale))) + ")");
            }
            decisive.add(new DecisiveFact(f.fact(), String.join("; ", parts)));
        }
        List<Counterfactual> counter = new ArrayList<>();
        for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
            counter.add(new Counterfactual(String.join("; ", c.changes().stream()
                    .map(ch -> ch.fact() + ": " + ch.from() + " -> " + ch.to()).toList()), c.summary(locale)));
        }
        return of(a, decisive, counter, locale);
    }

    static Map<String, Object> of(Assessment a, List<DecisiveFact> decisive, List<Counterfactual> counterfactuals) {
        return of(a, decisive, counterfactuals, Locale.ROOT);
    }

    static Map<String, Object> of(Assessment a, List<DecisiveFact> decisive, List<Counterfactual> counterfactuals,
                                  Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        language(v, locale);
        v.put("labels", labels(a, locale));
        v.put("caseId", text(a.caseId()));
        v.put("frame", text(a.frame()));
        v.put("libraryVersion", text(a.libraryVersion()));
        v.put("hasRuleSetHash", a.ruleSetHash() != null && !a.ruleSetHash().isBlank());
        v.put("ruleSetHash", text(a.ruleSetHash()));
        v.put("determination", determination(a.determination(), locale));
        v.put("hasCoverageWarning", !a.coverageWarning().isEmpty());
        v.put("coverageWarning", text(a.coverageWarning(locale)));

        List<Map<String, Object>> d = new ArrayList<>();
        for (DecisiveFact f : decisive) {
            d.add(map("fact", text(f.fact()), "explanation", text(f.explanation())));
        }
        v.put("hasDecisiveMissingFacts", !d.isEmpty());
        v.put("decisiveMissingFacts", d);
        List<Map<String, Object>> c = new ArrayList<>();
        for (Counterfactual f : counterfactuals) {
            c.add(map("change", text(f.change()), "outcome", text(f.outcome()), "line",
                    ReportLabels.text("report.html.ifChange", locale, text(f.change()), text(f.outcome()))));
        }
        v.put("hasCounterfactuals", !c.isEmpty());
        v.put("counterfactuals", c);

        List<Map<String, Object>> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<Map<String, Object>> criteria = a.criteria().stream().filter(f -> f.criterion().tier() == tier)
                    .map(f -> criterion(f, a.determination().decidedBy().contains(f.criterion()), locale)).toList();
            List<Map<String, Object>> returns = tier == Tier.NON_REFOULEMENT
                    ? a.returns().stream().map(r -> returnFinding(r, locale)).toList() : List.of();
            List<Map<String, Object>> guarantees = tier == Tier.PROCEDURE
                    ? a.procedure().stream().map(p -> guarantee(p, locale)).toList() : List.of();
            if (criteria.isEmpty() && returns.isEmpty() && guarantees.isEmpty()) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", tier.name());
            t.put("number", tier.ordinal() + 1);
            t.put("title", ReportLabels.tier(tier, locale));
            t.put("tierLabel", ReportLabels.text("report.html.tier", locale, String.valueOf(tier.ordinal() + 1)));
            t.put("criteria", criteria);
            t.put("hasReturns", !returns.isEmpty());
            t.put("returns", returns);
            t.put("hasGuarantees", !guarantees.isEmpty());
            t.put("guarantees", guarantees);
            long violations = guarantees.stream().filter(g -> (Boolean) g.get("violation")).count();
            t.put("hasViolations", violations > 0);
            t.put("violationSummary", violations == 1 ? ReportLabels.text("report.html.violationOne", locale)
                    : ReportLabels.text("report.html.violations", locale, String.valueOf(violations)));
            tiers.add(t);
        }
        v.put("tiers", tiers);

        v.put("hasUnknownFacts", !a.unknownFacts().isEmpty());
        v.put("unknownFacts", texts(a.unknownFacts()));
        return v;
    }

    private static Map<String, Object> determination(Determination d, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", ReportLabels.determination(d, locale));
        m.put("statusClass", cssClass(d.status().name()));
        m.put("reasons", texts(d.reasons(locale)));
        List<Map<String, Object>> causes = new ArrayList<>();
        for (SurPlaceCause c : d.surPlaceCauses()) {
            causes.add(map("description", text(c.description(locale)), "when", ReportLabels.when(c, locale), "fact",
                    text(c.fact())));
        }
        m.put("hasSurPlaceCauses", !causes.isEmpty());
        m.put("surPlaceCauses", causes);
        List<Map<String, Object>> decidedBy = new ArrayList<>();
        for (Criterion c : d.decidedBy()) {
            decidedBy.add(map("id", c.name(), "title", ReportLabels.criterion(c, locale)));
        }
        m.put("hasDecidedBy", !decidedBy.isEmpty());
        m.put("decidedBy", decidedBy);
        list(m, "legalBasis", d.legalBasis());
        list(m, "rulesFired", d.rulesFired());
        return m;
    }

    private static Map<String, Object> criterion(CriterionFinding f, boolean decisive, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.criterion().name());
        m.put("title", ReportLabels.criterion(f.criterion(), locale));
        status(m, f.status(), locale);
        m.put("decisive", decisive);
        m.put("reasons", texts(f.reasons(locale)));
        list(m, "factsRelied", f.factsRelied());
        list(m, "missingFacts", f.missingFacts());
        list(m, "legalBasis", f.legalBasis());
        list(m, "rulesFired", f.rulesFired());
        return m;
    }

    private static Map<String, Object> returnFinding(ReturnFinding r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("destination", text(r.destination()));
        String statusLabel = ReportLabels.returnStatus(r.status(), locale);
        m.put("statusLabel", statusLabel);
        m.put("statusClass", cssClass(r.status().name()));
        m.put("heading", ReportLabels.text("report.label.returnTo", locale, text(r.destination())));
        m.put("independentOfUnknown", r.independentOfUnknown());
        m.put("independentNote", ReportLabels.text("report.html.independent", locale, statusLabel));
        m.put("reasons", texts(r.reasons(locale)));
        m.put("bars", r.bars().stream().map(b -> bar(b, locale)).toList());
        return m;
    }

    private static Map<String, Object> bar(BarFinding b, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.criterion().name());
        m.put("title", ReportLabels.criterion(b.criterion(), locale));
        status(m, b.status(), locale);
        m.put("absolute", b.absolute());
        m.put("reasons", texts(b.reasons(locale)));
        list(m, "instruments", b.instruments());
        list(m, "factsRelied", b.factsRelied());
        list(m, "missingFacts", b.missingFacts());
        list(m, "legalBasis", b.legalBasis());
        list(m, "rulesFired", b.rulesFired());
        return m;
    }

    private static Map<String, Object> guarantee(ProceduralFinding p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guarantee", text(ReportLabels.guaranteeName(p, locale)));
        m.put("id", p.criterion().name());
        m.put("title", ReportLabels.criterion(p.criterion(), locale));
        m.put("violation", p.violation());
        m.put("statusLabel", ReportLabels.guarantee(p.status(), locale));
        m.put("statusClass", p.violation() ? "violation" : cssClass(p.status().name()));
        m.put("reasons", texts(p.reasons(locale)));
        list(m, "factsRelied", p.factsRelied());
        list(m, "missingFacts", p.missingFacts());
        list(m, "legalBasis", p.legalBasis());
        list(m, "rulesFired", p.rulesFired());
        return m;
    }

    private static void status(Map<String, Object> m, Status s, Locale locale) {
        m.put("status", s.name());
        m.put("statusLabel", ReportLabels.status(s, locale));
        m.put("statusClass", cssClass(s.name()));
    }

    /**
     * The page's fixed words in {@code locale} ({@code labels.determination}, ...): a map the template reaches from
     * every section (no other map of the view has the key {@code labels}).
     */
    private static Map<String, Object> labels(Assessment a, Locale locale) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("title", ReportLabels.text("report.label.assessmentOfCase", locale, text(a.caseId())));
        l.put("kicker", ReportLabels.text("report.html.kicker", locale));
        l.put("caseHeading", ReportLabels.text("report.html.caseHeading", locale));
        l.put("frame", ReportLabels.text("report.label.frame", locale));
        l.put("libraryVersion", ReportLabels.text("report.html.libraryVersion", locale));
        l.put("ruleSet", ReportLabels.text("report.html.ruleSet", locale));
        l.put("determination", ReportLabels.text("report.label.determination", locale));
        l.put("surPlaceCauses", ReportLabels.text("report.label.surPlaceCauses", locale));
        l.put("decidedBy", ReportLabels.text("report.label.decidedBy", locale));
        l.put("legalBasis", ReportLabels.text("report.label.legalBasis", locale));
        l.put("rulesFired", ReportLabels.text("report.label.rulesFired", locale));
        l.put("factsRelied", ReportLabels.text("report.label.factsRelied", locale));
        l.put("missingFacts", ReportLabels.text("report.label.missingFacts", locale));
        l.put("waitingOn", ReportLabels.text("report.label.waitingOn", locale));
        l.put("unknownFactsLong", ReportLabels.text("report.label.unknownFacts", locale));
        l.put("decisiveFacts", ReportLabels.text("report.label.decisiveFacts", locale));
        l.put("decisiveIntro", ReportLabels.text("report.html.decisiveIntro", locale));
        l.put("counterfactuals", ReportLabels.text("report.label.counterfactuals", locale));
        l.put("counterfactualsIntro", ReportLabels.text("report.html.counterfactualsIntro", locale));
        l.put("decidesOutcome", ReportLabels.text("report.label.decidesOutcome", locale));
        l.put("absolute", ReportLabels.text("report.label.absolute", locale));
        l.put("bindsHost", ReportLabels.text("report.label.bindsHost", locale));
        l.put("proceduralGuarantees", ReportLabels.text("report.html.proceduralGuarantees", locale));
        l.put("unknownFacts", ReportLabels.text("report.html.unknownFacts", locale));
        l.put("unknownFactsIntro", ReportLabels.text("report.html.unknownFactsIntro", locale));
        l.put("account", ReportLabels.text("report.html.account", locale));
        l.put("accountIntro", ReportLabels.text("report.html.accountIntro", locale));
        l.put("footer", ReportLabels.text("report.html.footer", locale, text(a.caseId()), text(a.frame()),
                text(a.libraryVersion())));
        return l;
    }

    /**
     * The page's language ({@code lang}: {@code en}, {@code ko} or {@code zh-Hans}, the language its reasons are
     * rendered in) and which CJK font stack the template adds ({@code langKo}, {@code langZhHans}).
     */
    private static void language(Map<String, Object> v, Locale locale) {
        Locale catalog = org.refugeelaw.assessment.MessageRenderer.catalogLocale(locale);
        boolean ko = catalog.getLanguage().equals("ko");
        boolean zh = catalog.getLanguage().equals("zh");
        v.put("lang", ko ? "ko" : zh ? "zh-Hans" : "en");
        v.put("langKo", ko);
        v.put("langZhHans", zh);
    }

    /** A list under {@code key}, with {@code hasKey} telling whether it has anything. */
    private static void list(Map<String, Object> m, String key, List<String> values) {
        m.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), !values.isEmpty());
        m.put(key, texts(values));
    }

    private static Map<String, Object> map(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(HtmlView::text).toList();
    }

    /** Never null: Mustache would look a null value up in the enclosing scope. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** An enum name as a CSS class: NOT_MET becomes not-met. */
    static String cssClass(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
