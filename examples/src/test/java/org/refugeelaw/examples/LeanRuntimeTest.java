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
}
