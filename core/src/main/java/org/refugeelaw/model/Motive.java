package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why the person left. The motive never decides the case by itself (HB 62-64). */
public enum Motive {
    @JsonProperty("economic") ECONOMIC,
    @JsonProperty("hunger") HUNGER,
    @JsonProperty("family") FAMILY,
    @JsonProperty("fear_of_persecution") FEAR_OF_PERSECUTION,
    @JsonProperty("armed_conflict") ARMED_CONFLICT,
    @JsonProperty("state_assignment") STATE_ASSIGNMENT,
    @JsonProperty("other") OTHER
}
