package org.refugeelaw.assessment;

import java.util.List;

/**
 * The assessment of a family, member by member: each member's own assessment, with their link to the principal
 * applicant. Whether a family member shares the principal's protection is that member's FAMILY_UNITY finding, beside
 * their own determination, which it never replaces.
 *
 * @param familyId the family document's identifier (pseudonymous)
 * @param frame    the frame every member was assessed under
 * @param members  one entry per member, in the document's order
 * @param findings family-level observations, in plain English (who derives from whom; what is never carried over)
 */
public record FamilyAssessment(String familyId, String frame, List<Member> members, List<String> findings) {
    /**
     * Normalises the components: a fact left out is unknown.
     *
     * @param familyId the family id
     * @param frame the frame
     * @param members the members (left out: none)
     * @param findings the findings (left out: none)
     */
    public FamilyAssessment {
        members = List.copyOf(members);
        findings = List.copyOf(findings);
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
