package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.model.CaseRecord;

/** The caseload generator: line count, share of bad lines, determinism, and that good and bad lines are so. */
class CaseloadGeneratorTest {
    private static String generate(long lines, double badPercent, long seed) throws IOException {
        StringWriter w = new StringWriter();
        CaseloadGenerator.write(lines, badPercent, seed, w);
        return w.toString();
    }

    @Test
    void writesExactlyNLinesWithTheRequestedShareOfBadOnes() throws IOException {
        StringWriter w = new StringWriter();
        CaseloadGenerator.Counts c = CaseloadGenerator.write(20_000, 5, 42, w);
        String[] lines = w.toString().split("\n", -1);
        assertThat(lines).hasSize(20_001);          // each line ends with \n
        assertThat(lines[20_000]).isEmpty();
        assertThat(c.lines()).isEqualTo(20_000);
        assertThat(c.bad()).isBetween(850L, 1150L);  // 1000 expected; binomial sd about 31
        assertThat(c.byKind().keySet()).containsExactlyInAnyOrder(CaseloadGenerator.BadKind.values());
        assertThat(CaseloadGenerator.write(1000, 0, 1, new StringWriter()).bad()).isZero();
        assertThat(CaseloadGenerator.write(1000, 100, 1, new StringWriter()).bad()).isEqualTo(1000);
    }

    @Test
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers() throws IOException {
        assertThat(generate(2000, 3, 7)).isEqualTo(generate(2000, 3, 7));
        assertThat(generate(2000, 3, 7)).isNotEqualTo(generate(2000, 3, 8));
    }

    @Test
    void goodLinesAreValidCaseRecordsAndBadLinesAreNot() {
        CaseloadGenerator g = new CaseloadGenerator(2024, 20);
        Set<CaseloadGenerator.BadKind> kinds = EnumSet.noneOf(CaseloadGenerator.BadKind.class);
        for (int i = 0; i < 5000; i++) {
            CaseloadGenerator.Line l = g.next();
            assertThat(l.text()).doesNotContain("\n").doesNotContain("\r").isNotBlank();
            if (l.isBad()) {
                kinds.add(l.bad());
                assertThatThrownBy(() -> CaseJson.read(l.text())).as(l.bad() + ": " + l.text())
                        .isInstanceOf(InvalidCaseException.class);
            } else {
                try {
                    assertThat(CaseJson.read(l.text())).isNotNull();
                } catch (InvalidCaseException e) {
                    fail("a good line is not valid: " + e.getMessage() + "\n" + l.text());
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(CaseloadGenerator.BadKind.values());
    }

    @Test
    void theCaseloadIsVaried() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> hosts = new HashSet<>();
        Set<String> origins = new HashSet<>();
        Set<String> permissions = new HashSet<>();
        Set<String> activities = new HashSet<>();
        int exclusion = 0;
        int byRight = 0;
        int settlement = 0;
        int events = 0;
        for (String line : generate(5000, 0, 3).split("\n")) {
            CaseRecord r = CaseJson.read(line);
            JsonNode tree = json.readTree(line);
            hosts.add(r.hostState());
            origins.add(r.countryOfOrigin());
            permissions.add(r.departure().withPermission().name());
            r.activitiesAbroad().forEach(a -> activities.add(a.kind().name()));
            exclusion += r.exclusion().crimes().isEmpty() ? 0 : 1;
            byRight += r.person().nationalities().stream().anyMatch(n -> n.basis().name().equals("BY_RIGHT")) ? 1 : 0;
            settlement += r.settlement().isEmpty() ? 0 : 1;
            events += tree.has("eventsAfterDeparture") ? 1 : 0;
        }
        assertThat(hosts).hasSizeGreaterThanOrEqualTo(15).contains("CN", "GB", "DE", "TH", "US", "KR");
        assertThat(origins).hasSizeGreaterThanOrEqualTo(10).contains("KP", "ER", "ZW", "PE");
        assertThat(permissions).containsExactlyInAnyOrder("ESTABLISHED", "NOT_ESTABLISHED", "UNKNOWN");
        assertThat(activities).hasSizeGreaterThanOrEqualTo(8);
        assertThat(exclusion).isGreaterThan(100);
        assertThat(byRight).isGreaterThan(500);
        assertThat(settlement).isGreaterThan(50);
        assertThat(events).isGreaterThan(50);
    }
}
