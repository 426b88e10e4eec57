package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Counterfactual;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.DecisiveFact;
import org.refugeelaw.assessment.FrameComparison;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnStatus;

/** Explanations a lawyer can rely on: decisive missing facts, counterfactuals, frame comparison, reproducibility. */
class ExplanationsTest {
    private static ScenarioRunner runner;

    @BeforeAll
    static void setUp() {
        runner = new ScenarioRunner();
    }

    private static Scenario scenario(String name) {
        return ScenarioLoader.load(Path.of("scenarios", name));
    }

    private static Assessment withAlternatives(String name) {
        Scenario s = scenario(name);
        return runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame());
    }

    @Test
    void s9NamesExactlyItsTwoDecisiveFactsAndSaysTheBarOnReturnDoesNotDependOnThem() {
        Assessment a = withAlternatives("S9-facts-still-missing.yaml");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.UNDETERMINED);
        assertThat(a.decisiveFacts()).extracting(DecisiveFact::fact)
                .containsExactly("$.activitiesAbroad[0].authoritiesAware", "$.departure.withPermission");
        DecisiveFact church = a.decisiveFacts().get(0);
        assertThat(church.alternatives()).anySatisfy(alt -> {
            assertThat(alt.value()).isEqualTo("established");
            assertThat(alt.outcome()).isEqualTo("REFUGEE SUR_PLACE");
        });
        DecisiveFact exit = a.decisiveFacts().get(1);
        assertThat(exit.alternatives()).anySatisfy(alt -> {
            assertThat(alt.value()).isEqualTo("not_established");
            assertThat(alt.outcome()).isEqualTo("REFUGEE SUR_PLACE");
        });
        // Facts that change nothing are not named, although they are unknown.
        assertThat(a.unknownFacts()).contains("$.departure.motives", "$.procedure.personalInterview");
        assertThat(a.decisiveFacts()).extracting(DecisiveFact::fact)
                .doesNotContain("$.departure.motives", "$.procedure.personalInterview");
        // The bar on return to the DPRK holds whatever the missing facts turn out to be.
        assertThat(a.returnTo("KP").orElseThrow().status()).isEqualTo(ReturnStatus.BARRED);
        assertThat(a.returnTo("KP").orElseThrow().independentOfUnknown()).isTrue();
        assertThat(a.searchNotes()).anySatisfy(n -> assertThat(n).contains("Return to KP: barred under every"
                + " alternative value"));
    }

    @Test
    void s6HasACounterfactualThatWouldMakeHimARefugee() {
        Assessment a = withAlternatives("S6-labour-migrant.yaml");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(a.counterfactuals()).isNotEmpty().allSatisfy(c -> assertThat(c.outcome()).startsWith("REFUGEE"));
        Counterfactual c = a.counterfactuals().get(0);
        assertThat(c.changes()).extracting(Counterfactual.Change::fact)
                .anySatisfy(f -> assertThat(f).endsWith(".harmsFaced"))
                .anySatisfy(f -> assertThat(f).endsWith(".grounds"));
        assertThat(c.summary()).contains("would make the person a refugee");
    }

    /** Issue 14: the summaries, the changes and the search notes are messages, rendered in the language asked. */
    @Test
    void s9sAlternativesAreMessagesRenderedInKoreanAndChinese() {
        Assessment a = withAlternatives("S9-facts-still-missing.yaml");
        DecisiveFact.Alternative refugee = a.decisiveFacts().get(0).alternatives().stream()
                .filter(alt -> alt.value().equals("established")).findFirst().orElseThrow();
        assertThat(refugee.messages()).extracting(org.refugeelaw.assessment.Message::key)
                .containsExactly("alternatives.change.determination");
        assertThat(refugee.changes()).containsExactly("determination: undetermined -> refugee sur place");
        assertThat(refugee.changes(java.util.Locale.KOREAN))
                .containsExactly("결정: 미정 -> 난민 (체재 중 난민(sur place))");
        assertThat(refugee.changes(java.util.Locale.forLanguageTag("zh")))
                .containsExactly("认定：未定 -> 难民（就地难民（sur place））");
        Counterfactual c = a.counterfactuals().get(0);
        assertThat(c.message().key()).isEqualTo("alternatives.counterfactual.makesRefugee");
        assertThat(c.summary()).isEqualTo("Changing $.activitiesAbroad[0].authoritiesAware unknown -> established"
                + " would make the person a refugee (refugee sur place).");
        assertThat(c.summary(java.util.Locale.KOREAN)).isEqualTo("$.activitiesAbroad[0].authoritiesAware unknown ->"
                + " established을(를) 바꾸면 본인은 난민이 된다 (난민 (체재 중 난민(sur place))).");
        assertThat(a.searchNotes(java.util.Locale.forLanguageTag("zh"))).contains(
                "遣返至朝鲜：在所尝试的未知事实的每一替代值下均禁止，规则的三值逻辑保证了这一点。");
    }

    @Test
    void r3CounterfactualNeedsThePersecutorsMotiveAndTheAbsenceOfProtection() {
        Assessment a = withAlternatives("R3-ins-v-elias-zacarias.yaml");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.NOT_REFUGEE);
        assertThat(a.counterfactuals()).isNotEmpty();
        assertThat(a.counterfactuals().get(0).changes()).extracting(Counterfactual.Change::fact, Counterfactual.Change::to)
                .contains(org.assertj.core.groups.Tuple.tuple("$.destinations[0].grounds[0].persecutorMotiveShown",
                        "established"));
    }

    @Test
    void aGrantedCaseNamesTheFactsWithoutWhichItWouldFail() {
        Assessment a = withAlternatives("S1-hunger-defector-held-in-china.yaml");
        assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(a.counterfactuals()).anySatisfy(c -> {
            assertThat(c.changes()).extracting(Counterfactual.Change::fact).containsExactly("$.departure.withPermission");
            assertThat(c.outcome()).isNotEqualTo("REFUGEE SUR_PLACE");
        });
    }

    @Test
    void r1ComparedAcrossFramesDiffersExactlyWhereTheLawDiffers() {
        Scenario s = scenario("R1-danian-unhcr.yaml");
        FrameComparison cmp = runner.assessorFor(s).compareFrames(ScenarioRunner.caseOf(s));
        assertThat(cmp.frames()).containsExactly("UNHCR", "EU", "UK", "US", "KR", "CA", "AU", "NZ", "CH");
        // The bar on return for a person eligible for subsidiary protection exists under the EU frame only (QD 21).
        assertThat(cmp.differences()).extracting(FrameComparison.Row::item).containsExactlyInAnyOrder(
                "determination", Criterion.SUR_PLACE_GOOD_FAITH.name(), Criterion.SUBSIDIARY_QD15.name(),
                Criterion.HUMANITARIAN_CONCERN.name(), "return to NG / " + Criterion.SUBSIDIARY_PROTECTION_BAR.name(),
                // Issue 16 point 2: Australia's s. 36(2)(aa) for the refugee it refuses (s. 5J(6)); Switzerland refuses
                // asylum on subjective post-flight grounds (AsylA art. 54) and admits him temporarily (FNIA art. 83(8)).
                Criterion.NATIONAL_COMPLEMENTARY_PROTECTION.name(), Criterion.SUBJECTIVE_POST_FLIGHT_GROUNDS.name(),
                // Issue 11 point 5: under the US frame withholding and CAT protection need harm more likely than not.
                "return to NG / " + Criterion.NON_REFOULEMENT_33.name(),
                "return to NG / " + Criterion.ABSOLUTE_BAR_TORTURE.name());
        FrameComparison.Row goodFaith = cmp.differences().stream()
                .filter(r -> r.item().equals("SUR_PLACE_GOOD_FAITH")).findFirst().orElseThrow();
        // Issue 16: Australia disregards conduct engaged in to strengthen the claim (Migration Act 1958 s. 5J(6)).
        assertThat(goodFaith.values()).containsExactly("NOT_MET", "MET", "NOT_MET", "NOT_MET", "NOT_MET", "NOT_MET",
                "MET", "NOT_MET", "NOT_MET");
        assertThat(goodFaith.reasons()).anySatisfy(r -> assertThat(r).startsWith("EU").contains("QD 5(3)"))
                .anySatisfy(r -> assertThat(r).startsWith("UK").contains("Danian"));
    }

    @Test
    void aNorthKoreanInTheUsIsNotTreatedAsASouthKorean() {
        Scenario s = scenario("S2-same-man-in-the-uk.yaml");
        FrameComparison cmp = runner.assessorFor(s).compareFrames(ScenarioRunner.caseOf(s));
        FrameComparison.Row other = cmp.rows().stream().filter(r -> r.item().equals("OTHER_NATIONALITY"))
                .findFirst().orElseThrow();
        assertThat(other.values()).containsExactly("NOT_MET", "NOT_MET", "NOT_MET", "MET", "NOT_MET", "NOT_MET",
                "NOT_MET", "NOT_MET", "NOT_MET");
        assertThat(other.reasons()).anySatisfy(r -> assertThat(r).startsWith("US").contains("22 USC 7842"));
        assertThat(cmp.rows().get(0).values()).containsExactly("NOT_REFUGEE", "NOT_REFUGEE", "NOT_REFUGEE",
                "REFUGEE SUR_PLACE", "NOT_REFUGEE", "NOT_REFUGEE", "NOT_REFUGEE", "NOT_REFUGEE", "NOT_REFUGEE");
    }

    @Test
    void theWholeScenarioSetGivesByteIdenticalJsonFromTwoIndependentAssessors() throws IOException {
        Map<String, String> first = allOutputs(new ScenarioRunner(Assessor.create()));
        Map<String, String> second = allOutputs(new ScenarioRunner(Assessor.create()));
        assertThat(first).hasSizeGreaterThanOrEqualTo(15);
        for (String k : first.keySet()) {
            assertThat(firstDifference(first.get(k), second.get(k))).as(k).isEmpty();
        }
        assertThat(first.values()).allSatisfy(json -> assertThat(json).contains("\"ruleSetHash\" : \"sha256:")
                .contains("\"inputHash\" : \"sha256:"));
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": " + x[i] + " <> " + y[i];
            }
        }
        return x.length == y.length ? "" : "lengths differ";
    }

    private static Map<String, String> allOutputs(ScenarioRunner r) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(f);
            out.put(f.getFileName().toString(), CaseJson.write(r.assess(s)));
        }
        return out;
    }

    @Test
    void everyAssessmentMatchesTheAssessmentSchema() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schemaNode;
        try (InputStream in = Assessor.class.getResourceAsStream("/org/refugeelaw/schema/assessment.schema.json")) {
            schemaNode = mapper.readTree(in);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(schemaNode.path("$id").asText()), schemaNode);
        List<String> problems = new ArrayList<>();
        for (Path f : ScenarioLoader.files(Path.of("scenarios"))) {
            Scenario s = ScenarioLoader.load(f);
            for (Assessment a : List.of(runner.assess(s),
                    runner.assessorFor(s).assessWithAlternatives(ScenarioRunner.caseOf(s), s.frame()))) {
                schema.validate(mapper.readTree(CaseJson.write(a)))
                        .forEach(e -> problems.add(f.getFileName() + ": " + e.getMessage()));
            }
        }
        assertThat(problems).isEmpty();
        // The schema can fail: an assessment with an unknown field is rejected.
        JsonNode bad = mapper.readTree(CaseJson.write(runner.assess(scenario("S1-hunger-defector-held-in-china.yaml"))));
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad).put("surprise", 1);
        assertThat(schema.validate(bad)).isNotEmpty();
    }

    @Test
    void theFrameChangesTheInputHashButNotTheRuleSetHash() {
        Scenario s = scenario("S1-hunger-defector-held-in-china.yaml");
        Assessment unhcr = runner.assessor().assess(ScenarioRunner.caseOf(s), Frame.UNHCR);
        Assessment eu = runner.assessor().assess(ScenarioRunner.caseOf(s), Frame.EU);
        assertThat(unhcr.ruleSetHash()).isEqualTo(eu.ruleSetHash()).startsWith("sha256:");
        assertThat(unhcr.inputHash()).isNotEqualTo(eu.inputHash());
    }
}
