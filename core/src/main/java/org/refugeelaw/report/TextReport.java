package org.refugeelaw.report;

import java.util.List;
import java.util.Locale;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.assessment.Tier;

/**
 * An assessment as plain text for a terminal: the determination first, then each tier's criteria with reasons,
 * facts and legal basis, then the return findings per destination, the procedure and the unknown facts.
 */
public final class TextReport {
    private static final int WIDTH = 100;

    private TextReport() {
    }

    /** A value from the case record on one line: control characters and line separators as backslash-u escapes. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * The assessment as plain text.
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
        String title = ReportLabels.text("report.text.title", locale, printable(a.caseId()), String.valueOf(a.frame()),
                String.valueOf(a.libraryVersion()));
        out.append(title).append('\n').append("=".repeat(Math.min(WIDTH, title.length()))).append("\n\n");
        if (!a.coverageWarning().isEmpty()) {
            wrap(out, printable(a.coverageWarning(locale)), "");
            out.append('\n');
        }

        Determination d = a.determination();
        out.append(upper(ReportLabels.text("report.label.determination", locale))).append(": ")
                .append(ReportLabels.determination(d, locale));
        out.append('\n');
        for (String r : d.reasons(locale)) {
            wrap(out, r, "  ");
        }
        if (!d.surPlaceCauses().isEmpty()) {
            out.append("  ").append(ReportLabels.text("report.label.surPlaceCauses", locale)).append(":\n");
            for (SurPlaceCause c : d.surPlaceCauses()) {
                wrap(out, "- " + c.description(locale) + " (" + ReportLabels.when(c, locale) + ") [" + c.fact() + "]",
                        "    ");
            }
        }
        if (!d.decidedBy().isEmpty()) {
            wrap(out, ReportLabels.text("report.label.decidedBy", locale) + ": "
                    + String.join(", ", d.decidedBy().stream().map(Enum::name).toList()), "  ");
        }
        wrap(out, ReportLabels.text("report.label.legalBasis", locale) + ": " + String.join("; ", d.legalBasis()), "  ");
        out.append('\n');

        for (Tier tier : Tier.values()) {
            if (tier == Tier.NON_REFOULEMENT) {
                returns(out, a.returns(), locale);
                continue;
            }
            List<CriterionFinding> findings = a.criteria().stream().filter(f -> f.criterion().tier() == tier).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.append(upper(ReportLabels.tier(tier, locale))).append('\n');
            for (CriterionFinding f : findings) {
                out.append("  [").append(ReportLabels.status(f.status(), locale)).append("] ")
                        .append(f.criterion().name()).append(" - ").append(ReportLabels.criterion(f.criterion(), locale))
                        .append('\n');
                for (String r : f.reasons(locale)) {
                    wrap(out, r, "      ");
                }
                if (!f.missingFacts().isEmpty()) {
                    wrap(out, ReportLabels.text("report.label.waitingOn", locale) + ": "
                            + String.join(", ", f.missingFacts()), "      ");
                }
                if (!f.factsRelied().isEmpty()) {
                    wrap(out, ReportLabels.text("report.label.facts", locale) + ": "
                            + String.join(", ", f.factsRelied()), "      ");
                }
                wrap(out, ReportLabels.text("report.label.legalBasis", locale) + ": "
                        + String.join("; ", f.legalBasis()), "      ");
                wrap(out, ReportLabels.text("report.label.rules", locale) + ": "
                        + String.join("; ", f.rulesFired()), "      ");
            }
            if (tier == Tier.PROCEDURE) {
                procedure(out, a.procedure(), locale);
            }
            out.append('\n');
        }
        if (!a.unknownFacts().isEmpty()) {
            out.append(upper(ReportLabels.text("report.label.unknownFacts", locale))).append('\n');
            for (String u : a.unknownFacts()) {
                wrap(out, "- " + u, "  ");
            }
            out.append('\n');
        }
        if (!a.decisiveFacts().isEmpty()) {
            out.append(upper(ReportLabels.text("report.label.decisiveFacts", locale))).append(" (")
                    .append(ReportLabels.text("report.label.decisiveNote", locale)).append(")\n");
            for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
                out.append("  ").append(f.fact()).append('\n');
                for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                    wrap(out, ReportLabels.text("report.label.ifValue", locale, alt.value(),
                            ReportLabels.outcome(alt.outcome(), locale)) + " (" + (alt.changes().isEmpty()
                            ? ReportLabels.text("report.label.noChange", locale) : String.join("; ", alt.changes(locale)))
                            + ")", "    ");
                }
            }
            out.append('\n');
        }
        if (!a.counterfactuals().isEmpty()) {
            out.append(upper(ReportLabels.text("report.label.counterfactuals", locale))).append('\n');
            for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
                wrap(out, "- " + c.summary(locale), "  ");
            }
            out.append('\n');
        }
        if (!a.searchNotes().isEmpty()) {
            out.append(upper(ReportLabels.text("report.label.searchNotes", locale))).append('\n');
            for (String n : a.searchNotes(locale)) {
                wrap(out, "- " + n, "  ");
            }
        }
        return out.toString();
    }

    private static void returns(StringBuilder out, List<ReturnFinding> returns, Locale locale) {
        if (returns.isEmpty()) {
            return;
        }
        out.append(upper(ReportLabels.tier(Tier.NON_REFOULEMENT, locale))).append('\n');
        for (ReturnFinding r : returns) {
            out.append("  ").append(ReportLabels.text("report.label.returnTo", locale, String.valueOf(r.destination())))
                    .append(": ").append(ReportLabels.returnStatus(r.status(), locale))
                    .append(r.independentOfUnknown()
                            ? " (" + ReportLabels.text("report.label.independentOfUnknown", locale) + ")" : "")
                    .append('\n');
            for (String reason : r.reasons(locale)) {
                wrap(out, reason, "    ");
            }
            for (BarFinding b : r.bars()) {
                out.append("    [").append(ReportLabels.status(b.status(), locale)).append("] ")
                        .append(b.criterion().name())
                        .append(b.absolute() ? " (" + ReportLabels.text("report.label.absolute", locale) + ")" : "")
                        .append('\n');
                for (String reason : b.reasons(locale)) {
                    wrap(out, reason, "        ");
                }
                for (String i : b.instruments()) {
                    wrap(out, ReportLabels.text("report.label.bindsHost", locale) + ": " + i, "        ");
                }
                if (!b.missingFacts().isEmpty()) {
                    wrap(out, ReportLabels.text("report.label.waitingOn", locale) + ": "
                            + String.join(", ", b.missingFacts()), "        ");
                }
                wrap(out, ReportLabels.text("report.label.legalBasis", locale) + ": "
                        + String.join("; ", b.legalBasis()), "        ");
            }
        }
        out.append('\n');
    }

    private static void procedure(StringBuilder out, List<ProceduralFinding> procedure, Locale locale) {
        if (procedure.isEmpty()) {
            return;
        }
        out.append("  ").append(ReportLabels.text("report.label.guarantees", locale)).append(":\n");
        for (ProceduralFinding p : procedure) {
            out.append("    [").append(ReportLabels.guarantee(p.status(), locale)).append("] ").append(ReportLabels.guaranteeName(p, locale))
                    .append('\n');
            for (String r : p.reasons(locale)) {
                wrap(out, r, "        ");
            }
        }
    }

    /** A heading in capitals: English headings are printed upper-case (Hangul and Han have no case). */
    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String status(String name) {
        return switch (name) {
            case "MET" -> "MET";
            case "NOT_MET" -> "NOT MET";
            case "UNDETERMINED" -> "UNDETERMINED";
            default -> "N/A";
        };
    }

    /** "at departure", "sur place" or "ipso facto under RC 1D". */
    static String basis(RefugeeBasis b) {
        return switch (b) {
            case AT_DEPARTURE -> "at departure";
            case SUR_PLACE -> "sur place";
            case IPSO_FACTO_1D -> "ipso facto under RC 1D";
            case NONE -> "";
        };
    }

    static String words(String enumName) {
        return enumName.toLowerCase().replace('_', ' ');
    }

    /** Wraps text at {@value #WIDTH} columns with the given indent. */
    static void wrap(StringBuilder out, String text, String indent) {
        int col = 0;
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (col > 0 && indent.length() + col + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent).append("  ");
                col = 2;
            }
            if (col > 2 || (col > 0 && !line.toString().endsWith("  "))) {
                line.append(' ');
                col++;
            }
            line.append(word);
            col += word.length();
        }
        out.append(line).append('\n');
    }
}
