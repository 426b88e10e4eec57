package org.refugeelaw.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: the Kleene soundness property of {@link KleeneSoundnessTest} over a range of seeds of your choice, for a
 * wider search than the build runs. Skipped unless {@code -Dkx.from} is given:
 * {@code mvn -B verify -pl rules-drl -am -DskipITs -Dtest=KleeneExploreTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkx.from=3000 -Dkx.to=3012 -Dkx.n=60}. Each violation is printed as one JSON line (prefix {@code KX}) with the
 * record, so that it can be replayed; seeds found this way are kept as regressions in KleeneSoundnessTest.
 */
class KleeneExploreTest {
    @Test
    void replacingAnUnknownFactNeverChangesADeterminedStatus_chosenSeeds() {
        Assumptions.assumeTrue(System.getProperty("kx.from") != null, "opt-in: -Dkx.from=<seed>");
        long from = Long.getLong("kx.from"), to = Long.getLong("kx.to", from + 1);
        int n = Integer.getInteger("kx.n", 60);
        List<String> all = new ArrayList<>();
        for (long s = from; s < to; s++) {
            for (String v : KleeneSoundnessTest.violations(s, n, k -> true)) {
                System.out.println("KX " + v);
                all.add(v);
            }
        }
        assertThat(all).as("statuses that changed although they were not undetermined").isEmpty();
    }
}
