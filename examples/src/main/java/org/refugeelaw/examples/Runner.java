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
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.MarkdownReport;
import org.refugeelaw.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The trainers' command line: run the scenario library, assess one case, and more. */
@Command(name = "refugee-law", mixinStandardHelpOptions = true, versionProvider = Runner.Version.class,
        description = "Assess asylum cases against international refugee law and explain the result.",
        subcommands = {Runner.Run.class, Runner.Assess.class, Runner.WhatIfCommand.class, Runner.Compare.class,
                Runner.Html.class, Runner.CoverageCommand.class, Runner.Batch.class, Runner.Generate.class,
                org.refugeelaw.examples.workbench.ServeCommand.class, CommandLine.HelpCommand.class})
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

        @Option(names = "--json-out", paramLabel = "<dir>",
                description = "Also write each assessment as JSON to <dir>/<scenario file name>.json (deterministic:"
                        + " the same input gives byte-identical files).")
        Path jsonOut;

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
                if (jsonOut != null) {
                    Files.createDirectories(jsonOut);
                    Files.writeString(jsonOut.resolve(file.getFileName().toString().replaceFirst("\\.ya?ml$", "")
                            + ".json"), CaseJson.write(a), java.nio.charset.StandardCharsets.UTF_8);
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

        @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "text|md|html|json",
                description = {"Report format: text (for a terminal), md (GitHub-flavoured Markdown), html (a"
                        + " self-contained page to print or hand out) or json (the assessment itself).",
                        "Default: ${DEFAULT-VALUE}"})
        String format;

        @Option(names = "--frame", description = "Legal frame: ${COMPLETION-CANDIDATES}. Default: the scenario's, or UNHCR.")
        Frame frame;

        @Option(names = "--alternatives", description = "Also search the alternatives: the decisive missing facts"
                + " and counterfactuals (costs many assessments).")
        boolean alternatives;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ScenarioRunner runner = new ScenarioRunner();
            Assessment a;
            org.refugeelaw.api.Assessor assessor;
            org.refugeelaw.model.CaseRecord c;
            Frame f;
            if (file.toString().endsWith(".json")) {
                assessor = runner.assessor();
                c = CaseJson.read(Files.readString(file));
                f = frame == null ? Frame.UNHCR : frame;
            } else {
                Scenario s = ScenarioLoader.load(file);
                assessor = runner.assessorFor(s);
                c = ScenarioRunner.caseOf(s);
                f = frame == null ? s.frame() : frame;
            }
            a = alternatives ? assessor.assessWithAlternatives(c, f) : assessor.assess(c, f);
            switch (format) {
                case "json" -> out.print(CaseJson.write(a));
                case "text" -> out.print(TextReport.render(a));
                case "md" -> out.print(MarkdownReport.render(a));
                case "html" -> out.print(HtmlReport.render(a, c));
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown format '" + format + "': use text, md, html or json.");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "html", mixinStandardHelpOptions = true,
            description = {"Assess every scenario in a folder and write one self-contained HTML report per scenario,"
                    + " to print or hand out: <out>/<scenario file name>.html (a scenario in a subfolder goes to the"
                    + " same subfolder of <out>). Prints each file it wrote.",
                    "Exits with status 2 if a scenario cannot be read or assessed; the others are still written."})
    static final class Html implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
                description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
                description = "Folder to write the reports to; created if missing. Existing reports are overwritten.")
        Path outDir;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(folder)) {
                throw new ScenarioException(folder + ": not a folder of scenario files.");
            }
            ScenarioRunner runner = new ScenarioRunner();
            int written = 0;
            int errors = 0;
            for (Path file : ScenarioLoader.files(folder)) {
                Assessment a;
                org.refugeelaw.model.CaseRecord c;
                try {
                    Scenario s = ScenarioLoader.load(file);
                    c = ScenarioRunner.caseOf(s);
                    // A handout carries the decisive missing facts and counterfactuals too.
                    a = runner.assessorFor(s).assessWithAlternatives(c, s.frame());
                } catch (ScenarioException | InvalidCaseException e) {
                    errors++;
                    err.println("ERROR in " + file + ":");
                    err.println(e.getMessage());
                    continue;
                }
                Path relative = folder.relativize(file);
                String name = relative.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".html";
                Path target = outDir.resolve(relative).resolveSibling(name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, HtmlReport.render(a, c), StandardCharsets.UTF_8);
                written++;
                out.println("wrote " + target + " (" + a.caseId() + ": " + a.determination().status() + ")");
            }
            out.println("Wrote " + written + (written == 1 ? " report" : " reports") + " to " + outDir
                    + (errors == 0 ? "." : "; " + errors + (errors == 1 ? " scenario" : " scenarios")
                    + " could not be assessed."));
            out.flush();
            return errors == 0 ? 0 : 2;
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

    @Command(name = "what-if", mixinStandardHelpOptions = true,
            description = {"Assess a scenario again with some facts changed, and show only what that changes:"
                    + " the determination, criterion statuses, procedural findings and return findings, each with"
                    + " its new reasons.",
                    "Example: what-if examples/scenarios/S9-facts-still-missing.yaml"
                    + " --set departure.withPermission=not_established"})
    static final class WhatIfCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "A scenario file (.yaml).")
        Path file;

        @Option(names = "--set", required = true, paramLabel = "PATH=VALUE",
                description = "A fact to change, by dotted or JSON path inside the case record, e.g."
                        + " departure.withPermission=established or $.activitiesAbroad[0].authoritiesAware=established."
                        + " The value is read as JSON if it is JSON ([\"economic\"], 3), otherwise as text;"
                        + " null makes the fact unknown. Repeat for several facts.")
        List<String> sets;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Scenario s = ScenarioLoader.load(file);
            ScenarioRunner runner = new ScenarioRunner();
            com.fasterxml.jackson.databind.JsonNode tree = s.caseTree();
            for (String set : sets) {
                int eq = set.indexOf('=');
                if (eq <= 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--set " + set + ": write PATH=VALUE, e.g. departure.withPermission=established");
                }
                tree = WhatIf.set(tree, set.substring(0, eq).strip(), set.substring(eq + 1).strip());
            }
            org.refugeelaw.model.CaseRecord changed;
            try {
                changed = CaseJson.fromTree(tree);
            } catch (InvalidCaseException e) {
                throw new ScenarioException("The changed facts do not make a valid case record ("
                        + String.join(", ", sets) + "):" + System.lineSeparator() + e.getMessage());
            }
            org.refugeelaw.api.Assessor assessor = runner.assessorFor(s);
            Assessment before = assessor.assess(ScenarioRunner.caseOf(s), s.frame());
            Assessment after = assessor.assess(changed, s.frame());
            out.println(s.title() + " (" + s.frame() + " frame)");
            out.println("What if " + String.join(" and ", sets) + "?");
            List<WhatIf.Change> changes = WhatIf.changes(before, after);
            if (changes.isEmpty()) {
                out.println("Nothing changes in the outcome (" + before.outcome() + ").");
                return 0;
            }
            for (WhatIf.Change c : changes) {
                out.println("* " + c.item() + ": " + c.before() + " -> " + c.after());
                c.reasons().forEach(r -> out.println("    " + r));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Assess a scenario under every legal frame (UNHCR, EU, UK, US) and show a table of the"
                    + " items assessed by frame; rows that differ are marked with *, and the legal reason for each"
                    + " difference is given below the table.")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "A scenario file (.yaml).")
        Path file;

        @Option(names = "--differences-only", description = "Show only the rows where the frames differ.")
        boolean differencesOnly;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Scenario s = ScenarioLoader.load(file);
            ScenarioRunner runner = new ScenarioRunner();
            org.refugeelaw.assessment.FrameComparison fc = runner.assessorFor(s).compareFrames(ScenarioRunner.caseOf(s));
            out.println(s.title());
            List<String[]> rows = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of("", "item"));
            head.addAll(fc.frames());
            rows.add(head.toArray(String[]::new));
            for (org.refugeelaw.assessment.FrameComparison.Row r : fc.rows()) {
                if (differencesOnly && !r.differs()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(r.differs() ? "*" : "", r.item()));
                row.addAll(r.values());
                rows.add(row.toArray(String[]::new));
            }
            grid(out, rows);
            List<org.refugeelaw.assessment.FrameComparison.Row> diffs = fc.differences();
            out.println();
            if (diffs.isEmpty()) {
                out.println("The frames agree on every item.");
                return 0;
            }
            out.println("Why the frames differ:");
            for (org.refugeelaw.assessment.FrameComparison.Row r : diffs) {
                out.println("* " + r.item());
                r.reasons().forEach(x -> out.println("    " + x));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Assess every scenario in a folder and list any rule of the rule base that no scenario"
                    + " fires (by the rulesFired of every finding, determination and bar), and any criterion status"
                    + " (MET, NOT_MET, UNDETERMINED) that no scenario produces.",
                    "Exit status 1 if anything is uncovered."})
    static final class CoverageCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
                description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = "--allow", paramLabel = "RULE",
                description = "A rule name that may stay unfired (repeatable), e.g. a rule that reports through no"
                        + " finding.")
        List<String> allowed = new ArrayList<>();

        @Option(names = "--verbose", description = "Also list each fired rule with the scenarios that fire it.")
        boolean verbose;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Coverage c = Coverage.of(folder, new ScenarioRunner());
            if (verbose) {
                c.firedBy().forEach((r, files) -> out.println(r + ": " + String.join(", ", files)));
                out.println();
            }
            c.report(allowed).forEach(out::println);
            out.flush();
            return c.complete(allowed) ? 0 : 1;
        }
    }

    static void grid(PrintWriter out, List<String[]> rows) {
        int n = rows.get(0).length;
        int[] w = new int[n];
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == n - 1 ? r[i] : String.format("%-" + w[i] + "s  ", r[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"refugee-law " + org.refugeelaw.api.Assessor.class.getPackage().getImplementationVersion()};
        }
    }
}
