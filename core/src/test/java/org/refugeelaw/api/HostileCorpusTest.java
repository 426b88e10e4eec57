package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.ProblemText;

/**
 * The library's corpus of hostile case records, in {@code src/test/resources/hostile/<category>/NNN-name.json}. Each file
 * is read as JSON text and as a stream, and must give exactly the problems {@code hostile/expected.tsv} lists for it
 * ({@code category/file<TAB>json path<TAB>message}, one row per problem, in the order reported), or, for a row whose
 * path is {@code (valid)}, no problem at all. Files in {@code country-information/} are read against the bundled
 * country information, as {@link Assessor#assess} reads every record; the others as {@link CaseJson#read} reads them.
 * Every problem is one line of escaped text, and the exception carries no stack trace.
 *
 * <p>Run: {@code mvn -B -o verify -pl core -Dtest='HostileCorpusTest*' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HostileCorpusTest {
    private static final String FOLDER = "/hostile/";
    private static final String VALID = "(valid)";
    private static final CountryInformation BUNDLED = readBundled();

    static Stream<Arguments> files() throws IOException {
        return expectations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachHostileRecordGivesExactlyItsProblems(String file, List<String[]> expected) throws IOException {
        byte[] bytes = bytes(file);
        CountryInformation ci = file.startsWith("country-information/") ? BUNDLED : null;
        List<String> wanted = expected.stream().filter(r -> !VALID.equals(r[0])).map(r -> r[0] + "\t" + r[1])
                .toList();

        InvalidCaseException fromText = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseReader.read(new String(bytes, StandardCharsets.UTF_8), ci));
        if (wanted.isEmpty()) {
            assertThat(fromText).as("%s must be accepted", file).isNull();
            return;
        }
        assertThat(fromText).as("%s must be rejected", file).isNotNull();
        assertThat(fromText.problems()).as(file).extracting(p -> p.path() + "\t" + p.message())
                .containsExactlyElementsOf(wanted);
        assertThat(fromText.getStackTrace()).as("no stack trace").isEmpty();
        assertThat(fromText.problems()).allSatisfy(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.received()).isNotBlank();
            assertThat(p.expected()).isNotBlank();
            for (String part : List.of(p.path(), p.received(), p.expected(), p.message())) {
                assertThat(ProblemText.hasControlCharacters(part)).as("control character in «%s»", part).isFalse();
            }
        });
        // Nothing of a stack trace or an exception's name ("generalViolenceOfExceptionalIntensity" is a field).
        assertThat(fromText.getMessage()).doesNotContain("\tat ").doesNotContainPattern("Exception\\b|Error\\b");

        InvalidCaseException fromBytes = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseReader.read(bytes, ci));
        assertThat(fromBytes).as("%s from bytes", file).isNotNull();
        assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
        if (ci == null) {
            InvalidCaseException fromStream = catchThrowableOfType(InvalidCaseException.class,
                    () -> CaseJson.read(new ByteArrayInputStream(bytes)));
            assertThat(fromStream.problems()).isEqualTo(fromText.problems());
        }
    }

    @Test
    void everyFileHasExpectationsAndTheCorpusIsLargeEnough() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileCorpusTest.class.getResource(FOLDER).toURI());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).forEach(files::add);
        }
        assertThat(expectations().keySet()).isEqualTo(files);
        assertThat(files).allSatisfy(f -> assertThat(f).matches("[a-z-]+/\\d{3}-[a-z0-9-]+\\.json"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(213);
    }

    /** The rows of expected.tsv, by file, in file order. */
    static Map<String, List<String[]>> expectations() throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(FOLDER + "expected.tsv")) {
            assertThat(in).as("hostile/expected.tsv").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("three tab-separated cells: %s", line).hasSize(3);
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new String[] {cells[1], cells[2]});
            }
        }
        return rows;
    }

    static byte[] bytes(String file) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("%s is listed in expected.tsv but missing", file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static CountryInformation readBundled() {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/org/refugeelaw/data/country-information.json")) {
            return CaseJson.readCountryInformation(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
