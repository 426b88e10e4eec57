package org.refugeelaw.assessment;

/** The tiers of an assessment, in the order the law takes them. */
public enum Tier {
    /** Inclusion (RC 1A(2)). */
    INCLUSION("Inclusion (RC 1A(2))"),
    /** Other nationality and settlement. */
    OTHER_NATIONALITY("Other nationality and settlement"),
    /** Cessation and exclusion (RC 1C-1F). */
    CESSATION_EXCLUSION("Cessation and exclusion (RC 1C-1F)"),
    /** Non-refoulement, per destination. */
    NON_REFOULEMENT("Non-refoulement, per destination"),
    /** Complementary and humanitarian protection. */
    COMPLEMENTARY("Complementary and humanitarian protection"),
    /** Individual determination and procedure. */
    PROCEDURE("Individual determination and procedure");

    private final String title;

    Tier(String title) { this.title = title; }

    /**
     * The title of the criterion.
     *
     * @return the title, as in the legal criteria reference
     */
    public String title() { return title; }
}
