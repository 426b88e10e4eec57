package org.refugeelaw.report;

import java.util.List;
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
        StringBuilder out = new StringBuilder();
        String title = "Assessment of case " + printable(a.caseId()) + " (frame: " + a.frame() + ", library "
                + a.libraryVersion() + ")";
        out.append(title).append('\n').append("=".repeat(Math.min(WIDTH, title.length()))).append("\n\n");
        if (!a.coverageWarning().isEmpty()) {
            wrap(out, printable(a.coverageWarning()), "");
            out.append('\n');
        }

        Determination d = a.determination();
        out.append("DETERMINATION: ").append(words(d.status().name()));
        if (d.basis() != RefugeeBasis.NONE) {
            out.append(", ").append(basis(d.basis()));
        }
        out.append('\n');
        for (String r : d.reasons()) {
            wrap(out, r, "  ");
        }
        if (!d.surPlaceCauses().isEmpty()) {
            out.append("  Became a refugee after leaving through:\n");
            for (SurPlaceCause c : d.surPlaceCauses()) {
                String when = c.date() == null ? "date unknown"
                        : c.date() + (c.daysAfterDeparture() == null ? "" : ", " + relative(c.daysAfterDeparture()));
                wrap(out, "- " + c.description() + " (" + when + ") [" + c.fact() + "]", "    ");
            }
        }
        if (!d.decidedBy().isEmpty()) {
            wrap(out, "Decided by: " + String.join(", ", d.decidedBy().stream().map(Enum::name).toList()), "  ");
        }
        wrap(out, "Legal basis: " + String.join("; ", d.legalBasis()), "  ");
        out.append('\n');

        for (Tier tier : Tier.values()) {
            if (tier == Tier.NON_REFOULEMENT) {
                returns(out, a.returns());
                continue;
            }
            List<CriterionFinding> findings = a.criteria().stream().filter(f -> f.criterion().tier() == tier).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.append(tier.title().toUpperCase()).append('\n');
            for (CriterionFinding f : findings) {
                out.append("  [").append(status(f.status().name())).append("] ").append(f.criterion().name())
                        .append(" - ").append(f.criterion().title()).append('\n');
                for (String r : f.reasons()) {
                    wrap(out, r, "      ");
                }
                if (!f.missingFacts().isEmpty()) {
                    wrap(out, "Waiting on: " + String.join(", ", f.missingFacts()), "      ");
                }
                if (!f.factsRelied().isEmpty()) {
                    wrap(out, "Facts: " + String.join(", ", f.factsRelied()), "      ");
                }
                wrap(out, "Legal basis: " + String.join("; ", f.legalBasis()), "      ");
                wrap(out, "Rules: " + String.join("; ", f.rulesFired()), "      ");
            }
            if (tier == Tier.PROCEDURE) {
                procedure(out, a.procedure());
            }
            out.append('\n');
        }
        if (!a.unknownFacts().isEmpty()) {
            out.append("UNKNOWN FACTS THAT LEFT A CRITERION UNDETERMINED\n");
            for (String u : a.unknownFacts()) {
                wrap(out, "- " + u, "  ");
            }
            out.append('\n');
        }
        if (!a.decisiveFacts().isEmpty()) {
            out.append("DECISIVE MISSING FACTS (found by assessing each alternative)\n");
            for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
                out.append("  ").append(f.fact()).append('\n');
                for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                    wrap(out, "if " + alt.value() + ": " + words(alt.outcome())
                            + (alt.changes().isEmpty() ? " (no change)" : " (" + String.join("; ", alt.changes()) + ")"),
                            "    ");
                }
            }
            out.append('\n');
        }
        if (!a.counterfactuals().isEmpty()) {
            out.append("COUNTERFACTUALS\n");
            for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
                wrap(out, "- " + c.summary(), "  ");
            }
            out.append('\n');
        }
        if (!a.searchNotes().isEmpty()) {
            out.append("HOW THE ALTERNATIVES WERE SEARCHED\n");
            for (String n : a.searchNotes()) {
                wrap(out, "- " + n, "  ");
            }
        }
        return out.toString();
    }

    private static void returns(StringBuilder out, List<ReturnFinding> returns) {
        if (returns.isEmpty()) {
            return;
        }
        out.append(Tier.NON_REFOULEMENT.title().toUpperCase()).append('\n');
        for (ReturnFinding r : returns) {
            out.append("  Return to ").append(r.destination()).append(": ").append(words(r.status().name()))
                    .append(r.independentOfUnknown() ? " (whatever the unknown facts turn out to be)" : "")
                    .append('\n');
            for (String reason : r.reasons()) {
                wrap(out, reason, "    ");
            }
            for (BarFinding b : r.bars()) {
                out.append("    [").append(status(b.status().name())).append("] ").append(b.criterion().name())
                        .append(b.absolute() ? " (absolute)" : "").append('\n');
                for (String reason : b.reasons()) {
                    wrap(out, reason, "        ");
                }
                for (String i : b.instruments()) {
                    wrap(out, "Binds the host: " + i, "        ");
                }
                if (!b.missingFacts().isEmpty()) {
                    wrap(out, "Waiting on: " + String.join(", ", b.missingFacts()), "        ");
                }
                wrap(out, "Legal basis: " + String.join("; ", b.legalBasis()), "        ");
            }
        }
        out.append('\n');
    }

    private static void procedure(StringBuilder out, List<ProceduralFinding> procedure) {
        if (procedure.isEmpty()) {
            return;
        }
        out.append("  Guarantees:\n");
        for (ProceduralFinding p : procedure) {
            String mark = switch (p.status()) {
                case MET -> "given";
                case NOT_MET -> "VIOLATION";
                case UNDETERMINED -> "unknown";
                case NOT_APPLICABLE -> "n/a";
            };
            out.append("    [").append(mark).append("] ").append(p.guarantee()).append('\n');
            for (String r : p.reasons()) {
                wrap(out, r, "        ");
            }
        }
    }

    private static String relative(long days) {
        if (days < 0) {
            return (-days) + " days before departure";
        }
        return days + " days after departure";
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
