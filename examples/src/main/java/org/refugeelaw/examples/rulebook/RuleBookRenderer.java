package org.refugeelaw.examples.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.examples.rulebook.ProvisionBlock.Provision;
import org.refugeelaw.examples.rulebook.RuleBook.RuleEntry;
import org.refugeelaw.examples.rulebook.RuleBook.Section;

/**
 * Writes the rule book as one self-contained HTML page (inline CSS, no script, no font or image from the network)
 * and as its Markdown twin. The output depends only on the rule book, so that the committed copy can be compared
 * with a fresh one.
 */
public final class RuleBookRenderer {
    /** Where the scenario files are, relative to the folder the rule book is written to (docs/rulebook). */
    static final String SCENARIOS = "../../examples/scenarios/";
    /** Where the DRL files are, relative to the same folder. */
    static final String RULES = "../../rules-drl/src/main/resources/org/refugeelaw/rules/";

    static final String TITLE = "The rule book: the law beside the rules";
    static final String COMMAND = "java -jar examples/target/refugee-law-examples.jar rulebook";

    private RuleBookRenderer() {
    }

    private static String intro(RuleBook book) {
        long shown = book.rules().stream().filter(r -> !r.scenarios().isEmpty()).count();
        return "For each DRL file of the rule base: the provisions it encodes, quoted from the text as read (with where"
                + " it was read, and what could not be verified), the project's reading of them, and then each rule:"
                + " the criterion it decides, its legal basis, the facts its conditions read, what it concludes, and"
                + " the example scenarios that fire it. " + book.sections().size() + " files, " + book.rules().size()
                + " rules, " + shown + " of them fired by at least one scenario in examples/scenarios; each of the"
                + " others says why no scenario can show it.";
    }

    private static String generated() {
        return "Generated from the DRL sources and the scenario library by `" + COMMAND + "` (run from the"
                + " repository root after `mvn -B -q package -DskipTests`); RuleBookIT (`mvn verify`) fails when this copy is"
                + " stale. Do not edit it by hand.";
    }

    /** The HTML page. */
    public static String html(RuleBook book) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(TITLE)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(TITLE)).append("</h1>\n");
        h.append("<p>").append(esc(intro(book))).append("</p>\n");
        h.append("<p class=\"note\">").append(code(esc(generated()))).append("</p>\n");

        h.append("<nav>\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        for (Section s : book.sections()) {
            h.append("<li><a href=\"#").append(s.anchor()).append("\">").append(esc(s.path())).append("</a>: ")
                    .append(esc(String.join("; ", s.block().provisions().stream().map(Provision::id).toList())))
                    .append("</li>\n");
        }
        h.append("</ol>\n</nav>\n");

        h.append("<h2 id=\"criteria\">Criteria</h2>\n<table>\n<thead><tr><th>Criterion</th><th>Rules that decide it"
                + "</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<RuleEntry>> e : book.byCriterion().entrySet()) {
            h.append("<tr id=\"criterion-").append(esc(e.getKey())).append("\"><td><code>").append(esc(e.getKey()))
                    .append("</code></td><td>");
            Map<String, String> files = new LinkedHashMap<>();
            for (RuleEntry r : e.getValue()) {
                h.append("<a href=\"#").append(r.anchor()).append("\">").append(esc(r.name())).append("</a><br>");
                Section s = sectionOf(book, r);
                files.put(s.anchor(), s.path());
            }
            h.append("<span class=\"note\">in ");
            h.append(String.join(", ", files.entrySet().stream()
                    .map(f -> "<a href=\"#" + f.getKey() + "\">" + esc(f.getValue()) + "</a>").toList()));
            h.append("</span></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        for (Section s : book.sections()) {
            h.append("<section id=\"").append(s.anchor()).append("\">\n<h2>").append(esc(s.path()))
                    .append(" <a class=\"src\" href=\"").append(RULES).append(esc(s.path()))
                    .append("\">source</a></h2>\n");
            for (Provision p : s.block().provisions()) {
                h.append("<div class=\"provision\">\n<h3>").append(esc(p.id())).append(" <span class=\"title\">")
                        .append(esc(p.title())).append("</span></h3>\n");
                if (!p.text().isEmpty()) {
                    h.append("<blockquote>\n");
                    p.text().forEach(t -> h.append("<p>").append(esc(t)).append("</p>\n"));
                    h.append("</blockquote>\n");
                }
                p.sources().forEach(src -> h.append("<p class=\"note\">Read: ").append(esc(src)).append("</p>\n"));
                p.unverified().forEach(u -> h.append("<p class=\"unverified\">").append(esc(u)).append("</p>\n"));
                h.append("</div>\n");
            }
            h.append("<h3>The project's reading</h3>\n");
            s.block().reading().forEach(t -> h.append("<p>").append(esc(t)).append("</p>\n"));
            h.append("<h3>Rules</h3>\n");
            for (RuleEntry r : s.rules()) {
                h.append("<div class=\"rule\" id=\"").append(r.anchor()).append("\">\n<h4>").append(esc(r.name()))
                        .append("</h4>\n<dl>\n");
                h.append("<dt>Criterion</dt><dd>").append(r.criteria().isEmpty()
                        ? "none: it derives a fact that other rules read"
                        : String.join(", ", r.criteria().stream().map(c -> "<a href=\"#criterion-" + esc(c)
                                + "\"><code>" + esc(c) + "</code></a>").toList())).append("</dd>\n");
                h.append("<dt>Legal basis</dt><dd>").append(r.legalBasis() == null ? "none given"
                        : esc(r.legalBasis())).append("</dd>\n");
                h.append("<dt>Reads</dt><dd><pre>").append(esc(String.join("\n", r.reads()))).append("</pre></dd>\n");
                h.append("<dt>Concludes</dt><dd>").append(r.concludes().isEmpty() ? "nothing it inserts"
                        : esc(String.join("; ", r.concludes()))).append("</dd>\n");
                h.append("<dt>Scenarios</dt><dd>");
                if (!r.scenarios().isEmpty()) {
                    h.append(String.join(", ", r.scenarios().stream().sorted()
                            .map(f -> "<a href=\"" + SCENARIOS + esc(f) + "\">" + esc(f.replace(".yaml", ""))
                                    + "</a>").toList()));
                } else if (r.allowedWhy() != null) {
                    h.append("<span class=\"unverified\">No scenario can show it: ").append(esc(r.allowedWhy()))
                            .append("</span>");
                } else {
                    h.append("<span class=\"unverified\">none</span>");
                }
                h.append("</dd>\n</dl>\n</div>\n");
            }
            h.append("<p class=\"top\"><a href=\"#contents\">contents</a> · <a href=\"#criteria\">criteria</a></p>\n");
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The Markdown twin. */
    public static String markdown(RuleBook book) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(TITLE).append("\n\n").append(intro(book)).append("\n\n_").append(generated())
                .append("_\n\n");
        m.append("## Contents\n\n");
        int i = 1;
        for (Section s : book.sections()) {
            m.append(i++).append(". [").append(mdEsc(s.path())).append("](#").append(s.anchor()).append("): ")
                    .append(mdEsc(String.join("; ", s.block().provisions().stream().map(Provision::id).toList())))
                    .append("\n");
        }
        m.append("\n<a id=\"criteria\"></a>\n\n## Criteria\n\n| Criterion | Rules that decide it |\n|---|---|\n");
        for (Map.Entry<String, List<RuleEntry>> e : book.byCriterion().entrySet()) {
            m.append("| <a id=\"criterion-").append(e.getKey()).append("\"></a>`").append(e.getKey()).append("` | ")
                    .append(String.join("<br>", e.getValue().stream()
                            .map(r -> "[" + mdEsc(r.name()) + "](#" + r.anchor() + ")").toList()))
                    .append(" |\n");
        }
        for (Section s : book.sections()) {
            m.append("\n<a id=\"").append(s.anchor()).append("\"></a>\n\n## ").append(mdEsc(s.path()))
                    .append(" ([source](").append(RULES).append(s.path()).append("))\n\n");
            for (Provision p : s.block().provisions()) {
                m.append("### ").append(mdEsc(p.id())).append(": ").append(mdEsc(p.title())).append("\n\n");
                for (String t : p.text()) {
                    m.append("> ").append(mdEsc(t)).append("\n>\n");
                }
                if (!p.text().isEmpty()) {
                    m.setLength(m.length() - 2);
                    m.append("\n");
                }
                p.sources().forEach(src -> m.append("Read: ").append(mdEsc(src)).append("\n\n"));
                p.unverified().forEach(u -> m.append("**").append(mdEsc(u)).append("**\n\n"));
            }
            m.append("### The project's reading\n\n");
            s.block().reading().forEach(t -> m.append(mdEsc(t)).append("\n\n"));
            m.append("### Rules\n");
            for (RuleEntry r : s.rules()) {
                m.append("\n<a id=\"").append(r.anchor()).append("\"></a>\n\n#### ").append(mdEsc(r.name()))
                        .append("\n\n");
                m.append("- Criterion: ").append(r.criteria().isEmpty() ? "none: it derives a fact that other rules read"
                        : String.join(", ", r.criteria().stream().map(c -> "[`" + c + "`](#criterion-" + c + ")")
                                .toList())).append("\n");
                m.append("- Legal basis: ").append(r.legalBasis() == null ? "none given" : mdEsc(r.legalBasis()))
                        .append("\n");
                m.append("- Concludes: ").append(r.concludes().isEmpty() ? "nothing it inserts"
                        : mdEsc(String.join("; ", r.concludes()))).append("\n");
                m.append("- Scenarios: ");
                if (!r.scenarios().isEmpty()) {
                    m.append(String.join(", ", r.scenarios().stream().sorted()
                            .map(f -> "[" + f.replace(".yaml", "") + "](" + SCENARIOS + f + ")").toList()));
                } else if (r.allowedWhy() != null) {
                    m.append("no scenario can show it: ").append(mdEsc(r.allowedWhy()));
                } else {
                    m.append("none");
                }
                m.append("\n- Reads:\n\n```\n").append(String.join("\n", r.reads())).append("\n```\n");
            }
        }
        return m.toString();
    }

    private static Section sectionOf(RuleBook book, RuleEntry r) {
        return book.sections().stream().filter(s -> s.rules().contains(r)).findFirst().orElseThrow();
    }

    private static String code(String s) {
        return s.replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String mdEsc(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("*", "\\*")
                .replace("_", "\\_");
    }

    private static final String CSS = """
            body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.45; color: #1b1b1b; margin: 0;
                   background: #fff; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.8rem; } h2 { border-bottom: 2px solid #444; padding-bottom: .2rem; margin-top: 2.5rem; }
            h3 { margin-bottom: .3rem; } h3 .title { font-weight: normal; font-size: .95rem; color: #444; }
            h4 { margin: 0 0 .4rem 0; }
            blockquote { margin: .4rem 0 .4rem 0; padding: .2rem 1rem; border-left: 4px solid #6a7fa8;
                         background: #f4f6fa; }
            .provision { margin-bottom: 1rem; }
            .note { color: #555; font-size: .9rem; }
            .unverified { color: #8a4b00; font-size: .9rem; }
            .rule { border: 1px solid #ccc; border-radius: 4px; padding: .6rem .8rem; margin: .8rem 0; }
            dl { display: grid; grid-template-columns: 8rem 1fr; gap: .2rem .8rem; margin: 0; }
            dt { font-weight: bold; } dd { margin: 0; }
            pre { white-space: pre-wrap; font-size: .85rem; margin: 0; background: #f7f7f7; padding: .3rem; }
            code { font-size: .9em; }
            table { border-collapse: collapse; width: 100%; font-size: .92rem; }
            th, td { border: 1px solid #ccc; padding: .3rem .5rem; vertical-align: top; text-align: left; }
            a.src { font-size: .8rem; font-weight: normal; }
            .top { font-size: .85rem; text-align: right; }
            @media print { a { color: inherit; text-decoration: none; } .rule { break-inside: avoid; } }
            """;
}
