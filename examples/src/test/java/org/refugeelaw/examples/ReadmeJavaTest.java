package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.api.CaseJson;

/**
 * The README's Java as a reader copies it: every {@code java} block is a compilation unit that compiles as written
 * against the library, and the embedding example runs, assessing reference scenario S1 read from JSON and a case
 * built in Java. Its embedding section fits on one screen.
 */
class ReadmeJavaTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    static List<String> javaBlocks() throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theEmbeddingExampleCompilesAsWrittenAndAssessesTheCaseFromJsonAndTheCaseBuiltInJava(@TempDir Path dir)
            throws Exception {
        List<String> blocks = javaBlocks();
        assertThat(blocks).as("java blocks in the README").isNotEmpty();
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (String block : blocks) {
            Matcher name = CLASS_NAME.matcher(block);
            assertThat(name.find()).as("a README java block is a whole class:\n" + block).isTrue();
            Path file = src.resolve(name.group(1) + ".java");
            Files.writeString(file, block);
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath(),
                "-Xlint:all", "-Werror", "-proc:none"));
        args.addAll(files);
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(status).as("javac on the README's Java:\n" + diagnostics.toString(StandardCharsets.UTF_8))
                .isZero();

        // Run the embedding example with S1 as JSON.
        Path s1 = dir.resolve("s1.json");
        Files.writeString(s1, CaseJson.write(CaseJson.fromTree(
                ScenarioLoader.load(Path.of("scenarios/S1-hunger-defector-held-in-china.yaml")).caseTree())));
        String out;
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {s1.toString()});
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        out = captured.toString(StandardCharsets.UTF_8);
        // No problem printed (the README prints them to standard error, each starting with its JSON path) and no log
        // line at WARN or above (slf4j-simple writes "[thread] LEVEL logger - message").
        assertThat(errors.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("$") || l.matches("\\[[^\\]]*\\] (WARN|ERROR) .*")).toList())
                .as("problems or log lines at WARN or above").isEmpty();
        // S1 (docs: reference scenario S1) is a refugee sur place; the case built in Java is the same man with the
        // exit facts only: left without permission, hunger as the motive, return to the DPRK in question.
        assertThat(out.lines().toList()).containsExactly("S1: REFUGEE", "K1: REFUGEE");
    }

    @Test
    void theEmbeddingSectionFitsOnOneScreen() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("## Embedding");
        assertThat(start).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        assertThat(end - start).as("lines in the README's embedding section").isLessThanOrEqualTo(50);
        assertThat(lines.subList(start, end)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
    }

    /** The test class path, as files (surefire may hand it over in a manifest-only jar). */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
