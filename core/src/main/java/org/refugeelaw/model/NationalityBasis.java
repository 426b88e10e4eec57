package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a nationality is held, available to the person by right (by mere formality), or obtainable by an act within
 * the person's control (an application the state would grant: Williams v Canada 2005 FCA 126).
 */
public enum NationalityBasis {
    /** {@code held}: held. */
    @JsonProperty("held") HELD,
    /** {@code by_right}: by right. */
    @JsonProperty("by_right") BY_RIGHT,
    /** {@code obtainable}: obtainable. */
    @JsonProperty("obtainable") OBTAINABLE
}
