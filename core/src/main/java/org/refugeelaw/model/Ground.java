package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The five Convention grounds (RC 1A(2); QD 10). */
public enum Ground {
    /** {@code race}: race. */
    @JsonProperty("race") RACE,
    /** {@code religion}: religion. */
    @JsonProperty("religion") RELIGION,
    /** {@code nationality}: nationality. */
    @JsonProperty("nationality") NATIONALITY,
    /** {@code particular_social_group}: particular social group. */
    @JsonProperty("particular_social_group") PARTICULAR_SOCIAL_GROUP,
    /** {@code political_opinion}: political opinion. */
    @JsonProperty("political_opinion") POLITICAL_OPINION
}
