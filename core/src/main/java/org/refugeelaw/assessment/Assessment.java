package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The explained assessment of one case.
 *
 * @param caseId          the case identifier from the case record (not personal data)
 * @param libraryVersion  the version of this library
 * @param frame           the legal frame applied
 * @param ruleSetHash     SHA-256 of the compiled rule set's sources, to reproduce an assessment
 * @param determination   the overall determination of refugee status
 * @param criteria        one finding per criterion of tiers 1, 2, 3 and 5, in the order of {@link Criterion}
 * @param returns         one finding per destination
 * @param procedure       the procedural findings, one per guarantee
 * @param unknownFacts    the unknown facts that left at least one criterion undetermined, as JSON paths
 */
@JsonPropertyOrder({"caseId", "libraryVersion", "frame", "ruleSetHash", "determination", "criteria", "returns",
        "procedure", "unknownFacts"})
public record Assessment(String caseId, String libraryVersion, String frame, String ruleSetHash,
                         Determination determination, List<CriterionFinding> criteria, List<ReturnFinding> returns,
                         List<ProceduralFinding> procedure, List<String> unknownFacts) {
    public Assessment {
        criteria = List.copyOf(criteria);
        returns = List.copyOf(returns);
        procedure = List.copyOf(procedure);
        unknownFacts = List.copyOf(unknownFacts);
    }

    /** The finding on one criterion, if the rules reached it. */
    public Optional<CriterionFinding> finding(Criterion criterion) {
        return criteria.stream().filter(f -> f.criterion() == criterion).findFirst();
    }

    /** The return finding for one destination, if the case names it. */
    public Optional<ReturnFinding> returnTo(String destination) {
        return returns.stream().filter(r -> r.destination().equals(destination)).findFirst();
    }
}
