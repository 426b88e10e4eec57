package org.refugeelaw.report;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.RefugeeStatus;

/**
 * An assessment as a self-contained HTML page, a handout for trainers that also reads well printed: the
 * determination first, then the tiers in order with each criterion's status, reasons, facts and citations, the
 * return findings per destination, the procedural findings with violations highlighted, and the unknown facts.
 *
 * <p>The page has inline CSS only: no scripts, no external style sheets, fonts or images. It is rendered from the
 * Mustache template {@code assessment.html.mustache} beside this class, compiled once; a compiled template is
 * thread-safe, so is {@link #render(Assessment)}. Every value comes from {@link HtmlView} through a double-brace
 * tag, which HTML-escapes it; braces are escaped too, so a value such as {@code {{x}}} cannot reach a client-side
 * template engine if the page is ever embedded in one.
 */
public final class HtmlReport {
    static final String TEMPLATE = "org/refugeelaw/report/assessment.html.mustache";
    private static final Mustache MUSTACHE = compile();

    private HtmlReport() {
    }

    /**
     * The assessment as a self-contained HTML page.
     *
     * @param a the assessment
     * @return the rendered report
     */
    public static String render(Assessment a) {
        return render(HtmlView.of(a));
    }

    /**
     * Renders an assessment with its reasons in {@code locale} (English, Korean or simplified Chinese; any other
     * language renders in English); the page declares that language ({@code <html lang>}) and, for Korean and
     * Chinese, uses a system font stack for Hangul or Han characters (no web fonts).
     *
     * @param a the assessment
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String render(Assessment a, java.util.Locale locale) {
        return render(HtmlView.of(a, locale));
    }

    /**
     * Renders an assessment together with the person's account from its case record (the narratives and the
     * descriptions of events after departure; never the description of a crime), for a handout. Narratives are
     * personal data: render them only where the reader may see them (the runner does so only on request,
     * {@code --with-account}).
     *
     * @param a the assessment
     * @param caseRecord the case record
     * @return the rendered report
     */
    public static String render(Assessment a, org.refugeelaw.model.CaseRecord caseRecord) {
        return render(a, caseRecord, java.util.Locale.ROOT);
    }

    /**
     * {@link #render(Assessment, org.refugeelaw.model.CaseRecord)} with the reasons in {@code locale}.
     *
     * @param a the assessment
     * @param caseRecord the case record
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String render(Assessment a, org.refugeelaw.model.CaseRecord caseRecord, java.util.Locale locale) {
        Map<String, Object> view = HtmlView.of(a, locale);
        List<Map<String, Object>> account = HtmlView.account(caseRecord);
        view.put("hasCaseAccount", !account.isEmpty());
        view.put("caseAccount", account);
        return render(view);
    }

    /**
     * Renders a family's assessment as one document with a section per member (issue 17): each member's own report,
     * in the document's order, under a family heading and a table of contents saying who derives from whom. Every
     * value is escaped by the same template; the members' element ids are prefixed ({@code m1-determination}) so that
     * they stay unique in the document.
     *
     * @param family the family
     * @return renders a family's assessment as one document with a section per member (issue 17): each member's own report, in the document's order, under a family heading and a table of contents saying who derives from whom
     */
    public static String renderFamily(org.refugeelaw.assessment.FamilyAssessment family) {
        return renderFamily(family, java.util.Locale.ROOT);
    }

    /**
     * {@link #renderFamily(org.refugeelaw.assessment.FamilyAssessment)} in {@code locale}: the family's labels and
     * findings and each member's report in that language, the page declaring it.
     *
     * @param family the family
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the document
     */
    public static String renderFamily(org.refugeelaw.assessment.FamilyAssessment family, java.util.Locale locale) {
        StringBuilder head = null;
        StringBuilder body = new StringBuilder(64 * 1024);
        StringBuilder toc = new StringBuilder();
        boolean english = ReportLabels.english(locale);
        int i = 0;
        for (org.refugeelaw.assessment.FamilyAssessment.Member m : family.members()) {
            i++;
            String page = render(HtmlView.of(m.assessment(), locale));
            if (head == null) {
                head = new StringBuilder(page.substring(0, page.indexOf("<body>")));
            }
            String inner = page.substring(page.indexOf("<body>") + "<body>".length(), page.lastIndexOf("</body>"));
            String prefix = "m" + i + "-";
            inner = inner.replace(" id=\"", " id=\"" + prefix).replace(" href=\"#", " href=\"#" + prefix)
                    .replace("<main>", "<div class=\"member-main\">").replace("</main>", "</div>")
                    .replace("<h1>", "<h2>").replace("</h1>", "</h2>");
            String who = escape(who(m, locale));
            RefugeeStatus status = m.assessment().determination().status();
            toc.append("<li><a href=\"#member-").append(i).append("\">").append(who).append("</a>: ")
                    .append(escape(english ? status.name() : ReportLabels.refugeeStatus(status, locale)))
                    .append("</li>\n");
            body.append("<section id=\"member-").append(i).append("\" class=\"family-member\">\n<h2 class=\"member\">")
                    .append(escape(ReportLabels.text("report.family.htmlMember", locale, String.valueOf(i),
                            who(m, locale)))).append("</h2>\n").append(inner).append("</section>\n");
        }
        if (head == null) {
            throw new IllegalArgumentException("a family assessment has at least one member");
        }
        String title = escape(ReportLabels.text("report.family.title", locale, family.familyId()));
        String h = head.toString().replaceFirst("<title>[^<]*</title>", java.util.regex.Matcher.quoteReplacement(
                "<title>" + title + "</title>"));
        StringBuilder findings = new StringBuilder();
        for (String f : family.findings(locale)) {
            findings.append("<li>").append(escape(f)).append("</li>\n");
        }
        return h + "<body>\n<header class=\"report-head\">\n<p class=\"kicker\">"
                + escape(ReportLabels.text("report.family.kicker", locale)) + "</p>\n<h1>" + title
                + "</h1>\n<p class=\"meta\">" + escape(ReportLabels.text("report.label.frame", locale)) + ": <strong>"
                + escape(family.frame()) + "</strong> \u00b7 "
                + escape(ReportLabels.text("report.family.everyMember", locale)) + "</p>\n<nav aria-label=\""
                + escape(ReportLabels.text("report.family.members", locale)) + "\"><ol>\n" + toc
                + "</ol></nav>\n" + (findings.length() == 0 ? "" : "<ul class=\"family-findings\">\n" + findings
                + "</ul>\n") + "</header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /**
     * Who a member of a family is, for a reader of {@code locale}: "F1-child (child of F1-mother)", "F1-mother
     * (principal applicant)".
     *
     * @param m the member
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the member's identifier and link to the principal applicant
     */
    public static String who(org.refugeelaw.assessment.FamilyAssessment.Member m, java.util.Locale locale) {
        if (m.principal() == null) {
            return ReportLabels.text("report.family.principal", locale, m.personId());
        }
        return ReportLabels.text("report.family.relationOf", locale, m.personId(), relation(m.relation(), locale),
                m.principal());
    }

    /** A member's relation ({@code child}, {@code other_dependant}) in words; as written, in lower case, if unknown. */
    private static String relation(String relation, java.util.Locale locale) {
        return switch (relation) {
            case "spouse" -> ReportLabels.text("report.family.relation.spouse", locale);
            case "child" -> ReportLabels.text("report.family.relation.child", locale);
            case "parent" -> ReportLabels.text("report.family.relation.parent", locale);
            case "other_dependant" -> ReportLabels.text("report.family.relation.otherDependant", locale);
            default -> relation.replace('_', ' ');
        };
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The view model behind {@link #render(Assessment)}: the assessment as maps, lists, strings and booleans, tier by
     * tier in the order the law takes them, for a front end that shows the same report in its own templates (the
     * trainers' workbench). Nothing in it is escaped: the caller's templates must escape every value.
     *
     * @param a the assessment
     * @return the view model behind the report
     */
    public static Map<String, Object> viewModel(Assessment a) {
        return HtmlView.of(a);
    }

    /**
     * {@link #viewModel(Assessment)} with the reasons and the labels ({@code labels.*}) in {@code locale}.
     *
     * @param a the assessment
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the view model
     */
    public static Map<String, Object> viewModel(Assessment a, java.util.Locale locale) {
        return HtmlView.of(a, locale);
    }

    /** Renders a view model; for the optional sections that the assessment does not carry yet. */
    static String render(Assessment a, List<HtmlView.DecisiveFact> decisive,
                         List<HtmlView.Counterfactual> counterfactuals) {
        return render(HtmlView.of(a, decisive, counterfactuals));
    }

    private static String render(Map<String, Object> view) {
        StringWriter out = new StringWriter(32 * 1024);
        try {
            MUSTACHE.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Mustache compile() {
        InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IllegalStateException("The HTML report template " + TEMPLATE + " is not on the class path.");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new EscapingMustacheFactory().compile(reader, TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
