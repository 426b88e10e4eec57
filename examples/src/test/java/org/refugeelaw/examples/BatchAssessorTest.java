package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.BatchAssessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;

/** JSON Lines batches: one output line per input line, in order, bad lines as error records, any thread count. */
class BatchAssessorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Assessor assessor;
    private static String s1;
    private static String s5;

    @BeforeAll
    static void setUp() throws IOException {
        assessor = Assessor.create();
        s1 = JSON.writeValueAsString(ScenarioLoader.load(Path.of("scenarios/S1-hunger-defector-held-in-china.yaml"))
                .caseTree());
        s5 = JSON.writeValueAsString(ScenarioLoader.load(Path.of("scenarios/S5-defector-who-killed-a-man.yaml"))
                .caseTree());
    }

    private static String run(BatchAssessor batch, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> records(String output) throws IOException {
        assertThat(output).endsWith("\n");
        List<JsonNode> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** The problems CaseJson.read reports for a text, as the batch should write them. */
    private static JsonNode problemsOf(String text) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseJson.read(text));
        assertThat(e).as("not a valid case record: " + text).isNotNull();
        return JSON.valueToTree(e.problems().stream().map(BatchAssessorTest::asMap).toList());
    }

    private static java.util.Map<String, String> asMap(InputProblem p) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("path", p.path());
        m.put("received", p.received());
        m.put("expected", p.expected());
        m.put("message", p.message());
        return m;
    }

    @Test
    void writesOneLineForEachInputLineInOrder() throws IOException {
        String unknownField = s1.replace("\"hostState\"", "\"hostCountry\"");
        String badEnum = s1.replace("\"male\"", "\"m\"");
        String missing = s5.replace("\"caseId\":\"S5\",", "");
        String malformed = s1.substring(0, 40);
        String input = String.join("\n", s1, malformed, s5, unknownField, "[1,2]", badEnum, missing, "null", s1) + "\n";

        BatchAssessor batch = BatchAssessor.of(assessor);
        String output = run(batch, input);
        List<JsonNode> recs = records(output);

        assertThat(recs).hasSize(9);
        for (int i = 0; i < recs.size(); i++) {
            assertThat(recs.get(i).get("line").asLong()).isEqualTo(i + 1);
            assertThat(recs.get(i).has("assessment") ^ recs.get(i).has("errors")).isTrue();
        }
        // The assessments are exactly what the assessor gives, written as one line.
        assertThat(output.split("\n")[0]).isEqualTo("{\"line\":1,\"assessment\":"
                + CaseJson.writeLine(assessor.assess(CaseJson.read(s1), Frame.UNHCR)) + "}");
        assertThat(recs.get(2).at("/assessment/caseId").asText()).isEqualTo("S5");
        assertThat(recs.get(8).at("/assessment/caseId").asText()).isEqualTo("S1");
        // Bad lines carry the problems the reader reports, with their JSON paths.
        String[] bad = {null, malformed, null, unknownField, "[1,2]", badEnum, missing};
        for (int i = 1; i < bad.length; i++) {
            if (bad[i] != null) {
                JsonNode errors = recs.get(i).get("errors");
                assertThat(errors).as("line " + (i + 1)).isEqualTo(problemsOf(bad[i]));
                errors.forEach(e -> {
                    assertThat(e.get("path").asText()).startsWith("$");
                    assertThat(e.get("message").asText()).isNotBlank();
                    assertThat(e.fieldNames()).toIterable().containsExactly("path", "received", "expected", "message");
                });
            }
        }
        assertThat(recs.get(7).get("errors")).hasSize(1);
        assertThat(recs.get(7).at("/errors/0/path").asText()).isEqualTo("$");
    }

    @Test
    void blankLinesAreErrorRecordsToo() throws IOException {
        List<JsonNode> recs = records(run(BatchAssessor.of(assessor), "\n" + s1 + "\r\n   \n\r\n" + s1));
        assertThat(recs).hasSize(5);
        assertThat(recs).extracting(r -> r.has("errors")).containsExactly(true, false, true, true, false);
        assertThat(recs.get(0).at("/errors/0/received").asText()).isEqualTo("(blank line)");
        assertThat(recs.get(0).at("/errors/0/message").asText()).contains("Line 1 is blank");
        assertThat(recs.get(2).at("/errors/0/path").asText()).isEqualTo("$");
        assertThat(recs.get(4).get("line").asInt()).isEqualTo(5);
        assertThat(run(BatchAssessor.of(assessor), "")).isEmpty();
    }

    @Test
    void overLongLinesAreErrorRecordsAndTheBatchGoesOn() throws IOException {
        String longLine = "{\"caseId\":\"" + "x".repeat(5000) + "\"}";
        List<JsonNode> recs = records(run(BatchAssessor.of(assessor).withMaxLineLength(s1.length() + 10),
                s1 + "\n" + longLine + "\n" + s1 + "\n"));
        assertThat(recs).extracting(r -> r.has("assessment")).containsExactly(true, false, true);
        assertThat(recs.get(1).at("/errors/0/message").asText())
                .isEqualTo("Line 2 is " + longLine.length() + " bytes long, more than the limit of "
                        + (s1.length() + 10) + " bytes; it was skipped unread.");
        assertThat(recs.get(1).toString()).doesNotContain("xxxxx");

        // By default, the JSON reader's own limit: a line of more than a million bytes is refused unread.
        String huge = "{\"caseId\":\"" + "y".repeat(1_200_000) + "\"}";
        List<JsonNode> byDefault = records(run(BatchAssessor.of(assessor), huge + "\n" + s5 + "\n"));
        assertThat(byDefault.get(0).at("/errors/0/received").asText()).isEqualTo("(a line of 1200013 bytes)");
        assertThat(byDefault.get(1).at("/assessment/caseId").asText()).isEqualTo("S5");

        // Characters: the same, counted in characters.
        StringWriter w = new StringWriter();
        BatchAssessor.of(assessor).withMaxLineLength(s1.length() + 10).run(new StringReader(longLine + "\n" + s1), w);
        assertThat(records(w.toString())).extracting(r -> r.has("assessment")).containsExactly(false, true);
        assertThat(w.toString()).contains("characters long");
    }

    @Test
    void linesThatAreNotUtf8AreErrorRecords() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(s1.getBytes(StandardCharsets.UTF_8));
        in.write(new byte[] {'\n', '{', '"', (byte) 0xC3, '(', '"', '}', '\n'});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchAssessor.Summary s = BatchAssessor.of(assessor).run(new ByteArrayInputStream(in.toByteArray()), out);
        List<JsonNode> recs = records(out.toString(StandardCharsets.UTF_8));
        assertThat(recs.get(1).at("/errors/0/message").asText()).isEqualTo("Line 2 is not valid UTF-8 text.");
        assertThat(s).isEqualTo(new BatchAssessor.Summary(2, 1, 1, s.elapsed()));
    }

    @Test
    void parallelOutputIsByteForByteTheSequentialOutput() throws IOException {
        StringWriter caseload = new StringWriter();
        CaseloadGenerator.write(600, 10, 99, caseload);
        String input = caseload + s1 + "\n\n" + s5;   // and a blank line, and no final line end
        List<BatchAssessor.Progress> reports = new ArrayList<>();
        BatchAssessor sequential = BatchAssessor.of(assessor).withFrame(Frame.EU)
                .withProgress(Duration.ZERO, reports::add);

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        BatchAssessor.Summary s = sequential.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), one);
        String expected = one.toString(StandardCharsets.UTF_8);

        assertThat(s.lines()).isEqualTo(603);
        assertThat(expected.split("\n")).hasSize(603);
        assertThat(s.ok() + s.errors()).isEqualTo(603);
        assertThat(s.errors()).isEqualTo(expected.split("\n").length
                - expected.lines().filter(l -> l.contains("\"assessment\":")).count());
        assertThat(s.errors()).isBetween(35L, 110L);
        assertThat(expected).contains("\"frame\":\"EU\"");
        assertThat(reports).hasSize(603);
        assertThat(reports.get(602).lines()).isEqualTo(603);
        assertThat(reports.get(602).errors()).isEqualTo(s.errors());

        for (int threads : new int[] {2, 3, 8}) {
            assertThat(run(sequential.withThreads(threads), input)).as(threads + " threads").isEqualTo(expected);
        }
        StringWriter chars = new StringWriter();
        BatchAssessor.Summary viaChars = sequential.withThreads(4).run(new StringReader(input), chars);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(viaChars.errors()).isEqualTo(s.errors());
    }

    @Test
    void progressIsReportedAtMostOncePerInterval() throws IOException {
        StringWriter caseload = new StringWriter();
        CaseloadGenerator.write(300, 5, 5, caseload);
        List<BatchAssessor.Progress> reports = new ArrayList<>();
        BatchAssessor.of(assessor).withProgress(Duration.ofHours(1), reports::add)
                .run(new StringReader(caseload.toString()), new StringWriter());
        assertThat(reports).isEmpty();
    }

    /**
     * Output proportional to need (issue 15 point 5): without rendered reasons, a line holds the same determination
     * and findings (everything but the reasons and the messages' text), and is smaller.
     */
    @Test
    void withoutRenderedReasonsWritesTheSameFindingsWithoutTheirText() throws IOException {
        String input = s1 + "\n" + s5 + "\n";
        List<JsonNode> full = records(run(BatchAssessor.of(assessor), input));
        String leanOutput = run(BatchAssessor.of(assessor).withRenderedReasons(false), input);
        List<JsonNode> lean = records(leanOutput);
        assertThat(lean).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            JsonNode expected = full.get(i).deepCopy();
            strip(expected);
            assertThat(lean.get(i)).as("line %d without its rendered reasons", i + 1).isEqualTo(expected);
            assertThat(lean.get(i).toString()).doesNotContain("\"reasons\"").doesNotContain("\"text\"");
            assertThat(lean.get(i).at("/assessment/determination/status").asText())
                    .isEqualTo(full.get(i).at("/assessment/determination/status").asText());
        }
        assertThat(lean.get(0).at("/assessment/determination/status").asText()).isEqualTo("REFUGEE");
        assertThat(leanOutput.length()).isLessThan(full.stream().mapToInt(n -> n.toString().length()).sum());
    }

    /** Removes every "reasons" field and every message's "text", as the output without rendered reasons omits them. */
    private static void strip(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("reasons");
            if (o.has("key") && o.has("args")) {
                o.remove("text");
            }
        }
        node.forEach(BatchAssessorTest::strip);
    }
}
