package org.refugeelaw.bench;

import java.lang.management.ManagementFactory;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;

/**
 * What an application does first: create an assessor, read one case from JSON, assess it. Prints the milliseconds
 * from JVM start (as the runtime MXBean records it) to the first assessment, and the same for the steps.
 * {@link StartupBenchmark} runs it in fresh JVMs and measures the wall time from process launch as well.
 */
public final class FirstAssessment {
    /** The line the child prints when the first assessment is done; {@link StartupBenchmark} waits for it. */
    static final String DONE = "first-assessment-ms ";

    private FirstAssessment() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        Assessor assessor = Assessor.create();
        long created = System.currentTimeMillis();
        String json = "{\"schemaVersion\":\"1.0\",\"caseId\":\"S6\",\"assessmentDate\":\"2024-06-01\","
                + "\"person\":{\"id\":\"S6-person\",\"nationalities\":[{\"country\":\"CN\",\"basis\":\"held\"}]},"
                + "\"hostState\":\"KR\",\"currentCountry\":\"KR\",\"countryOfOrigin\":\"CN\","
                + "\"departure\":{\"motives\":[\"economic\"]},"
                + "\"activitiesAbroad\":[{\"kind\":\"unauthorised_work_abroad\"}],"
                + "\"destinations\":[{\"country\":\"CN\",\"riskThere\":\"not_established\"}]}";
        Assessment a = assessor.assess(CaseJson.read(json), Frame.UNHCR);
        long done = System.currentTimeMillis();
        if (a.determination() == null) {
            throw new IllegalStateException("no determination");
        }
        System.out.println(DONE + (done - jvmStart) + " (to main " + (mainEntered - jvmStart) + ", create "
                + (created - mainEntered) + ", read+assess " + (done - created) + ")");
    }
}
