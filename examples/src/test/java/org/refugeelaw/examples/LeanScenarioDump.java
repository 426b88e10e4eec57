package org.refugeelaw.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.refugeelaw.api.CaseJson;

/**
 * Run by {@link LeanRuntimeTest} in a child JVM on the class path an application receives: fails (exit 2) if any
 * rule-compilation class loads, else writes every scenario's assessment as JSON. It uses nothing of the test
 * libraries, which are not on that class path.
 */
public final class LeanScenarioDump {
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

    private LeanScenarioDump() {
    }

    public static void main(String[] args) throws IOException {
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

    /** Every scenario of the folder, its file name and then its assessment as JSON. */
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
