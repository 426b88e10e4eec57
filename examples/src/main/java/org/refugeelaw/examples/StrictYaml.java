package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The strict reading of scenario files. Trainers write plain YAML: mappings, lists and scalars. Everything else is
 * refused with its line and column, because it can change a fact without looking like it:
 * <ul>
 * <li>a key written twice in one mapping (the YAML library would keep the last one silently);</li>
 * <li>an anchor ({@code &name}), an alias ({@code *name}) or a merge key ({@code <<}): the YAML reader gives an
 * alias the anchor's <em>name</em> as its value, so {@code withPermission: *established} would read as a fact;</li>
 * <li>a tag ({@code !!binary}, {@code !!str}, {@code !custom});</li>
 * <li>a second document ({@code ---}) in the same file (it would be ignored);</li>
 * <li>nesting deeper than {@value #MAX_DEPTH} levels.</li>
 * </ul>
 * The size of a file is checked before it is parsed ({@link UserFiles#MAX_SCENARIO_BYTES}); SnakeYAML's own code-point
 * limit is set to the same bound as a second line of defence.
 */
final class StrictYaml {
    /** The deepest nesting of mappings and lists accepted in a scenario file. */
    static final int MAX_DEPTH = 20;

    private static final YAMLFactory FACTORY = factory();

    /** The mapper the scenario loader reads with: the strict factory, unknown properties refused. */
    static final ObjectMapper MAPPER = new YAMLMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictYaml() {
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) UserFiles.MAX_SCENARIO_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Reads the whole text once and throws a {@link ScenarioException} at the first construct a scenario may not use. */
    static void check(Path file, String text) {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken t;
            int roots = 0;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                int depth = p.getParsingContext().getNestingDepth();
                if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth == 1) {
                    roots++;
                } else if (depth == 0 && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    roots++;
                }
                if (roots > 1) {
                    throw fail(file, at, "a second YAML document; a scenario file holds one document (remove the"
                            + " '---' and what follows, or make it a file of its own).");
                }
                if (depth > MAX_DEPTH) {
                    throw fail(file, at, "nesting deeper than " + MAX_DEPTH + " levels; a case record needs far"
                            + " fewer.");
                }
                if (p.isCurrentAlias()) {
                    throw fail(file, at, "an alias (*" + Terminal.value(p.getText()) + "); scenario files may not use"
                            + " anchors and aliases: write the value out in full.");
                }
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && p.getCurrentAnchor() != null) {
                    throw fail(file, at, "an anchor (&" + Terminal.value(p.getCurrentAnchor()) + "); scenario files"
                            + " may not use anchors and aliases: write the value out in full.");
                }
                if (t == JsonToken.FIELD_NAME && "<<".equals(p.currentName())) {
                    throw fail(file, at, "a merge key (<<); scenario files may not merge mappings: write each field"
                            + " out in full.");
                }
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    String tag = p.getTypeId();
                    if (tag != null) {
                        throw fail(file, at, "a tag (" + Terminal.value(shortTag(tag)) + "); scenario files may not"
                                + " use tags: write the value as plain text.");
                    }
                }
            }
        } catch (ScenarioException e) {
            throw e;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage() == null ? "not readable as YAML" : e.getOriginalMessage();
            if (e instanceof JsonParseException && msg.startsWith("Duplicate field '")) {
                String name = msg.substring("Duplicate field '".length(), msg.lastIndexOf('\''));
                throw fail(file, e.getLocation(), "the key '" + Terminal.value(name) + "' is written twice in the"
                        + " same mapping; keep one (YAML would silently use the last).");
            }
            throw fail(file, e.getLocation(), Terminal.value(firstLine(msg)));
        } catch (IOException e) {
            throw UserFiles.unreadable(file, e);
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits as unchecked exceptions.
            throw new ScenarioException(Terminal.path(file) + ": not readable as YAML ("
                    + Terminal.value(firstLine(String.valueOf(e.getMessage()))) + ").");
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + tag;
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ScenarioException fail(Path file, JsonLocation at, String what) {
        return new ScenarioException(ScenarioLoader.where(file, at) + ": " + what);
    }
}
