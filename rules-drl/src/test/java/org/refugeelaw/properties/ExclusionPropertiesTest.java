package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.properties.PropertySupport.ASSESSOR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;

/** Exclusion never yields refugee status, and neither exclusion nor RC 33(2) touches the absolute bars. */
class ExclusionPropertiesTest {
    static final long SEED = 33L;

    @Test
    void exclusionUnder1Dor1FNeverYieldsRefugee() {
        PropertySupport.Generator g = new PropertySupport.Generator(SEED);
        int excluded = 0;
        for (int i = 0; i < 600; i++) {
            ObjectNode tree = g.next();
            if (i % 3 == 0) {
                excludingCrime(tree);
            }
            Frame frame = Frame.values().get(i % 4);
            Assessment a = ASSESSOR.assess(PropertySupport.read(tree), frame);
            boolean met = a.finding(Criterion.EXCLUSION_1D).orElseThrow().status() == Status.MET
                    || a.finding(Criterion.EXCLUSION_1F).orElseThrow().status() == Status.MET;
            if (met) {
                excluded++;
                assertThat(a.determination().status()).as("seed %d, case %d, %s: %s", SEED, i, frame, tree)
                        .isNotEqualTo(RefugeeStatus.REFUGEE).isEqualTo(RefugeeStatus.EXCLUDED);
            }
        }
        assertThat(excluded).as("the generator reaches exclusion").isGreaterThan(100);
    }

    static void excludingCrime(ObjectNode tree) {
        tree.with("exclusion").withArray("crimes").addObject()
                .put("category", "crime_against_peace_war_crime_or_crime_against_humanity").put("act", "torture")
                .put("widespreadOrSystematicAttack", "established")
                .put("seriousReasonsForConsidering", "established").put("individualResponsibility", "established")
                .put("defenceApplies", "not_established");
    }

    /** Ways of adding exclusion or RC 33(2) facts to a record. */
    static final List<Consumer<ObjectNode>> ADD_EXCLUSION_FACTS = List.of(
            ExclusionPropertiesTest::excludingCrime,
            t -> t.with("exclusion").put("unAgencyAssistance", "established").put("palestineRefugee", "established")
                    .put("unrwaAssistanceCeasedBeyondControl", "not_established"),
            t -> t.with("exclusion").put("dangerToSecurity", "established"),
            t -> t.with("exclusion").put("finalConvictionParticularlySeriousCrime", "established")
                    .put("dangerToCommunity", "established"),
            t -> {
                excludingCrime(t);
                t.with("exclusion").put("dangerToSecurity", "established").put("dangerToCommunity", "established")
                        .put("finalConvictionParticularlySeriousCrime", "established")
                        .put("unAgencyAssistance", "established").put("palestineRefugee", "established");
            });

    @Test
    void absoluteBarsAreNeverChangedByExclusionOr33_2Facts() {
        PropertySupport.Generator g = new PropertySupport.Generator(SEED + 1);
        for (int i = 0; i < 150; i++) {
            ObjectNode tree = g.next();
            Frame frame = Frame.values().get(i % 4);
            Map<String, String> before = absoluteBars(ASSESSOR.assess(PropertySupport.read(tree), frame));
            for (int k = 0; k < ADD_EXCLUSION_FACTS.size(); k++) {
                ObjectNode t = tree.deepCopy();
                ADD_EXCLUSION_FACTS.get(k).accept(t);
                var c = PropertySupport.readOrNull(t);
                if (c == null) {
                    continue;
                }
                assertThat(absoluteBars(ASSESSOR.assess(c, frame)))
                        .as("seed %d, case %d, %s, exclusion facts #%d: %s", SEED + 1, i, frame, k, tree)
                        .isEqualTo(before);
            }
        }
    }

    static Map<String, String> absoluteBars(Assessment a) {
        Map<String, String> m = new java.util.TreeMap<>();
        a.returns().forEach(r -> r.bars().stream().filter(b -> b.absolute())
                .forEach(b -> m.put(r.destination() + ":" + b.criterion(), b.status().name())));
        return m;
    }
}
