package org.refugeelaw.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;

/**
 * Parses, validates and binds case records, in four steps: (a) parse, reporting malformed JSON with line and column
 * and input beyond the limits of {@link Json}; (b) validate the tree against the bundled JSON Schema
 * ({@code org/refugeelaw/schema/case-record.schema.json}); (c) check what the schema cannot: impossible dates and
 * contradictions; (d) bind. Every problem of steps (b) and (c) is reported together, sorted by path.
 *
 * <p>The input holds personal data: nothing here logs, and no stack trace leaves (see {@link InvalidCaseException}).
 */
public final class CaseReader {
    /** The most problems listed for one record; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*; line: (\\d+), column: (\\d+)\\]",
            Pattern.DOTALL);
    /** Binds a tree the schema has accepted; required fields were checked there, absent ones are unknown. */
    private static final ObjectReader BINDER = Json.MAPPER.readerFor(CaseRecord.class)
            .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private CaseReader() {
    }

    public static CaseRecord read(String json) {
        return read(json, null);
    }

    /** Reads UTF-8 bytes; {@code utf8} may be one byte longer than the limit, to tell that it was too long. */
    public static CaseRecord read(byte[] utf8) {
        return read(utf8, null);
    }

    public static CaseRecord fromTree(JsonNode tree) {
        return fromTree(tree, null);
    }

    /**
     * Validates and binds a tree. With country information, also checks the record against it (see
     * {@link CaseChecks#check(JsonNode, CountryInformation)}); without, only what holds whatever the country information.
     */
    public static CaseRecord fromTree(JsonNode tree, CountryInformation countryInformation) {
        if (tree == null || tree.isMissingNode()) {
            throw invalid(empty());
        }
        // A record far beyond any real case is refused on its size alone, before its content is looked at.
        List<InputProblem> problems = new ArrayList<>(SchemaCheck.caseRecord().limits(tree));
        if (problems.isEmpty()) {
            problems.addAll(SchemaCheck.caseRecord().check(tree));
            problems.addAll(CaseChecks.check(tree, countryInformation));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(InputProblem::path, JsonPaths.ORDER));
            throw new InvalidCaseException(capped(problems));
        }
        try {
            return BINDER.readValue(tree);
        } catch (JsonMappingException e) {
            // The schema should have caught this; say what Jackson says, at the place it says it.
            String path = JsonPaths.of(e);
            String received = ProblemText.received(path, at(tree, path));
            throw invalid(new InputProblem(path, received, "a value a case record can hold",
                    path + " is " + received + ", but could not be read as part of a case record: "
                            + reason(e.getOriginalMessage()) + "."));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(new InputProblem(JsonPaths.ROOT, "(unreadable)", "a case record",
                    "The document could not be read as a case record."));
        }
    }

    /** Reads UTF-8 bytes and checks the record against the country information too. */
    public static CaseRecord read(byte[] utf8, CountryInformation countryInformation) {
        if (utf8.length > Json.MAX_DOCUMENT_LENGTH) {
            throw invalid(tooLarge(utf8.length));
        }
        return fromTree(parse(parser(f -> f.createParser(utf8)), utf8.length), countryInformation);
    }

    /** Reads JSON text and checks the record against the country information too. */
    public static CaseRecord read(String json, CountryInformation countryInformation) {
        return fromTree(tree(json), countryInformation);
    }

    /**
     * Parses JSON text into a tree with the limits and the reporting of malformed input of every document the library
     * reads: a case record, and a family document (issue 17), whose members are then checked as case records.
     */
    public static JsonNode tree(String json) {
        if (json == null) {
            throw invalid(empty());
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        long bytes = utf8Length(text);
        if (bytes > Json.MAX_DOCUMENT_LENGTH) {
            throw invalid(tooLarge(bytes));
        }
        return parse(parser(f -> f.createParser(text)), bytes);
    }

    private interface ParserSource {
        JsonParser open(com.fasterxml.jackson.core.JsonFactory factory) throws IOException;
    }

    private static JsonParser parser(ParserSource source) {
        try {
            return source.open(Json.MAPPER.getFactory());
        } catch (IOException e) {
            throw invalid(new InputProblem(JsonPaths.ROOT, "(unreadable)", "well-formed JSON",
                    "The document could not be read."));
        }
    }

    /**
     * A record built in Java (or bound by another application's {@code ObjectMapper}) written as the JSON the reader
     * reads, in UTF-8; a record whose JSON would pass {@link Json#MAX_DOCUMENT_LENGTH} is refused as too large, without
     * writing the rest of it.
     */
    public static byte[] write(CaseRecord caseRecord) {
        Bounded out = new Bounded(Json.MAX_DOCUMENT_LENGTH);
        try {
            WRITER.writeValue(out, caseRecord);
        } catch (IOException e) {
            if (out.full) {
                throw invalid(tooLarge(Json.MAX_DOCUMENT_LENGTH + 1));
            }
            String path = e instanceof JsonMappingException m ? JsonPaths.of(m) : JsonPaths.ROOT;
            throw invalid(new InputProblem(path, "(unwritable)", "text in valid Unicode",
                    path + " could not be written as JSON: it holds text that is not valid Unicode (an unpaired"
                            + " surrogate)."));
        }
        return out.toByteArray();
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = Json.MAPPER.writer()
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Collects bytes up to a limit, then fails. */
    private static final class Bounded extends java.io.OutputStream {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096);
        private final long limit;
        private boolean full;

        Bounded(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensure(len);
            bytes.write(b, off, len);
        }

        private void ensure(int more) throws IOException {
            if (bytes.size() + (long) more > limit) {
                full = true;
                throw new IOException("The case record is larger than the limit");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** At most {@link #MAX_PROBLEMS} problems, then one that says how many more there are. */
    public static List<InputProblem> capped(List<InputProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        int more = problems.size() - MAX_PROBLEMS;
        List<InputProblem> out = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        out.add(new InputProblem(JsonPaths.ROOT, "and " + ProblemText.count(more, "more problem"),
                "a case record with at most " + MAX_PROBLEMS + " problems listed",
                "And " + ProblemText.count(more, "more problem") + ", not listed: only the first " + MAX_PROBLEMS
                        + " problems of a case record are listed."));
        return out;
    }

    /** Parses one JSON document, or throws with the one problem that stopped the parser. */
    private static JsonNode parse(JsonParser parser, long bytes) {
        try (parser) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode tree = Json.MAPPER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw invalid(empty());
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw invalid(malformed(bytes, at, "there is more after the end of the JSON document"));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw invalid(beyondLimit(e, parser));
        } catch (MismatchedInputException e) {
            if (oneLine(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw invalid(malformed(bytes, location(e, parser),
                        "there is more after the end of the JSON document"));
            }
            throw invalid(malformed(bytes, location(e, parser), sourceless(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            String message = sourceless(e.getOriginalMessage());
            if (message.startsWith("Duplicate field")) {
                String path = JsonPaths.of(parser.getParsingContext());
                throw invalid(duplicate(path, location(e, parser)));
            }
            throw invalid(malformed(bytes, location(e, parser), message));
        } catch (IOException e) {
            throw invalid(new InputProblem(JsonPaths.ROOT, "(unreadable)", "well-formed JSON",
                    "The document could not be read."));
        }
    }

    private static InputProblem duplicate(String path, JsonLocation at) {
        return new InputProblem(path, "a second " + lastName(path) + " in the same object",
                "each field at most once per object",
                path + " appears twice in the same object (" + where(at) + "), but each field may appear only once.");
    }

    /** Malformed JSON: where, and Jackson's reason without any excerpt of the input (which may be personal data). */
    private static InputProblem malformed(long bytes, JsonLocation at, String why) {
        String received = "a document of " + ProblemText.count(bytes, "byte") + " that is not well-formed JSON";
        return new InputProblem(JsonPaths.ROOT, received, "well-formed JSON",
                "The document is not well-formed JSON at " + where(at) + ": " + stripFullStop(reason(why)) + ".");
    }

    /** A {@code StreamReadConstraints} limit of {@link Json}: too deep, too long a text, number, name or document. */
    private static InputProblem beyondLimit(StreamConstraintsException e, JsonParser parser) {
        String message = oneLine(e.getOriginalMessage());
        Matcher m = LIMIT.matcher(message);
        boolean found = m.find();
        String actual = found ? m.group(1) : "?";
        String max = found ? m.group(2) : "?";
        String where = where(parser.currentTokenLocation());
        String path = JsonPaths.of(parser.getParsingContext());
        if (message.startsWith("Document nesting depth")) {
            String expected = "at most " + max + " levels of nested objects and lists";
            return new InputProblem(JsonPaths.ROOT, "objects and lists nested " + actual + " levels deep", expected,
                    "The document nests objects and lists " + actual + " levels deep (" + where + "), but at most "
                            + max + " levels are allowed.");
        }
        if (message.startsWith("String value length")) {
            String expected = "text of at most " + max + " characters";
            return new InputProblem(path, "text of more than " + max + " characters", expected,
                    path + " is text of more than " + max + " characters (" + where + "), but must be " + expected
                            + ".");
        }
        if (message.startsWith("Number value length")) {
            String expected = "a number of at most " + max + " digits";
            return new InputProblem(path, "a number of more than " + max + " digits", expected,
                    path + " is a number of more than " + max + " digits (" + where + "), but must be " + expected
                            + ".");
        }
        if (message.startsWith("Name length")) {
            String expected = "a field name of at most " + max + " characters";
            return new InputProblem(path, "a field name of more than " + max + " characters", expected,
                    "A field name in " + path + " is longer than " + max + " characters (" + where + ").");
        }
        if (message.startsWith("Document length")) {
            return tooLarge(found ? Long.parseLong(actual) : Json.MAX_DOCUMENT_LENGTH + 1);
        }
        return new InputProblem(JsonPaths.ROOT, "a document beyond the input limits", "a smaller document",
                "The document is beyond the input limits (" + where + "): " + stripFullStop(message) + ".");
    }

    private static InputProblem tooLarge(long bytes) {
        String expected = "a document of at most " + Json.MAX_DOCUMENT_LENGTH + " bytes";
        String received = bytes > Json.MAX_DOCUMENT_LENGTH ? "a document of more than " + Json.MAX_DOCUMENT_LENGTH
                + " bytes" : "a document of " + bytes + " bytes";
        return new InputProblem(JsonPaths.ROOT, received, expected,
                "The document is longer than " + Json.MAX_DOCUMENT_LENGTH + " bytes, but must be " + expected + ".");
    }

    private static InputProblem empty() {
        return new InputProblem(JsonPaths.ROOT, ProblemText.MISSING, "a JSON object (the case record)",
                "The document is empty, but must be a JSON object (the case record).");
    }

    private static InvalidCaseException invalid(InputProblem problem) {
        return new InvalidCaseException(List.of(problem));
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? at : parser.currentLocation();
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "an unknown position";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String lastName(String path) {
        List<Object> segments = JsonPaths.segments(path);
        return segments.isEmpty() ? "field" : "'" + segments.get(segments.size() - 1) + "'";
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (Object s : JsonPaths.segments(path)) {
            node = s instanceof Integer i ? node.path(i) : node.path((String) s);
        }
        return node;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)': was expecting",
            Pattern.DOTALL);

    /**
     * Jackson's reason, without anything it quotes from the input: an unrecognised token ({@code 'Kim'}) becomes its
     * length ({@code a token of 3 characters}); Jackson quotes nothing else from the input but one character
     * ({@code Unexpected character ('<' (code 60))}) stays, since it tells what is wrong and is no excerpt. Control
     * characters are escaped and the result is one line of at most 300 characters.
     */
    public static String reason(String message) {
        // The text and the byte parser word the same fault differently; one wording for both.
        String text = sourceless(message).replace("Unexpected end-of-input in VALUE_STRING",
                "Unexpected end-of-input: was expecting closing quote for a string value");
        Matcher m = UNRECOGNIZED.matcher(text);
        text = m.replaceAll(r -> Matcher.quoteReplacement("Unrecognized token (a token of "
                + ProblemText.count(r.group(1).length(), "character") + "): was expecting"));
        text = ProblemText.escape(text);
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    /** Jackson's message without the input it quotes ({@code [Source: ...; line: 1, column: 1]}). */
    private static String sourceless(String s) {
        return oneLine(SOURCE.matcher(s == null ? "" : s).replaceAll("line $1, column $2"));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String stripFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
