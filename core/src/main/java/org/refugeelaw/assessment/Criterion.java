package org.refugeelaw.assessment;

/**
 * The criteria of refugee law this library assesses, named as in the project's legal criteria reference.
 * Consumers key on these names; they are stable.
 */
public enum Criterion {
    // Tier 1: inclusion (RC 1A(2))
    /** Outside the country of nationality. */
    OUTSIDE_COUNTRY(Tier.INCLUSION, "Outside the country of nationality"),
    /** Well-founded fear. */
    WELL_FOUNDED_FEAR(Tier.INCLUSION, "Well-founded fear"),
    /** Persecution. */
    PERSECUTION(Tier.INCLUSION, "Persecution"),
    /** Prosecution, not persecution. */
    PROSECUTION_NOT_PERSECUTION(Tier.INCLUSION, "Prosecution, not persecution"),
    /** Penalties for unauthorised exit or stay abroad. */
    EXIT_PENALTY(Tier.INCLUSION, "Penalties for unauthorised exit or stay abroad"),
    /** Economic motive not decisive. */
    ECONOMIC_MOTIVE_NOT_DECISIVE(Tier.INCLUSION, "Economic motive not decisive"),
    /** Failure of state protection. */
    PROTECTION_FAILURE(Tier.INCLUSION, "Failure of state protection"),
    /** For reasons of a Convention ground. */
    NEXUS(Tier.INCLUSION, "For reasons of a Convention ground"),
    /** No duty to conceal. */
    NO_CONCEALMENT(Tier.INCLUSION, "No duty to conceal"),
    /** No internal protection alternative. */
    INTERNAL_PROTECTION(Tier.INCLUSION, "No internal protection alternative"),
    /** Refugee sur place: events after departure. */
    SUR_PLACE_EVENTS(Tier.INCLUSION, "Refugee sur place: events after departure"),
    /** Refugee sur place: activities abroad. */
    SUR_PLACE_ACTIVITIES(Tier.INCLUSION, "Refugee sur place: activities abroad"),
    /** Refugee sur place: activities not in good faith. */
    SUR_PLACE_GOOD_FAITH(Tier.INCLUSION, "Refugee sur place: activities not in good faith"),
    // issue 17 (family): statelessness
    /** Statelessness: assessed against the country of former habitual residence. */
    STATELESSNESS(Tier.INCLUSION, "Statelessness: assessed against the country of former habitual residence"),
    // issue 17 point 4 (protection)
    /** Trafficking: risk of re-trafficking or reprisal on return. */
    TRAFFICKING(Tier.INCLUSION, "Trafficking: risk of re-trafficking or reprisal on return"),
    // Tier 2: other nationality and settlement
    /** No effective protection of another nationality. */
    OTHER_NATIONALITY(Tier.OTHER_NATIONALITY, "No effective protection of another nationality"),
    /** Settled elsewhere (RC 1E, firm resettlement). */
    SETTLED_ELSEWHERE(Tier.OTHER_NATIONALITY, "Settled elsewhere (RC 1E, firm resettlement)"),
    // Tier 3: cessation and exclusion
    /** Cessation. */
    CESSATION(Tier.CESSATION_EXCLUSION, "Cessation"),
    /** Exclusion: protection of another UN agency. */
    EXCLUSION_1D(Tier.CESSATION_EXCLUSION, "Exclusion: protection of another UN agency"),
    /** Exclusion: serious crimes. */
    EXCLUSION_1F(Tier.CESSATION_EXCLUSION, "Exclusion: serious crimes"),
    // Tier 4: non-refoulement, per destination
    /** Non-refoulement under the Refugee Convention. */
    NON_REFOULEMENT_33(Tier.NON_REFOULEMENT, "Non-refoulement under the Refugee Convention"),
    /** Absolute bar: torture. */
    ABSOLUTE_BAR_TORTURE(Tier.NON_REFOULEMENT, "Absolute bar: torture"),
    /** Absolute bar: life, cruel, inhuman or degrading treatment. */
    ABSOLUTE_BAR_LIFE_CIDT(Tier.NON_REFOULEMENT, "Absolute bar: life, cruel, inhuman or degrading treatment"),
    /** Bar: eligible for subsidiary protection (QD 21, 24(2); Charter art. 19(2)). */
    SUBSIDIARY_PROTECTION_BAR(Tier.NON_REFOULEMENT, "Bar: eligible for subsidiary protection (QD 21, 24(2); Charter art. 19(2))"),
    // Tier 5: complementary and humanitarian protection
    /** Subsidiary protection (QD 15). */
    SUBSIDIARY_QD15(Tier.COMPLEMENTARY, "Subsidiary protection (QD 15)"),
    /** Of humanitarian concern to UNHCR. */
    HUMANITARIAN_CONCERN(Tier.COMPLEMENTARY, "Of humanitarian concern to UNHCR"),
    // issue 17 (family): family unity
    /** Family unity: derivative status beside an individual assessment. */
    FAMILY_UNITY(Tier.COMPLEMENTARY, "Family unity: derivative status beside an individual assessment"),
    // issue 17 point 7 (protection)
    /** Serious harm from the lack of medical treatment on return. */
    HEALTH_ON_RETURN(Tier.COMPLEMENTARY, "Serious harm from the lack of medical treatment on return"),
    // issue 16 point 2 (natcomp): national complementary protection, and asylum refused on subjective post-flight
    // grounds (the person stays a refugee); both read the frame's data
    NATIONAL_COMPLEMENTARY_PROTECTION(Tier.COMPLEMENTARY, "National complementary protection (under the statute of the frame)"),
    SUBJECTIVE_POST_FLIGHT_GROUNDS(Tier.COMPLEMENTARY, "Asylum refused to a refugee on subjective post-flight grounds"),
    // Tier 6: procedure
    /** Individual determination. */
    INDIVIDUAL_DETERMINATION(Tier.PROCEDURE, "Individual determination"),
    /** Procedural guarantees. */
    PROCEDURAL_GUARANTEES(Tier.PROCEDURE, "Procedural guarantees"),
    /** Benefit of the doubt. */
    BENEFIT_OF_DOUBT(Tier.PROCEDURE, "Benefit of the doubt"),
    // issue 17 (family): a child's best interests (with the procedure, as the report shows the tiers in enum order)
    /** A child: child-specific persecution and the best interests of the child. */
    CHILD_BEST_INTERESTS(Tier.PROCEDURE, "A child: child-specific persecution and the best interests of the child"),
    // issue 17 points 4-7 (protection)
    /** No penalty for unlawful entry or presence (RC 31(1)). */
    NON_PENALISATION_31(Tier.PROCEDURE, "No penalty for unlawful entry or presence (RC 31(1))"),
    /** Detention only where necessary, reasonable and proportionate. */
    DETENTION(Tier.PROCEDURE, "Detention only where necessary, reasonable and proportionate"),
    /** Credibility of the account. */
    CREDIBILITY(Tier.PROCEDURE, "Credibility of the account");

    private final Tier tier;
    private final String title;

    Criterion(Tier tier, String title) {
        this.tier = tier;
        this.title = title;
    }

    /**
     * The tier of the criterion.
     *
     * @return the tier of the criterion
     */
    public Tier tier() { return tier; }

    /**
     * The title of the criterion.
     *
     * @return the title, as in the legal criteria reference
     */
    public String title() { return title; }
}
