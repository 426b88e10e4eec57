package org.refugeelaw.examples.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.refugeelaw.examples.Coverage;
import org.refugeelaw.examples.ScenarioRunner;

/** The files of the rule book (docs/rulebook/index.html and index.md), generated in one place for the runner and the test. */
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

    /** The file names and contents of the rule book. */
    public static Map<String, String> render(RuleBook book) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", RuleBookRenderer.html(book));
        files.put("index.md", RuleBookRenderer.markdown(book));
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
