package org.refugeelaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refugeelaw.model.Truth.ESTABLISHED;
import static org.refugeelaw.model.Truth.NOT_ESTABLISHED;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;

/**
 * The fluent builders: one per record of the case record, with a method for every record component (a component
 * added to a record without a builder method fails here, naming it), each method setting its own component, and the
 * whole record checked on {@code build()} as JSON input is checked.
 */
class CaseRecordBuilderTest {

    /** Reference scenario S1 (examples/scenarios/S1-hunger-defector-held-in-china.yaml), built in Java. */
    static CaseRecord s1Built() {
        return CaseRecord.builder()
                .caseId("S1").assessmentDate(LocalDate.of(2024, 6, 1))
                .person(p -> p.id("S1-person").sex(CaseRecord.Sex.MALE)
                        .nationality("KP", NationalityBasis.HELD).nationality("KR", NationalityBasis.BY_RIGHT))
                .hostState("CN").currentCountry("CN").countryOfOrigin("KP")
                .departure(d -> d.date(LocalDate.of(2019, 8, 15)).withPermission(NOT_ESTABLISHED)
                        .motives(Motive.HUNGER, Motive.ECONOMIC))
                .claim(c -> c.politicalActivityBeforeDeparture(NOT_ESTABLISHED))
                .activityAbroad(a -> a.kind(Conduct.UNAUTHORISED_WORK_ABROAD).date(LocalDate.of(2019, 9, 1)))
                .destination(d -> d.country("KP"))
                .destination(d -> d.country("KR").reachable(NOT_ESTABLISHED))
                .procedure(p -> p.statusProcedureAvailable(NOT_ESTABLISHED).individualExamination(NOT_ESTABLISHED)
                        .groupLabel("illegal economic migrant").returnUnderBilateralArrangement(ESTABLISHED)
                        .heldForReturn(ESTABLISHED).personalInterview(NOT_ESTABLISHED).accessToUnhcr(NOT_ESTABLISHED))
                .build();
    }

    @Test
    void aCaseBuiltInJavaIsTheCaseReadFromJsonAndWhatIsLeftOutIsUnknown() {
        CaseRecord built = s1Built();
        CaseRecord read = CaseJson.read(CaseJson.write(built));
        assertThat(built).isEqualTo(read);
        // left out, as in JSON: unknown, never false
        assertThat(built.person().stateless()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.destinations().get(0).reachable()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.credibility().generallyCredible()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.schemaVersion()).isEqualTo(CaseRecord.SCHEMA_VERSION);
    }

    @Test
    void aConsumerForOnePartStartsFromWhatWasSetBeforeAndToBuilderChangesOneFact() {
        CaseRecord whatIf = s1Built().toBuilder()
                .departure(d -> d.withPermission(ESTABLISHED))
                .build();
        assertThat(whatIf.departure().withPermission()).isEqualTo(ESTABLISHED);
        assertThat(whatIf.departure().motives()).containsExactly(Motive.HUNGER, Motive.ECONOMIC);
        assertThat(whatIf.departure().date()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(whatIf.destinations()).hasSize(2);
    }

    @Test
    void buildChecksAsJsonInputIsCheckedAndNamesEachProblemsJsonPath() {
        assertThatThrownBy(() -> s1Built().toBuilder()
                .caseId(null)
                .destination(d -> d.country("KPR"))
                .departure(d -> d.date(LocalDate.of(2025, 1, 1)))
                .build())
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path)
                        .contains("$.caseId", "$.destinations[2].country", "$.departure.date"));
        // the same mistakes in JSON give the same problems
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) CaseJson.toTree(s1Built());
        tree.remove("caseId");
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("destinations")).addObject().put("country", "KPR");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("departure")).put("date", "2025-01-01");
        List<InputProblem> fromJson = problems(() -> CaseJson.read(tree.toString()));
        List<InputProblem> fromJava = problems(() -> s1Built().toBuilder().caseId(null)
                .destination(d -> d.country("KPR")).departure(d -> d.date(LocalDate.of(2025, 1, 1))).build());
        assertThat(fromJava).isEqualTo(fromJson);
    }

    @Test
    void theSectionsAddedByIssues16And17AreBuiltAsTheirJsonIsRead() {
        CaseRecord built = s1Built().toBuilder()
                .person(p -> p.possibleNationality("RU"))
                .stayAbroad(s -> s.authorisedByOrigin(NOT_ESTABLISHED).contactWithSouthKoreans(ESTABLISHED))
                .child(c -> c.minor(NOT_ESTABLISHED))
                .trafficking(t -> t.trafficked(ESTABLISHED).since(LocalDate.of(2019, 10, 1)))
                .supportOnReturn(s -> s.maleNetworkOnReturn(NOT_ESTABLISHED))
                .entry(e -> e.unlawful(ESTABLISHED).comingDirectly(ESTABLISHED))
                .detention(d -> d.detained(ESTABLISHED).individualAssessment(NOT_ESTABLISHED))
                .credibility(c -> c.sufficientDetail(ESTABLISHED).plausible(ESTABLISHED))
                .destinations(List.of())
                .destination(d -> d.country("KP").health(h -> h.seriousIllness(ESTABLISHED)))
                .build();
        String json = """
                {"schemaVersion": "1.0", "caseId": "S1", "assessmentDate": "2024-06-01",
                 "person": {"id": "S1-person", "sex": "male",
                            "nationalities": [{"country": "KP", "basis": "held"}, {"country": "KR", "basis": "by_right"}],
                            "possibleNationalities": ["RU"]},
                 "hostState": "CN", "currentCountry": "CN", "countryOfOrigin": "KP",
                 "departure": {"date": "2019-08-15", "withPermission": "not_established", "motives": ["hunger", "economic"]},
                 "stayAbroad": {"authorisedByOrigin": "not_established", "contactWithSouthKoreans": "established"},
                 "claim": {"politicalActivityBeforeDeparture": "not_established"},
                 "activitiesAbroad": [{"kind": "unauthorised_work_abroad", "date": "2019-09-01"}],
                 "destinations": [{"country": "KP", "health": {"seriousIllness": "established"}}],
                 "procedure": {"statusProcedureAvailable": "not_established", "individualExamination": "not_established",
                               "groupLabel": "illegal economic migrant", "returnUnderBilateralArrangement": "established",
                               "heldForReturn": "established", "personalInterview": "not_established",
                               "accessToUnhcr": "not_established"},
                 "credibility": {"sufficientDetail": "established", "plausible": "established"},
                 "child": {"minor": "not_established"},
                 "entry": {"unlawful": "established", "comingDirectly": "established"},
                 "detention": {"detained": "established", "individualAssessment": "not_established"},
                 "trafficking": {"trafficked": "established", "since": "2019-10-01"},
                 "supportOnReturn": {"maleNetworkOnReturn": "not_established"}}
                """;
        assertThat(built).isEqualTo(CaseJson.read(json));
        // what was left out of each new section is unknown, as in JSON
        assertThat(built.trafficking().trafficked()).isEqualTo(ESTABLISHED);
        assertThat(built.entry().goodCause()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.detention().proportionate()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.destinations().get(0).health().treatmentAvailable()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.credibility().internallyConsistent()).isEqualTo(Truth.UNKNOWN);
        assertThat(built.stayAbroad().attemptToReachSouthKorea()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void aListOverItsLimitIsRefusedAsInJson() {
        CaseRecordBuilder b = s1Built().toBuilder();
        for (int i = 0; i < 51; i++) {
            String code = "A" + (char) ('A' + i % 26);
            b.destination(d -> d.country(code));
        }
        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).extracting(InputProblem::path).containsExactly("$.destinations"));
    }

    private static List<InputProblem> problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("no problems");
    }

    // ---- every record component has a builder method, and each method sets its own component ----

    static Set<Class<?>> records() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        collect(CaseRecord.class, seen);
        return seen;
    }

    private static void collect(Class<?> r, Set<Class<?>> seen) {
        if (!seen.add(r)) {
            return;
        }
        for (RecordComponent c : r.getRecordComponents()) {
            Class<?> t = elementOrType(c.getGenericType());
            if (t.isRecord()) {
                collect(t, seen);
            }
        }
    }

    private static Class<?> elementOrType(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return (Class<?>) t;
    }

    static Class<?> builderOf(Class<?> record) throws ClassNotFoundException {
        return record == CaseRecord.class ? CaseRecordBuilder.class
                : Class.forName(CaseRecordBuilder.class.getName() + "$" + record.getSimpleName() + "Builder");
    }

    @Test
    void everyRecordComponentHasABuilderMethodThatSetsIt() throws Exception {
        List<String> missing = new ArrayList<>();
        Set<Class<?>> records = records();
        assertThat(records).hasSizeGreaterThan(15);
        for (Class<?> r : records) {
            Class<?> builder;
            try {
                builder = builderOf(r);
            } catch (ClassNotFoundException e) {
                missing.add(r.getSimpleName() + ": no builder " + r.getSimpleName() + "Builder in CaseRecordBuilder");
                continue;
            }
            for (RecordComponent c : r.getRecordComponents()) {
                Method setter = setter(builder, c);
                if (setter == null) {
                    missing.add(r.getSimpleName() + "." + c.getName() + ": no method " + builder.getSimpleName() + "."
                            + c.getName() + "(" + c.getGenericType().getTypeName() + ")");
                }
            }
        }
        assertThat(missing).as("record components without a builder method: add them to CaseRecordBuilder").isEmpty();

        // Each method sets its own component: a builder given every component's sample value builds the record
        // that holds those values.
        for (Class<?> r : records) {
            if (r == CaseRecord.class) {
                continue; // CaseRecordBuilder.build() checks; below with valid values
            }
            Class<?> builder = builderOf(r);
            Object b = builder.getConstructor().newInstance();
            RecordComponent[] cs = r.getRecordComponents();
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                values[i] = sample(cs[i].getGenericType(), i);
                setter(builder, cs[i]).invoke(b, values[i]);
            }
            Object built = builder.getMethod("build").invoke(b);
            Constructor<?> canonical = r.getDeclaredConstructor(
                    java.util.Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object expected = canonical.newInstance(values);
            for (RecordComponent c : cs) {
                assertThat(c.getAccessor().invoke(built)).as(r.getSimpleName() + "." + c.getName())
                        .isEqualTo(c.getAccessor().invoke(expected));
            }
            assertThat(built).as(r.getSimpleName()).isEqualTo(expected);
            // and a builder started from a record gives it back
            Object copy = builder.getMethod("build").invoke(builder.getConstructor(r).newInstance(built));
            assertThat(copy).as(r.getSimpleName() + " from a record").isEqualTo(built);
        }
        CaseRecord s1 = s1Built();
        assertThat(new CaseRecordBuilder(s1).build()).isEqualTo(s1);
        CaseRecordBuilder top = new CaseRecordBuilder();
        for (RecordComponent c : CaseRecord.class.getRecordComponents()) {
            setter(CaseRecordBuilder.class, c).invoke(top, c.getAccessor().invoke(s1));
        }
        assertThat(top.build()).isEqualTo(s1);
    }

    private static Method setter(Class<?> builder, RecordComponent c) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(c.getName()) && m.getParameterCount() == 1 && Modifier.isPublic(m.getModifiers())
                    && m.getReturnType() == builder && m.getGenericParameterTypes()[0].equals(c.getGenericType())) {
                return m;
            }
        }
        return null;
    }

    /** A value of the type that differs from the default a record puts in its place (unknown, empty, first). */
    private static Object sample(Type type, int i) throws Exception {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(sample(p.getActualTypeArguments()[0], i));
        }
        Class<?> t = (Class<?>) type;
        if (t == String.class) {
            return "v" + i;
        }
        if (t == Truth.class) {
            return i % 2 == 0 ? ESTABLISHED : NOT_ESTABLISHED;
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2000, 1, 1).plusDays(i);
        }
        if (t == Integer.class) {
            return i + 1;
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[i % constants.length];
        }
        if (t.isRecord()) {
            RecordComponent[] cs = t.getRecordComponents();
            Object[] values = new Object[cs.length];
            for (int k = 0; k < cs.length; k++) {
                values[k] = sample(cs[k].getGenericType(), k);
            }
            return t.getDeclaredConstructor(java.util.Arrays.stream(cs).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        }
        throw new AssertionError("no sample for " + t);
    }
}
