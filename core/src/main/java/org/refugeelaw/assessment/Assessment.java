package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
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
 * @param inputHash       SHA-256 of the case record as read (canonical JSON) and the frame
 * @param decisiveFacts   among the unknown facts, those whose value could change the determination or a bar on
 *                        return, with what each value would lead to (empty unless requested)
 * @param counterfactuals smallest changes that would change the outcome (empty unless requested)
 * @param searchNoteMessages how the alternatives were searched, and where the search was bounded, as messages
 *                        (rendered by {@link #searchNotes(java.util.Locale)}; the JSON's {@code searchNotes} holds
 *                        them in English)
 * @param countryInformationGaps the countries the assessment reasoned about (the country of origin, destinations)
 *                        on which the country information in use holds nothing: what the findings say about them rests
 *                        on the case record alone (reports say so in their first lines)
 */
@JsonPropertyOrder({"caseId", "libraryVersion", "frame", "ruleSetHash", "inputHash", "determination", "criteria",
        "returns", "procedure", "unknownFacts", "decisiveFacts", "counterfactuals", "searchNotes", "searchNoteMessages",
        "countryInformationGaps"})
public record Assessment(String caseId, String libraryVersion, String frame, String ruleSetHash, String inputHash,
                         Determination determination, List<CriterionFinding> criteria, List<ReturnFinding> returns,
                         List<ProceduralFinding> procedure, List<String> unknownFacts,
                         List<DecisiveFact> decisiveFacts, List<Counterfactual> counterfactuals,
                         List<Message> searchNoteMessages, List<String> countryInformationGaps) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param caseId the case id
     * @param libraryVersion the library version
     * @param frame the legal frame to assess under
     * @param ruleSetHash the rule set hash
     * @param inputHash the input hash
     * @param determination the determination
     * @param criteria the criteria (left out: none)
     * @param returns the returns (left out: none)
     * @param procedure the procedure (left out: none)
     * @param unknownFacts the unknown facts (left out: none)
     * @param decisiveFacts the decisive facts (left out: none)
     * @param counterfactuals the counterfactuals (left out: none)
     * @param searchNoteMessages the search notes (left out: none)
     * @param countryInformationGaps the countries on which the country information in use holds nothing (left out:
     *        none)
     */
    public Assessment {
        countryInformationGaps = countryInformationGaps == null ? List.of() : List.copyOf(countryInformationGaps);
        criteria = List.copyOf(criteria);
        returns = List.copyOf(returns);
        procedure = List.copyOf(procedure);
        unknownFacts = List.copyOf(unknownFacts);
        decisiveFacts = decisiveFacts == null ? List.of() : List.copyOf(decisiveFacts);
        counterfactuals = counterfactuals == null ? List.of() : List.copyOf(counterfactuals);
        searchNoteMessages = searchNoteMessages == null ? List.of() : List.copyOf(searchNoteMessages);
    }

    /**
     * An assessment as made before coverage gaps were reported: none.
     *
     * @param caseId the case id
     * @param libraryVersion the library version
     * @param frame the legal frame to assess under
     * @param ruleSetHash the rule set hash
     * @param inputHash the input hash
     * @param determination the determination
     * @param criteria the criteria (left out: none)
     * @param returns the returns (left out: none)
     * @param procedure the procedure (left out: none)
     * @param unknownFacts the unknown facts (left out: none)
     * @param decisiveFacts the decisive facts (left out: none)
     * @param counterfactuals the counterfactuals (left out: none)
     * @param searchNoteMessages the search notes (left out: none)
     */
    public Assessment(String caseId, String libraryVersion, String frame, String ruleSetHash, String inputHash,
                      Determination determination, List<CriterionFinding> criteria, List<ReturnFinding> returns,
                      List<ProceduralFinding> procedure, List<String> unknownFacts,
                      List<DecisiveFact> decisiveFacts, List<Counterfactual> counterfactuals,
                      List<Message> searchNoteMessages) {
        this(caseId, libraryVersion, frame, ruleSetHash, inputHash, determination, criteria, returns, procedure,
                unknownFacts, decisiveFacts, counterfactuals, searchNoteMessages, List.of());
    }

    /**
     * The same assessment with the results of the search over alternatives.
     *
     * @param decisive the decisive (left out: none)
     * @param counter the counter (left out: none)
     * @param notes the notes (left out: none)
     * @return the same assessment with the results of the search over alternatives
     */
    public Assessment withAlternatives(List<DecisiveFact> decisive, List<Counterfactual> counter, List<Message> notes) {
        return new Assessment(caseId, libraryVersion, frame, ruleSetHash, inputHash, determination, criteria, returns,
                procedure, unknownFacts, decisive, counter, notes, countryInformationGaps);
    }

    /**
     * How the alternatives were searched, and where the search was bounded, in English, rendered when read (the
     * JSON's {@code searchNotes}).
     *
     * @return the search notes in English
     */
    @JsonProperty("searchNotes")
    public List<String> searchNotes() {
        return Message.render(searchNoteMessages, Locale.ROOT);
    }

    /**
     * The search notes in {@code locale}, rendered when read.
     *
     * @param locale the language
     * @return the search notes in that language (English where it has no catalog)
     */
    public List<String> searchNotes(Locale locale) {
        return Message.render(searchNoteMessages, locale);
    }

    /**
     * The line reports open with when the country information in use holds nothing on a country the assessment
     * reasoned about, as a message; empty when there is no such country.
     *
     * @return the coverage warning, if any
     */
    public Optional<Message> coverageWarningMessage() {
        if (countryInformationGaps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Message.of("coverageWarning.assessment.noCountryInformation",
                countryInformationGaps.stream().map(Message::country).toList()));
    }

    /**
     * The coverage warning ({@link #coverageWarningMessage()}) in English; empty when there is none.
     *
     * @return the coverage warning, or an empty string
     */
    public String coverageWarning() {
        return coverageWarning(Locale.ROOT);
    }

    /**
     * The coverage warning ({@link #coverageWarningMessage()}) in {@code locale}; empty when there is none.
     *
     * @param locale the language
     * @return the coverage warning in that language, or an empty string
     */
    public String coverageWarning(Locale locale) {
        return coverageWarningMessage().map(m -> m.render(locale)).orElse("");
    }

    /**
     * The determination in two words, e.g. {@code REFUGEE SUR_PLACE} or {@code NOT_REFUGEE}.
     *
     * @return the determination in two words
     */
    public String outcome() {
        return determination.status() + (determination.basis() == RefugeeBasis.NONE ? "" : " " + determination.basis());
    }

    /**
     * The finding on one criterion, if the rules reached it.
     *
     * @param criterion the criterion
     * @return the finding on one criterion, if the rules reached it
     */
    public Optional<CriterionFinding> finding(Criterion criterion) {
        return criteria.stream().filter(f -> f.criterion() == criterion).findFirst();
    }

    /**
     * The return finding for one destination, if the case names it.
     *
     * @param destination the destination
     * @return the return finding for one destination, if the case names it
     */
    public Optional<ReturnFinding> returnTo(String destination) {
        return returns.stream().filter(r -> r.destination().equals(destination)).findFirst();
    }
}
