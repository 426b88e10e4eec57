package org.refugeelaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary of the public API (issue 18 point 5): the public packages hold what a user calls, and what they
 * expose (public and protected members of public types: return types, parameter types, fields, supertypes) is public
 * API too, never a type of the internal packages ({@code org.refugeelaw.internal..}, {@code org.refugeelaw.engine..}).
 * The engine is reached only through the assessor: no class of the public packages but those of
 * {@code org.refugeelaw.api} (the assessor and its helpers) depends on it, and the internal JSON machinery does not.
 */
class ArchitectureTest {
    static final String[] PUBLIC = {"org.refugeelaw.api", "org.refugeelaw.model", "org.refugeelaw.assessment",
            "org.refugeelaw.report"};
    static final String[] INTERNAL = {"org.refugeelaw.internal..", "org.refugeelaw.engine.."};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.refugeelaw");
    }

    @Test
    void noPublicTypeOfThePublicPackagesExposesAnInternalType() {
        classes().that().resideInAnyPackage(PUBLIC).and().arePublic()
                .should(exposeNoInternalType())
                .check(core);
    }

    @Test
    void theEngineIsReachedOnlyThroughTheAssessor() {
        noClasses().that().resideInAnyPackage("org.refugeelaw.model..", "org.refugeelaw.assessment..",
                        "org.refugeelaw.report..", "org.refugeelaw.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.refugeelaw.engine..")
                .check(core);
    }

    @Test
    void theMachineryOfReadingAndCheckingIsInternal() {
        // what moved out of org.refugeelaw.api stays out: reading, schema and semantic checks, line sources, JSON
        // paths, problem text
        noClasses().that().resideInAPackage("org.refugeelaw.api")
                .should().haveSimpleNameStartingWith("CaseReader").orShould().haveSimpleName("SchemaCheck")
                .orShould().haveSimpleName("CaseChecks").orShould().haveSimpleName("LineSource")
                .orShould().haveSimpleName("JsonPaths").orShould().haveSimpleName("ProblemText")
                .orShould().haveSimpleName("DataReader").orShould().haveSimpleName("Json")
                .check(core);
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of " + String.join(", ", INTERNAL)) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                c.getRawSuperclass().filter(ArchitectureTest::internal)
                        .ifPresent(s -> exposed.add("extends " + s.getName()));
                c.getRawInterfaces().stream().filter(ArchitectureTest::internal)
                        .forEach(i -> exposed.add("implements " + i.getName()));
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!visible(m.getModifiers())) {
                        continue;
                    }
                    if (internal(m.getRawReturnType())) {
                        exposed.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
                    }
                    m.getRawParameterTypes().stream().filter(ArchitectureTest::internal)
                            .forEach(p -> exposed.add(m.getFullName() + " takes " + p.getName()));
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers()) && internal(f.getRawType())) {
                        exposed.add(f.getFullName() + " is a " + f.getRawType().getName());
                    }
                }
                for (String e : exposed) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + e));
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean internal(JavaClass type) {
        JavaClass t = type.isArray() ? type.getBaseComponentType() : type;
        String p = t.getPackageName();
        return p.startsWith("org.refugeelaw.internal") || p.startsWith("org.refugeelaw.engine");
    }
}
