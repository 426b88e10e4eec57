package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refugeelaw.internal.json.JsonPaths;

/**
 * The corpus of invalid case records in {@code src/test/resources/invalid-cases/}: each {@code NNN-description.json}
 * must be rejected, with exactly the problems {@code expected.tsv} lists for it ({@code file<TAB>json path<TAB>the
 * message}, one row per expected problem; {@code #} starts a comment). To add a case, add the file and its rows. With
 * {@code hostile/} (HostileCorpusTest) this is the library's corpus of hostile inputs.
 */
class InvalidCasesTest {
    private static final String FOLDER = "/invalid-cases/";

    record Expectation(String file, String path, String message) {
    }

    static Stream<Arguments> expectations() throws IOException {
        return rows().stream().map(e -> Arguments.of(e.file(), e.path(), e.message()));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("expectations")
    void eachInvalidCaseReportsItsProblem(String file, String path, String message) throws IOException {
        byte[] json;
        try (InputStream in = InvalidCasesTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("%s is listed in expected.tsv but missing", file).isNotNull();
            json = in.readAllBytes();
        }
        InvalidCaseException fromText = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseJson.read(new String(json, StandardCharsets.UTF_8)));
        assertThat(fromText).as("%s should be rejected", file).isNotNull();
        assertThat(fromText.problems())
                .as("%s: a problem at %s with the message «%s»; got %s", file, path, message, fromText.problems())
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).isEqualTo(message);
                });
        assertThat(fromText.getStackTrace()).as("no stack trace").isEmpty();
        // Every problem is complete: a path, what was received, what was expected, one message.
        assertThat(fromText.problems()).allSatisfy(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.received()).isNotBlank();
            assertThat(p.expected()).isNotBlank();
            assertThat(p.message()).endsWith(".").doesNotContain("\n");
        });
        // The same problems when reading from a stream.
        InvalidCaseException fromStream = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseJson.read(new java.io.ByteArrayInputStream(json)));
        assertThat(fromStream.problems()).isEqualTo(fromText.problems());
    }

    @Test
    void everyFileHasExpectationsAndEveryExpectationHasAFile() throws IOException, URISyntaxException {
        Path folder = Path.of(InvalidCasesTest.class.getResource(FOLDER).toURI());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
        }
        Set<String> listed = new TreeSet<>();
        rows().forEach(r -> listed.add(r.file()));
        assertThat(listed).isEqualTo(files);
        assertThat(files).allSatisfy(f -> assertThat(f).matches("\\d{3}-[a-z0-9-]+\\.json"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyFileListsEveryProblemItHas() throws IOException {
        // A file's rows must account for all of its problems, so that no file fails for an unintended reason.
        List<Expectation> rows = rows();
        Set<String> files = new TreeSet<>();
        rows.forEach(r -> files.add(r.file()));
        for (String file : files) {
            byte[] json;
            try (InputStream in = InvalidCasesTest.class.getResourceAsStream(FOLDER + file)) {
                json = in.readAllBytes();
            }
            InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                    () -> CaseJson.read(new String(json, StandardCharsets.UTF_8)));
            assertThat(e).as(file).isNotNull();
            List<String> expectedPaths = rows.stream().filter(r -> r.file().equals(file)).map(Expectation::path)
                    .sorted(JsonPaths.ORDER).toList();
            assertThat(e.problems()).as(file).extracting(InputProblem::path).containsExactlyElementsOf(expectedPaths);
        }
    }

    private static List<Expectation> rows() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        try (InputStream in = InvalidCasesTest.class.getResourceAsStream(FOLDER + "expected.tsv")) {
            assertThat(in).as("invalid-cases/expected.tsv").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("three tab-separated cells: %s", line).hasSize(3);
                rows.add(new Expectation(cells[0], cells[1], cells[2]));
            }
        }
        return rows;
    }
}
