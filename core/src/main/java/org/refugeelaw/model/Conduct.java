package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a person did or is, that a country's authorities or others react to: the trigger of a harm in country
 * information, and the kind of an activity after departure.
 */
public enum Conduct {
    @JsonProperty("unauthorised_exit") UNAUTHORISED_EXIT,
    @JsonProperty("unauthorised_stay_abroad") UNAUTHORISED_STAY_ABROAD,
    @JsonProperty("forced_return") FORCED_RETURN,
    @JsonProperty("pregnancy_on_return") PREGNANCY_ON_RETURN,
    @JsonProperty("contact_with_south_koreans") CONTACT_WITH_SOUTH_KOREANS,
    @JsonProperty("religious_contact") RELIGIOUS_CONTACT,
    @JsonProperty("religious_conversion") RELIGIOUS_CONVERSION,
    @JsonProperty("contact_with_journalists") CONTACT_WITH_JOURNALISTS,
    @JsonProperty("contact_with_ngos") CONTACT_WITH_NGOS,
    @JsonProperty("political_activity") POLITICAL_ACTIVITY,
    @JsonProperty("asylum_claim") ASYLUM_CLAIM,
    @JsonProperty("political_neutrality") POLITICAL_NEUTRALITY,
    @JsonProperty("refusal_to_join_armed_group") REFUSAL_TO_JOIN_ARMED_GROUP,
    @JsonProperty("ordinary_crime") ORDINARY_CRIME,
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
