package org.refugeelaw.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;

/** Assesses scenarios with one shared assessor; a scenario may bring its own country information. */
public final class ScenarioRunner {
    private final Assessor assessor;
    private final Map<Path, Assessor> byDataset = new ConcurrentHashMap<>();

    public ScenarioRunner(Assessor assessor) {
        this.assessor = assessor;
    }

    public ScenarioRunner() {
        this(Assessor.create());
    }

    public Assessor assessor() {
        return assessor;
    }

    /** The case record of a scenario, validated. */
    public static CaseRecord caseOf(Scenario s) {
        return CaseJson.fromTree(s.caseTree());
    }

    public Assessment assess(Scenario s) {
        return assessorFor(s).assess(caseOf(s), s.frame());
    }

    /** The assessor for a scenario: the shared one, or one with the scenario's own country information. */
    public Assessor assessorFor(Scenario s) {
        if (s.countryInformation() == null) {
            return assessor;
        }
        Path dataset = s.file().toAbsolutePath().getParent().resolve(s.countryInformation()).normalize();
        return byDataset.computeIfAbsent(dataset, p -> {
            try (InputStream in = Files.newInputStream(p)) {
                CountryInformation ci = CaseJson.readCountryInformation(in);
                return assessor.withCountryInformation(ci);
            } catch (IOException e) {
                throw new ScenarioException(s.file() + ": country information file " + p + " cannot be read ("
                        + e.getMessage() + ")");
            }
        });
    }
}
