package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The hostile corpus of the command line (src/test/resources/hostile, see its README): scenario files, country
 * information, what-if values, argument sets and batch runs that a careless or hostile user could give the runner.
 * Each case states the exact outcome: the exit status and every line printed on standard error; and no case may
 * print a Java stack trace on either stream.
 *
 * <p>Each folder holds a {@code cases.jsonl}: one case per line, with {@code id}, {@code what} (the mistake),
 * {@code args} (default: {@code assess {input}}), optional {@code input} (a file in the folder), {@code setup}
 * (files to create first), {@code exit}, {@code err} (the whole of standard error), and optional {@code out}
 * (standard output, whole), {@code outContains}, {@code outLacks}, {@code files} (files expected afterwards, with
 * their content), {@code fileLacks} (text a file written must not hold) and {@code absent} (files that must not exist
 * afterwards); {@code needs} names a device the case needs (it is skipped without it). In arguments and expectations, {@code {dir}} is the case's
 * folder, {@code {input}} its input file and {@code {tmp}} a fresh temporary folder.
 */
class HostileCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The qualified name of an exception or error class, as a stack trace prints it. */
    static final java.util.regex.Pattern STACK_TRACE_CLASS = java.util.regex.Pattern.compile(
            "\\b(java|javax|jdk|sun|org|com)\\.[\\w.$]+(Exception|Error)\\b");

    /** Every manifest of the corpus. */
    static List<Path> manifests() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.getFileName().toString().equals("cases.jsonl")).sorted().toList();
        }
    }

    static List<ObjectNode> cases(Path manifest) throws IOException {
        List<ObjectNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                list.add((ObjectNode) JSON.readTree(line));
            }
        }
        return list;
    }

    @TestFactory
    Stream<DynamicNode> everyHostileInputGivesItsExactOutcomeAndNoStackTrace() throws IOException {
        List<DynamicNode> folders = new ArrayList<>();
        for (Path manifest : manifests()) {
            Path dir = manifest.getParent();
            List<DynamicNode> tests = new ArrayList<>();
            for (ObjectNode c : cases(manifest)) {
                tests.add(DynamicTest.dynamicTest(c.path("id").asText() + ": " + c.path("what").asText(), () -> {
                    Outcome o = run(dir, c);
                    String context = String.join(" ", o.args);
                    assertThat(o.out + o.err).as(context).doesNotContain("\tat ", "Caused by", "\u001b")
                            .doesNotContainPattern(STACK_TRACE_CLASS);
                    assertThat(o.exit).as(context + "\n" + o.err).isEqualTo(c.path("exit").asInt());
                    assertThat(o.err).as(context).isEqualTo(o.expand(c.path("err").asText()));
                    if (c.has("out")) {
                        assertThat(o.out).as(context).isEqualTo(o.expand(c.path("out").asText()));
                    }
                    for (JsonNode s : c.path("outContains")) {
                        assertThat(o.out).as(context).contains(o.expand(s.asText()));
                    }
                    for (JsonNode s : c.path("outLacks")) {
                        assertThat(o.out).as(context).doesNotContain(o.expand(s.asText()));
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("files").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = it.next();
                        Path p = Path.of(o.expand(f.getKey()));
                        assertThat(p).as(context).exists();
                        assertThat(Files.readString(p)).as(context + " " + p).isEqualTo(o.expand(f.getValue()
                                .asText()));
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("fileLacks").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = it.next();
                        String text = Files.readString(Path.of(o.expand(f.getKey())));
                        for (JsonNode lack : f.getValue()) {
                            assertThat(text).as(context + " " + f.getKey()).doesNotContain(lack.asText());
                        }
                    }
                    for (JsonNode a : c.path("absent")) {
                        assertThat(Path.of(o.expand(a.asText()))).as(context).doesNotExist();
                    }
                }));
            }
            folders.add(DynamicContainer.dynamicContainer(ROOT.relativize(dir).toString(), tests));
        }
        return folders.stream();
    }

    @Test
    void theCorpusHoldsAtLeastTwoHundredInputs() throws IOException {
        int n = 0;
        for (Path m : manifests()) {
            n += cases(m).size();
        }
        assertThat(n).isGreaterThanOrEqualTo(200);
    }

    /**
     * Re-records the outcomes into the manifests (exit and err), for a reviewed change of wording:
     * {@code mvn -o verify -pl examples -am -Dtest=HostileCorpusTest -Dhostile.record=true}. Review the diff.
     */
    @Test
    @EnabledIfSystemProperty(named = "hostile.record", matches = "true")
    void record() throws IOException {
        JSON.disable(SerializationFeature.INDENT_OUTPUT);
        for (Path manifest : manifests()) {
            StringBuilder sb = new StringBuilder();
            for (ObjectNode c : cases(manifest)) {
                Outcome o = run(manifest.getParent(), c);
                c.put("exit", o.exit);
                c.put("err", o.unexpand(o.err));
                sb.append(JSON.writeValueAsString(c)).append('\n');
            }
            Files.writeString(manifest, sb.toString(), StandardCharsets.UTF_8);
        }
    }

    /** What one run printed and returned, and how to put the placeholders into expectations. */
    record Outcome(List<String> args, int exit, String out, String err, String dir, String input, String tmp) {
        String expand(String s) {
            return s.replace("{input}", input).replace("{dir}", dir).replace("{tmp}", tmp);
        }

        String unexpand(String s) {
            String r = s.replace(tmp, "{tmp}");
            if (!input.isEmpty()) {
                r = r.replace(input, "{input}");
            }
            return r.replace(dir, "{dir}");
        }
    }

    static Outcome run(Path dir, ObjectNode c) throws IOException {
        if (c.has("needs")) {
            Assumptions.assumeTrue(Files.exists(Path.of(c.path("needs").asText())), "needs " + c.path("needs"));
        }
        Path tmp = Files.createTempDirectory("hostile-");
        String d = dir.toString();
        String input = c.has("input") ? dir.resolve(c.path("input").asText()).toString() : "";
        Outcome x = new Outcome(List.of(), 0, "", "", d, input, tmp.toString());
        for (JsonNode step : c.path("setup")) {
            Path target = Path.of(x.expand(step.path("path").asText()));
            if (step.has("copy")) {
                Files.createDirectories(target.getParent());
                Files.copy(Path.of(x.expand(step.path("copy").asText())), target);
            } else if (step.has("text")) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, x.expand(step.path("text").asText()), StandardCharsets.UTF_8);
            } else if (step.has("repeat")) {
                // A file of a given size: a header, then a line repeated up to the size.
                Files.createDirectories(target.getParent());
                StringBuilder sb = new StringBuilder(step.path("head").asText());
                String line = step.path("repeat").asText();
                long size = step.path("bytes").asLong();
                while (sb.length() + line.length() <= size) {
                    sb.append(line);
                }
                sb.append("#".repeat((int) (size - sb.length())));
                Files.writeString(target, sb.toString(), StandardCharsets.UTF_8);
            } else if (step.has("mkdir")) {
                Files.createDirectories(target);
            } else if (step.has("symlink")) {
                Files.createDirectories(target.getParent());
                Files.createSymbolicLink(target, Path.of(x.expand(step.path("symlink").asText())).toAbsolutePath());
            } else {
                throw new IllegalArgumentException("unknown setup step " + step);
            }
        }
        List<String> args = new ArrayList<>();
        JsonNode a = c.path("args");
        if (a instanceof ArrayNode arr) {
            arr.forEach(v -> args.add(x.expand(v.asText())));
        } else {
            args.add("assess");
            args.add(input);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Runner.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(args, exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"),
                d, input, tmp.toString());
    }
}
