package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A family document: the case records of the members of one family, assessed member by member (issue 17). Each member
 * is a complete case record of their own: a derivative grant never hides an individual claim. A member whose record
 * has a {@code family} link names the principal applicant (another member's {@code person.id}) whose protection they
 * may share (HB 181-188); the principal's record has no family link. Format: {@code docs/case-record.md} section 7;
 * JSON Schema {@code core/src/main/resources/org/refugeelaw/schema/family.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "familyId", "members"})
public record FamilyRecord(@JsonProperty(required = true) String schemaVersion,
                           @JsonProperty(required = true) String familyId,
                           @JsonProperty(required = true) List<CaseRecord> members) {
    /** The most members a family document may hold. */
    public static final int MAX_MEMBERS = 20;

    /**
     * Normalises the components: a fact left out is unknown.
     *
     * @param schemaVersion the schema version
     * @param familyId the family id
     * @param members the members (left out: none)
     */
    public FamilyRecord {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
