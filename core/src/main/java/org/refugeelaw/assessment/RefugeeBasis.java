package org.refugeelaw.assessment;

/** When the person became a refugee. */
public enum RefugeeBasis {
    /** Already a refugee on leaving the country of origin. */
    AT_DEPARTURE,
    /** Became a refugee after leaving (HB 94-96; QD 5). */
    SUR_PLACE,
    /** Not a refugee, or not decided. */
    NONE
}
