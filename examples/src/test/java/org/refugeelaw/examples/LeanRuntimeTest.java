package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;

/**
 * The library's runtime is lean (issue 15 point 4): an application that depends on refugee-law-rules receives no
 * rule-compilation tooling, and on that class path every scenario gives the same output as on the runner's.
 *
 * <p>What an application receives is the rules, the core and core's runtime class path, which core's build writes
 * to {@code core/target/runtime-classpath.txt} (maven-dependency-plugin); rules-drl adds nothing to it. This module's own class path is wider: the
 * runner's rule book reads the DRL with the DRL parser, which the runner declares itself. So the scenarios are
 * assessed twice: here, and in a child JVM whose class path is the application's plus only what reads the YAML
 * scenarios (this module's classes, jackson-dataformat-yaml, SnakeYAML); the two JSON outputs must be identical.
 */
class LeanRuntimeTest {
    /** One class of each excluded tool: the Eclipse compiler, JavaParser, the DRL and MVEL parsers, ANTLR, codegen. */
    static final List<String> TOOLING = List.of(
            "org.eclipse.jdt.internal.compiler.Compiler",
            "org.drools.ecj.EclipseJavaCompiler",
            "com.github.javaparser.JavaParser",
            "org.drools.drl.parser.DrlParser",
            "org.drools.drl.ast.descr.RuleDescr",
            "org.drools.mvel.parser.MvelParser",
            "org.drools.mvelcompiler.MvelCompiler",
            "org.antlr.v4.runtime.Parser",
            "org.antlr.runtime.Parser",
            "org.drools.model.codegen.ExecutableModelProject",
            "org.kie.maven.support.DependencyFilter");

    /** The jars of those tools, by artifact name. */
    static final List<String> TOOLING_JARS = List.of("ecj", "drools-ecj", "javaparser-core", "drools-drl-parser",
            "drools-drl-ast", "drools-drl-extensions", "drools-mvel-parser", "drools-mvel-compiler", "antlr4-runtime",
            "antlr-runtime", "drools-model-codegen", "drools-codegen-common", "drools-model-prototype",
            "kie-util-maven-support");

    static List<String> applicationClassPath() throws IOException {
        Path file = Path.of("..", "core", "target", "runtime-classpath.txt");
        assertThat(file).as("written by core's build (maven-dependency-plugin build-classpath)").exists();
        List<String> entries = new ArrayList<>(Arrays.asList(
                Files.readString(file, StandardCharsets.UTF_8).strip().split(File.pathSeparator)));
        entries.add(0, Path.of("..", "core", "target", "classes").toAbsolutePath().toString());
        entries.add(0, Path.of("..", "rules-drl", "target", "classes").toAbsolutePath().toString());
        return entries;
    }

    @Test
    void anApplicationReceivesNoRuleCompilationTooling() throws IOException {
        List<String> jars = applicationClassPath().stream().map(e -> Path.of(e).getFileName().toString()).toList();
        assertThat(jars).as("the application's class path").anyMatch(j -> j.startsWith("drools-core-"));
        List<String> tooling = jars.stream()
                .filter(j -> TOOLING_JARS.stream().anyMatch(t -> j.matches(java.util.regex.Pattern.quote(t) + "-\\d.*")))
                .toList();
        assertThat(tooling).as("rule-compilation jars an application would receive").isEmpty();
    }

    @Test
    void everyScenarioGivesTheSameOutputOnTheApplicationsClassPath() throws Exception {
        List<String> cp = new ArrayList<>(applicationClassPath());
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            if (e.endsWith(Path.of("examples", "target", "classes").toString())
                    || e.endsWith(Path.of("examples", "target", "test-classes").toString())
                    || name.startsWith("jackson-dataformat-yaml-") || name.startsWith("snakeyaml-")) {
                cp.add(e);
            }
        }
        Path out = Files.createTempFile("lean-runtime", ".json");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, cp), LeanScenarioDump.class.getName(), "scenarios",
                    out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the child JVM finished").isTrue();
            assertThat(p.exitValue()).as("the child JVM's exit status (2: tooling present)").isZero();
            String lean = Files.readString(out, StandardCharsets.UTF_8);
            String full = LeanScenarioDump.dump(Path.of("scenarios"));
            assertThat(LeanScenarioDump.count(full)).as("scenarios assessed").isGreaterThanOrEqualTo(45);
            assertThat(lean).as("every scenario's JSON on the application's class path").isEqualTo(full);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Run in the child JVM: fails (exit 2) if any tooling class loads, else writes every scenario's JSON. */
    public static final class LeanScenarioDump {
        public static void main(String[] args) throws Exception {
            for (String name : TOOLING) {
                try {
                    Class.forName(name, false, LeanScenarioDump.class.getClassLoader());
                    System.err.println("present: " + name);
                    System.exit(2);
                } catch (ClassNotFoundException expected) {
                    // absent, as it should be
                }
            }
            Files.writeString(Path.of(args[1]), dump(Path.of(args[0])), StandardCharsets.UTF_8);
        }

        static String dump(Path folder) throws IOException {
            ScenarioRunner runner = new ScenarioRunner();
            StringBuilder sb = new StringBuilder();
            for (Path file : ScenarioLoader.files(folder)) {
                sb.append("== ").append(file.getFileName()).append('\n')
                        .append(CaseJson.write(runner.assess(ScenarioLoader.load(file)))).append('\n');
            }
            return sb.toString();
        }

        static long count(String dump) {
            return dump.lines().filter(l -> l.startsWith("== ")).count();
        }
    }
}
