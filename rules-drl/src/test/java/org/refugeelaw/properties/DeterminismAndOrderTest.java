package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.properties.PropertySupport.ASSESSOR;
import static org.refugeelaw.properties.PropertySupport.CI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.model.CaseRecord;

/** The same input always gives the same assessment; the order of the record's lists does not matter. */
class DeterminismAndOrderTest {
    static final long SEED = 77L;

    @Test
    void sameInputGivesByteIdenticalAssessmentWithSharedAndFreshAssessors() {
        Assessor fresh = Assessor.create().withCountryInformation(CI);
        PropertySupport.Generator g = new PropertySupport.Generator(SEED);
        for (int i = 0; i < 150; i++) {
            ObjectNode tree = g.next();
            Frame frame = Frame.values().get(i % 4);
            CaseRecord c = PropertySupport.read(tree);
            String first = CaseJson.write(ASSESSOR.assess(c, frame));
            String second = CaseJson.write(ASSESSOR.assess(PropertySupport.read(tree), frame));
            String third = CaseJson.write(fresh.assess(c, frame));
            assertThat(second).as("seed %d, case %d, twice with the shared assessor: %s", SEED, i, tree)
                    .isEqualTo(first);
            assertThat(third).as("seed %d, case %d, with a fresh assessor: %s", SEED, i, tree).isEqualTo(first);
        }
    }

    /** Shuffles every list in the record whose order carries no meaning. */
    static ObjectNode shuffled(ObjectNode tree, Random rnd) {
        ObjectNode t = tree.deepCopy();
        shuffle(t.path("person").path("nationalities"), rnd);
        shuffle(t.path("activitiesAbroad"), rnd);
        shuffle(t.path("eventsAfterDeparture"), rnd);
        shuffle(t.path("destinations"), rnd);
        shuffle(t.path("settlement"), rnd);
        shuffle(t.path("exclusion").path("crimes"), rnd);
        shuffle(t.path("departure").path("motives"), rnd);
        shuffle(t.path("claim").path("profile"), rnd);
        for (JsonNode d : t.path("destinations")) {
            shuffle(d.path("grounds"), rnd);
            shuffle(d.path("harmsFaced"), rnd);
        }
        return t;
    }

    private static void shuffle(JsonNode node, Random rnd) {
        if (node instanceof ArrayNode a && a.size() > 1) {
            List<JsonNode> items = new ArrayList<>();
            a.forEach(items::add);
            Collections.shuffle(items, rnd);
            a.removeAll();
            a.addAll(items);
        }
    }

    @Test
    void orderOfEventsActivitiesNationalitiesDestinationsAndCrimesDoesNotMatter() {
        for (long seed : new long[] {SEED, 5L}) {
            PropertySupport.Generator g = new PropertySupport.Generator(seed);
            Random rnd = new Random(seed);
            for (int i = 0; i < 150; i++) {
                ObjectNode tree = g.next();
                Frame frame = Frame.values().get(i % 4);
                var before = PropertySupport.statuses(ASSESSOR.assess(PropertySupport.read(tree), frame));
                for (int k = 0; k < 3; k++) {
                    ObjectNode other = shuffled(tree, rnd);
                    var after = PropertySupport.statuses(ASSESSOR.assess(PropertySupport.read(other), frame));
                    assertThat(after).as("seed %d, case %d, frame %s: %s%nshuffled: %s", seed, i, frame, tree, other)
                            .isEqualTo(before);
                }
            }
        }
    }
}
