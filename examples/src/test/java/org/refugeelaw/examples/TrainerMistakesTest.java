package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a trainer makes when writing a scenario file are reported with file, line, column and the fix. */
class TrainerMistakesTest {
    private static final Path S1 = Path.of("scenarios/S1-hunger-defector-held-in-china.yaml");

    @TempDir
    Path dir;

    private Path broken(String name, String from, String to) throws Exception {
        String text = Files.readString(S1);
        assertThat(text).contains(from);
        Path f = dir.resolve(name);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return f;
    }

    private static int lineOf(Path f, String fragment) throws Exception {
        var lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in " + f);
    }

    @Test
    void aMisspeltFieldInsideTheCaseIsShownAtItsLineWithTheNearestValidName() throws Exception {
        Path f = broken("S1.yaml", "withPermission: not_established", "withPermision: not_established");
        int line = lineOf(f, "withPermision");
        int column = Files.readAllLines(f).get(line - 1).indexOf("withPermision") + 1;
        assertThatThrownBy(() -> ScenarioLoader.load(f))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("S1.yaml, line " + line + ", column " + column
                        + ": $.departure.withPermision: unknown field; did you mean 'withPermission'?");
    }

    @Test
    void aBadDateNamesThePlaceAndTheFormToUse() throws Exception {
        Path f = broken("S1-date.yaml", "date: 2019-08-15", "date: 2019-13-45");
        int line = lineOf(f, "2019-13-45");
        assertThatThrownBy(() -> ScenarioLoader.load(f))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("S1-date.yaml, line " + line + ", column ")
                .hasMessageContaining("$.departure.date")
                .hasMessageContaining("2019-13-45")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aTabInIndentationNamesThePlaceAndTheFix() throws Exception {
        Path f = broken("S1-tab.yaml", "\n  hostState: CN", "\n\thostState: CN");
        int line = lineOf(f, "\thostState");
        assertThatThrownBy(() -> ScenarioLoader.load(f))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("S1-tab.yaml, line " + line + ", column 1")
                .hasMessageContaining("tab")
                .hasMessageContaining("replace the tab with spaces");
    }

    @Test
    void theCommandLinePrintsTheMessageAndNoStackTrace() throws Exception {
        Path f = broken("S1.yaml", "withPermission: not_established", "withPermision: not_established");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Runner.execute(new String[] {"assess", f.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(Exit.DATA_ERROR);
        assertThat(err.toString()).contains("did you mean 'withPermission'?").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anExpectedOutcomeTheEngineContradictsIsADifferenceNotAStackTrace() throws Exception {
        Path f = broken("S1-wrong.yaml", "refugeeStatus: REFUGEE", "refugeeStatus: NOT_REFUGEE");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Runner.execute(new String[] {"run", dir.toString(), "--no-reports"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("refugee status: expected NOT_REFUGEE, got REFUGEE");
        assertThat(err.toString()).doesNotContain("Exception");
    }
}
