package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.refugeelaw.model.Truth.NOT_ESTABLISHED;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Motive;
import org.refugeelaw.model.NationalityBasis;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.internal.json.DataReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.SchemaCheck;

/**
 * {@link Assessor#builder()}: country information and treaty data from files, streams and objects, each checked against
 * its JSON Schema with problems that name the source and the JSON path; the bundled data stay the default, named as
 * such. The example country-information file for a new country in {@code docs/examples} loads and changes an
 * assessment.
 */
class AssessorBuilderTest {
    private static final Path EXAMPLE = Path.of("../docs/examples/country-information-ER.json");
    private static Assessor bundled;
    private static Assessor withExample;

    @BeforeAll
    static void assessors() {
        bundled = Assessor.builder().build();
        withExample = Assessor.builder().countryInformation(EXAMPLE).build();
    }

    /** An Eritrean who left without an exit permission, now in Germany; the return in question is to Eritrea. */
    private static CaseRecord eritrean() {
        return CaseRecord.builder()
                .caseId("ER-1").assessmentDate(LocalDate.of(2024, 6, 1))
                .person(p -> p.id("ER-1-person").nationality("ER", NationalityBasis.HELD))
                .hostState("DE").currentCountry("DE").countryOfOrigin("ER")
                .departure(d -> d.date(LocalDate.of(2023, 1, 10)).withPermission(NOT_ESTABLISHED)
                        .motives(Motive.OTHER))
                .destination(d -> d.country("ER"))
                .build();
    }

    private static BarFinding bar(Assessment a, String destination, Criterion c) {
        return a.returnTo(destination).orElseThrow().bars().stream().filter(b -> b.criterion() == c).findFirst()
                .orElseThrow(() -> new AssertionError("no " + c + " for " + destination));
    }

    @Test
    void theBundledDataAreTheDefaultAndNamedAsSuch() {
        assertThat(bundled.countryInformationSource()).isEqualTo(Assessor.BUNDLED_COUNTRY_INFORMATION)
                .contains("bundled");
        assertThat(bundled.treatiesSource()).isEqualTo(Assessor.BUNDLED_TREATIES).contains("bundled");
        assertThat(withExample.countryInformationSource()).isEqualTo(EXAMPLE.toString());
        assertThat(withExample.treatiesSource()).isEqualTo(Assessor.BUNDLED_TREATIES);
    }

    @Test
    void theExampleCountryInformationForANewCountryChangesTheAssessment() {
        Assessment without = bundled.assess(eritrean());
        Assessment with = withExample.assess(eritrean());
        // Without information on Eritrea, nothing shows a risk of torture there for leaving without permission.
        assertThat(bar(without, "ER", Criterion.ABSOLUTE_BAR_TORTURE).status()).isNotEqualTo(Status.MET);
        // With it, the detention and torture of those who left without permission bars return under CAT 3, which
        // binds Germany; the finding rests on the example's condition.
        BarFinding torture = bar(with, "ER", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(torture.status()).isEqualTo(Status.MET);
        assertThat(torture.factsRelied()).contains("country:ER-UNAUTHORISED-EXIT");
        assertThat(torture.reasons()).anySatisfy(r -> assertThat(r).contains("danger of torture in ER"));
        assertThat(torture.instruments()).anySatisfy(i -> assertThat(i).contains("Convention against Torture"));
    }

    @Test
    void countryInformationFromAStreamOrAnObjectIsTheSameAsFromTheFile() throws Exception {
        Assessor fromStream;
        try (InputStream in = Files.newInputStream(EXAMPLE)) {
            fromStream = Assessor.builder().countryInformation(in, "ER example").build();
        }
        assertThat(fromStream.countryInformationSource()).isEqualTo("ER example");
        CountryInformation combined = Assessor.bundledCountryInformation()
                .plus(DataReader.file(EXAMPLE, DataReader.countryInformation()));
        Assessor fromObject = Assessor.builder().countryInformation(combined).build();
        Assessment expected = withExample.assess(eritrean());
        assertThat(CaseJson.write(fromStream.assess(eritrean()))).isEqualTo(CaseJson.write(expected));
        assertThat(bar(fromObject.assess(eritrean()), "ER", Criterion.ABSOLUTE_BAR_TORTURE).status())
                .isEqualTo(Status.MET);
        // the bundled conditions are still there: S1's exit penalty in the DPRK
        assertThat(fromObject.countryInformation().conditions()).extracting(CountryInformation.Condition::id)
                .contains("KP-UNAUTHORISED-EXIT", "ER-UNAUTHORISED-EXIT");
    }

    @Test
    void invalidCountryInformationNamesTheFileAndEachProblemsJsonPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-country-information.json");
        Files.writeString(file, Files.readString(EXAMPLE)
                .replace("\"torture\"", "\"tortured\"")
                .replace("\"country\": \"ER\"", "\"country\": \"Eritrea\""));
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().countryInformation(file));
        assertThat(e).isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).extracting(InputProblem::path)
                .containsExactly("$.conditions[0].country", "$.conditions[0].harms[1]");
        assertThat(e.getMessage()).contains(file.toString() + ": $.conditions[0].harms[1]");
        assertThat(e.getMessage().lines()).allSatisfy(l -> assertThat(l).doesNotContain("Exception"));

        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"conditions\": [], \"conditions\": []}");
        InvalidDataException twice = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().countryInformation(file));
        assertThat(twice.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("line 1").contains("conditions"));

        InvalidDataException missing = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().countryInformation(dir.resolve("none.json")));
        assertThat(missing.source()).endsWith("none.json");
        assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    @Test
    void twoConditionsWithOneIdAreRefused() throws Exception {
        CountryInformation one = DataReader.file(EXAMPLE, DataReader.countryInformation());
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().countryInformation(one.plus(one)));
        assertThat(e.source()).isEqualTo("country information given as an object");
        assertThat(e.problems()).extracting(InputProblem::path).containsExactly("$.conditions[1].id");
    }

    @Test
    void theBundledTreatyDataAreValidAgainstTheTreatySchemaAndTheSchemaKnowsEveryInstrument() throws Exception {
        Treaties read;
        try (InputStream in = Assessor.class.getResourceAsStream("/org/refugeelaw/data/treaties.json")) {
            read = DataReader.stream(in, "treaties.json", DataReader.treaties());
        }
        assertThat(read).isEqualTo(Assessor.bundledTreaties());
        List<String> schemaInstruments = Json.MAPPER.convertValue(SchemaCheck.treaties().schemaNode()
                .at("/$defs/party/properties/instrument/enum"), List.class);
        assertThat(schemaInstruments).containsExactlyElementsOf(
                Arrays.stream(Instrument.values()).map(Enum::name).toList());
        // every field of an entry is in the schema, and nothing else
        assertThat(names(SchemaCheck.treaties().schemaNode().at("/$defs/party/properties")))
                .containsExactlyInAnyOrderElementsOf(components(Treaties.Party.class));
        assertThat(names(SchemaCheck.treaties().schemaNode().at("/$defs/hostState/properties")))
                .containsExactlyInAnyOrderElementsOf(components(Treaties.HostState.class));
        assertThat(names(SchemaCheck.treaties().schemaNode().at("/properties")))
                .containsExactlyInAnyOrderElementsOf(components(Treaties.class));
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    @Test
    void treatyDataChangeTheBarsAndInvalidTreatyDataNameTheirSourceAndPath() {
        // Germany as not bound by CAT: the torture bar for the Eritrean then rests on the other instruments only.
        Treaties bundledTreaties = Assessor.bundledTreaties();
        Treaties withoutCat = new Treaties(bundledTreaties.schemaVersion(), bundledTreaties.description(),
                bundledTreaties.retrieved(), bundledTreaties.parties().stream()
                .filter(p -> !(p.state().equals("DE") && p.instrument() == Instrument.CAT)).toList(),
                bundledTreaties.hostStates());
        Assessor noCat = Assessor.builder().countryInformation(EXAMPLE).treaties(withoutCat).build();
        assertThat(noCat.treatiesSource()).isEqualTo("treaty data given as an object");
        BarFinding with = bar(withExample.assess(eritrean()), "ER", Criterion.ABSOLUTE_BAR_TORTURE);
        BarFinding without = bar(noCat.assess(eritrean()), "ER", Criterion.ABSOLUTE_BAR_TORTURE);
        assertThat(with.instruments()).anySatisfy(i -> assertThat(i).contains("Convention against Torture"));
        assertThat(without.instruments()).noneSatisfy(i -> assertThat(i).contains("Convention against Torture"));

        String bad = "{\"schemaVersion\": \"1.0\", \"parties\": [{\"state\": \"DE\", \"instrument\": \"CAT\","
                + " \"status\": \"ratified\", \"source\": \"\"}]}";
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> Assessor.builder()
                .treaties(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "my-treaties.json"));
        assertThat(e.source()).isEqualTo("my-treaties.json");
        assertThat(e.problems()).extracting(InputProblem::path)
                .containsExactly("$.parties[0].source", "$.parties[0].status");
    }

    @Test
    void aSubclassDecoratesTheAssessorItIsGiven() {
        java.util.concurrent.atomic.AtomicInteger assessed = new java.util.concurrent.atomic.AtomicInteger();
        Assessor counting = new Assessor(withExample) {
            @Override
            public Assessment assess(CaseRecord caseRecord, Frame frame) {
                assessed.incrementAndGet();
                return super.assess(caseRecord, frame);
            }
        };
        Assessment a = counting.assess(eritrean());
        assertThat(assessed.get()).isEqualTo(1);
        assertThat(counting.countryInformationSource()).isEqualTo(EXAMPLE.toString());
        assertThat(CaseJson.write(a)).isEqualTo(CaseJson.write(withExample.assess(eritrean())));
    }

    /** The bundled UNHCR frame under another id, with one choice changed, as an application's own frame file. */
    private static String ownFrame(String id, String rokNationality) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc;
        try (InputStream in = Frames.class.getResourceAsStream("/org/refugeelaw/data/frames/unhcr.json")) {
            doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
        }
        doc.put("id", id).put("title", "An application's own frame");
        doc.set("rokNationalityOfNorthKoreans", json.readTree(rokNationality));
        return json.writeValueAsString(doc);
    }

    @Test
    void framesFromFilesAndStreamsJoinTheBundledFramesAndAreAssessedUnder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("xa.json");
        Files.writeString(file, ownFrame("XA", "false"));
        Assessor assessor = Assessor.builder()
                .frame(file)
                .frame(new ByteArrayInputStream(ownFrame("XB", "true").getBytes(StandardCharsets.UTF_8)), "xb.json")
                .build();
        assertThat(assessor.frames().frames()).startsWith(Frame.UNHCR)
                .contains(Frame.EU, Frame.of("KR"), Frame.of("XA"), Frame.of("XB"));
        assertThat(bundled.frames().frames()).doesNotContain(Frame.of("XA"));
        Assessment a = assessor.assess(eritrean(), Frame.of("XA"));
        assertThat(a.frame()).isEqualTo("XA");
        // the frame's data, not its name, decide: XA is UNHCR's data, so the outcome is UNHCR's
        assertThat(a.determination()).isEqualTo(bundled.assess(eritrean(), Frame.UNHCR).determination());
    }

    @Test
    void anInvalidFrameNamesItsFileOrStreamAndEachProblemsJsonPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken-frame.json");
        Files.writeString(file, ownFrame("XC", "\"sometimes\""));
        InvalidDataException fromFile = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().frame(file));
        assertThat(fromFile.source()).isEqualTo(file.toString());
        assertThat(fromFile.problems()).extracting(InputProblem::path).containsExactly("$.rokNationalityOfNorthKoreans");
        assertThat(fromFile.getMessage()).contains("broken-frame.json", "$.rokNationalityOfNorthKoreans");

        InvalidDataException fromStream = catchThrowableOfType(InvalidDataException.class,
                () -> Assessor.builder().frame(new ByteArrayInputStream("{\"id\": \"XD\"}".getBytes(
                        StandardCharsets.UTF_8)), "frames/xd.json"));
        assertThat(fromStream.source()).isEqualTo("frames/xd.json");
        assertThat(fromStream.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
        assertThat(fromStream.problems()).extracting(InputProblem::message).anyMatch(m -> m.contains("title"));
    }
}
