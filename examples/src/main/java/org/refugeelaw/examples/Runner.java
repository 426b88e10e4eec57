package org.refugeelaw.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.BatchAssessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The trainers' command line: run the scenario library, assess one case, and more. */
@Command(name = "refugee-law", mixinStandardHelpOptions = true, versionProvider = Runner.Version.class,
        description = "Assess asylum cases against international refugee law and explain the result.",
        subcommands = {Runner.Run.class, Runner.Assess.class, Runner.Batch.class, Runner.Generate.class,
                CommandLine.HelpCommand.class})
public final class Runner implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Runner());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ScenarioException || ex instanceof InvalidCaseException) {
                err.println(ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Assess every scenario in a folder, print a table of expected against actual outcomes,"
                    + " and exit with status 1 if any scenario fails.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
                description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = "--reports", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Print the explained report of each scenario before the table (default: on).")
        boolean reports;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ScenarioRunner runner = new ScenarioRunner();
            List<String[]> rows = new ArrayList<>();
            int failures = 0;
            for (Path file : ScenarioLoader.files(folder)) {
                Scenario s;
                Assessment a;
                try {
                    s = ScenarioLoader.load(file);
                    a = runner.assess(s);
                } catch (ScenarioException | InvalidCaseException e) {
                    failures++;
                    rows.add(new String[] {file.getFileName().toString(), "-", "-", "ERROR"});
                    out.println("ERROR in " + file + ":");
                    out.println(e.getMessage());
                    out.println();
                    continue;
                }
                List<String> diffs = ScenarioCheck.differences(s.expected(), a);
                if (reports) {
                    out.println(s.title());
                    out.println(TextReport.render(a));
                }
                String expected = s.expected().refugeeStatus() == null ? "(not stated)"
                        : s.expected().refugeeStatus() + (s.expected().basis() == null ? "" : " " + s.expected().basis());
                String actual = a.determination().status() + " " + a.determination().basis();
                rows.add(new String[] {file.getFileName().toString(), expected, actual, diffs.isEmpty() ? "pass" : "FAIL"});
                if (!diffs.isEmpty()) {
                    failures++;
                    out.println("FAIL " + file.getFileName() + ":");
                    diffs.forEach(d -> out.println("  - " + d));
                    out.println();
                }
            }
            table(out, rows);
            out.println(rows.size() - failures + " of " + rows.size() + " scenarios pass.");
            return failures == 0 ? 0 : 1;
        }
    }

    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess one case (a scenario .yaml or a case record .json) and print its explained report.")
    static final class Assess implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "A scenario file (.yaml) or a case record (.json).")
        Path file;

        @Option(names = {"-f", "--format"}, defaultValue = "text",
                description = "Report format: text or json. Default: ${DEFAULT-VALUE}")
        String format;

        @Option(names = "--frame", description = "Legal frame: ${COMPLETION-CANDIDATES}. Default: the scenario's, or UNHCR.")
        Frame frame;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ScenarioRunner runner = new ScenarioRunner();
            Assessment a;
            if (file.toString().endsWith(".json")) {
                a = runner.assessor().assess(CaseJson.read(Files.readString(file)), frame == null ? Frame.UNHCR : frame);
            } else {
                Scenario s = ScenarioLoader.load(file);
                a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), frame == null ? s.frame() : frame);
            }
            switch (format) {
                case "json" -> out.print(CaseJson.write(a));
                case "text" -> out.print(TextReport.render(a));
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown format '" + format + "': use text or json.");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Assess a file of case records in JSON Lines (one case record per line) and write one"
                    + " JSON line per input line, in input order:",
                "  {\"line\":n,\"assessment\":{...}}  for a valid case record;",
                "  {\"line\":n,\"errors\":[{\"path\",\"received\",\"expected\",\"message\"}...]}  for a line"
                        + " that is not (malformed JSON, an invalid case record, a blank or over-long line).",
                "Bad lines do not stop the batch. Progress goes to standard error at most once a second, and a"
                        + " summary at the end. Exit status 0 when the batch completed, even with bad lines;"
                        + " 2 when the input cannot be read or the output cannot be written."})
    static final class Batch implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<input.jsonl>",
                description = "Case records, one per line, in UTF-8; - for standard input.")
        String input;

        @Option(names = {"-o", "--output"}, paramLabel = "<output.jsonl>",
                description = "Where to write the results. Default: standard output.")
        Path output;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
                description = "Worker threads sharing one assessor; the output is the same for any N."
                        + " Default: ${DEFAULT-VALUE}")
        int threads;

        @Option(names = "--frame", defaultValue = "UNHCR",
                description = "Legal frame for every case: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
        Frame frame;

        @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Report progress on standard error at most once a second (default: on).")
        boolean progress;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1.");
            }
            BatchAssessor batch = BatchAssessor.of(Assessor.create()).withFrame(frame).withThreads(threads);
            if (progress) {
                batch = batch.withProgress(Duration.ofSeconds(1), p -> {
                    err.printf(Locale.ROOT, "batch: %,d lines, %,d errors, %,.0f lines/s, %s%n", p.lines(),
                            p.errors(), p.rate(), seconds(p.elapsed()));
                    err.flush();
                });
            }
            BatchAssessor.Summary s;
            try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
                if (output == null) {
                    // Standard output, or the writer the runner was given (tests); flushed, not closed.
                    PrintWriter out = spec.commandLine().getOut();
                    s = batch.run(in, out);
                    if (out.checkError()) {
                        err.println("batch: failed writing to standard output");
                        return 2;
                    }
                } else {
                    try (OutputStream out = Files.newOutputStream(output)) {
                        s = batch.run(in, out);
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("batch: no such file: " + e.getFile());
                return 2;
            } catch (IOException e) {
                err.println("batch: " + e);
                return 2;
            }
            err.printf(Locale.ROOT, "batch: done: %d lines, %d assessed, %d errors, in %s (%.0f lines/s)%n",
                    s.lines(), s.ok(), s.errors(), seconds(s.elapsed()), s.rate());
            err.flush();
            return 0;
        }

        private static String seconds(Duration d) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Write a test caseload in JSON Lines: synthetic, varied case records (invented names,"
                    + " dates and narratives) and a share of bad lines of several kinds (malformed JSON, wrong"
                    + " types, unknown fields, missing required fields, bad enum values, invalid dates).",
                "The same seed always gives the same file."})
    static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--lines", paramLabel = "N", required = true, description = "How many lines to write.")
        long lines;

        @Option(names = "--bad-percent", paramLabel = "P", defaultValue = "0",
                description = "Percentage of bad lines, 0 to 100. Default: ${DEFAULT-VALUE}")
        double badPercent;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed. Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = {"-o", "--output"}, paramLabel = "<file.jsonl>",
                description = "Where to write. Default: standard output.")
        Path output;

        @Override
        public Integer call() throws IOException {
            if (lines < 0 || !(badPercent >= 0 && badPercent <= 100)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--lines must be 0 or more and --bad-percent between 0 and 100.");
            }
            CaseloadGenerator.Counts c;
            if (output == null) {
                c = CaseloadGenerator.write(lines, badPercent, seed, spec.commandLine().getOut());
            } else {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    c = CaseloadGenerator.write(lines, badPercent, seed, w);
                }
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "generate: %d lines, %d bad %s%n", c.lines(), c.bad(),
                    c.byKind());
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    static void table(PrintWriter out, List<String[]> rows) {
        String[] head = {"scenario", "expected", "actual", "result"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder fmt = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            fmt.append("%-").append(w[i]).append("s").append(i < w.length - 1 ? "  " : "%n");
        }
        out.printf(fmt.toString(), (Object[]) head);
        String[] dashes = new String[head.length];
        for (int i = 0; i < w.length; i++) {
            dashes[i] = "-".repeat(w[i]);
        }
        out.printf(fmt.toString(), (Object[]) dashes);
        for (String[] r : rows) {
            out.printf(fmt.toString(), (Object[]) r);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"refugee-law " + org.refugeelaw.api.Assessor.class.getPackage().getImplementationVersion()};
        }
    }
}
