package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.BatchAssessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.report.TextReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case records are personal data: with every logger at TRACE, assessing the whole scenario library and a batch with
 * bad lines must not write any name, date of birth or narrative to standard output, standard error or the logs.
 *
 * <p>Runs in its own JVM (a surefire execution of its own, see the pom): slf4j-simple fixes its levels when first
 * used, so this class sets TRACE and takes over {@code System.out} and {@code System.err} before any logger exists.
 * The sanity test proves that what is logged at TRACE is captured.
 */
class NoPersonalDataInLogsTest {
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
    private static final PrintStream REAL_OUT = System.out;
    private static final String MARKER = "log-capture-marker-4f1c";
    private static final boolean LOGGING_WAS_FRESH;
    private static final Logger LOG;

    static {
        LOGGING_WAS_FRESH = !slf4jInitialised();
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.cacheOutputStream", "false");
        PrintStream capture = new PrintStream(CAPTURED, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        // Anything logged through java.util.logging (not the library's API, but a dependency might) too.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.ALL);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (CAPTURED) {
                    CAPTURED.writeBytes(new SimpleFormatter().format(r).getBytes(StandardCharsets.UTF_8));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        LOG = LoggerFactory.getLogger("org.refugeelaw.engine.NoPersonalDataInLogsTest");
    }

    private static boolean slf4jInitialised() {
        try {
            Class<?> factory = Class.forName("org.slf4j.LoggerFactory", false,
                    NoPersonalDataInLogsTest.class.getClassLoader());
            java.lang.reflect.Field state = factory.getDeclaredField("INITIALIZATION_STATE");
            state.setAccessible(true);
            return state.getInt(null) != 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static String captured() {
        System.out.flush();
        System.err.flush();
        synchronized (CAPTURED) {
            return CAPTURED.toString(StandardCharsets.UTF_8);
        }
    }

    /** The secrets found in {@code text}. */
    static List<String> leaks(String text, List<String> secrets) {
        return secrets.stream().filter(text::contains).toList();
    }

    @Test
    void whatIsLoggedAtTraceIsCaptured() {
        assertThat(LOGGING_WAS_FRESH).as("logging was set up before this test: run it in its own JVM").isTrue();
        LOG.trace("sanity {}", MARKER + "-trace");
        System.out.println(MARKER + "-out");
        System.err.println(MARKER + "-err");
        java.util.logging.Logger.getLogger("sanity").finest(MARKER + "-jul");
        String all = captured();
        assertThat(all).contains(MARKER + "-trace", MARKER + "-out", MARKER + "-err", MARKER + "-jul");
        assertThat(leaks("x " + MARKER + "-out y", List.of("nothing", MARKER))).containsExactly(MARKER);
    }

    @Test
    void noNameDateOfBirthOrNarrativeReachesTheOutputOrTheLogs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ScenarioRunner runner = new ScenarioRunner();
        List<String> secrets = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Path> files = ScenarioLoader.files(Path.of("scenarios"));
        StringBuilder reports = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            Scenario s = ScenarioLoader.load(files.get(i));
            ObjectNode tree = s.caseTree().deepCopy();
            String tag = "Q" + (7301 + i) + "x";
            String name = "Zyxwv Personname " + tag;
            String born = LocalDate.of(1901, 1, 1).plusDays(37L * i + 3).toString();
            ObjectNode person = (ObjectNode) tree.get("person");
            person.put("name", name);
            person.put("dateOfBirth", born);
            if (tree.get("child") instanceof ObjectNode child) {
                // Issue 17: the injected date of birth decides minority; an age the scenario records would contradict it.
                child.remove(java.util.List.of("age", "minor"));
            }
            secrets.add(name);
            secrets.add(born);
            secrets.add(tag);
            secrets.add(narrative(tree, "departure", "Departure story " + tag));
            secrets.add(narrative(tree, "claim", "Claim story " + tag));
            int k = 0;
            for (String array : List.of("activitiesAbroad", "eventsAfterDeparture")) {
                for (JsonNode item : tree.path(array)) {
                    String text = array + " story " + (k++) + " " + tag;
                    ((ObjectNode) item).put(array.equals("activitiesAbroad") ? "narrative" : "description", text);
                    secrets.add(text);
                }
            }
            for (JsonNode crime : tree.path("exclusion").path("crimes")) {
                String text = "Crime story " + (k++) + " " + tag;
                ((ObjectNode) crime).put("description", text);
                secrets.add(text);
            }
            Scenario named = new Scenario(s.file(), s.title(), s.provisions(), s.teaching(), s.frame(),
                    s.countryInformation(), s.replacesBundled(), tree, s.expected());
            reports.append(TextReport.render(runner.assess(named)));
            CaseJson.write(runner.assess(named));
            lines.add(json.writeValueAsString(tree));
            // Bad lines that carry the same personal data.
            lines.add(json.writeValueAsString(tree).replace("\"person\"", "\"persn\""));
            lines.add(json.writeValueAsString(tree).replace("\"" + born + "\"", "\"" + born + "-31\""));
            lines.add(json.writeValueAsString(tree).substring(0, json.writeValueAsString(tree).indexOf(name) + 10));
        }
        lines.add("");
        lines.add("{\"name\":\"" + secrets.get(0) + "\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchAssessor.Summary summary = BatchAssessor.of(runner.assessor()).withThreads(2)
                .withProgress(Duration.ZERO, p -> LOG.info("progress {} {}", p.lines(), p.errors()))
                .run(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out);
        assertThat(summary.lines()).isEqualTo(lines.size());
        assertThat(summary.errors()).isGreaterThanOrEqualTo(3L * files.size());

        // Running the command line's batch over the same input, with its progress reports, logs nothing either.
        Path input = java.nio.file.Files.createTempFile("cases", ".jsonl");
        Path output = java.nio.file.Files.createTempFile("assessments", ".jsonl");
        try {
            java.nio.file.Files.write(input, lines);
            java.io.StringWriter cliOut = new java.io.StringWriter();
            java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
            int exit = Runner.execute(new String[] {"batch", input.toString(), "-o", output.toString()},
                    new java.io.PrintWriter(cliOut, true), err);
            assertThat(exit).isZero();
        } finally {
            java.nio.file.Files.deleteIfExists(input);
            java.nio.file.Files.deleteIfExists(output);
        }

        String all = captured();
        REAL_OUT.println("NoPersonalDataInLogsTest: captured " + all.length() + " characters of output and logs; "
                + all.lines().filter(l -> l.contains("TRACE")).count() + " TRACE lines; " + secrets.size()
                + " secrets");
        assertThat(all).as("the capture saw the library's own logging").contains("BatchAssessor");
        assertThat(leaks(all, secrets)).as("personal data in the output or the logs").isEmpty();
        // The secrets did reach the places they belong: the batch's error records echo what was received.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"line\":" + lines.size());
    }

    private static String narrative(ObjectNode tree, String object, String text) {
        JsonNode existing = tree.get(object);
        ObjectNode node = existing instanceof ObjectNode o ? o : tree.putObject(object);
        node.put("narrative", text);
        return text;
    }
}
