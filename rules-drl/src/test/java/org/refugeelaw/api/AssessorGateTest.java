package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.rules.RuleTestSupport;

/**
 * One gate for every entry point: a record built in Java, or bound by another application's {@code ObjectMapper}, is
 * checked by {@link Assessor#assess} exactly as {@link CaseJson#read} checks JSON, and a batch line is checked the same
 * way. The hostile corpus of the core module ({@code core/src/test/resources/hostile}) is run through all three.
 */
class AssessorGateTest {
    private static final Assessor ASSESSOR = RuleTestSupport.ASSESSOR;
    /** Another application's mapper: Jackson's defaults, with java.time. */
    private static final ObjectMapper OTHER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Path CORPUS = Path.of("../core/src/test/resources/hostile");

    private static String valid() throws IOException {
        return Files.readString(Path.of("../core/src/test/resources/cases/valid-full.json"));
    }

    @Test
    void aRecordWithoutACaseIdBoundByAnotherMapperIsRefused() throws IOException {
        ObjectNode tree = (ObjectNode) OTHER.readTree(valid());
        tree.putNull("caseId");
        CaseRecord record = OTHER.treeToValue(tree, CaseRecord.class);
        assertThat(record.caseId()).isNull();
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> ASSESSOR.assess(record));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(InputProblem::message)
                .containsExactly("$.caseId is missing, but is required: text of 1 to 200 characters.");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void aRecordBuiltInJavaWithACountryNameIsRefused() throws IOException {
        CaseRecord r = CaseJson.read(valid());
        CaseRecord built = new CaseRecord(r.schemaVersion(), r.caseId(), r.assessmentDate(), r.person(), r.hostState(),
                r.currentCountry(), "North Korea", r.departure(), r.stayAbroad(), r.claim(), r.activitiesAbroad(),
                r.eventsAfterDeparture(), r.destinations(), r.settlement(), r.cessation(), r.exclusion(),
                r.procedure(), r.credibility());
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> ASSESSOR.assess(built, Frame.EU));
        assertThat(e.problems()).extracting(InputProblem::message).containsExactly("$.countryOfOrigin is \"North"
                + " Korea\", but must be a two-letter ISO 3166-1 country code in capitals, such as \"KP\".");
    }

    @Test
    void aValidRecordIsAssessedTheSameWhicheverWayItCame() throws IOException {
        String json = valid();
        Assessment read = ASSESSOR.assess(CaseJson.read(json));
        Assessment bound = ASSESSOR.assess(OTHER.readValue(json, CaseRecord.class));
        assertThat(CaseJson.write(bound)).isEqualTo(CaseJson.write(read));
        assertThat(read.inputHash()).isEqualTo(Assessor.inputHash(CaseJson.read(json), Frame.UNHCR));
    }

    @Test
    void aRecordFarBeyondTheLimitsIsRefusedBeforeTheRules() throws IOException {
        ObjectNode tree = (ObjectNode) OTHER.readTree(valid());
        var crimes = tree.withObject("/exclusion").putArray("crimes");
        for (int i = 0; i < 100_000; i++) {
            crimes.addObject().put("category", "serious_non_political_crime").put("description", "x".repeat(50));
        }
        CaseRecord huge = OTHER.treeToValue(tree, CaseRecord.class);
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> ASSESSOR.assess(huge));
        assertThat(e.problems()).extracting(InputProblem::message).containsExactly("The document is longer than"
                + " 1000000 bytes, but must be a document of at most 1000000 bytes.");
    }

    /**
     * Every file of the corpus that another application's mapper can bind (well-formed, the right types) is refused
     * by the assessor with the problems CaseJson gives for the file, or accepted where the file is accepted. Where Java
     * cannot tell a field written {@code null} from one left out, null is unknown, and the record is accepted.
     */
    @Test
    void theHostileCorpusBoundByAnotherMapperMeetsTheSameGate() throws IOException {
        int bound = 0;
        for (Map.Entry<String, List<String>> e : expectations().entrySet()) {
            String file = e.getKey();
            if (file.startsWith("malformed/")) {
                continue; // about JSON text, which another mapper reads by its own rules (trailing text, say)
            }
            CaseRecord record;
            try {
                record = OTHER.readValue(Files.readAllBytes(CORPUS.resolve(file)), CaseRecord.class);
            } catch (IOException | RuntimeException notBindable) {
                continue;
            }
            if (record == null) {
                continue;
            }
            bound++;
            List<String> expected = e.getValue();
            Assessment a = null;
            InvalidCaseException refused = null;
            try {
                a = ASSESSOR.assess(record);
            } catch (InvalidCaseException x) {
                refused = x;
            }
            // Another mapper may change a value as it binds it: a null becomes unknown, the last of two fields wins,
            // "female\r" is trimmed to female, 19940302 becomes a day in the year 54560. The gate judges the record
            // it is given; so where every value the file is refused for is not in the record as written back, the
            // record is assessed, or refused for what the mapper made of those values, at the same places.
            JsonNode tree = OTHER.readTree(Files.readAllBytes(CORPUS.resolve(file)));
            JsonNode written = CaseJson.toTree(record);
            boolean changedByTheMapper = !expected.isEmpty() && expected.stream().allMatch(row -> {
                String pointer = pointer(row.substring(0, row.indexOf('\t')));
                return pointer != null && !tree.at(pointer).isContainerNode()
                        && !tree.at(pointer).equals(written.at(pointer));
            });
            if (expected.isEmpty()) {
                assertThat(refused).as("%s must be assessed, but: %s", file, refused).isNull();
                assertThat(a.caseId()).isEqualTo(record.caseId());
            } else if (changedByTheMapper) {
                List<String> places = expected.stream().map(row -> row.substring(0, row.indexOf('\t'))).toList();
                assertThat(refused == null ? List.<InputProblem>of() : refused.problems()).as(file)
                        .allSatisfy(p -> assertThat(places).contains(p.path()));
            } else {
                assertThat(refused).as("%s must be refused", file).isNotNull();
                List<String> got = refused.problems().stream().map(p -> p.path() + "\t" + p.message()).toList();
                // Written from Java, every fact left unknown is written out, so a list far over its limit can make
                // the record over the size limit first: refused all the same, before the rules.
                boolean tooLargeFirst = got.equals(List.of("$\tThe document is longer than 1000000 bytes, but must be a"
                        + " document of at most 1000000 bytes.")) && expected.stream().allMatch(m -> m.contains(
                        "(a limit of the case record, far beyond any real case"));
                if (!tooLargeFirst) {
                    assertThat(got).as(file).containsExactlyElementsOf(expected);
                }
            }
        }
        assertThat(bound).as("corpus files another mapper binds").isGreaterThan(150);
    }

    /** Every corpus file that is well-formed JSON, as one line of a batch: the same problems, line by line. */
    @Test
    void theHostileCorpusAsABatchGivesTheSameProblems() throws IOException {
        List<String> files = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (String file : expectations().keySet()) {
            if (file.startsWith("malformed/")) {
                continue; // line and column differ once the document is on one line
            }
            JsonNode tree = OTHER.readTree(Files.readAllBytes(CORPUS.resolve(file)));
            files.add(file);
            lines.append(OTHER.writeValueAsString(tree)).append('\n');
        }
        StringWriter out = new StringWriter();
        BatchAssessor.of(ASSESSOR).withThreads(2).run(new ByteArrayInputStream(
                lines.toString().getBytes(StandardCharsets.UTF_8)), out);
        String[] results = out.toString().split("\n");
        assertThat(results).hasSameSizeAs(files);
        Map<String, List<String>> expected = expectations();
        for (int i = 0; i < results.length; i++) {
            JsonNode line = OTHER.readTree(results[i]);
            String file = files.get(i);
            List<String> got = new ArrayList<>();
            line.path("errors").forEach(p -> got.add(p.path("path").asText() + "\t" + p.path("message").asText()));
            assertThat(got).as(file).containsExactlyElementsOf(expected.get(file));
            assertThat(results[i]).as(file).doesNotContain("internal error").doesNotContain("\tat ");
        }
    }

    /** A JSON path of a problem ($.a.b[2]) as a JSON pointer (/a/b/2); null for a path with an odd field name. */
    private static String pointer(String path) {
        if (path.contains("['")) {
            return null;
        }
        return path.substring(1).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    }

    /**
     * The rows of hostile/expected.tsv by file: "path<TAB>message", none for a file that must be accepted. One file is
     * left out: a code for user assignment (XA), which CaseJson.read lets pass for want of country information, and the
     * assessor refuses because its country information does not define it (country-information/ has that case).
     */
    private static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Stream<String> s = Files.lines(CORPUS.resolve("expected.tsv"))) {
            s.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("accepted/007-user-assigned"))
                    .forEach(l -> {
                String[] cells = l.split("\t", -1);
                List<String> list = rows.computeIfAbsent(cells[0], k -> new ArrayList<>());
                if (!"(valid)".equals(cells[1])) {
                    list.add(cells[1] + "\t" + cells[2]);
                }
            });
        }
        return rows;
    }
}
