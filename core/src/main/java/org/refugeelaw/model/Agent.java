package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who inflicts the harm (HB 65; QD 6). */
public enum Agent {
    @JsonProperty("state") STATE,
    @JsonProperty("non_state") NON_STATE,
    @JsonProperty("unknown") UNKNOWN
}
