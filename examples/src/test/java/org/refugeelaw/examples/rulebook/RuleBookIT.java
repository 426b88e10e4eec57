package org.refugeelaw.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed rule book (docs/rulebook) is the one the documented command writes: the packaged runner's
 * {@code rulebook} subcommand, run in a fresh JVM after the package phase. Fails when a DRL file, a provision block or
 * a scenario changed and the rule book was not regenerated.
 */
class RuleBookIT {
    private static final Path JAR = Path.of("target/refugee-law-examples.jar");
    static final String REGENERATE = "regenerate it from the repository root: mvn -B -q package -DskipTests && java"
            + " -jar examples/target/refugee-law-examples.jar rulebook";

    @Test
    void theCommittedRuleBookIsTheOneTheRunnerWrites(@TempDir Path out) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "rulebook", "--rules", "../" + RuleBookFiles.RULES, "--scenarios", "scenarios",
                "--out", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        for (String name : List.of("index.html", "index.md", "index.ko.html", "index.ko.md", "index.zh-Hans.html",
                "index.zh-Hans.md")) {
            Path committed = Path.of("..").resolve(RuleBookFiles.OUT).resolve(name);
            assertThat(committed).as(committed + " is missing: " + REGENERATE).exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as(committed + " is stale: " + REGENERATE)
                    .isEqualTo(Files.readString(out.resolve(name), StandardCharsets.UTF_8));
        }
    }
}
