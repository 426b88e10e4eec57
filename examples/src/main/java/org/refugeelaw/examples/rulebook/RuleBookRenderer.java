package org.refugeelaw.examples.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refugeelaw.assessment.Message;
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

    static final String COMMAND = "java -jar examples/target/refugee-law-examples.jar rulebook";
    static final String BUILD = "mvn -B -q package -DskipTests";

    private RuleBookRenderer() {
    }

    private static String intro(RuleBook book, Locale locale) {
        long shown = book.rules().stream().filter(r -> !r.scenarios().isEmpty()).count();
        return Message.of("rulebook.page.intro", book.sections().size(), book.rules().size(), (int) shown)
                .render(locale) + " " + Message.of("rulebook.page.languageNote").render(locale);
    }

    private static String generated(Locale locale) {
        return Message.of("rulebook.page.generated", COMMAND, BUILD).render(locale);
    }

    private static String t(String key, Locale locale, Object... args) {
        return Message.of(key, args).render(locale);
    }

    /** The language tag of the page, for its lang attribute. */
    static String tag(Locale locale) {
        Locale l = org.refugeelaw.assessment.MessageRenderer.catalogLocale(locale);
        return l.equals(Locale.ROOT) ? "en" : l.toLanguageTag();
    }

    private static String concludes(RuleEntry r, Locale locale) {
        return String.join("; ", r.concludes().stream().map(m -> m.render(locale)).toList());
    }

    /** The HTML page. */
    public static String html(RuleBook book, Locale locale) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(tag(locale)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(t("rulebook.page.title", locale))).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(t("rulebook.page.title", locale))).append("</h1>\n");
        h.append("<p>").append(esc(intro(book, locale))).append("</p>\n");
        h.append("<p class=\"note\">").append(code(esc(generated(locale)))).append("</p>\n");

        h.append("<nav>\n<h2 id=\"contents\">").append(esc(t("rulebook.page.contents", locale))).append("</h2>\n<ol>\n");
        for (Section s : book.sections()) {
            h.append("<li><a href=\"#").append(s.anchor()).append("\">").append(esc(s.path())).append("</a>: ")
                    .append(esc(String.join("; ", s.block().provisions().stream().map(Provision::id).toList())))
                    .append("</li>\n");
        }
        h.append("</ol>\n</nav>\n");

        h.append("<h2 id=\"criteria\">").append(esc(t("rulebook.page.criteria", locale)))
                .append("</h2>\n<table>\n<thead><tr><th>").append(esc(t("rulebook.page.criterionColumn", locale)))
                .append("</th><th>").append(esc(t("rulebook.page.rulesColumn", locale)))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<RuleEntry>> e : book.byCriterion().entrySet()) {
            h.append("<tr id=\"criterion-").append(esc(e.getKey())).append("\"><td><code>").append(esc(e.getKey()))
                    .append("</code></td><td>");
            Map<String, String> files = new LinkedHashMap<>();
            for (RuleEntry r : e.getValue()) {
                h.append("<a href=\"#").append(r.anchor()).append("\">").append(esc(r.name())).append("</a><br>");
                Section s = sectionOf(book, r);
                files.put(s.anchor(), s.path());
            }
            h.append("<span class=\"note\">");
            h.append(esc(t("rulebook.page.inFiles", locale, "\u0000")).replace("\u0000",
                    String.join(", ", files.entrySet().stream()
                            .map(f -> "<a href=\"#" + f.getKey() + "\">" + esc(f.getValue()) + "</a>").toList())));
            h.append("</span></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        for (Section s : book.sections()) {
            h.append("<section id=\"").append(s.anchor()).append("\">\n<h2>").append(esc(s.path()))
                    .append(" <a class=\"src\" href=\"").append(RULES).append(esc(s.path()))
                    .append("\">").append(esc(t("rulebook.page.sourceLink", locale))).append("</a></h2>\n");
            for (Provision p : s.block().provisions()) {
                h.append("<div class=\"provision\">\n<h3>").append(esc(p.id())).append(" <span class=\"title\">")
                        .append(esc(p.title())).append("</span></h3>\n");
                if (!p.text().isEmpty()) {
                    h.append("<blockquote>\n");
                    p.text().forEach(t -> h.append("<p>").append(esc(t)).append("</p>\n"));
                    h.append("</blockquote>\n");
                }
                p.sources().forEach(src -> h.append("<p class=\"note\">").append(esc(t("rulebook.page.read", locale, src)))
                        .append("</p>\n"));
                p.unverified().forEach(u -> h.append("<p class=\"unverified\">").append(esc(u)).append("</p>\n"));
                h.append("</div>\n");
            }
            h.append("<h3>").append(esc(t("rulebook.page.reading", locale))).append("</h3>\n");
            s.block().reading().forEach(t -> h.append("<p>").append(esc(t)).append("</p>\n"));
            h.append("<h3>").append(esc(t("rulebook.page.rules", locale))).append("</h3>\n");
            for (RuleEntry r : s.rules()) {
                h.append("<div class=\"rule\" id=\"").append(r.anchor()).append("\">\n<h4>").append(esc(r.name()))
                        .append("</h4>\n<dl>\n");
                h.append("<dt>").append(esc(t("rulebook.rule.criterion", locale))).append("</dt><dd>")
                        .append(r.criteria().isEmpty() ? esc(t("rulebook.rule.noCriterion", locale))
                        : String.join(", ", r.criteria().stream().map(c -> "<a href=\"#criterion-" + esc(c)
                                + "\"><code>" + esc(c) + "</code></a>").toList())).append("</dd>\n");
                h.append("<dt>").append(esc(t("rulebook.rule.legalBasis", locale))).append("</dt><dd>")
                        .append(r.legalBasis() == null ? esc(t("rulebook.rule.noLegalBasis", locale))
                        : esc(r.legalBasis())).append("</dd>\n");
                h.append("<dt>").append(esc(t("rulebook.rule.reads", locale))).append("</dt><dd><pre>").append(esc(String.join("\n", r.reads()))).append("</pre></dd>\n");
                h.append("<dt>").append(esc(t("rulebook.rule.concludes", locale))).append("</dt><dd>")
                        .append(esc(r.concludes().isEmpty() ? t("rulebook.rule.concludesNothing", locale)
                                : concludes(r, locale))).append("</dd>\n");
                h.append("<dt>").append(esc(t("rulebook.rule.scenarios", locale))).append("</dt><dd>");
                if (!r.scenarios().isEmpty()) {
                    h.append(String.join(", ", r.scenarios().stream().sorted()
                            .map(f -> "<a href=\"" + SCENARIOS + esc(f) + "\">" + esc(f.replace(".yaml", ""))
                                    + "</a>").toList()));
                } else if (r.allowedWhy() != null) {
                    h.append("<span class=\"unverified\">").append(esc(t("rulebook.rule.allowed", locale, r.allowedWhy())))
                            .append("</span>");
                } else {
                    h.append("<span class=\"unverified\">").append(esc(t("rulebook.rule.noScenario", locale)))
                            .append("</span>");
                }
                h.append("</dd>\n</dl>\n</div>\n");
            }
            h.append("<p class=\"top\"><a href=\"#contents\">").append(esc(t("rulebook.page.contents", locale)))
                    .append("</a> · <a href=\"#criteria\">").append(esc(t("rulebook.page.criteria", locale)))
                    .append("</a></p>\n");
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The Markdown twin. */
    public static String markdown(RuleBook book, Locale locale) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(t("rulebook.page.title", locale)).append("\n\n").append(intro(book, locale))
                .append("\n\n_").append(generated(locale)).append("_\n\n");
        m.append("## ").append(t("rulebook.page.contents", locale)).append("\n\n");
        int i = 1;
        for (Section s : book.sections()) {
            m.append(i++).append(". [").append(mdEsc(s.path())).append("](#").append(s.anchor()).append("): ")
                    .append(mdEsc(String.join("; ", s.block().provisions().stream().map(Provision::id).toList())))
                    .append("\n");
        }
        m.append("\n<a id=\"criteria\"></a>\n\n## ").append(t("rulebook.page.criteria", locale)).append("\n\n| ")
                .append(t("rulebook.page.criterionColumn", locale)).append(" | ")
                .append(t("rulebook.page.rulesColumn", locale)).append(" |\n|---|---|\n");
        for (Map.Entry<String, List<RuleEntry>> e : book.byCriterion().entrySet()) {
            m.append("| <a id=\"criterion-").append(e.getKey()).append("\"></a>`").append(e.getKey()).append("` | ")
                    .append(String.join("<br>", e.getValue().stream()
                            .map(r -> "[" + mdEsc(r.name()) + "](#" + r.anchor() + ")").toList()))
                    .append(" |\n");
        }
        for (Section s : book.sections()) {
            m.append("\n<a id=\"").append(s.anchor()).append("\"></a>\n\n## ").append(mdEsc(s.path()))
                    .append(" ([").append(t("rulebook.page.sourceLink", locale)).append("](").append(RULES).append(s.path())
                    .append("))\n\n");
            for (Provision p : s.block().provisions()) {
                m.append("### ").append(mdEsc(p.id())).append(": ").append(mdEsc(p.title())).append("\n\n");
                for (String t : p.text()) {
                    m.append("> ").append(mdEsc(t)).append("\n>\n");
                }
                if (!p.text().isEmpty()) {
                    m.setLength(m.length() - 2);
                    m.append("\n");
                }
                p.sources().forEach(src -> m.append(mdEsc(t("rulebook.page.read", locale, src))).append("\n\n"));
                p.unverified().forEach(u -> m.append("**").append(mdEsc(u)).append("**\n\n"));
            }
            m.append("### ").append(t("rulebook.page.reading", locale)).append("\n\n");
            s.block().reading().forEach(t -> m.append(mdEsc(t)).append("\n\n"));
            m.append("### ").append(t("rulebook.page.rules", locale)).append("\n");
            for (RuleEntry r : s.rules()) {
                m.append("\n<a id=\"").append(r.anchor()).append("\"></a>\n\n#### ").append(mdEsc(r.name()))
                        .append("\n\n");
                m.append("- ").append(t("rulebook.rule.criterion", locale)).append(": ")
                        .append(r.criteria().isEmpty() ? t("rulebook.rule.noCriterion", locale)
                        : String.join(", ", r.criteria().stream().map(c -> "[`" + c + "`](#criterion-" + c + ")")
                                .toList())).append("\n");
                m.append("- ").append(t("rulebook.rule.legalBasis", locale)).append(": ")
                        .append(r.legalBasis() == null ? t("rulebook.rule.noLegalBasis", locale) : mdEsc(r.legalBasis()))
                        .append("\n");
                m.append("- ").append(t("rulebook.rule.concludes", locale)).append(": ")
                        .append(r.concludes().isEmpty() ? t("rulebook.rule.concludesNothing", locale)
                                : mdEsc(concludes(r, locale))).append("\n");
                m.append("- ").append(t("rulebook.rule.scenarios", locale)).append(": ");
                if (!r.scenarios().isEmpty()) {
                    m.append(String.join(", ", r.scenarios().stream().sorted()
                            .map(f -> "[" + f.replace(".yaml", "") + "](" + SCENARIOS + f + ")").toList()));
                } else if (r.allowedWhy() != null) {
                    m.append(mdEsc(t("rulebook.rule.allowed", locale, r.allowedWhy())));
                } else {
                    m.append(t("rulebook.rule.noScenario", locale));
                }
                m.append("\n- ").append(t("rulebook.rule.reads", locale)).append(":\n\n```\n").append(String.join("\n", r.reads())).append("\n```\n");
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
