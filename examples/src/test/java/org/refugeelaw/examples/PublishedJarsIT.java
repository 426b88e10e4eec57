package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published artifacts as an embedding application receives them: each jar names its JPMS module in its manifest
 * (so that it can sit on the module path under a stable name), and comes with a sources jar beside it. Runs after
 * {@code package} in the same reactor, so the sibling modules' jars are in their {@code target} folders.
 */
class PublishedJarsIT {

    @ParameterizedTest
    @CsvSource({"core, refugee-law-core, org.refugeelaw.core", "rules-drl, refugee-law-rules, org.refugeelaw.rules"})
    void eachPublishedJarNamesItsModuleAndShipsItsSources(String module, String artifact, String moduleName)
            throws Exception {
        Path target = Path.of("..", module, "target");
        String version;
        try (var files = Files.list(target)) {
            String main = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(artifact + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                            && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + artifact + " jar in " + target));
            version = main.substring(artifact.length() + 1, main.length() - ".jar".length());
        }
        Path jar = target.resolve(artifact + "-" + version + ".jar");
        assertThat(jar).exists();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
        }
        Path sources = target.resolve(artifact + "-" + version + "-sources.jar");
        assertThat(sources).exists();
        try (JarFile j = new JarFile(sources.toFile())) {
            String expected = module.equals("core") ? "org/refugeelaw/api/Assessor.java"
                    : "org/refugeelaw/rules/determination/refugee-status.drl";
            assertThat(j.getEntry(expected)).as(expected + " in " + sources).isNotNull();
        }
        if (module.equals("core")) {
            Path javadoc = target.resolve(artifact + "-" + version + "-javadoc.jar");
            assertThat(Files.exists(javadoc)).as(javadoc.toString()).isTrue();
            try (JarFile j = new JarFile(javadoc.toFile())) {
                // javadoc writes the pages of a named module under a folder named after the module
                var names = j.stream().map(e -> e.getName()).toList();
                assertThat(names).anyMatch(n -> n.endsWith("org/refugeelaw/api/Assessor.html"));
                assertThat(names).as("the engine is internal").noneMatch(n -> n.contains("org/refugeelaw/engine/"));
            }
        }
    }
}
