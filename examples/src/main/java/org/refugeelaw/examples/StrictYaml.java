package org.refugeelaw.examples;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

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

    private static final LoaderOptions OPTIONS = options();
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(OPTIONS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The mapper the scenario loader reads with: the strict factory, unknown properties refused. */
    static final ObjectMapper MAPPER = new YAMLMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictYaml() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) UserFiles.MAX_SCENARIO_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /**
     * Reads the whole text once, event by event with SnakeYAML's own parser (configured by the same
     * {@link LoaderOptions}), and throws a {@link ScenarioException} at the first construct a scenario may not use.
     */
    static void check(Path file, String text) {
        checkCharacters(file, text);
        Deque<Frame> stack = new ArrayDeque<>();
        int documents = 0;
        boolean root = false;
        try {
            for (Event e : new Yaml(OPTIONS).parse(new StringReader(text))) {
                if (e instanceof DocumentStartEvent) {
                    if (++documents > 1) {
                        throw fail(file, e.getStartMark(), "a second YAML document; a scenario file holds one document"
                                + " (remove the '---' and what follows, or make it a file of its own).");
                    }
                    continue;
                }
                if (!(e instanceof NodeEvent) && !(e instanceof CollectionEndEvent)) {
                    continue;
                }
                if (e instanceof CollectionEndEvent) {
                    stack.pop();
                    valueDone(stack);
                    continue;
                }
                if (!root) {
                    root = true;
                    if (!(e instanceof MappingStartEvent)) {
                        throw fail(file, e.getStartMark(), "the file must be a mapping of fields (title, case,"
                                + " expected, ...), not " + (e instanceof SequenceStartEvent ? "a list" : "a single"
                                + " value") + ".");
                    }
                }
                Frame top = stack.peek();
                boolean isKey = top != null && top.mapping && top.expectKey;
                if (e instanceof AliasEvent a) {
                    throw fail(file, e.getStartMark(), "an alias (*" + Terminal.value(a.getAnchor()) + "); scenario"
                            + " files may not use anchors and aliases: write the value out in full.");
                }
                NodeEvent node = (NodeEvent) e;
                if (node.getAnchor() != null) {
                    throw fail(file, e.getStartMark(), "an anchor (&" + Terminal.value(node.getAnchor()) + ");"
                            + " scenario files may not use anchors and aliases: write the value out in full.");
                }
                String tag = e instanceof ScalarEvent sc ? sc.getTag()
                        : e instanceof CollectionStartEvent cs ? cs.getTag() : null;
                if (tag != null) {
                    throw fail(file, e.getStartMark(), "a tag (" + Terminal.value(shortTag(tag)) + "); scenario files"
                            + " may not use tags: write the value as plain text.");
                }
                if (isKey) {
                    if (!(e instanceof ScalarEvent key)) {
                        throw fail(file, e.getStartMark(), "a key that is " + (e instanceof SequenceStartEvent
                                ? "a list" : "a mapping") + "; keys must be plain field names.");
                    }
                    if ("<<".equals(key.getValue()) && key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                        throw fail(file, e.getStartMark(), "a merge key (<<); scenario files may not merge mappings:"
                                + " write each field out in full.");
                    }
                    if (!top.keys.add(key.getValue())) {
                        throw fail(file, e.getStartMark(), "the key '" + Terminal.value(key.getValue()) + "' is"
                                + " written twice in the same mapping; keep one (YAML would silently use the last).");
                    }
                    top.expectKey = false;
                    continue;
                }
                if (e instanceof ScalarEvent) {
                    valueDone(stack);
                } else {
                    if (stack.size() >= MAX_DEPTH) {
                        throw fail(file, e.getStartMark(), "nesting deeper than " + MAX_DEPTH + " levels; a case"
                                + " record needs far fewer.");
                    }
                    stack.push(new Frame(e instanceof MappingStartEvent));
                }
            }
        } catch (MarkedYAMLException e) {
            throw fail(file, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                    "not valid YAML: " + Terminal.value(syntax(e)));
        } catch (YAMLException e) {
            throw new ScenarioException(Terminal.path(file) + ": not valid YAML ("
                    + Terminal.value(firstLine(String.valueOf(e.getMessage()))) + ").");
        }
        if (!root) {
            throw new ScenarioException(Terminal.path(file) + ": is empty; a scenario needs at least a 'title' and a"
                    + " 'case'.");
        }
    }

    /** What SnakeYAML found wrong, in one line: the problem, and what it was reading (its context). */
    private static String syntax(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        if (problem.isEmpty()) {
            return context;
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    /** The mapping or list being read, and for a mapping its keys so far and whether a key comes next. */
    private static final class Frame {
        final boolean mapping;
        final Set<String> keys = new HashSet<>();
        boolean expectKey = true;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private static void valueDone(Deque<Frame> stack) {
        Frame top = stack.peek();
        if (top != null && top.mapping) {
            top.expectKey = true;
        }
    }

    /**
     * Characters YAML does not allow in a file (C0 controls other than tab and line ends, DEL, C1 controls other
     * than NEL, U+FFFE and U+FFFF, unpaired surrogates), reported at their line and column.
     */
    static void checkCharacters(Path file, String text) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                    || (c >= 0x80 && c <= 0x9f && c != 0x85) || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isHighSurrogate(c) && (i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad) {
                throw new ScenarioException(Terminal.path(file) + ", line " + line + ", column " + col + ": the"
                        + " control character U+" + String.format("%04X", (int) c) + ", which YAML does not allow;"
                        + " remove it.");
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
    }

    private static String shortTag(String tag) {
        if (tag.startsWith("tag:yaml.org,2002:")) {
            return "!!" + tag.substring("tag:yaml.org,2002:".length());
        }
        return tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ScenarioException fail(Path file, Mark at, String what) {
        return new ScenarioException(at == null ? Terminal.path(file) + ": " + what
                : Terminal.path(file) + ", line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + ": "
                + what);
    }
}
