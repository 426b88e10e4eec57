package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.report.HtmlReport;

/** The command line's gate beyond the corpus: resuming a batch, escaping, internal errors, budgets, the account. */
class CliGateTest {
    @TempDir
    static Path dir;
    static Path caseload;
    static byte[] uninterrupted;

    /** A caseload with bad lines of every kind, and its output from one uninterrupted run. */
    @BeforeAll
    static void uninterruptedRun() throws IOException {
        caseload = dir.resolve("caseload.jsonl");
        assertThat(run("generate", "--lines", "30", "--bad-percent", "30", "--seed", "11", "-o", caseload.toString())
                .exit()).isZero();
        Path out = dir.resolve("uninterrupted.jsonl");
        Result r = run("batch", caseload.toString(), "-o", out.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        uninterrupted = Files.readAllBytes(out);
        assertThat(new String(uninterrupted, StandardCharsets.UTF_8).lines()).hasSize(30);
        assertThat(Path.of(out + ".partial")).doesNotExist();
    }

    /**
     * A run interrupted after {@code complete} lines and part of the next (the state a killed process leaves in
     * the partial file) and resumed gives the same bytes as the uninterrupted run, for one thread and several.
     */
    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "13,1", "29,1", "7,3", "22,4"})
    void aResumedRunIsByteIdenticalToAnUninterruptedOne(int complete, int threads) throws IOException {
        Path out = dir.resolve("resumed-" + complete + "-" + threads + ".jsonl");
        Path partial = Path.of(out + ".partial");
        int end = 0;
        for (int i = 0; i < complete; i++) {
            while (uninterrupted[end] != '\n') {
                end++;
            }
            end++;
        }
        // The complete lines, and half of the next: the cut may fall inside a UTF-8 character.
        int half = Math.min(uninterrupted.length, end + 37);
        Files.write(partial, Arrays.copyOf(uninterrupted, half));

        Result r = run("batch", caseload.toString(), "-o", out.toString(), "--resume", "--threads",
                String.valueOf(threads), "--no-progress");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("batch: resuming after line " + complete + " (kept in ");
        assertThat(Files.readAllBytes(out)).isEqualTo(uninterrupted);
        assertThat(partial).doesNotExist();
    }

    /** A run whose input breaks off part-way (a lost connection, a killed producer) is resumed to the same bytes. */
    @Test
    void aRunInterruptedByAFailingInputIsResumedToTheSameBytes() throws IOException {
        Path out = dir.resolve("broken-input.jsonl");
        byte[] input = Files.readAllBytes(caseload);
        int cut = input.length * 2 / 3;
        java.io.InputStream original = System.in;
        Result broken;
        Result resumed;
        try {
            System.setIn(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(input, 0, cut),
                    new java.io.InputStream() {
                        @Override
                        public int read() throws IOException {
                            throw new IOException("Connection reset");
                        }
                    }));
            broken = run("batch", "-", "-o", out.toString(), "--no-progress");
            assertThat(out).doesNotExist();
            assertThat(Path.of(out + ".partial")).exists();
            System.setIn(new java.io.ByteArrayInputStream(input));
            resumed = run("batch", "-", "-o", out.toString(), "--resume", "--no-progress");
        } finally {
            System.setIn(original);
        }
        assertThat(broken.exit()).isEqualTo(Exit.IO_ERROR);
        assertThat(broken.err()).isEqualTo("batch: reading standard input failed (Connection reset); the complete"
                + " lines written so far are kept in " + out.toAbsolutePath() + ".partial: run again with --resume."
                + System.lineSeparator());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(uninterrupted);
    }

    /** A findings-only run interrupted by its input, as {@link #aRunInterruptedByAFailingInputIsResumedToTheSameBytes}. */
    private static Path interruptedFindingsRun(String name) throws IOException {
        Path out = dir.resolve(name);
        byte[] input = Files.readAllBytes(caseload);
        java.io.InputStream original = System.in;
        try {
            System.setIn(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(input, 0, input.length / 2),
                    new java.io.InputStream() {
                        @Override
                        public int read() throws IOException {
                            throw new IOException("Connection reset");
                        }
                    }));
            assertThat(run("batch", "-", "-o", out.toString(), "--detail", "findings", "--no-progress").exit())
                    .isEqualTo(Exit.IO_ERROR);
        } finally {
            System.setIn(original);
        }
        assertThat(Path.of(out + ".partial")).exists();
        assertThat(Path.of(out + ".partial.settings")).content(StandardCharsets.UTF_8)
                .contains("detail=findings", "frame=UNHCR");
        return out;
    }

    /** Resuming with the interrupted run's --detail continues it, and gives the bytes of an uninterrupted run. */
    @Test
    void aFindingsRunResumedWithFindingsIsByteIdenticalToAnUninterruptedOne() throws IOException {
        Path whole = dir.resolve("findings-uninterrupted.jsonl");
        assertThat(run("batch", caseload.toString(), "-o", whole.toString(), "--detail", "findings",
                "--no-progress").exit()).isZero();
        Path out = interruptedFindingsRun("findings-resumed.jsonl");

        Result r = run("batch", caseload.toString(), "-o", out.toString(), "--detail", "findings", "--resume",
                "--no-progress");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole)).isNotEqualTo(uninterrupted);
        assertThat(Path.of(out + ".partial")).doesNotExist();
        assertThat(Path.of(out + ".partial.settings")).doesNotExist();
        assertThat(Path.of(whole + ".partial.settings")).doesNotExist();
    }

    /**
     * Resuming a findings-only run with full detail (the default) would append lines with rendered reasons to lines
     * without them: refused as a usage error naming both values, and the partial file is left as it was.
     */
    @Test
    void aFindingsRunResumedWithFullDetailIsRefusedNamingBothValues() throws IOException {
        Path out = interruptedFindingsRun("findings-then-full.jsonl");
        Path partial = Path.of(out + ".partial");
        byte[] kept = Files.readAllBytes(partial);

        Result r = run("batch", caseload.toString(), "-o", out.toString(), "--resume", "--no-progress");

        assertThat(r.exit()).isEqualTo(Exit.USAGE);
        assertThat(r.err()).isEqualTo("batch: cannot resume " + partial.toAbsolutePath() + " with --detail findings"
                + " (the interrupted run) and --detail full (this run): the output would mix two kinds of line. Run"
                + " again with the interrupted run's options and --resume, or delete " + partial.toAbsolutePath()
                + " and " + partial.toAbsolutePath() + ".settings to start again." + System.lineSeparator());
        assertThat(Files.readAllBytes(partial)).isEqualTo(kept);
        assertThat(out).doesNotExist();
        // Another frame is another assessment: refused too, with the language left out (no reasons are rendered).
        Result frame = run("batch", caseload.toString(), "-o", out.toString(), "--resume", "--detail", "findings",
                "--frame", "EU", "--lang", "ko", "--no-progress");
        assertThat(frame.exit()).isEqualTo(Exit.USAGE);
        assertThat(frame.err()).contains("with --frame UNHCR (the interrupted run) and --frame EU (this run):")
                .doesNotContain("--detail").doesNotContain("--lang");
    }

    @Test
    void aRunThatFailsWritingKeepsItsCompleteLinesForResume() throws IOException {
        Path out = dir.resolve("full.jsonl");
        // Standard output that fails, as a full disk or a closed pipe does.
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int exit = Runner.execute(new String[] {"batch", caseload.toString(), "--no-progress"},
                new PrintWriter(failing), new PrintWriter(err));
        assertThat(exit).isEqualTo(Exit.IO_ERROR);
        assertThat(err.toString()).isEqualTo("batch: writing to standard output failed; check where the output goes"
                + " (a full disk, a closed pipe?)." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void controlCharactersInPrintedValuesAreEscaped() throws IOException {
        Path scenario = dir.resolve("escape.yaml");
        Files.writeString(scenario, Files.readString(Path.of("src/test/resources/hostile/cli/account.yaml"))
                .replace("title: \"H. Hostile input\"", "title: \"H.\\e[2J\\rREFUGEE\\u202e\\nFAKE LINE\""));
        Result r = run("what-if", scenario.toString(), "--set", "departure.withPermission=established");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("H.\\u001B[2J\\u000DREFUGEE\\u202E\\u000AFAKE LINE (UNHCR frame)\n");
        assertThat(r.out()).doesNotContain("\u001b", "\r", "\u202e");
    }

    @Test
    void theTerminalFilterKeepsLineEndsAndEscapesTheRest() throws IOException {
        StringWriter sink = new StringWriter();
        try (Writer w = Terminal.filter(sink)) {
            w.write("a\tb\r\nc\u001b[31m\rd\u0085\u200f\n");
        }
        assertThat(sink.toString()).isEqualTo("a\tb\r\nc\\u001B[31m\\u000Dd\\u0085\\u200F\n");
        assertThat(Terminal.value("x\ny\tz")).isEqualTo("x\\u000Ay\\u0009z");
    }

    @Test
    void anInternalErrorIsOneLineWithAReportIdAndTheTraceOnlyWithDebug() {
        StringWriter quiet = new StringWriter();
        int exit = Runner.handle(new IllegalStateException("secret detail"), new PrintWriter(quiet), false);
        assertThat(exit).isEqualTo(Exit.SOFTWARE);
        assertThat(quiet.toString()).matches("refugee-law: internal error \\(report id [0-9a-f]{8}\\):"
                + " IllegalStateException\\. This is a bug; please report it with the id, and run again with --debug"
                + " to print the details\\.\\R").doesNotContain("secret detail", "\tat ");

        StringWriter loud = new StringWriter();
        Runner.handle(new IllegalStateException("secret detail"), new PrintWriter(loud), true);
        assertThat(loud.toString()).contains("report id ", "java.lang.IllegalStateException: secret detail", "\tat ");
    }

    @Test
    void theAlternativesStopAtTheirBudgetsAndSayWhere() throws IOException {
        Assessor assessor = Assessor.create();
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/hostile/cli/account.yaml"));
        CaseRecord c = ScenarioRunner.caseOf(s);

        Assessment byCount = assessor.assessWithAlternatives(c, Frame.UNHCR, null, 4);
        assertThat(byCount.searchNotes()).contains("4 alternative assessments were made; the search stopped at its"
                + " budget of 4 assessments while searching the decisive missing facts, so the alternatives from"
                + " there on were not all tried.");

        Assessment byTime = assessor.assessWithAlternatives(c, Frame.UNHCR, Duration.ofNanos(1), 3000);
        assertThat(byTime.searchNotes()).contains("0 alternative assessments were made; the search stopped at its"
                + " time budget of 0.000001 ms while searching the decisive missing facts, so the alternatives from"
                + " there on were not all tried.");

        Assessment unbounded = assessor.assessWithAlternatives(c, Frame.UNHCR);
        assertThat(unbounded.searchNotes()).noneMatch(n -> n.contains("stopped at"));
        assertThat(unbounded.determination().status()).isEqualTo(byTime.determination().status());

        assertThatThrownBy(() -> assessor.assessWithAlternatives(c, Frame.UNHCR, null, 3001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 3000");
        assertThatThrownBy(() -> assessor.assessWithAlternatives(c, Frame.UNHCR, Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void theHtmlAccountNeverShowsTheDescriptionOfACrime() throws IOException {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/hostile/cli/account.yaml"));
        CaseRecord c = ScenarioRunner.caseOf(s);
        assertThat(c.exclusion().crimes().get(0).description()).startsWith("CRIME-TEXT");
        Assessment a = Assessor.create().assess(c);
        assertThat(HtmlReport.render(a, c)).contains("ACCOUNT-TEXT We crossed the river at night.")
                .doesNotContain("CRIME-TEXT", "$.exclusion.crimes[0].description");
        assertThat(HtmlReport.render(a)).doesNotContain("ACCOUNT-TEXT", "CRIME-TEXT");
    }

    @Test
    void anAliasNoLongerTurnsIntoAFact() {
        // Before the strict reader, "withPermission: *established" read as the fact "established".
        assertThatThrownBy(() -> ScenarioLoader.load(Path.of(
                "src/test/resources/hostile/yaml/yaml-alias/alias-as-fact.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith("line 15, column 21: an alias (*established); scenario files may not use"
                        + " anchors and aliases: write the value out in full.");
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Runner.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }
}
