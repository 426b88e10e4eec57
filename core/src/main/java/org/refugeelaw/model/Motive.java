package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why the person left. The motive never decides the case by itself (HB 62-64). */
public enum Motive {
    /** {@code economic}: economic. */
    @JsonProperty("economic") ECONOMIC,
    /** {@code hunger}: hunger. */
    @JsonProperty("hunger") HUNGER,
    /** {@code family}: family. */
    @JsonProperty("family") FAMILY,
    /** {@code fear_of_persecution}: fear of persecution. */
    @JsonProperty("fear_of_persecution") FEAR_OF_PERSECUTION,
    /** {@code armed_conflict}: armed conflict. */
    @JsonProperty("armed_conflict") ARMED_CONFLICT,
    /** {@code state_assignment}: state assignment. */
    @JsonProperty("state_assignment") STATE_ASSIGNMENT,
    /** {@code other}: other. */
    @JsonProperty("other") OTHER
}
