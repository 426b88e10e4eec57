package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a person did or is, that a country's authorities or others react to: the trigger of a harm in country
 * information, and the kind of an activity after departure.
 */
public enum Conduct {
    /** {@code unauthorised_exit}: unauthorised exit. */
    @JsonProperty("unauthorised_exit") UNAUTHORISED_EXIT,
    /** {@code unauthorised_stay_abroad}: unauthorised stay abroad. */
    @JsonProperty("unauthorised_stay_abroad") UNAUTHORISED_STAY_ABROAD,
    /** {@code forced_return}: forced return. */
    @JsonProperty("forced_return") FORCED_RETURN,
    /** {@code pregnancy_on_return}: pregnancy on return. */
    @JsonProperty("pregnancy_on_return") PREGNANCY_ON_RETURN,
    /** {@code contact_with_south_koreans}: contact with south koreans. */
    @JsonProperty("contact_with_south_koreans") CONTACT_WITH_SOUTH_KOREANS,
    /** {@code religious_contact}: religious contact. */
    @JsonProperty("religious_contact") RELIGIOUS_CONTACT,
    /** {@code religious_conversion}: religious conversion. */
    @JsonProperty("religious_conversion") RELIGIOUS_CONVERSION,
    /** {@code contact_with_journalists}: contact with journalists. */
    @JsonProperty("contact_with_journalists") CONTACT_WITH_JOURNALISTS,
    /** {@code contact_with_ngos}: contact with ngos. */
    @JsonProperty("contact_with_ngos") CONTACT_WITH_NGOS,
    /** {@code political_activity}: political activity. */
    @JsonProperty("political_activity") POLITICAL_ACTIVITY,
    /** {@code asylum_claim}: asylum claim. */
    @JsonProperty("asylum_claim") ASYLUM_CLAIM,
    /** {@code political_neutrality}: political neutrality. */
    @JsonProperty("political_neutrality") POLITICAL_NEUTRALITY,
    /** {@code refusal_to_join_armed_group}: refusal to join armed group. */
    @JsonProperty("refusal_to_join_armed_group") REFUSAL_TO_JOIN_ARMED_GROUP,
    /** {@code ordinary_crime}: ordinary crime. */
    @JsonProperty("ordinary_crime") ORDINARY_CRIME,
    /** {@code unauthorised_work_abroad}: unauthorised work abroad. */
    @JsonProperty("unauthorised_work_abroad") UNAUTHORISED_WORK_ABROAD,
    // issue 17 point 4 (protection): circumstances, triggers only
    /** Having been trafficked (derived from {@code trafficking.trafficked}). */
    @JsonProperty("trafficked") TRAFFICKED,
    /** A woman returning without a male network (derived from {@code supportOnReturn} and {@code person.sex}). */
    @JsonProperty("woman_without_male_network") WOMAN_WITHOUT_MALE_NETWORK,
    /** An attempt to reach the Republic of Korea (for a North Korean: the aggravated profile of A/HRC/25/63). */
    // issue 16 point 5 (coi-treaties): an act abroad
    @JsonProperty("attempt_to_reach_south_korea") ATTEMPT_TO_REACH_SOUTH_KOREA
}
