package org.refugeelaw.examples.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refugeelaw.examples.Coverage;
import org.refugeelaw.examples.ScenarioRunner;

/**
 * The files of the rule book (docs/rulebook/index.html and index.md, and the same in Korean and simplified Chinese),
 * generated in one place for the runner and the tests.
 */
public final class RuleBookFiles {
    /** The rules folder, relative to the repository root. */
    public static final Path RULES = Path.of("rules-drl/src/main/resources/org/refugeelaw/rules");
    /** The scenario library, relative to the repository root. */
    public static final Path SCENARIOS = Path.of("examples/scenarios");
    /** Where the rule book is committed, relative to the repository root. */
    public static final Path OUT = Path.of("docs/rulebook");

    private RuleBookFiles() {
    }

    /** Builds the rule book from the DRL files and the coverage of the scenario library. */
    public static RuleBook build(Path rules, Path scenarios) throws IOException {
        Coverage c = Coverage.of(scenarios, new ScenarioRunner());
        if (!c.errors().isEmpty()) {
            throw new IOException("scenarios that could not be assessed: " + c.errors().keySet());
        }
        return RuleBook.build(rules, c.firedBy(), Coverage.ALLOWED_UNFIRED);
    }

    /** The languages the rule book's labels are rendered in (the catalogs of the messages, docs/messages.md). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("zh-Hans"));

    /** The file names and contents of the rule book in one language: index.html and index.md for English, else
     * index.{tag}.html and index.{tag}.md. */
    public static Map<String, String> render(RuleBook book, Locale locale) {
        String tag = RuleBookRenderer.tag(locale);
        String base = tag.equals("en") ? "index" : "index." + tag;
        Map<String, String> files = new LinkedHashMap<>();
        files.put(base + ".html", RuleBookRenderer.html(book, locale));
        files.put(base + ".md", RuleBookRenderer.markdown(book, locale));
        return files;
    }

    /** The language tag a locale renders in: en, ko or zh-Hans (any other language renders in English). */
    public static String tag(Locale locale) {
        return RuleBookRenderer.tag(locale);
    }

    /** The rule book's files in every language of {@link #LANGUAGES}. */
    public static Map<String, String> render(RuleBook book) {
        Map<String, String> files = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> files.putAll(render(book, l)));
        return files;
    }

    /** Writes the rule book's files into a folder, creating it if needed. */
    public static void write(Map<String, String> files, Path out) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }
}
