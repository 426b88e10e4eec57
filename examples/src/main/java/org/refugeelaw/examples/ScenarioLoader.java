package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;

/** Reads scenario files (YAML). A mistake in a file becomes a {@link ScenarioException} naming file, line and column. */
public final class ScenarioLoader {
    private static final ObjectMapper YAML = StrictYaml.MAPPER;

    private ScenarioLoader() {
    }

    /** The scenario files in a folder (and its subfolders), sorted by path. */
    public static List<Path> files(Path folder) throws IOException {
        UserFiles.inputFolder(folder, "a folder of scenario files");
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (java.io.UncheckedIOException e) {
            throw UserFiles.unreadable(folder, e.getCause());
        }
    }

    /** The YAML text of a scenario file, as read. */
    public static Scenario load(Path file) {
        ScenarioFile raw;
        String text;
        text = UserFiles.readText(file, UserFiles.MAX_SCENARIO_BYTES, "a scenario file");
        if (text.contains("\t")) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < text.length() && text.charAt(i) != '\t'; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new ScenarioException(Terminal.path(file) + ", line " + line + ", column " + col
                    + ": a tab character. YAML indentation must use spaces; replace the tab with spaces.");
        }
        StrictYaml.check(file, text);
        try {
            raw = YAML.readValue(text, ScenarioFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ScenarioException(where(file, e.getLocation()) + ": unknown field '"
                    + Terminal.value(e.getPropertyName()) + "'" + suggestion(e.getPropertyName(),
                    e.getKnownPropertyIds()) + ".");
        } catch (InvalidFormatException e) {
            throw new ScenarioException(where(file, e.getLocation()) + ": '" + Terminal.value(String.valueOf(
                    e.getValue())) + "' is not a valid "
                    + e.getTargetType().getSimpleName()
                    + (e.getTargetType().isEnum() ? " (one of " + List.of(e.getTargetType().getEnumConstants()) + ")"
                    : e.getTargetType() == Frame.class ? " (one of " + Frame.values() + ")" : "") + ".");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce((x, y) -> x + "." + y).orElse("");
            Class<?> type = e.getTargetType();
            String wanted = type == String.class ? "text" : type != null && List.class.isAssignableFrom(type)
                    ? "a list" : type != null && type.isEnum() ? "one of " + List.of(type.getEnumConstants())
                    : "a mapping";
            throw new ScenarioException(where(file, e.getLocation()) + ": "
                    + (field.isEmpty() ? "the file" : "'" + Terminal.value(field) + "'") + " must be " + wanted
                    + ".");
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where(file, e.getLocation()) + ": "
                    + Terminal.value(StrictYaml.firstLine(String.valueOf(e.getOriginalMessage()))));
        }
        if (raw == null || raw.caseRecord() == null) {
            throw new ScenarioException(Terminal.path(file) + ": no 'case' section; a scenario needs the case record under 'case:'.");
        }
        if (raw.title() == null) {
            throw new ScenarioException(Terminal.path(file) + ": no 'title'.");
        }
        checkCase(file, text, raw.caseRecord());
        checkTranslations(file, raw);
        return new Scenario(file, raw.title(), orEmpty(raw.provisions()), orEmpty(raw.teaching()),
                raw.frame() == null ? Frame.UNHCR : raw.frame(), raw.countryInformation(),
                Boolean.TRUE.equals(raw.countryInformationReplacesBundled()), raw.caseRecord(),
                raw.expected() == null ? new Expected(null, null, null, null, null, null, null, null) : raw.expected(),
                raw.translations());
    }

    /**
     * The {@code translations:} block: only the languages of {@link Scenario#LANGUAGES}, each with a title or teaching
     * points (or both), no blank text, and as many teaching points as the English ones (a translation, not another
     * list).
     */
    static void checkTranslations(Path file, ScenarioFile raw) {
        if (raw.translations() == null) {
            return;
        }
        for (java.util.Map.Entry<String, Scenario.Translation> e : raw.translations().entrySet()) {
            String where = Terminal.path(file) + ": translations." + Terminal.value(e.getKey());
            if (!Scenario.LANGUAGES.contains(e.getKey())) {
                throw new ScenarioException(where + ": not a language of the translations; use one of "
                        + Scenario.LANGUAGES + " (ko: Korean, zh: simplified Chinese).");
            }
            Scenario.Translation t = e.getValue();
            if (t == null || t.title() == null && t.teaching() == null) {
                throw new ScenarioException(where + ": give a 'title', 'teaching' or both.");
            }
            if (t.title() != null && t.title().isBlank()) {
                throw new ScenarioException(where + ".title: is blank.");
            }
            if (t.teaching() != null) {
                int english = raw.teaching() == null ? 0 : raw.teaching().size();
                if (t.teaching().size() != english) {
                    throw new ScenarioException(where + ".teaching: " + t.teaching().size() + " teaching points, but"
                            + " the English 'teaching' has " + english + "; translate each point, in the same order.");
                }
                if (t.teaching().stream().anyMatch(x -> x == null || x.isBlank())) {
                    throw new ScenarioException(where + ".teaching: a teaching point is blank.");
                }
            }
        }
    }

    /**
     * Validates the case record and, if it is not valid, reports every problem at its line and column in the YAML
     * file, with the fix: the nearest valid field name for a misspelt one, the expected form for a bad value.
     */
    static void checkCase(Path file, String text, JsonNode caseTree) {
        try {
            CaseJson.fromTree(caseTree);
        } catch (InvalidCaseException e) {
            YamlLocations places = YamlLocations.of(text);
            List<String> lines = new ArrayList<>();
            for (InputProblem p : e.problems()) {
                lines.add(describe(file, places.find("$.case" + p.path().substring(1)), p));
            }
            throw new ScenarioException(String.join(System.lineSeparator(), lines));
        }
    }

    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'");
    private static final Pattern FIELDS = Pattern.compile("one of the fields ([^()]+?)\\s*(\\(|$)");

    static String describe(Path file, YamlLocations.Place place, InputProblem p) {
        String where = Terminal.path(file) + (place == null ? "" : ", line " + place.line() + ", column "
                + place.column());
        String expected = p.expected() == null ? "" : p.expected();
        if (expected.startsWith("one of the fields")) {
            Matcher m = DID_YOU_MEAN.matcher(expected);
            Matcher f = FIELDS.matcher(expected);
            String valid = f.find() ? " (valid here: " + f.group(1).strip() + ")" : "";
            return where + ": " + Terminal.value(p.path()) + ": unknown field"
                    + (m.find() ? "; did you mean '" + m.group(1) + "'?" : "") + valid;
        }
        String msg = p.message() == null ? "" : p.message();
        return where + ": " + Terminal.value(msg.startsWith(p.path()) ? msg : p.path() + ": " + msg);
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    static String where(Path file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return Terminal.path(file);
        }
        return Terminal.path(file) + ", line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** ", did you mean 'x'?" for the known name nearest to the unknown one, or nothing if none is close. */
    public static String suggestion(String unknown, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object k : known) {
            int d = distance(unknown.toLowerCase(), String.valueOf(k).toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = String.valueOf(k);
            }
        }
        List<String> names = new ArrayList<>();
        known.forEach(k -> names.add(String.valueOf(k)));
        names.sort(String::compareTo);
        if (best != null && bestDistance <= Math.max(2, unknown.length() / 3)) {
            return "; did you mean '" + best + "'? (valid here: " + String.join(", ", names) + ")";
        }
        return "; valid here: " + String.join(", ", names);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A scenario's frame: one of the bundled frames, by id (docs/frames.md). */
    static final class BundledFrame extends com.fasterxml.jackson.databind.JsonDeserializer<Frame> {
        @Override
        public Frame deserialize(com.fasterxml.jackson.core.JsonParser p,
                                 com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            String value = p.getValueAsString();
            for (Frame f : Frame.values()) {
                if (f.id().equals(value)) {
                    return f;
                }
            }
            throw InvalidFormatException.from(p, "not a bundled frame", p.getText(), Frame.class);
        }
    }

    /** The file's shape, as Jackson reads it. */
    record ScenarioFile(String title, List<String> provisions, List<String> teaching,
                        @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = BundledFrame.class) Frame frame,
                        String countryInformation, Boolean countryInformationReplacesBundled,
                        @com.fasterxml.jackson.annotation.JsonProperty("case") JsonNode caseRecord,
                        Expected expected, java.util.Map<String, Scenario.Translation> translations) {
    }
}
