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

    public static String render(Assessment a) {
        return render(HtmlView.of(a));
    }

    /**
     * Renders an assessment with its reasons in {@code locale} (English, Korean or simplified Chinese; any other
     * language renders in English); the page declares that language ({@code <html lang>}) and, for Korean and
     * Chinese, uses a system font stack for Hangul or Han characters (no web fonts).
     */
    public static String render(Assessment a, java.util.Locale locale) {
        return render(HtmlView.of(a, locale));
    }

    /**
     * Renders an assessment together with the person's account from its case record (the narratives and the
     * descriptions of events after departure; never the description of a crime), for a handout. Narratives are
     * personal data: render them only where the reader may see them (the runner does so only on request,
     * {@code --with-account}).
     */
    public static String render(Assessment a, org.refugeelaw.model.CaseRecord caseRecord) {
        return render(a, caseRecord, java.util.Locale.ROOT);
    }

    /** {@link #render(Assessment, org.refugeelaw.model.CaseRecord)} with the reasons in {@code locale}. */
    public static String render(Assessment a, org.refugeelaw.model.CaseRecord caseRecord, java.util.Locale locale) {
        Map<String, Object> view = HtmlView.of(a, locale);
        List<Map<String, Object>> account = HtmlView.account(caseRecord);
        view.put("hasCaseAccount", !account.isEmpty());
        view.put("caseAccount", account);
        return render(view);
    }

    /**
     * The view model behind {@link #render(Assessment)}: the assessment as maps, lists, strings and booleans, tier by
     * tier in the order the law takes them, for a front end that shows the same report in its own templates (the
     * trainers' workbench). Nothing in it is escaped: the caller's templates must escape every value.
     */
    public static Map<String, Object> viewModel(Assessment a) {
        return HtmlView.of(a);
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
