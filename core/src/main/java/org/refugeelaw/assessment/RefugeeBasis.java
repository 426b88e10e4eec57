package org.refugeelaw.assessment;

/** When the person became a refugee. */
public enum RefugeeBasis {
    /** Already a refugee on leaving the country of origin. */
    AT_DEPARTURE,
    /** Became a refugee after leaving (HB 94-96; QD 5). */
    SUR_PLACE,
    /**
     * A Palestine refugee whose UNRWA protection or assistance ceased for reasons beyond their control: ipso facto
     * entitled to the benefits of the Convention (RC 1D second paragraph; CJEU El Kott C-364/11).
     */
    IPSO_FACTO_1D,
    /** Not a refugee, or not decided. */
    NONE
}
