package org.refugeelaw.assessment;

/** The tiers of an assessment, in the order the law takes them. */
public enum Tier {
    INCLUSION("Inclusion (RC 1A(2))"),
    OTHER_NATIONALITY("Other nationality and settlement"),
    CESSATION_EXCLUSION("Cessation and exclusion (RC 1C-1F)"),
    NON_REFOULEMENT("Non-refoulement, per destination"),
    COMPLEMENTARY("Complementary and humanitarian protection"),
    PROCEDURE("Individual determination and procedure");

    private final String title;

    Tier(String title) { this.title = title; }

    public String title() { return title; }
}
