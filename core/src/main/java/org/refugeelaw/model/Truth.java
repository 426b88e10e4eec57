package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The three values a fact can take. A fact the case record leaves out is {@link #UNKNOWN}:
 * it is never read as false, and any criterion that needs it stays undetermined.
 */
public enum Truth {
    /** The fact is established to the applicable standard. */
    @JsonProperty("established") ESTABLISHED,
    /** The fact was examined and is not established. */
    @JsonProperty("not_established") NOT_ESTABLISHED,
    /** Nobody knows yet. */
    @JsonProperty("unknown") UNKNOWN;

    /**
     * Whether the fact is established.
     *
     * @return whether the fact is established
     */
    public boolean isEstablished() { return this == ESTABLISHED; }
    /**
     * Whether the fact is not established.
     *
     * @return whether the fact is not established
     */
    public boolean isNotEstablished() { return this == NOT_ESTABLISHED; }
    /**
     * Whether the fact is unknown.
     *
     * @return whether the fact is unknown
     */
    public boolean isUnknown() { return this == UNKNOWN; }

    /**
     * Treats a missing value as unknown, never as false.
     *
     * @param t a fact, or null
     * @return the fact, or unknown for null
     */
    public static Truth orUnknown(Truth t) { return t == null ? UNKNOWN : t; }

    /**
     * Kleene conjunction.
     *
     * @param other the other fact
     * @return the Kleene conjunction
     */
    public Truth and(Truth other) {
        if (this == NOT_ESTABLISHED || other == NOT_ESTABLISHED) return NOT_ESTABLISHED;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return ESTABLISHED;
    }

    /**
     * Kleene disjunction.
     *
     * @param other the other fact
     * @return the Kleene disjunction
     */
    public Truth or(Truth other) {
        if (this == ESTABLISHED || other == ESTABLISHED) return ESTABLISHED;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return NOT_ESTABLISHED;
    }

    /**
     * Kleene negation.
     *
     * @return the Kleene negation
     */
    public Truth not() {
        return switch (this) {
            case ESTABLISHED -> NOT_ESTABLISHED;
            case NOT_ESTABLISHED -> ESTABLISHED;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
