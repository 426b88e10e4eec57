package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged, shaded runner jar in a fresh JVM: the rules must load from inside an uber-jar, where
 * {@code KieServices.getKieClasspathContainer()} is known to fail. Also checks what the jar does not contain.
 */
class PackagedRunnerIT {
    private static final Path JAR = Path.of("target/refugee-law-examples.jar");

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
    }

    @Test
    void theShadedJarLoadsTheRulesAndRunsTheScenarioLibrary() throws Exception {
        Result r = run("run", "scenarios", "--no-reports");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("S1-hunger-defector-held-in-china.yaml").contains("REFUGEE SUR_PLACE")
                .containsPattern("(\\d+) of \\1 scenarios pass\\.");
    }

    @Test
    void theShadedJarPrintsAnExplainedReport() throws Exception {
        Result r = run("assess", "scenarios/S1-hunger-defector-held-in-china.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("DETERMINATION: refugee, sur place").contains("[MET] EXIT_PENALTY")
                .contains("Legal basis: HB 61").contains("Return to KP: barred");
    }

    @Test
    void theShadedJarRendersTheHtmlReportFromItsBundledTemplate() throws Exception {
        Result r = run("assess", "--format", "html", "scenarios/S1-hunger-defector-held-in-china.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<title>Assessment of case S1</title>")
                .contains("id=\"criterion-EXIT_PENALTY\"").endsWith("</html>\n");
    }

    @Test
    void twoSeparateJvmsWriteByteIdenticalJsonForTheWholeScenarioSet(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertThat(run("run", "scenarios", "--no-reports", "--json-out", first.toString()).exit()).isZero();
        assertThat(run("run", "scenarios", "--no-reports", "--json-out", second.toString()).exit()).isZero();
        List<Path> files;
        try (var s = Files.list(first)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(ScenarioLoader.files(Path.of("scenarios")).size());
        for (Path f : files) {
            assertThat(Files.readAllBytes(second.resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
            assertThat(Files.readString(f)).contains("\"inputHash\" : \"sha256:");
        }
    }

    @Test
    void theShadedJarCarriesTheExecutableModelAndNoRuntimeDrlCompiler() throws Exception {
        assertThat(Files.exists(JAR)).isTrue();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/kie/org.refugeelaw/refugee-law-rules/drools-model")).isNotNull();
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.equals("org/drools/mvel/MVELConstraint.class"))
                    .noneMatch(n -> n.endsWith(".SF") || n.endsWith(".RSA"));
        }
    }
}
