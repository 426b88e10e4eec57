package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;

/**
 * Fresh consumer projects, built with Maven against the library's jars as an application receives them, each run on
 * reference scenario S1: the plain, shaded and module-path projects of {@code docs/packaging.md} (taken from the page
 * as written, with the README's {@code Embedding} class as their code) and the Spring Boot example in
 * {@code examples/consumers/spring-boot} (with its own tests). The library's jars and poms are installed into a
 * throw-away local repository under {@code target/}, never into {@code ~/.m2}; everything else is read from
 * {@code ~/.m2/repository} where it is already there, and from Maven Central otherwise.
 */
class ConsumerProjectsIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path REPOSITORY = TARGET.resolve("consumer-repository");
    private static final Path WORK = TARGET.resolve("consumers");
    private static final Pattern POM = Pattern.compile("```xml\\n<!-- packaging: (\\w[\\w-]*) -->\\n(.*?)```",
            Pattern.DOTALL);
    private static String version;
    private static Path settings;
    private static Path s1;

    @BeforeAll
    static void installTheLibraryIntoAThrowAwayRepository() throws IOException {
        deleteRecursively(REPOSITORY);
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        version = versionOf(Path.of("..", "core", "target"), "refugee-law-core");
        Path base = REPOSITORY.resolve("org/refugeelaw");
        install(Path.of("..", "pom.xml"), null, base.resolve("refugee-law-parent/" + version), "refugee-law-parent");
        install(Path.of("..", "core", "pom.xml"), Path.of("..", "core", "target", "refugee-law-core-" + version + ".jar"),
                base.resolve("refugee-law-core/" + version), "refugee-law-core");
        install(Path.of("..", "rules-drl", "pom.xml"),
                Path.of("..", "rules-drl", "target", "refugee-law-rules-" + version + ".jar"),
                base.resolve("refugee-law-rules/" + version), "refugee-law-rules");
        // ~/.m2 as a read-only source of what it already holds (releases only), before Maven Central.
        String m2 = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        settings = WORK.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles><profile><id>m2</id>
                    <repositories><repository><id>user-m2</id><url>%s</url>
                      <snapshots><enabled>false</enabled></snapshots></repository></repositories>
                    <pluginRepositories><pluginRepository><id>user-m2</id><url>%s</url>
                      <snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>m2</activeProfile></activeProfiles>
                </settings>
                """.formatted(REPOSITORY, m2, m2));
        s1 = WORK.resolve("s1.json");
        Files.writeString(s1, CaseJson.write(CaseJson.fromTree(
                ScenarioLoader.load(Path.of("scenarios/S1-hunger-defector-held-in-china.yaml")).caseTree())));
    }

    @Test
    void everyPublishedJarHasAModuleNameASourcesJarAndAJavadocJar() throws Exception {
        for (String[] module : new String[][] {{"core", "refugee-law-core", "org.refugeelaw.core"},
                {"rules-drl", "refugee-law-rules", "org.refugeelaw.rules"}}) {
            Path target = Path.of("..", module[0], "target");
            Path jar = target.resolve(module[1] + "-" + version + ".jar");
            try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
                assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(jar.toString())
                        .isEqualTo(module[2]);
            }
            assertThat(target.resolve(module[1] + "-" + version + "-sources.jar")).exists();
            assertThat(target.resolve(module[1] + "-" + version + "-javadoc.jar")).exists();
        }
    }

    @Test
    void thePlainDependencyOfThePackagingGuideAssessesS1() throws Exception {
        Path project = fromGuide("plain");
        maven(project, "package", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=cp.txt");
        String cp = project.resolve("target/classes") + File.pathSeparator
                + Files.readString(project.resolve("cp.txt")).strip();
        assertAssessed(run(project, "java", "-cp", cp, "Embedding", s1.toString()));
    }

    @Test
    void theShadedJarOfThePackagingGuideAssessesS1() throws Exception {
        Path project = fromGuide("shaded");
        maven(project, "package");
        Path jar = project.resolve("target/consumer-shaded-1.0.jar");
        assertAssessed(run(project, "java", "-jar", jar.toString(), s1.toString()));
    }

    @Test
    void theModulePathOfThePackagingGuideAssessesS1() throws Exception {
        // The plain project's dependencies, as the module path.
        Path project = fromGuide("plain", "module-path");
        maven(project, "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=cp.txt");
        String modulePath = Files.readString(project.resolve("cp.txt")).strip();
        String guide = Files.readString(Path.of("..", "docs", "packaging.md"));
        Matcher moduleInfo = Pattern.compile("```java\\n(module consumer \\{.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(moduleInfo.find()).as("module-info.java in docs/packaging.md").isTrue();
        Path src = Files.createDirectories(project.resolve("src/consumer"));
        Files.writeString(project.resolve("src/module-info.java"), moduleInfo.group(1));
        Files.writeString(src.resolve("Main.java"), "package consumer;\n\n" + embedding()
                .replace("public class Embedding", "public class Main"));
        run(project, "javac", "-p", modulePath, "-d", "mods/consumer", "src/module-info.java",
                "src/consumer/Main.java");
        assertAssessed(run(project, "java", "-p", modulePath + File.pathSeparator + "mods", "--add-modules",
                "ALL-MODULE-PATH", "-m", "consumer/consumer.Main", s1.toString()));
    }

    @Test
    void theSpringBootExamplePassesItsTestsAndItsJarAssessesS1() throws Exception {
        Path project = WORK.resolve("spring-boot");
        copyRecursively(Path.of("consumers", "spring-boot"), project);
        maven(project, "package", "-Drefugee-law.version=" + version);
        Path jar = project.resolve("target/refugee-law-spring-boot-example-1.0.jar");
        List<String> out = run(project, "java", "-jar", jar.toString(), s1.toString());
        assertThat(out).contains("S1: REFUGEE");
        assertThat(out).noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR "));
    }

    /** The README's example printed both cases' determinations, and nothing was logged at WARN or above. */
    private static void assertAssessed(List<String> out) {
        assertThat(out).containsSubsequence("S1: REFUGEE", "K1: REFUGEE");
        assertThat(out).noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("$."));
    }

    /** A consumer project: the guide's pom for {@code packaging} and the README's Embedding class. */
    private static Path fromGuide(String packaging) throws Exception {
        return fromGuide(packaging, packaging);
    }

    /** The README's Embedding class, as written there. */
    private static String embedding() throws Exception {
        return ReadmeJavaTest.javaBlocks().stream().filter(b -> b.contains("public class Embedding")).findFirst()
                .orElseThrow();
    }

    private static Path fromGuide(String packaging, String folder) throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "packaging.md"));
        Matcher m = POM.matcher(guide);
        String pom = null;
        while (m.find()) {
            if (m.group(1).equals(packaging)) {
                pom = m.group(2);
            }
        }
        assertThat(pom).as("a pom for " + packaging + " in docs/packaging.md").isNotNull();
        Path project = Files.createDirectories(WORK.resolve(folder));
        Files.writeString(project.resolve("pom.xml"), pom.replace("<version>0.1.0-SNAPSHOT</version>",
                "<version>" + version + "</version>"));
        Path src = Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(src.resolve("Embedding.java"), embedding());
        return project;
    }

    private static void maven(Path project, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-s", settings.toString()));
        command.addAll(List.of(goals));
        List<String> out = run(project, command.toArray(String[]::new));
        assertThat(out).as("mvn output").noneMatch(l -> l.contains("[ERROR]"));
    }

    /** Runs a command in {@code dir}; its output (standard output and error), which must end with exit status 0. */
    private static List<String> run(Path dir, String... command) throws Exception {
        Path log = Files.createTempFile(WORK, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(20, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(done && p.exitValue() == 0).as(String.join(" ", command) + " in " + dir + ":\n"
                + String.join("\n", out)).isTrue();
        return out.stream().filter(l -> !l.isBlank()).toList();
    }

    private static void install(Path pom, Path jar, Path folder, String artifact) throws IOException {
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertThat(jar).exists();
            Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String versionOf(Path target, String artifact) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            String main = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(artifact + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                            && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + artifact + " jar in " + target));
            return main.substring(artifact.length() + 1, main.length() - ".jar".length());
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> !f.toString().contains(File.separator + "target")).toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
