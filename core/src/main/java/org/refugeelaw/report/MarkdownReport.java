package org.refugeelaw.report;

import java.util.List;
import java.util.Locale;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.assessment.Tier;

/**
 * An assessment as GitHub-flavoured Markdown, with the content of {@link TextReport}: the determination first, then
 * each tier with its criteria (status, reasons, facts relied on, missing facts, legal basis, rules fired), the
 * return findings per destination in the non-refoulement tier, the procedural findings in the procedure tier, and
 * the unknown facts.
 *
 * <p>Every value taken from the assessment is escaped with {@link #escape(String)}, so that a case identifier, a
 * reason or a fact path cannot open a link, inject HTML, start a heading or list, or reach a Liquid ({@code {{ }}})
 * or math ({@code $}) processor that renders the file later. Criterion identifiers, which are enum names, are set
 * in code spans.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * The assessment as Markdown.
     *
     * @param a the assessment
     * @return the rendered report
     */
    public static String render(Assessment a) {
        return render(a, Locale.ROOT);
    }

    /**
     * The report with its reasons and labels in {@code locale} (English, Korean or simplified Chinese; any other
     * language renders in English). Identifiers, JSON paths and citations stay as they are.
     *
     * @param a the assessment
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String render(Assessment a, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(ReportLabels.text("report.label.assessmentOfCase", locale, escape(a.caseId())))
                .append("\n\n");
        out.append(ReportLabels.text("report.label.frame", locale)).append(": ").append(escape(a.frame()))
                .append(" · ").append(ReportLabels.text("report.label.libraryVersion", locale)).append(": ")
                .append(escape(a.libraryVersion()));
        if (a.ruleSetHash() != null && !a.ruleSetHash().isBlank()) {
            out.append(" · ").append(ReportLabels.text("report.label.ruleSet", locale)).append(": ")
                    .append(escape(a.ruleSetHash()));
        }
        out.append("\n\n");
        if (!a.coverageWarning().isEmpty()) {
            out.append("> **").append(escape(a.coverageWarning(locale))).append("**\n\n");
        }

        determination(out, a.determination(), locale);

        for (Tier tier : Tier.values()) {
            if (tier == Tier.NON_REFOULEMENT) {
                returns(out, a.returns(), locale);
                continue;
            }
            List<CriterionFinding> findings = a.criteria().stream().filter(f -> f.criterion().tier() == tier).toList();
            boolean guarantees = tier == Tier.PROCEDURE && !a.procedure().isEmpty();
            if (findings.isEmpty() && !guarantees) {
                continue;
            }
            out.append("## ").append(escape(ReportLabels.tier(tier, locale))).append("\n\n");
            for (CriterionFinding f : findings) {
                out.append("### ").append(code(f.criterion().name())).append(' ')
                        .append(escape(ReportLabels.criterion(f.criterion(), locale))).append("\n\n");
                out.append("**").append(ReportLabels.text("report.label.status", locale)).append(": ")
                        .append(ReportLabels.status(f.status(), locale)).append("**");
                if (a.determination().decidedBy().contains(f.criterion())) {
                    out.append(" · ").append(ReportLabels.text("report.label.decidesOutcome", locale));
                }
                out.append("\n\n");
                paragraphs(out, f.reasons(locale));
                details(out, f.factsRelied(), f.missingFacts(), f.legalBasis(), f.rulesFired(), locale);
            }
            if (guarantees) {
                procedure(out, a.procedure(), locale);
            }
        }

        if (!a.unknownFacts().isEmpty()) {
            out.append("## ").append(ReportLabels.text("report.label.unknownFacts", locale)).append("\n\n");
            for (String u : a.unknownFacts()) {
                out.append("- ").append(block(u)).append('\n');
            }
            out.append('\n');
        }
        if (!a.decisiveFacts().isEmpty()) {
            out.append("## ").append(ReportLabels.text("report.label.decisiveFacts", locale)).append("\n\n");
            for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
                out.append("- ").append(block(f.fact())).append('\n');
                for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                    String outcome = ReportLabels.english(locale) ? alt.outcome()
                            : ReportLabels.outcome(alt.outcome(), locale);
                    out.append("  - ").append(ReportLabels.text("report.label.ifValue", locale, escape(alt.value()),
                                    escape(outcome)))
                            .append(" (").append(alt.changes().isEmpty()
                                    ? ReportLabels.text("report.label.noChange", locale)
                                    : escape(String.join("; ", alt.changes(locale)))).append(")").append('\n');
                }
            }
            out.append('\n');
        }
        if (!a.counterfactuals().isEmpty()) {
            out.append("## ").append(ReportLabels.text("report.label.counterfactuals", locale)).append("\n\n");
            for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
                out.append("- ").append(block(c.summary(locale))).append('\n');
            }
            out.append('\n');
        }
        if (!a.searchNotes().isEmpty()) {
            out.append("## ").append(ReportLabels.text("report.label.searchNotes", locale)).append("\n\n");
            for (String n : a.searchNotes(locale)) {
                out.append("- ").append(block(n)).append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void determination(StringBuilder out, Determination d, Locale locale) {
        out.append("## ").append(ReportLabels.text("report.label.determination", locale)).append(": ")
                .append(escape(ReportLabels.determination(d, locale))).append("\n\n");
        paragraphs(out, d.reasons(locale));
        if (!d.surPlaceCauses().isEmpty()) {
            out.append("**").append(ReportLabels.text("report.label.surPlaceCauses", locale)).append(":**\n\n");
            for (SurPlaceCause c : d.surPlaceCauses()) {
                out.append("- ").append(block(c.description(locale))).append(" (")
                        .append(escape(ReportLabels.when(c, locale))).append("); ")
                        .append(ReportLabels.text("report.label.fact", locale)).append(": ").append(escape(c.fact()))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!d.decidedBy().isEmpty()) {
            out.append("**").append(ReportLabels.text("report.label.decidedBy", locale)).append(":** ")
                    .append(String.join(", ", d.decidedBy().stream().map(Criterion::name).map(MarkdownReport::code)
                            .toList()))
                    .append("\n\n");
        }
        line(out, "**" + ReportLabels.text("report.label.legalBasis", locale) + ":** ", d.legalBasis(), "; ");
        line(out, "**" + ReportLabels.text("report.label.rulesFired", locale) + ":** ", d.rulesFired(), "; ");
    }

    private static void returns(StringBuilder out, List<ReturnFinding> returns, Locale locale) {
        if (returns.isEmpty()) {
            return;
        }
        out.append("## ").append(escape(ReportLabels.tier(Tier.NON_REFOULEMENT, locale))).append("\n\n");
        for (ReturnFinding r : returns) {
            out.append("### ").append(ReportLabels.text("report.label.returnTo", locale, escape(r.destination())))
                    .append(": ").append(ReportLabels.returnStatus(r.status(), locale));
            if (r.independentOfUnknown()) {
                out.append(" (").append(ReportLabels.text("report.label.independentOfUnknown", locale)).append(")");
            }
            out.append("\n\n");
            paragraphs(out, r.reasons(locale));
            for (BarFinding b : r.bars()) {
                out.append("#### ").append(code(b.criterion().name())).append(' ')
                        .append(escape(ReportLabels.criterion(b.criterion(), locale))).append("\n\n");
                out.append("**").append(ReportLabels.text("report.label.status", locale)).append(": ")
                        .append(ReportLabels.status(b.status(), locale)).append("**");
                if (b.absolute()) {
                    out.append(" · ").append(ReportLabels.text("report.md.absoluteNote", locale));
                }
                out.append("\n\n");
                paragraphs(out, b.reasons(locale));
                if (!b.instruments().isEmpty()) {
                    out.append("- **").append(ReportLabels.text("report.md.instruments", locale)).append(":**\n");
                    for (String i : b.instruments()) {
                        out.append("  - ").append(block(i)).append('\n');
                    }
                }
                details(out, b.factsRelied(), b.missingFacts(), b.legalBasis(), b.rulesFired(), locale);
            }
        }
    }

    private static void procedure(StringBuilder out, List<ProceduralFinding> procedure, Locale locale) {
        out.append("### ").append(ReportLabels.text("report.label.guarantees", locale)).append("\n\n");
        for (ProceduralFinding p : procedure) {
            out.append("- ").append(p.violation()
                            ? "**" + ReportLabels.guarantee(p.status(), locale) + "**"
                            : ReportLabels.guarantee(p.status(), locale))
                    .append(": ").append(escape(ReportLabels.guaranteeName(p, locale))).append(" (").append(code(p.criterion().name()))
                    .append(")\n");
            for (String r : p.reasons(locale)) {
                out.append("  - ").append(block(r)).append('\n');
            }
            item(out, "  - " + ReportLabels.text("report.label.factsRelied", locale) + ": ", p.factsRelied(), ", ");
            item(out, "  - " + ReportLabels.text("report.label.missingFacts", locale) + ": ", p.missingFacts(), ", ");
            item(out, "  - " + ReportLabels.text("report.label.legalBasis", locale) + ": ", p.legalBasis(), "; ");
            item(out, "  - " + ReportLabels.text("report.label.rulesFired", locale) + ": ", p.rulesFired(), "; ");
        }
        out.append('\n');
    }

    private static void details(StringBuilder out, List<String> facts, List<String> missing, List<String> legalBasis,
                                List<String> rules, Locale locale) {
        int before = out.length();
        item(out, "- **" + ReportLabels.text("report.label.factsRelied", locale) + ":** ", facts, ", ");
        item(out, "- **" + ReportLabels.text("report.label.missingFacts", locale) + ":** ", missing, ", ");
        item(out, "- **" + ReportLabels.text("report.label.legalBasis", locale) + ":** ", legalBasis, "; ");
        item(out, "- **" + ReportLabels.text("report.label.rulesFired", locale) + ":** ", rules, "; ");
        if (out.length() > before) {
            out.append('\n');
        }
    }

    private static void paragraphs(StringBuilder out, List<String> texts) {
        for (String t : texts) {
            out.append(block(t)).append("\n\n");
        }
    }

    private static void item(StringBuilder out, String label, List<String> values, String separator) {
        if (!values.isEmpty()) {
            out.append(label).append(join(values, separator)).append('\n');
        }
    }

    private static void line(StringBuilder out, String label, List<String> values, String separator) {
        if (!values.isEmpty()) {
            out.append(label).append(join(values, separator)).append("\n\n");
        }
    }

    private static String join(List<String> values, String separator) {
        return String.join(separator, values.stream().map(MarkdownReport::escape).toList());
    }

    /** An identifier the library defines (an enum name), as a code span. */
    private static String code(String identifier) {
        return "`" + identifier + "`";
    }

    /**
     * Escapes a value for use as inline Markdown text, on one line: line breaks and other control characters
     * become spaces, and the characters with a meaning in GitHub-flavoured Markdown, HTML, Liquid ({@code {{ }}})
     * or math ({@code $}) are backslash-escaped wherever they stand. CommonMark renders every backslash-escaped
     * ASCII punctuation character as itself, so the text reads as written. For a value that opens a block (a
     * paragraph or a list item), {@link #block(String)} also escapes a leading list marker or number.
     *
     * @param value the value
     * @return the text, escaped
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                s.append(' ');
            } else if ("\\`*_{}[]<>#|~&$".indexOf(c) >= 0) {
                s.append('\\').append(c);
            } else {
                s.append(c);
            }
        }
        // Leading spaces could make an indented code block, trailing ones a hard line break.
        return s.toString().strip();
    }

    /**
     * Escapes a value that opens a block: as {@link #escape(String)}, and a leading "-", "+" or "=" (a list or a
     * rule) or "12." or "12)" (an ordered list) is escaped too.
     */
    static String block(String value) {
        StringBuilder s = new StringBuilder(escape(value));
        if (!s.isEmpty() && "-+=".indexOf(s.charAt(0)) >= 0) {
            s.insert(0, '\\');
        } else {
            int digits = 0;
            while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
                digits++;
            }
            if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
                s.insert(digits, '\\');
            }
        }
        return s.toString();
    }
}
