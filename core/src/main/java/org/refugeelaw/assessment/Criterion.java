package org.refugeelaw.assessment;

/**
 * The criteria of refugee law this library assesses, named as in the project's legal criteria reference.
 * Consumers key on these names; they are stable.
 */
public enum Criterion {
    // Tier 1: inclusion (RC 1A(2))
    OUTSIDE_COUNTRY(Tier.INCLUSION, "Outside the country of nationality"),
    WELL_FOUNDED_FEAR(Tier.INCLUSION, "Well-founded fear"),
    PERSECUTION(Tier.INCLUSION, "Persecution"),
    PROSECUTION_NOT_PERSECUTION(Tier.INCLUSION, "Prosecution, not persecution"),
    EXIT_PENALTY(Tier.INCLUSION, "Penalties for unauthorised exit or stay abroad"),
    ECONOMIC_MOTIVE_NOT_DECISIVE(Tier.INCLUSION, "Economic motive not decisive"),
    PROTECTION_FAILURE(Tier.INCLUSION, "Failure of state protection"),
    NEXUS(Tier.INCLUSION, "For reasons of a Convention ground"),
    NO_CONCEALMENT(Tier.INCLUSION, "No duty to conceal"),
    INTERNAL_PROTECTION(Tier.INCLUSION, "No internal protection alternative"),
    SUR_PLACE_EVENTS(Tier.INCLUSION, "Refugee sur place: events after departure"),
    SUR_PLACE_ACTIVITIES(Tier.INCLUSION, "Refugee sur place: activities abroad"),
    SUR_PLACE_GOOD_FAITH(Tier.INCLUSION, "Refugee sur place: activities not in good faith"),
    // issue 17 (family): statelessness
    STATELESSNESS(Tier.INCLUSION, "Statelessness: assessed against the country of former habitual residence"),
    // issue 17 point 4 (protection)
    TRAFFICKING(Tier.INCLUSION, "Trafficking: risk of re-trafficking or reprisal on return"),
    // Tier 2: other nationality and settlement
    OTHER_NATIONALITY(Tier.OTHER_NATIONALITY, "No effective protection of another nationality"),
    SETTLED_ELSEWHERE(Tier.OTHER_NATIONALITY, "Settled elsewhere (RC 1E, firm resettlement)"),
    // Tier 3: cessation and exclusion
    CESSATION(Tier.CESSATION_EXCLUSION, "Cessation"),
    EXCLUSION_1D(Tier.CESSATION_EXCLUSION, "Exclusion: protection of another UN agency"),
    EXCLUSION_1F(Tier.CESSATION_EXCLUSION, "Exclusion: serious crimes"),
    // Tier 4: non-refoulement, per destination
    NON_REFOULEMENT_33(Tier.NON_REFOULEMENT, "Non-refoulement under the Refugee Convention"),
    ABSOLUTE_BAR_TORTURE(Tier.NON_REFOULEMENT, "Absolute bar: torture"),
    ABSOLUTE_BAR_LIFE_CIDT(Tier.NON_REFOULEMENT, "Absolute bar: life, cruel, inhuman or degrading treatment"),
    SUBSIDIARY_PROTECTION_BAR(Tier.NON_REFOULEMENT, "Bar: eligible for subsidiary protection (QD 21, 24(2); Charter art. 19(2))"),
    // Tier 5: complementary and humanitarian protection
    SUBSIDIARY_QD15(Tier.COMPLEMENTARY, "Subsidiary protection (QD 15)"),
    HUMANITARIAN_CONCERN(Tier.COMPLEMENTARY, "Of humanitarian concern to UNHCR"),
    // issue 17 (family): family unity
    FAMILY_UNITY(Tier.COMPLEMENTARY, "Family unity: derivative status beside an individual assessment"),
    // issue 17 point 7 (protection)
    HEALTH_ON_RETURN(Tier.COMPLEMENTARY, "Serious harm from the lack of medical treatment on return"),
    // issue 16 point 2 (natcomp): national complementary protection, and asylum refused on subjective post-flight
    // grounds (the person stays a refugee); both read the frame's data
    NATIONAL_COMPLEMENTARY_PROTECTION(Tier.COMPLEMENTARY, "National complementary protection (the frame's statute)"),
    SUBJECTIVE_POST_FLIGHT_GROUNDS(Tier.COMPLEMENTARY, "Asylum refused to a refugee on subjective post-flight grounds"),
    // Tier 6: procedure
    INDIVIDUAL_DETERMINATION(Tier.PROCEDURE, "Individual determination"),
    PROCEDURAL_GUARANTEES(Tier.PROCEDURE, "Procedural guarantees"),
    BENEFIT_OF_DOUBT(Tier.PROCEDURE, "Benefit of the doubt"),
    // issue 17 (family): a child's best interests (with the procedure, as the report shows the tiers in enum order)
    CHILD_BEST_INTERESTS(Tier.PROCEDURE, "A child: child-specific persecution and the best interests of the child"),
    // issue 17 points 4-7 (protection)
    NON_PENALISATION_31(Tier.PROCEDURE, "No penalty for unlawful entry or presence (RC 31(1))"),
    DETENTION(Tier.PROCEDURE, "Detention only where necessary, reasonable and proportionate"),
    CREDIBILITY(Tier.PROCEDURE, "Credibility of the account");

    private final Tier tier;
    private final String title;

    Criterion(Tier tier, String title) {
        this.tier = tier;
        this.title = title;
    }

    public Tier tier() { return tier; }

    public String title() { return title; }
}
