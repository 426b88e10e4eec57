package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The five Convention grounds (RC 1A(2); QD 10). */
public enum Ground {
    @JsonProperty("race") RACE,
    @JsonProperty("religion") RELIGION,
    @JsonProperty("nationality") NATIONALITY,
    @JsonProperty("particular_social_group") PARTICULAR_SOCIAL_GROUP,
    @JsonProperty("political_opinion") POLITICAL_OPINION
}
