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
import org.refugeelaw.report.ReportLabels;
import org.refugeelaw.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The trainers' command line: run the scenario library, assess one case, and more. */
@Command(name = "refugee-law", mixinStandardHelpOptions = true, versionProvider = Runner.Version.class,
        description = "Assess asylum cases against international refugee law and explain the result.",
        subcommands = {Runner.Run.class, Runner.Assess.class, Runner.WhatIfCommand.class, Runner.Compare.class,
                Runner.Html.class, Runner.CoverageCommand.class, Runner.RuleBookCommand.class, Runner.Batch.class, Runner.Generate.class,
                org.refugeelaw.examples.workbench.ServeCommand.class, CommandLine.HelpCommand.class})
public final class Runner implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, also print the Java stack trace to standard error (for a bug"
                    + " report). Without it, an internal error prints one line with a report id.")
    boolean debug;

    /** The commands that assess, for which the rules start loading at once (while the input is read and checked). */
    private static final java.util.Set<String> PRELOAD = java.util.Set.of("assess", "run", "html", "what-if",
            "compare", "batch", "serve", "coverage");

    public static void main(String[] args) {
        if (args.length > 0 && PRELOAD.contains(args[0])) {
            ScenarioRunner.startLoading();
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams; returns the exit status (see {@link Exit}). Nothing the
     * user can get wrong ends in a stack trace: each mistake gives one line on {@code err} naming the path or option
     * and what to do. Control characters in anything printed are escaped ({@link Terminal}).
     */
    public static int execute(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(Terminal.filter(rawOut), true);
        PrintWriter err = new PrintWriter(Terminal.filter(rawErr), true);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Runner());
        cl.setOut(out);
        cl.setErr(err);
        // No ANSI colours in the help: the output filter would print them as escapes.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine c = ex.getCommandLine();
            err.println(c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage()) + " (see '"
                    + c.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return Exit.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err, debug));
        try {
            int code = cl.execute(args);
            out.flush();
            err.flush();
            return code;
        } catch (RuntimeException | Error e) {
            // An exception in picocli itself, or in an exception handler.
            return handle(e, err, debug);
        }
    }

    /** The one line (and exit status) for an exception that reached the top of a command. */
    static int handle(Throwable ex, PrintWriter err, boolean debug) {
        int code;
        if (ex instanceof ScenarioException se) {
            err.println(se.getMessage());
            code = se.exitCode();
        } else if (ex instanceof InvalidCaseException ic) {
            err.println(problemLines("refugee-law", ic));
            code = Exit.DATA_ERROR;
        } else if (ex instanceof CommandLine.ParameterException pe) {
            err.println(pe.getCommandLine().getCommandSpec().qualifiedName() + ": " + oneLine(pe.getMessage()));
            code = Exit.USAGE;
        } else if (ex instanceof java.io.IOException io) {
            err.println(ioLine(io));
            code = io instanceof java.nio.file.NoSuchFileException ? Exit.NO_INPUT : Exit.IO_ERROR;
        } else if (ex instanceof java.io.UncheckedIOException io) {
            err.println(ioLine(io.getCause()));
            code = Exit.IO_ERROR;
        } else if (ex instanceof OutOfMemoryError) {
            err.println("refugee-law: out of memory; give Java more memory (java -Xmx2g -jar ...) or a smaller input.");
            code = Exit.SOFTWARE;
        } else {
            String id = reportId();
            err.println("refugee-law: internal error (report id " + id + "): " + ex.getClass().getSimpleName()
                    + ". This is a bug; please report it with the id" + (debug ? " and the details below."
                    : ", and run again with --debug to print the details."));
            if (debug) {
                err.println("report id " + id + ":");
                ex.printStackTrace(err);
            }
            code = Exit.SOFTWARE;
        }
        err.flush();
        return code;
    }

    /** A line for an I/O failure that no command turned into a message of its own. */
    private static String ioLine(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null) {
            return Terminal.value(fse.getFile()) + ": " + UserFiles.reason(e) + "; check the path, the permissions"
                    + " and the free space.";
        }
        return "refugee-law: reading or writing failed (" + UserFiles.reason(e) + "); check the paths, the"
                + " permissions and the free space.";
    }

    /** One line per problem of an invalid case record, each starting with where it comes from. */
    static String problemLines(String source, InvalidCaseException e) {
        List<String> out = new ArrayList<>();
        for (org.refugeelaw.api.InputProblem p : e.problems()) {
            String m = p.message() == null ? p.path() : p.message();
            out.add(Terminal.value(source) + ": " + Terminal.value(m.startsWith(p.path()) || m.startsWith("The ")
                    || m.startsWith("Line ") ? m : p.path() + ": " + m));
        }
        if (out.isEmpty()) {
            out.add(Terminal.value(source) + ": " + Terminal.value(String.valueOf(e.getMessage())));
        }
        return String.join(System.lineSeparator(), out);
    }

    /** A message of several lines, each escaped. */
    static String lines(String message) {
        List<String> out = new ArrayList<>();
        for (String line : String.valueOf(message).split("\\R", -1)) {
            out.add(Terminal.value(line));
        }
        return String.join(System.lineSeparator(), out);
    }

    private static String oneLine(String message) {
        return Terminal.value(String.valueOf(message).strip());
    }

    /** A short random id that ties a user's report to a --debug run; it carries nothing from the input. */
    static String reportId() {
        return String.format(Locale.ROOT, "%08x", new java.security.SecureRandom().nextInt());
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

        @CommandLine.Mixin
        Language language;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Locale locale = language.locale(spec.commandLine());
            int untranslated = 0;
            List<Path> files = ScenarioLoader.files(folder);
            if (jsonOut != null) {
                UserFiles.outputFolder(jsonOut, folder, "--json-out");
            }
            ScenarioRunner runner = new ScenarioRunner();
            List<String[]> rows = new ArrayList<>();
            int failures = 0;
            for (Path file : files) {
                Scenario s;
                Assessment a;
                try {
                    if (FamilyScenario.isFamily(file)) {
                        // Issue 17: a family, assessed member by member; one row per family.
                        FamilyScenario fs = FamilyScenario.load(file);
                        org.refugeelaw.assessment.FamilyAssessment fa = fs.assess(runner);
                        List<String> diffs = fs.differences(fa);
                        if (reports) {
                            out.println(Terminal.value(fs.title()));
                            fa.members().forEach(m -> out.println(TextReport.render(m.assessment(), locale)));
                        }
                        rows.add(new String[] {Terminal.value(file.getFileName().toString()),
                                ReportLabels.text("report.runner.familyOf", locale, String.valueOf(fa.members().size())),
                                ReportLabels.text("report.runner.memberByMember", locale),
                                result(diffs.isEmpty(), locale)});
                        if (!diffs.isEmpty()) {
                            failures++;
                            out.println("FAIL " + Terminal.path(file.getFileName()) + ":");
                            diffs.forEach(d -> out.println("  - " + Terminal.value(d)));
                            out.println();
                        }
                        continue;
                    }
                    s = ScenarioLoader.load(file);
                    a = runner.assess(s);
                } catch (ScenarioException | InvalidCaseException e) {
                    failures++;
                    rows.add(new String[] {Terminal.value(file.getFileName().toString()), "-", "-",
                            ReportLabels.text("report.runner.error", locale)});
                    out.println("ERROR in " + Terminal.path(file) + ":");
                    out.println(e instanceof ScenarioException ? e.getMessage() : lines(e.getMessage()));
                    out.println();
                    continue;
                }
                if (jsonOut != null) {
                    Path target = jsonOut.resolve(file.getFileName().toString().replaceFirst("\\.ya?ml$", "")
                            + ".json");
                    write(target, locale.equals(java.util.Locale.ROOT) ? CaseJson.write(a) : CaseJson.write(a, locale));
                }
                List<String> diffs = ScenarioCheck.differences(s.expected(), a);
                if (!s.translatedInto(locale)) {
                    untranslated++;
                }
                if (reports) {
                    out.println(Terminal.value(s.title(locale)));
                    out.println(TextReport.render(a, locale));
                }
                String expected = s.expected().refugeeStatus() == null
                        ? ReportLabels.text("report.runner.notStated", locale)
                        : s.expected().refugeeStatus() + (s.expected().basis() == null ? "" : " " + s.expected().basis());
                String actual = a.determination().status() + " " + a.determination().basis();
                rows.add(new String[] {Terminal.value(file.getFileName().toString()), expected, actual,
                        result(diffs.isEmpty(), locale)});
                if (!diffs.isEmpty()) {
                    failures++;
                    out.println("FAIL " + Terminal.path(file.getFileName()) + ":");
                    diffs.forEach(d -> out.println("  - " + Terminal.value(d)));
                    out.println();
                }
            }
            table(out, rows, locale);
            out.println(ReportLabels.text("report.runner.summary", locale, String.valueOf(rows.size() - failures),
                    String.valueOf(rows.size())));
            if (untranslated > 0) {
                // Said once per run: which scenarios fell back to English is visible in their titles.
                out.println(ReportLabels.text("report.runner.fallback", locale, String.valueOf(untranslated)));
            }
            return failures == 0 ? 0 : 1;
        }

        private static String result(boolean pass, java.util.Locale locale) {
            return pass ? ReportLabels.text("report.runner.pass", locale)
                    : ReportLabels.text("report.runner.fail", locale);
        }
    }

    /** {@code --lang en|ko|zh}: the language the reasons are rendered in (zh is simplified Chinese, zh-Hans). */
    static final class Language {
        @Option(names = "--lang", defaultValue = "en", paramLabel = "en|ko|zh",
                description = "Language of the reasons and labels: en (English), ko (Korean) or zh (simplified"
                        + " Chinese)."
                        + " Default: ${DEFAULT-VALUE}")
        String lang;

        java.util.Locale locale(CommandLine cli) {
            return switch (lang) {
                case "en" -> java.util.Locale.ROOT;
                case "ko" -> java.util.Locale.KOREAN;
                case "zh" -> java.util.Locale.forLanguageTag("zh-Hans");
                default -> throw new CommandLine.ParameterException(cli,
                        "Unknown language '" + Terminal.value(lang) + "': use en, ko or zh.");
            };
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

        @Option(names = "--frame", converter = FrameOption.class, completionCandidates = FrameOption.Ids.class,
                description = "Legal frame: ${COMPLETION-CANDIDATES}. Default: the scenario's, or UNHCR.")
        Frame frame;

        @Option(names = "--alternatives", description = "Also search the alternatives: the decisive missing facts"
                + " and counterfactuals (costs many assessments; see --time-budget and --assessment-budget).")
        boolean alternatives;

        @CommandLine.Mixin
        Budgets budgets;

        @Option(names = "--with-account", description = "With -f html: also show the person's account (the"
                + " narratives of the case record). Off by default: the account is personal data. The description of"
                + " a crime is never shown.")
        boolean withAccount;

        @CommandLine.Mixin
        Language language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Locale locale = language.locale(spec.commandLine());
            if (!List.of("json", "text", "md", "html").contains(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown format '" + Terminal.value(format) + "': use text, md, html or json.");
            }
            budgets.check(spec.commandLine());
            Assessment a;
            org.refugeelaw.api.Assessor assessor;
            org.refugeelaw.model.CaseRecord c;
            Frame f;
            Integer family = assessFamily(out);
            if (family != null) {
                return family;
            }
            if (file.toString().endsWith(".json")) {
                String text = UserFiles.readText(file, UserFiles.MAX_CASE_RECORD_BYTES, "a case record");
                assessor = null;
                try {
                    c = CaseJson.read(text);
                } catch (InvalidCaseException e) {
                    throw new ScenarioException(Exit.DATA_ERROR, problemLines(file.toString(), e));
                }
                f = frame == null ? Frame.UNHCR : frame;
            } else {
                Scenario s = ScenarioLoader.load(file);
                c = ScenarioRunner.caseOf(s);
                assessor = new ScenarioRunner().assessorFor(s);
                f = frame == null ? s.frame() : frame;
            }
            if (assessor == null) {
                assessor = ScenarioRunner.defaultAssessor();
            }
            a = alternatives ? budgets.search(assessor, c, f) : assessor.assess(c, f);
            switch (format) {
                case "json" -> out.print(locale.equals(java.util.Locale.ROOT) ? CaseJson.write(a) : CaseJson.write(a, locale));
                case "text" -> out.print(TextReport.render(a, locale));
                case "md" -> out.print(MarkdownReport.render(a, locale));
                default -> out.print(withAccount ? HtmlReport.render(a, c, locale) : HtmlReport.render(a, locale));
            }
            out.flush();
            if (out.checkError()) {
                throw new ScenarioException(Exit.IO_ERROR, "refugee-law assess: writing to standard output failed;"
                        + " check where the output goes (a full disk?).");
            }
            return Exit.OK;
        }

        /**
         * Issue 17: assesses and prints a family, member by member, if the file is a family document (.json with
         * {@code members}) or a family scenario (.yaml listing member scenarios); null if it is a single case.
         */
        private Integer assessFamily(PrintWriter out) {
            org.refugeelaw.assessment.FamilyAssessment fa;
            if (file.toString().endsWith(".json")) {
                String text = UserFiles.readText(file, UserFiles.MAX_CASE_RECORD_BYTES, "a case record");
                if (!org.refugeelaw.api.FamilyJson.isFamily(text)) {
                    return null;
                }
                refuseAlternatives();
                org.refugeelaw.model.FamilyRecord fr;
                try {
                    fr = org.refugeelaw.api.FamilyJson.read(text);
                } catch (InvalidCaseException e) {
                    throw new ScenarioException(Exit.DATA_ERROR, problemLines(file.toString(), e));
                }
                fa = ScenarioRunner.defaultAssessor().assessFamily(fr, frame == null ? Frame.UNHCR : frame);
            } else {
                if (!FamilyScenario.isFamily(file)) {
                    return null;
                }
                refuseAlternatives();
                FamilyScenario fs = FamilyScenario.load(file);
                if (frame != null && frame != fs.frame()) {
                    fs = new FamilyScenario(fs.file(), fs.title(), fs.provisions(), fs.teaching(), frame,
                            fs.familyId(), fs.members(), fs.expected());
                }
                try {
                    fa = fs.assess(new ScenarioRunner());
                } catch (InvalidCaseException e) {
                    throw new ScenarioException(Exit.DATA_ERROR, problemLines(file.toString(), e));
                }
            }
            java.util.Locale locale = language.locale(spec.commandLine());
            switch (format) {
                case "json" -> out.print(locale.equals(java.util.Locale.ROOT) ? org.refugeelaw.api.FamilyJson.write(fa)
                        : org.refugeelaw.api.FamilyJson.write(fa, locale));
                case "html" -> out.print(HtmlReport.renderFamily(fa, locale));
                default -> {
                    boolean md = "md".equals(format);
                    out.println((md ? "# " : "") + ReportLabels.text("report.family.heading", locale,
                            Terminal.value(fa.familyId()), fa.frame()));
                    out.println();
                    for (String finding : fa.findings(locale)) {
                        out.println((md ? "- " : "  ") + Terminal.value(finding));
                    }
                    for (org.refugeelaw.assessment.FamilyAssessment.Member m : fa.members()) {
                        out.println();
                        out.println((md ? "## " : "== ") + ReportLabels.text("report.family.member", locale,
                                Terminal.value(HtmlReport.who(m, locale))));
                        out.print(md ? MarkdownReport.render(m.assessment(), locale)
                                : TextReport.render(m.assessment(), locale));
                    }
                }
            }
            out.flush();
            if (out.checkError()) {
                throw new ScenarioException(Exit.IO_ERROR, "refugee-law assess: writing to standard output failed;"
                        + " check where the output goes (a full disk?).");
            }
            return Exit.OK;
        }

        private void refuseAlternatives() {
            if (alternatives) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--alternatives is not available for a family: assess a member's scenario on its own.");
            }
        }
    }

    /** The budgets of the search for alternatives (assess --alternatives, html). */
    static final class Budgets {
        @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
                description = "Stop the search for alternatives after this many seconds (0.1 to 3600) and say where"
                        + " it stopped. Default: ${DEFAULT-VALUE}")
        double timeBudget;

        @Option(names = "--assessment-budget", paramLabel = "N", defaultValue = "3000",
                description = "Stop the search for alternatives after N alternative assessments (0 to 3000) and say"
                        + " where it stopped. Default: ${DEFAULT-VALUE}")
        int assessmentBudget;

        void check(CommandLine cl) {
            if (!(timeBudget >= 0.1 && timeBudget <= 3600)) {
                throw new CommandLine.ParameterException(cl, "--time-budget must be between 0.1 and 3600 seconds,"
                        + " not " + timeBudget + ".");
            }
            if (assessmentBudget < 0 || assessmentBudget > 3000) {
                throw new CommandLine.ParameterException(cl, "--assessment-budget must be between 0 and 3000, not "
                        + assessmentBudget + ".");
            }
        }

        Assessment search(org.refugeelaw.api.Assessor assessor, org.refugeelaw.model.CaseRecord c, Frame f) {
            return assessor.assessWithAlternatives(c, f, Duration.ofMillis(Math.round(timeBudget * 1000)),
                    assessmentBudget);
        }
    }

    /** Writes a text file whole, as UTF-8; a failure is one line naming the file (exit status 74). */
    static void write(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            throw new ScenarioException(Exit.CANT_CREATE, Terminal.path(target) + ": cannot be written ("
                    + UserFiles.reason(e) + "); check the folder and its permissions.");
        } catch (IOException e) {
            throw new ScenarioException(Exit.IO_ERROR, Terminal.path(target) + ": writing failed ("
                    + UserFiles.reason(e) + "); check the free space and run again.");
        }
    }

    @Command(name = "html", mixinStandardHelpOptions = true,
            description = {"Assess every scenario in a folder and write one self-contained HTML report per scenario,"
                    + " to print or hand out: <out>/<scenario file name>.html (a scenario in a subfolder goes to the"
                    + " same subfolder of <out>). Prints each file it wrote.",
                    "Exits with status 65 if a scenario cannot be read or assessed; the others are still written."})
    static final class Html implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
                description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
                description = "Folder to write the reports to; created if missing. Existing reports are overwritten."
                        + " It may not lie inside the scenario folder.")
        Path outDir;

        @CommandLine.Mixin
        Budgets budgets;

        @Option(names = "--with-account", description = "Also show each person's account (the narratives of the"
                + " case record). Off by default: the account is personal data. The description of a crime is never"
                + " shown.")
        boolean withAccount;

        @CommandLine.Mixin
        Language language;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            java.util.Locale locale = language.locale(spec.commandLine());
            budgets.check(spec.commandLine());
            List<Path> files = ScenarioLoader.files(folder);
            UserFiles.outputFolder(outDir, folder, "--out");
            ScenarioRunner runner = new ScenarioRunner();
            int written = 0;
            int errors = 0;
            for (Path file : files) {
                Assessment a;
                org.refugeelaw.model.CaseRecord c;
                try {
                    Scenario s = ScenarioLoader.load(file);
                    c = ScenarioRunner.caseOf(s);
                    // A handout carries the decisive missing facts and counterfactuals too.
                    a = budgets.search(runner.assessorFor(s), c, s.frame());
                } catch (ScenarioException | InvalidCaseException e) {
                    errors++;
                    err.println("ERROR in " + Terminal.path(file) + ":");
                    err.println(e instanceof ScenarioException ? e.getMessage() : lines(e.getMessage()));
                    continue;
                }
                Path relative = folder.relativize(file);
                String name = relative.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".html";
                Path target = outDir.resolve(relative).resolveSibling(name);
                UserFiles.outputFolder(target.getParent(), null, "--out");
                write(target, withAccount ? HtmlReport.render(a, c, locale) : HtmlReport.render(a, locale));
                written++;
                out.println("wrote " + Terminal.path(target) + " (" + Terminal.value(a.caseId()) + ": "
                        + a.determination().status() + ")");
            }
            out.println("Wrote " + written + (written == 1 ? " report" : " reports") + " to " + Terminal.path(outDir)
                    + (errors == 0 ? "." : "; " + errors + (errors == 1 ? " scenario" : " scenarios")
                    + " could not be assessed."));
            out.flush();
            return errors == 0 ? Exit.OK : Exit.DATA_ERROR;
        }
    }

    @Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Assess a file of case records in JSON Lines (one case record per line) and write one"
                    + " JSON line per input line, in input order:",
                "  {\"line\":n,\"assessment\":{...}}  for a valid case record;",
                "  {\"line\":n,\"errors\":[{\"path\",\"received\",\"expected\",\"message\"}...]}  for a line"
                        + " that is not (malformed JSON, an invalid case record, a blank or over-long line).",
                "Bad lines do not stop the batch. Progress goes to standard error at most once a second, and a"
                        + " summary at the end. With -o the results go to <output>.partial in the same folder, renamed"
                        + " to <output> when complete; an interrupted run continues with --resume.",
                "Exit status 0 when the batch completed, even with bad lines; 64 when -o is the input; 66 when the"
                        + " input does not exist; 73 when the output cannot be created; 74 when reading or writing"
                        + " fails part-way."})
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

        @Option(names = "--frame", defaultValue = "UNHCR", converter = FrameOption.class,
                completionCandidates = FrameOption.Ids.class,
                description = "Legal frame for every case: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
        Frame frame;

        @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Report progress on standard error at most once a second (default: on).")
        boolean progress;

        /** How much of each assessment to write (issue 15 point 5). */
        enum Detail { full, findings }

        @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "full",
                description = {"full (default): each assessment with its reasons rendered in English (reasons, and"
                        + " messages with their text); findings: the determination and every finding (status, facts,"
                        + " missing facts, rules, legal basis, messages as keys and arguments) without rendered"
                        + " reasons, about half the size and faster."})
        Detail detail;

        @CommandLine.Mixin
        Language language;

        @Option(names = "--resume", description = {"Continue an interrupted run: keep the complete lines already in"
                + " <output.jsonl>.partial and continue from the next input line. The result is byte-identical to"
                + " an uninterrupted run. Needs -o."})
        boolean resume;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (threads < 1 || threads > 256) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 256,"
                        + " not " + threads + ".");
            }
            if (resume && output == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs -o <output.jsonl>: only"
                        + " a run written to a file can be resumed.");
            }
            Path in = null;
            if (!input.equals("-")) {
                try {
                    in = Path.of(input);
                } catch (java.nio.file.InvalidPathException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), Terminal.value(input)
                            + ": not a valid path.");
                }
                if (!Files.exists(in)) {
                    throw new ScenarioException(Exit.NO_INPUT, "batch: " + Terminal.path(in) + ": no such file;"
                            + " check the path.");
                }
                if (Files.isDirectory(in)) {
                    throw new ScenarioException(Exit.NO_INPUT, "batch: " + Terminal.path(in) + ": is a folder; give"
                            + " a file of case records in JSON Lines.");
                }
            }
            Path partial = null;
            long done = 0;
            if (output != null) {
                partial = checkOutput(in);
                if (resume) {
                    if (!Files.exists(partial)) {
                        if (Files.exists(output)) {
                            err.println("batch: " + Terminal.path(output) + " is complete (there is no "
                                    + Terminal.path(partial.getFileName()) + " to resume); nothing to do.");
                            return Exit.OK;
                        }
                    } else {
                        try {
                            done = ResumableOutput.keepCompleteLines(partial);
                        } catch (IOException e) {
                            throw new ScenarioException(Exit.IO_ERROR, "batch: " + Terminal.path(partial)
                                    + ": cannot be read (" + UserFiles.reason(e) + ").");
                        }
                        err.println("batch: resuming after line " + done + " (kept in " + Terminal.path(partial)
                                + ")");
                    }
                } else if (Files.exists(partial)) {
                    throw new ScenarioException(Exit.USAGE, "batch: " + Terminal.path(partial) + " holds the"
                            + " results of an interrupted run; continue it with --resume, or delete it to start"
                            + " again.");
                }
            }
            BatchAssessor batch = BatchAssessor.of(ScenarioRunner.defaultAssessor()).withFrame(frame).withThreads(threads)
                    .withRenderedReasons(detail == Detail.full)
                    .withLocale(language.locale(spec.commandLine()));
            if (progress) {
                batch = batch.withProgress(Duration.ofSeconds(1), p -> {
                    err.printf(Locale.ROOT, "batch: %,d lines, %,d errors, %,.0f lines/s, %s%n", p.lines(),
                            p.errors(), p.rate(), seconds(p.elapsed()));
                    err.flush();
                });
            }
            BatchAssessor.Summary s;
            FailureRecorder written = null;
            String inName = in == null ? "standard input" : Terminal.path(in);
            try (InputStream raw = in == null ? System.in : Files.newInputStream(in)) {
                InputStream source = ResumableOutput.blankFirstLines(raw, done);
                if (output == null) {
                    // Standard output, or the writer the runner was given (tests); flushed, not closed.
                    PrintWriter out = spec.commandLine().getOut();
                    s = batch.run(source, out);
                    if (out.checkError()) {
                        throw new ScenarioException(Exit.IO_ERROR, "batch: writing to standard output failed; check"
                                + " where the output goes (a full disk, a closed pipe?).");
                    }
                } else {
                    try (java.io.FileOutputStream file = new java.io.FileOutputStream(partial.toFile(), done > 0)) {
                        written = new FailureRecorder(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                        Writer w = ResumableOutput.dropLines(new BufferedWriter(written, 1 << 16), done);
                        s = batch.run(source, w);
                        w.flush();
                        file.getChannel().force(true);
                    }
                }
            } catch (java.nio.file.AccessDeniedException e) {
                throw new ScenarioException(Exit.NO_INPUT, "batch: " + inName + ": cannot be read (permission"
                        + " denied); check its permissions.");
            } catch (IOException e) {
                if (written != null && written.failure != null) {
                    throw new ScenarioException(Exit.IO_ERROR, "batch: writing " + Terminal.path(partial)
                            + " failed (" + UserFiles.reason(written.failure) + "); the complete lines written so far"
                            + " are kept there: free space and run again with --resume.");
                }
                throw new ScenarioException(Exit.IO_ERROR, "batch: reading " + inName + " failed ("
                        + UserFiles.reason(e) + ")" + (partial == null ? "." : "; the complete lines written so far"
                        + " are kept in " + Terminal.path(partial) + ": run again with --resume."));
            }
            if (s.lines() < done) {
                throw new ScenarioException(Exit.DATA_ERROR, "batch: " + Terminal.path(partial) + " holds " + done
                        + " lines, but " + inName + " has only " + s.lines() + "; it is not the partial output of"
                        + " this input. Move it away and run again without --resume.");
            }
            if (output != null) {
                try {
                    try {
                        Files.move(partial, output, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new ScenarioException(Exit.CANT_CREATE, "batch: " + Terminal.path(output) + ": cannot be"
                            + " replaced (" + UserFiles.reason(e) + "); the complete results are in "
                            + Terminal.path(partial) + ".");
                }
            }
            long lines = s.lines() - done;
            long errors = s.errors() - done;
            err.printf(Locale.ROOT, "batch: done: %d lines, %d assessed, %d errors, in %s (%.0f lines/s)%s%n",
                    lines, s.ok(), errors, seconds(s.elapsed()), s.rate(),
                    done > 0 ? " after resuming at line " + (done + 1) : "");
            err.flush();
            return Exit.OK;
        }

        /** Checks -o against the input and returns the partial file beside it. */
        private Path checkOutput(Path in) {
            String o = Terminal.path(output);
            if (Files.isDirectory(output)) {
                throw new ScenarioException(Exit.CANT_CREATE, "batch: -o " + o + ": is a folder; give a file name,"
                        + " such as " + o + "/results.jsonl.");
            }
            if (Files.exists(output) && !Files.isRegularFile(output)) {
                throw new ScenarioException(Exit.CANT_CREATE, "batch: -o " + o + ": is not a regular file (a"
                        + " device?); give a file, or leave out -o to write to standard output.");
            }
            Path folder = output.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new ScenarioException(Exit.CANT_CREATE, "batch: -o " + o + ": the folder " + Terminal.path(folder)
                        + " does not exist; create it first.");
            }
            Path partial = ResumableOutput.partial(output);
            if (in != null) {
                for (Path p : List.of(output, partial)) {
                    try {
                        if (Files.exists(p) && Files.isSameFile(in, p)) {
                            throw new ScenarioException(Exit.USAGE, "batch: -o " + o + ": is the input file "
                                    + Terminal.path(in) + "; writing there would destroy the caseload. Choose another"
                                    + " output file.");
                        }
                    } catch (IOException e) {
                        throw new ScenarioException(Exit.IO_ERROR, "batch: " + Terminal.path(p) + ": cannot be"
                                + " checked (" + UserFiles.reason(e) + ").");
                    }
                }
            }
            if (!Files.isWritable(folder)) {
                throw new ScenarioException(Exit.CANT_CREATE, "batch: -o " + o + ": the folder "
                        + Terminal.path(folder) + " is not writable; choose another output file.");
            }
            return partial;
        }

        /** Remembers the first failure to write, so that a write error is told from a read error. */
        private static final class FailureRecorder extends java.io.FilterWriter {
            IOException failure;

            FailureRecorder(Writer out) {
                super(out);
            }

            @Override
            public void write(int c) throws IOException {
                try {
                    out.write(c);
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                    throw e;
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                try {
                    out.write(cbuf, off, len);
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                    throw e;
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                try {
                    out.write(str, off, len);
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                    throw e;
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                    throw e;
                }
            }
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
                if (spec.commandLine().getOut().checkError()) {
                    throw new ScenarioException(Exit.IO_ERROR, "generate: writing to standard output failed; check"
                            + " where the output goes (a full disk, a closed pipe?).");
                }
            } else {
                if (Files.isDirectory(output)) {
                    throw new ScenarioException(Exit.CANT_CREATE, "generate: -o " + Terminal.path(output) + ": is a"
                            + " folder; give a file name.");
                }
                Path folder = output.toAbsolutePath().getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw new ScenarioException(Exit.CANT_CREATE, "generate: -o " + Terminal.path(output)
                            + ": the folder " + Terminal.path(folder) + " does not exist; create it first.");
                }
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    c = CaseloadGenerator.write(lines, badPercent, seed, w);
                } catch (java.nio.file.AccessDeniedException e) {
                    throw new ScenarioException(Exit.CANT_CREATE, "generate: -o " + Terminal.path(output)
                            + ": cannot be created (permission denied); choose another file.");
                } catch (IOException e) {
                    throw new ScenarioException(Exit.IO_ERROR, "generate: writing " + Terminal.path(output)
                            + " failed (" + UserFiles.reason(e) + "); check the free space and run again.");
                }
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "generate: %d lines, %d bad %s%n", c.lines(), c.bad(),
                    c.byKind());
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    static void table(PrintWriter out, List<String[]> rows) {
        table(out, rows, java.util.Locale.ROOT);
    }

    static void table(PrintWriter out, List<String[]> rows, java.util.Locale locale) {
        String[] head = {ReportLabels.text("report.runner.scenario", locale),
                ReportLabels.text("report.runner.expected", locale), ReportLabels.text("report.runner.actual", locale),
                ReportLabels.text("report.runner.result", locale)};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = Terminal.width(head[i]);
            for (String[] r : rows) {
                w[i] = Math.max(w[i], Terminal.width(r[i]));
            }
        }
        String[] dashes = new String[head.length];
        for (int i = 0; i < w.length; i++) {
            dashes[i] = "-".repeat(w[i]);
        }
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.add(dashes);
        all.addAll(rows);
        for (String[] r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                line.append(r[i]);
                if (i < w.length - 1) {
                    line.append(" ".repeat(w[i] - Terminal.width(r[i]) + 2));
                } else {
                    line.append(" ".repeat(w[i] - Terminal.width(r[i])));
                }
            }
            out.println(line);
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

        @CommandLine.Mixin
        Language language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Locale locale = language.locale(spec.commandLine());
            for (String set : sets) {
                if (set.indexOf('=') <= 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--set " + Terminal.value(set)
                            + ": write PATH=VALUE, e.g. departure.withPermission=established");
                }
            }
            Scenario s = ScenarioLoader.load(file);
            ScenarioRunner runner = new ScenarioRunner();
            com.fasterxml.jackson.databind.JsonNode tree = s.caseTree();
            for (String set : sets) {
                int eq = set.indexOf('=');
                tree = WhatIf.set(tree, set.substring(0, eq).strip(), set.substring(eq + 1).strip());
            }
            org.refugeelaw.model.CaseRecord changed;
            try {
                changed = CaseJson.fromTree(tree);
            } catch (InvalidCaseException e) {
                throw new ScenarioException(problemLines("--set " + String.join(" --set ", sets), e));
            }
            org.refugeelaw.api.Assessor assessor = runner.assessorFor(s);
            Assessment before = assessor.assess(ScenarioRunner.caseOf(s), s.frame());
            Assessment after = assessor.assess(changed, s.frame());
            out.println(ReportLabels.text("report.runner.titleFrame", locale, Terminal.value(s.title(locale)),
                    String.valueOf(s.frame())));
            out.println(ReportLabels.text("report.whatIf.question", locale, Terminal.value(String.join(
                    ReportLabels.text("report.whatIf.and", locale), sets))));
            List<WhatIf.Change> changes = WhatIf.changes(before, after, locale);
            if (changes.isEmpty()) {
                out.println(ReportLabels.text("report.whatIf.nothing", locale, WhatIf.value(before.outcome(), locale)));
                if (!s.translatedInto(locale)) {
                    out.println(ReportLabels.text("report.runner.fallbackOne", locale));
                }
                return 0;
            }
            for (WhatIf.Change c : changes) {
                out.println("* " + Terminal.value(c.item()) + ": " + c.before() + " -> " + c.after());
                c.reasons().forEach(r -> out.println("    " + Terminal.value(r)));
            }
            if (!s.translatedInto(locale)) {
                out.println(ReportLabels.text("report.runner.fallbackOne", locale));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Assess a scenario under every legal frame the library bundles and show a table of the"
                    + " items assessed by frame; rows that differ are marked with *, and the legal reason for each"
                    + " difference is given below the table.")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "A scenario file (.yaml).")
        Path file;

        @Option(names = "--differences-only", description = "Show only the rows where the frames differ.")
        boolean differencesOnly;

        @CommandLine.Mixin
        Language language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Locale locale = language.locale(spec.commandLine());
            Scenario s = ScenarioLoader.load(file);
            ScenarioRunner runner = new ScenarioRunner();
            org.refugeelaw.assessment.FrameComparison fc = runner.assessorFor(s)
                    .compareFrames(ScenarioRunner.caseOf(s), locale);
            out.println(Terminal.value(s.title(locale)));
            List<String[]> rows = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of("", ReportLabels.text("report.compare.item", locale)));
            head.addAll(fc.frames());
            rows.add(head.toArray(String[]::new));
            for (org.refugeelaw.assessment.FrameComparison.Row r : fc.rows()) {
                if (differencesOnly && !r.differs()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(r.differs() ? "*" : "", WhatIf.item(r.item(), locale)));
                r.values().forEach(v -> row.add(WhatIf.value(v, locale)));
                rows.add(row.toArray(String[]::new));
            }
            grid(out, rows);
            List<org.refugeelaw.assessment.FrameComparison.Row> diffs = fc.differences();
            out.println();
            if (diffs.isEmpty()) {
                out.println(ReportLabels.text("report.compare.agree", locale));
            } else {
                out.println(ReportLabels.text("report.compare.why", locale) + ":");
                for (org.refugeelaw.assessment.FrameComparison.Row r : diffs) {
                    out.println("* " + Terminal.value(WhatIf.item(r.item(), locale)));
                    r.reasons().forEach(x -> out.println("    " + Terminal.value(x)));
                }
            }
            if (!s.translatedInto(locale)) {
                out.println(ReportLabels.text("report.runner.fallbackOne", locale));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Assess every scenario in a folder and list any rule of the rule base that no scenario"
                    + " fires (by the rulesFired of every finding, determination and bar), and any criterion status"
                    + " (MET, NOT_MET, UNDETERMINED) that no scenario produces.",
                    "Rules that no scenario can show in any rulesFired (Coverage.ALLOWED_UNFIRED, the list CoverageTest"
                            + " reads) are named with the reason and do not count as uncovered.",
                    "Exit status 1 if anything is uncovered."})
    static final class CoverageCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "examples/scenarios",
                description = "Folder of scenario files (.yaml). Default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = "--allow", paramLabel = "RULE",
                description = "A further rule name that may stay unfired (repeatable), beside those the library"
                        + " allow-lists.")
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
            java.util.Set<String> allow = new java.util.TreeSet<>(Coverage.ALLOWED_UNFIRED.keySet());
            allow.addAll(allowed);
            c.report(allow).forEach(out::println);
            out.flush();
            return c.complete(allow) ? 0 : 1;
        }
    }

    @Command(name = "rulebook", mixinStandardHelpOptions = true,
            description = {"Write the rule book: for each DRL file, the text of the provisions it encodes, the"
                    + " project's reading, and each rule with its criterion, legal basis, the facts it reads, what it"
                    + " concludes and the scenarios that fire it. One self-contained HTML page (index.html) and its"
                    + " Markdown twin (index.md). Run from the repository root; the committed copy is docs/rulebook."})
    static final class RuleBookCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", description = "Folder of DRL files. Default: ${DEFAULT-VALUE}")
        Path rules = org.refugeelaw.examples.rulebook.RuleBookFiles.RULES;

        @Option(names = "--scenarios", paramLabel = "DIR",
                description = "Scenario library whose coverage the book shows. Default: ${DEFAULT-VALUE}")
        Path scenarios = org.refugeelaw.examples.rulebook.RuleBookFiles.SCENARIOS;

        @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to. Default: ${DEFAULT-VALUE}")
        Path out = org.refugeelaw.examples.rulebook.RuleBookFiles.OUT;

        @Option(names = "--lang", paramLabel = "TAG", split = ",",
                description = "Language of the rule book's labels (repeatable or comma-separated): en, ko, zh-Hans."
                        + " The law's text is quoted as read and the project's reading stays in English."
                        + " Default: all three.")
        List<String> languages = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            List<Locale> locales = new ArrayList<>();
            for (String tag : languages) {
                Locale l = Locale.forLanguageTag(tag);
                if (!l.getLanguage().equals("en")
                        && !List.of("ko", "zh-Hans").contains(org.refugeelaw.examples.rulebook.RuleBookFiles.tag(l))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--lang: '" + tag
                            + "' is not a language of the rule book; expected en, ko or zh-Hans");
                }
                locales.add(l);
            }
            var book = org.refugeelaw.examples.rulebook.RuleBookFiles.build(rules, scenarios);
            var files = new java.util.LinkedHashMap<String, String>();
            if (locales.isEmpty()) {
                files.putAll(org.refugeelaw.examples.rulebook.RuleBookFiles.render(book));
            } else {
                locales.forEach(l -> files.putAll(org.refugeelaw.examples.rulebook.RuleBookFiles.render(book, l)));
            }
            org.refugeelaw.examples.rulebook.RuleBookFiles.write(files, out);
            files.keySet().forEach(f -> o.println("Wrote " + out.resolve(f)));
            o.flush();
            return 0;
        }
    }

    static void grid(PrintWriter out, List<String[]> rows) {
        int n = rows.get(0).length;
        int[] w = new int[n];
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], Terminal.width(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(r[i]);
                if (i < n - 1) {
                    sb.append(" ".repeat(w[i] - Terminal.width(r[i]) + 2));
                }
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
