package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid documents too large to keep in {@code invalid-cases/}: built at test time from a valid record and checked
 * like the files there (the JSON path and a part of the message), from text and from a stream.
 */
class GeneratedInvalidCasesTest {

    static String valid() throws IOException {
        try (InputStream in = GeneratedInvalidCasesTest.class.getResourceAsStream("/cases/valid-full.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Stream<Arguments> documents() throws IOException {
        String v = valid();
        int end = v.lastIndexOf('}');
        String tail = v.substring(end);
        String head = v.substring(0, end);
        return Stream.of(
                Arguments.of("document over 1,000,000 bytes",
                        head + ", \"caseIdPadding\": \"" + "x".repeat(1_000_000) + "\"" + tail, "$",
                        "The document is longer than 1000000 bytes, but must be a document of at most 1000000 bytes."),
                Arguments.of("one string over 100,000 characters",
                        v.replaceFirst("\"caseId\"\\s*:\\s*\"[^\"]*\"", "\"caseId\": \"" + "c".repeat(100_001) + "\""),
                        "$.caseId", "is text of more than 100000 characters"),
                Arguments.of("lists nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000), "$",
                        "The document nests objects and lists 33 levels deep (line 1, column 33), but at most 32"
                                + " levels are allowed."),
                Arguments.of("objects nested 50,000 deep", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "$",
                        "nests objects and lists 33 levels deep"),
                Arguments.of("a number of 5,000 digits",
                        v.replaceFirst("\"years\"\\s*:\\s*\\d+", "\"years\": " + "9".repeat(5_000)),
                        "$.settlement[0].years", "is a number of more than 20 digits"),
                Arguments.of("100,000 unclosed lists", "[".repeat(100_000), "$", "levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void eachGeneratedInvalidDocumentReportsItsProblem(String name, String json, String path, String messagePart) {
        InvalidCaseException fromText = catchThrowableOfType(InvalidCaseException.class, () -> CaseJson.read(json));
        assertThat(fromText).as("%s should be rejected", name).isNotNull();
        assertThat(fromText.problems()).as("%s: %s", name, fromText.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(messagePart);
        });
        InvalidCaseException fromStream = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(fromStream).as("%s from a stream", name).isNotNull();
        assertThat(fromStream.problems()).as(name).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(messagePart);
        });
    }
}
