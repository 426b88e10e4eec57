package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's runtime is lean (issue 15 point 4): an application that depends on refugee-law-rules receives no
 * rule-compilation tooling, and the rules still load and assess. This module depends on the library exactly as an
 * application does, so its class path is the trimmed one; the scenario library ({@code ScenarioLibraryTest}) runs on
 * the same class path and gives the expected outcomes of every scenario.
 */
class LeanRuntimeTest {
    /** One class of each excluded tool: the Eclipse compiler, JavaParser, the DRL and MVEL parsers, ANTLR, codegen. */
    static final List<String> TOOLING = List.of(
            "org.eclipse.jdt.internal.compiler.Compiler",
            "org.drools.ecj.EclipseJavaCompiler",
            "com.github.javaparser.JavaParser",
            "org.drools.drl.parser.DrlParser",
            "org.drools.mvel.parser.MvelParser",
            "org.drools.mvelcompiler.MvelCompiler",
            "org.antlr.v4.runtime.Parser",
            "org.antlr.runtime.Parser",
            "org.drools.model.codegen.ExecutableModelProject",
            "org.kie.maven.support.DependencyFilter");

    @Test
    void noRuleCompilationToolingIsOnTheClassPath() {
        List<String> present = new ArrayList<>();
        for (String name : TOOLING) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
                present.add(name);
            } catch (ClassNotFoundException expected) {
                // absent, as it should be
            }
        }
        assertThat(present).as("rule-compilation classes an application would receive").isEmpty();
    }

    @Test
    void theRulesLoadAndAssessWithoutThem() throws Exception {
        var a = new ScenarioRunner()
                .assess(ScenarioLoader.load(java.nio.file.Path.of("scenarios/S1-hunger-defector-held-in-china.yaml")));
        assertThat(a.determination().status().name()).isEqualTo("REFUGEE");
        assertThat(a.determination().basis().name()).isEqualTo("SUR_PLACE");
    }
}
