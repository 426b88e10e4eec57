package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One procedural guarantee or duty, and whether the host state respected it.
 *
 * @param criterion  {@link Criterion#INDIVIDUAL_DETERMINATION}, {@link Criterion#PROCEDURAL_GUARANTEES} or
 *                   {@link Criterion#BENEFIT_OF_DOUBT}
 * @param guarantee  the guarantee, e.g. {@code personalInterview}
 * @param status     MET when the guarantee was respected, NOT_MET when it was breached (a violation)
 */
@JsonPropertyOrder({"criterion", "guarantee", "status", "reasons", "messages", "factsRelied", "missingFacts", "rulesFired", "legalBasis"})
public record ProceduralFinding(Criterion criterion, String guarantee, Status status, List<Message> messages,
                                List<String> factsRelied, List<String> missingFacts, List<String> rulesFired,
                                List<String> legalBasis) implements Explained {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param criterion the criterion
     * @param guarantee the guarantee
     * @param status the status
     * @param messages the messages (left out: none)
     * @param factsRelied the facts relied (left out: none)
     * @param missingFacts the missing facts (left out: none)
     * @param rulesFired the rules fired (left out: none)
     * @param legalBasis the legal basis (left out: none)
     */
    public ProceduralFinding {
        messages = List.copyOf(messages);
        factsRelied = List.copyOf(factsRelied);
        missingFacts = List.copyOf(missingFacts);
        rulesFired = List.copyOf(rulesFired);
        legalBasis = List.copyOf(legalBasis);
    }

    /**
     * True when the host state breached this guarantee.
     *
     * @return whether violation
     */
    public boolean violation() { return status == Status.NOT_MET; }

    /**
     * The guarantee's name as a message of the {@code guaranteeName} catalogs; empty for an identifier this library
     * does not know (the identifier {@link #guarantee()} stays the machines' key).
     *
     * @return the name, if known
     */
    public java.util.Optional<Message> guaranteeMessage() {
        return nameOf(guarantee);
    }

    /**
     * The name of the guarantee with the identifier {@code guarantee} (e.g. {@code personalInterview}), as a message of
     * the {@code guaranteeName} catalogs; empty for an identifier this library does not know.
     *
     * @param guarantee the identifier
     * @return the name, if known
     */
    public static java.util.Optional<Message> nameOf(String guarantee) {
        return java.util.Optional.ofNullable(switch (guarantee == null ? "" : guarantee) {
            case "accessToCompetentAuthority" -> Message.of("guaranteeName.proceduralFinding.accessToCompetentAuthority");
            case "personalInterview" -> Message.of("guaranteeName.proceduralFinding.personalInterview");
            case "interpreter" -> Message.of("guaranteeName.proceduralFinding.interpreter");
            case "accessToUnhcr" -> Message.of("guaranteeName.proceduralFinding.accessToUnhcr");
            case "reasonedDecision" -> Message.of("guaranteeName.proceduralFinding.reasonedDecision");
            case "suspensiveAppeal" -> Message.of("guaranteeName.proceduralFinding.suspensiveAppeal");
            case "exNuncRiskAssessment" -> Message.of("guaranteeName.proceduralFinding.exNuncRiskAssessment");
            default -> null;
        });
    }

    /**
     * The guarantee's name in {@code locale} (the identifier where the name is not known).
     *
     * @param locale the language
     * @return the name in that language
     */
    public String guaranteeName(java.util.Locale locale) {
        return guaranteeMessage().map(m -> m.render(locale)).orElse(guarantee);
    }
}
