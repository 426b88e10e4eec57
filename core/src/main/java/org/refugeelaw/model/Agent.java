package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who inflicts the harm (HB 65; QD 6). */
public enum Agent {
    /** {@code state}: state. */
    @JsonProperty("state") STATE,
    /** {@code non_state}: non state. */
    @JsonProperty("non_state") NON_STATE,
    /** {@code unknown}: unknown. */
    @JsonProperty("unknown") UNKNOWN
}
