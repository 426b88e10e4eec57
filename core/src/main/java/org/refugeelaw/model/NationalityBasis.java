package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a nationality is held, or available to the person by right (by mere formality). */
public enum NationalityBasis {
    @JsonProperty("held") HELD,
    @JsonProperty("by_right") BY_RIGHT
}
