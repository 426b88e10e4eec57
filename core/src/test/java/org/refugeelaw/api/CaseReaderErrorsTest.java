package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.internal.json.CaseChecks;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.JsonPaths;
import org.refugeelaw.internal.json.ProblemText;
import org.refugeelaw.internal.json.SchemaCheck;

/** Every kind of input problem: where it is, what was received, what is expected, and that all are reported. */
class CaseReaderErrorsTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final String VALID = """
            {
              "schemaVersion": "1.0",
              "caseId": "ERR-1",
              "assessmentDate": "2024-06-14",
              "person": {
                "id": "P-1",
                "dateOfBirth": "1990-04-01",
                "nationalities": [ { "country": "KP", "basis": "held" } ],
                "stateless": "not_established"
              },
              "hostState": "CN",
              "currentCountry": "CN",
              "countryOfOrigin": "KP",
              "departure": { "date": "2019-11-20", "withPermission": "not_established" },
              "stayAbroad": { "unauthorisedSince": "2019-12-01" },
              "claim": { "statedFear": "established", "narrative": "Fears punishment for leaving." },
              "activitiesAbroad": [ { "date": "2021-05-09", "kind": "religious_contact", "authoritiesAware": "unknown" } ],
              "eventsAfterDeparture": [ { "date": "2020-12-04", "country": "KP" } ]
            }
            """;

    @Test
    void theBaseCaseIsValid() {
        CaseRecord c = CaseJson.read(VALID);
        assertThat(c.caseId()).isEqualTo("ERR-1");
    }

    @Nested
    class MalformedJson {
        @Test
        void reportsLineAndColumnAtTheRoot() {
            String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"caseId\": \"X\"\n  \"assessmentDate\": \"2024-06-14\"\n}";
            InputProblem p = only(json);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("not well-formed JSON at line 4, column 3")
                    .contains("was expecting comma");
            // No excerpt of the input: it may be personal data.
            assertThat(p.received()).isEqualTo("a document of " + json.length() + " bytes that is not well-formed JSON");
            assertThat(p.expected()).isEqualTo("well-formed JSON");
        }

        @Test
        void reportsTheEndOfAnUnfinishedDocument() {
            InputProblem p = only("{\"schemaVersion\": \"1.0\",");
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("line 1, column 25").contains("end-of-input");
        }

        @Test
        void reportsContentAfterTheDocument() {
            InputProblem p = only(VALID + " {}");
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("there is more after the end of the JSON document");
        }

        @Test
        void reportsAnEmptyDocument() {
            InputProblem p = only("   ");
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.received()).isEqualTo("(missing)");
            assertThat(p.message()).contains("The document is empty");
        }

        @Test
        void reportsADuplicateFieldAtItsPath() {
            InputProblem p = only(VALID.replace("\"stateless\": \"not_established\"",
                    "\"stateless\": \"not_established\", \"stateless\": \"established\""));
            assertThat(p.path()).isEqualTo("$.person.stateless");
            assertThat(p.message()).contains("appears twice in the same object (line 9");
        }
    }

    @Nested
    class WrongType {
        @Test
        void aNumberWhereADateBelongs() {
            InputProblem p = only(with(c -> c.put("assessmentDate", 20240614)));
            assertThat(p.path()).isEqualTo("$.assessmentDate");
            assertThat(p.received()).isEqualTo("20240614");
            assertThat(p.expected()).contains("YYYY-MM-DD");
            assertThat(p.message()).isEqualTo("$.assessmentDate is 20240614 (a whole number), but must be a calendar"
                    + " date written YYYY-MM-DD, such as \"2024-03-15\".");
        }

        @Test
        void anObjectWhereAListBelongs() {
            InputProblem p = only(with(c -> obj(c, "/person").putObject("nationalities").put("country", "KP")));
            assertThat(p.path()).isEqualTo("$.person.nationalities");
            assertThat(p.received()).isEqualTo("an object with 1 field");
            assertThat(p.expected()).startsWith("a list (JSON array) of at most 20 items, each item a JSON object (a"
                    + " nationality)");
        }

        @Test
        void nullIsNotUnknown() {
            InputProblem p = only(with(c -> obj(c, "/claim").putNull("statedFear")));
            assertThat(p.path()).isEqualTo("$.claim.statedFear");
            assertThat(p.received()).isEqualTo("null");
            assertThat(p.message()).contains("leave the field out");
        }

        @Test
        void aCountryCodeInTheWrongForm() {
            InputProblem p = only(with(c -> obj(c, "/person/nationalities/0").put("country", "PRK")));
            assertThat(p.path()).isEqualTo("$.person.nationalities[0].country");
            assertThat(p.received()).isEqualTo("\"PRK\"");
            assertThat(p.expected()).contains("two-letter ISO 3166-1 country code");
        }
    }

    @Nested
    class UnknownField {
        @Test
        void suggestsTheNearestField() {
            InputProblem p = only(with(c -> {
                ObjectNode a = obj(c, "/activitiesAbroad/0");
                a.remove("authoritiesAware");
                a.put("authoritiesAwre", "established");
            }));
            assertThat(p.path()).isEqualTo("$.activitiesAbroad[0].authoritiesAwre");
            assertThat(p.received()).isEqualTo("\"authoritiesAwre\": text of 11 characters (withheld: unknown field)");
            assertThat(p.expected()).contains("date, kind, visibility, authoritiesAware, mainlyToCreateClaim, narrative")
                    .contains("did you mean 'authoritiesAware'?");
            assertThat(p.message()).isEqualTo("$.activitiesAbroad[0].authoritiesAwre is not a field of an activity"
                    + " abroad (did you mean 'authoritiesAware'?); the fields allowed there are date, kind,"
                    + " visibility, authoritiesAware, mainlyToCreateClaim, narrative, role, linksToKnownLeadersOrGroups,"
                    + " beliefGenuine and wouldManifestOnReturn.");
        }

        @Test
        void noSuggestionForAFieldUnlikeAnyOther() {
            InputProblem p = only(with(c -> c.put("solicitor", "Ms Park")));
            assertThat(p.path()).isEqualTo("$.solicitor");
            assertThat(p.expected()).doesNotContain("did you mean").contains("caseId");
        }
    }

    @Nested
    class MissingRequiredField {
        @Test
        void atTheTopLevel() {
            InputProblem p = only(with(c -> c.remove("hostState")));
            assertThat(p.path()).isEqualTo("$.hostState");
            assertThat(p.received()).isEqualTo("(missing)");
            assertThat(p.expected()).contains("two-letter ISO 3166-1 country code");
            assertThat(p.message()).startsWith("$.hostState is missing, but is required");
        }

        @Test
        void inAListItem() {
            InputProblem p = only(with(c -> obj(c, "/person/nationalities/0").remove("basis")));
            assertThat(p.path()).isEqualTo("$.person.nationalities[0].basis");
            assertThat(p.received()).isEqualTo("(missing)");
            assertThat(p.expected()).isEqualTo("one of \"held\", \"by_right\", \"obtainable\"");
        }
    }

    @Nested
    class UnknownEnumValue {
        @Test
        void aMisspeltTruth() {
            InputProblem p = only(with(c -> obj(c, "/person").put("stateless", "establisehd")));
            assertThat(p.path()).isEqualTo("$.person.stateless");
            assertThat(p.received()).isEqualTo("\"establisehd\"");
            assertThat(p.expected()).isEqualTo("one of \"established\", \"not_established\", \"unknown\"");
            assertThat(p.message()).isEqualTo("$.person.stateless is \"establisehd\", but must be one of"
                    + " \"established\", \"not_established\", \"unknown\" (did you mean \"established\"?).");
        }

        @Test
        void anUnknownConduct() {
            InputProblem p = only(with(c -> obj(c, "/activitiesAbroad/0").put("kind", "praying")));
            assertThat(p.path()).isEqualTo("$.activitiesAbroad[0].kind");
            assertThat(p.expected()).contains("\"religious_contact\"", "\"unauthorised_work_abroad\"");
        }
    }

    @Nested
    class ImpossibleDate {
        @Test
        void notOnTheCalendar() {
            InputProblem p = only(with(c -> c.put("assessmentDate", "2023-02-29")));
            assertThat(p.path()).isEqualTo("$.assessmentDate");
            assertThat(p.received()).isEqualTo("\"2023-02-29\"");
            assertThat(p.expected()).contains("calendar date");
        }

        @Test
        void departureAfterTheAssessment() {
            InputProblem p = only(with(c -> obj(c, "/departure").put("date", "2024-07-01")));
            assertThat(p.path()).isEqualTo("$.departure.date");
            assertThat(p.received()).isEqualTo("\"2024-07-01\"");
            assertThat(p.expected()).isEqualTo("a date on or before the assessment date, 2024-06-14");
        }

        @Test
        void activityBeforeTheDeparture() {
            InputProblem p = only(with(c -> obj(c, "/activitiesAbroad/0").put("date", "2019-01-01")));
            assertThat(p.path()).isEqualTo("$.activitiesAbroad[0].date");
            assertThat(p.expected()).isEqualTo("a date on or after the departure, 2019-11-20");
            assertThat(p.message()).contains("cannot come before the departure");
        }

        @Test
        void activityAndEventAfterTheAssessment() {
            List<InputProblem> ps = problems(with(c -> {
                obj(c, "/activitiesAbroad/0").put("date", "2024-06-15");
                obj(c, "/eventsAfterDeparture/0").put("date", "2025-01-01");
            }));
            assertThat(ps).extracting(InputProblem::path)
                    .containsExactly("$.activitiesAbroad[0].date", "$.eventsAfterDeparture[0].date");
        }

        @Test
        void birthAfterDepartureAndAfterAssessment() {
            assertThat(only(with(c -> obj(c, "/person").put("dateOfBirth", "2020-01-01"))).message())
                    .startsWith("$.person.dateOfBirth is text of 10 characters (withheld: personal data), but must be"
                            + " a date on or before the departure, 2019-11-20");
            assertThat(only(with(c -> obj(c, "/person").put("dateOfBirth", "2024-06-15"))).expected())
                    .isEqualTo("a date on or before the assessment date, 2024-06-14");
        }

        @Test
        void unauthorisedStayBeforeTheDeparture() {
            InputProblem p = only(with(c -> obj(c, "/stayAbroad").put("unauthorisedSince", "2018-01-01")));
            assertThat(p.path()).isEqualTo("$.stayAbroad.unauthorisedSince");
            assertThat(p.expected()).contains("on or after the departure");
        }

        @Test
        void aDateOnTheSameDayIsFine() {
            assertThatCode(() -> CaseJson.read(with(c -> {
                obj(c, "/departure").put("date", "2024-06-14");
                obj(c, "/activitiesAbroad/0").put("date", "2024-06-14");
                obj(c, "/eventsAfterDeparture/0").put("date", "2024-06-14");
                obj(c, "/stayAbroad").put("unauthorisedSince", "2024-06-14");
                obj(c, "/person").put("dateOfBirth", "2024-06-14");
            }))).doesNotThrowAnyException();
        }
    }

    @Nested
    class Contradiction {
        @Test
        void theSameNationalityTwice() {
            InputProblem p = only(with(c -> ((ArrayNode) c.at("/person/nationalities")).addObject().put("country", "KP")
                    .put("basis", "by_right")));
            assertThat(p.path()).isEqualTo("$.person.nationalities[1].country");
            assertThat(p.received()).isEqualTo("\"KP\"");
            assertThat(p.expected()).isEqualTo("a country not already listed in $.person.nationalities");
            assertThat(p.message()).contains("(see $.person.nationalities[0])");
        }

        @Test
        void statelessWhileHoldingANationality() {
            InputProblem p = only(with(c -> obj(c, "/person").put("stateless", "established")));
            assertThat(p.path()).isEqualTo("$.person.stateless");
            assertThat(p.received()).isEqualTo("\"established\"");
            assertThat(p.expected()).contains("\"not_established\" or \"unknown\"");
            assertThat(p.message()).endsWith("(see $.person.nationalities[0]): the person holds the nationality of KP.");
        }

        @Test
        void statelessWithANationalityOnlyByRightIsAllowed() {
            assertThatCode(() -> CaseJson.read(with(c -> {
                obj(c, "/person").put("stateless", "established");
                obj(c, "/person/nationalities/0").put("basis", "by_right");
            }))).doesNotThrowAnyException();
        }

        @Test
        void currentCountryEqualToCountryOfOriginIsAllowed() {
            CaseRecord c = CaseJson.read(with(n -> n.put("currentCountry", "KP")));
            assertThat(c.currentCountry()).isEqualTo(c.countryOfOrigin());
        }
    }

    @Nested
    class InputLimits {
        @Test
        void tooDeep() {
            StringBuilder deep = new StringBuilder();
            deep.append("{\"x\":".repeat(Json.MAX_DEPTH + 5)).append("1").append("}".repeat(Json.MAX_DEPTH + 5));
            InputProblem p = only(VALID.replace("\"caseId\": \"ERR-1\",", "\"caseId\": \"ERR-1\", \"x\": " + deep
                    + ","));
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.received()).isEqualTo("objects and lists nested 33 levels deep");
            assertThat(p.expected()).isEqualTo("at most 32 levels of nested objects and lists");
            assertThat(p.message()).contains("(line 3, column");
        }

        @Test
        void tooLongAString() {
            String narrative = "a".repeat(Json.MAX_STRING_LENGTH + 1);
            InputProblem p = only(with(c -> obj(c, "/claim").put("narrative", narrative)));
            assertThat(p.path()).isEqualTo("$.claim.narrative");
            assertThat(p.received()).isEqualTo("text of more than 100000 characters");
            assertThat(p.expected()).isEqualTo("text of at most 100000 characters");
        }

        @Test
        void aStringOfExactlyTheLimitIsFine() {
            String narrative = "a".repeat(Json.MAX_STRING_LENGTH);
            assertThat(CaseJson.read(with(c -> obj(c, "/claim").put("narrative", narrative))).claim().narrative())
                    .hasSize(Json.MAX_STRING_LENGTH);
        }

        @Test
        void tooLongAShortText() {
            InputProblem p = only(with(c -> obj(c, "/person").put("name", "n".repeat(501))));
            assertThat(p.path()).isEqualTo("$.person.name");
            assertThat(p.received()).isEqualTo("text of 501 characters (withheld: personal data)");
            assertThat(p.expected()).isEqualTo("text of at most 500 characters");
        }

        @Test
        void tooLargeADocument() {
            String json = with(c -> {
                ArrayNode list = c.putArray("activitiesAbroad");
                for (int i = 0; i < 11; i++) {
                    list.addObject().put("kind", "asylum_claim").put("narrative", "b".repeat(99_000));
                }
            });
            InputProblem fromText = only(json);
            assertThat(fromText.path()).isEqualTo("$");
            assertThat(fromText.expected()).isEqualTo("a document of at most 1000000 bytes");
            InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                    () -> CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
            assertThat(e.problems()).containsExactly(fromText);
        }
    }

    @Test
    void threeDifferentProblemsAreAllReportedSortedByPath() {
        List<InputProblem> ps = problems(with(c -> {
            obj(c, "/person").put("stateless", "establisehd");
            ObjectNode a = obj(c, "/activitiesAbroad/0");
            a.remove("authoritiesAware");
            a.put("authoritiesAwre", "established");
            obj(c, "/departure").put("date", "2024-07-01");
        }));
        assertThat(ps).extracting(InputProblem::path).containsExactly(
                "$.activitiesAbroad[0].authoritiesAwre", "$.departure.date", "$.person.stateless");
        assertThat(ps.get(0).expected()).contains("did you mean 'authoritiesAware'?");
        assertThat(ps.get(1).expected()).contains("on or before the assessment date");
        assertThat(ps.get(2).received()).isEqualTo("\"establisehd\"");
    }

    @Test
    void indexesSortInNumericOrder() {
        List<InputProblem> ps = problems(with(c -> {
            ArrayNode list = c.putArray("activitiesAbroad");
            for (int i = 0; i < 12; i++) {
                list.addObject().put("kind", i == 2 || i == 10 ? "nothing" : "asylum_claim");
            }
        }));
        assertThat(ps).extracting(InputProblem::path)
                .containsExactly("$.activitiesAbroad[2].kind", "$.activitiesAbroad[10].kind");
    }

    @Test
    void aTreeIsCheckedLikeText() {
        String json = with(c -> {
            obj(c, "/person").put("stateless", "establisehd");
            c.remove("caseId");
        });
        InvalidCaseException fromTree = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseJson.fromTree(readTree(json)));
        assertThat(fromTree.problems()).isEqualTo(problems(json));
        assertThat(fromTree.problems()).hasSize(2);
    }

    @Test
    void theExceptionCarriesNoStackTraceAndListsEveryMessage() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseJson.read(with(c -> obj(c, "/person").put("sex", "f"))));
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getMessage()).contains("(1 problem)").contains("$.person.sex is \"f\"");
    }

    @Test
    void theReaderHasNoLogger() {
        for (Class<?> c : List.of(CaseReader.class, SchemaCheck.class, CaseChecks.class, JsonPaths.class,
                ProblemText.class)) {
            for (Field f : c.getDeclaredFields()) {
                assertThat(f.getType().getName()).as(c.getSimpleName() + "." + f.getName())
                        .doesNotStartWith("org.slf4j").doesNotStartWith("java.util.logging");
            }
        }
    }

    @Test
    void nearestNameUsesEditDistance() {
        assertThat(ProblemText.distance("authoritiesAwre", "authoritiesAware")).isEqualTo(1);
        assertThat(ProblemText.distance("establisehd", "established")).isEqualTo(1);
        assertThat(ProblemText.nearest("narative", List.of("date", "narrative"))).contains("narrative");
        assertThat(ProblemText.nearest("solicitor", List.of("caseId", "person"))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String with(Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) readTree(VALID);
        change.accept(tree);
        return tree.toPrettyString();
    }

    private static ObjectNode obj(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<InputProblem> problems(String json) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseJson.read(json));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems();
    }

    private static InputProblem only(String json) {
        List<InputProblem> ps = problems(json);
        assertThat(ps).hasSize(1);
        return ps.get(0);
    }
}
