package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;

/**
 * The assessment of a family, member by member: each member's own assessment, with their link to the principal
 * applicant. Whether a family member shares the principal's protection is that member's FAMILY_UNITY finding, beside
 * their own determination, which it never replaces.
 *
 * @param familyId the family document's identifier (pseudonymous)
 * @param frame    the frame every member was assessed under
 * @param members  one entry per member, in the document's order
 * @param findings family-level observations, in plain English (who derives from whom; what is never carried over)
 * @param findingMessages the same observations as messages, one per finding, for {@link #findings(Locale)}; empty
 *                 where the assessment was built from English text alone. Not written to JSON (the {@code findings}
 *                 are).
 */
public record FamilyAssessment(String familyId, String frame, List<Member> members, List<String> findings,
                               @JsonIgnore List<Message> findingMessages) {
    /**
     * Normalises the components: a fact left out is unknown.
     *
     * @param familyId the family id
     * @param frame the frame
     * @param members the members (left out: none)
     * @param findings the findings (left out: none)
     * @param findingMessages the findings as messages (left out: none), as many as the findings where given
     */
    public FamilyAssessment {
        members = List.copyOf(members);
        findings = List.copyOf(findings);
        findingMessages = findingMessages == null ? List.of() : List.copyOf(findingMessages);
        if (!findingMessages.isEmpty() && findingMessages.size() != findings.size()) {
            throw new IllegalArgumentException("one message per finding: " + findings.size() + " findings, "
                    + findingMessages.size() + " messages");
        }
    }

    /**
     * A family assessment whose findings are English text only ({@link #findings(Locale)} gives them in English).
     *
     * @param familyId the family id
     * @param frame the frame
     * @param members the members
     * @param findings the findings, in English
     */
    public FamilyAssessment(String familyId, String frame, List<Member> members, List<String> findings) {
        this(familyId, frame, members, findings, List.of());
    }

    /**
     * A family assessment whose findings are messages; {@link #findings()} is their English text.
     *
     * @param familyId the family id
     * @param frame the frame
     * @param members the members
     * @param findings the findings, as messages
     * @return the family assessment
     */
    public static FamilyAssessment of(String familyId, String frame, List<Member> members, List<Message> findings) {
        return new FamilyAssessment(familyId, frame, members, Message.render(findings, Locale.ROOT), findings);
    }

    /**
     * The findings in {@code locale} (English, Korean or simplified Chinese; any other language renders in English).
     *
     * @param locale the language
     * @return the findings in that language; in English where they were given as text only
     */
    public List<String> findings(Locale locale) {
        return findingMessages.isEmpty() ? findings : Message.render(findingMessages, locale);
    }

    /**
     * One member.
     *
     * @param personId   the member's {@code person.id}
     * @param principal  the principal applicant's {@code person.id}, or null for a principal
     * @param relation   what the member is to the principal ({@code spouse}, {@code child}, ...), or null
     * @param assessment the member's own assessment
     */
    public record Member(String personId, String principal, String relation, Assessment assessment) {
    }

    /**
     * The member with this person id, or null.
     *
     * @param personId the person id
     * @return the member with this person id, or null
     */
    public Member member(String personId) {
        return members.stream().filter(m -> m.personId().equals(personId)).findFirst().orElse(null);
    }
}
