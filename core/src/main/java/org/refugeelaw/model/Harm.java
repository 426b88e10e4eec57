package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of harm a person may face. {@link #serious()} marks harm that is persecution by itself (HB 51; QD 9(1)). */
public enum Harm {
    @JsonProperty("death_penalty") DEATH_PENALTY(true),
    @JsonProperty("arbitrary_killing") ARBITRARY_KILLING(true),
    @JsonProperty("torture") TORTURE(true),
    @JsonProperty("inhuman_treatment") INHUMAN_TREATMENT(true),
    @JsonProperty("forced_labour") FORCED_LABOUR(true),
    @JsonProperty("political_prison_camp") POLITICAL_PRISON_CAMP(true),
    @JsonProperty("arbitrary_detention") ARBITRARY_DETENTION(true),
    @JsonProperty("forced_abortion") FORCED_ABORTION(true),
    @JsonProperty("sexual_violence") SEXUAL_VIOLENCE(true),
    @JsonProperty("trafficking") TRAFFICKING(true),
    @JsonProperty("indiscriminate_violence") INDISCRIMINATE_VIOLENCE(true),
    @JsonProperty("detention_and_interrogation") DETENTION_AND_INTERROGATION(false),
    @JsonProperty("discrimination") DISCRIMINATION(false),
    @JsonProperty("fine") FINE(false),
    @JsonProperty("short_imprisonment") SHORT_IMPRISONMENT(false),
    @JsonProperty("economic_hardship") ECONOMIC_HARDSHIP(false),
    // issue 17 (statelessness): denial of nationality, and of the right to return to one's country, can be
    // persecution on its own or with other harms (H. Lambert, UNHCR PPLA/2014/01, 2014; M. Foster and H. Lambert,
    // International Refugee Law and the Protection of Stateless Persons, 2019, ch. 5, abstract read): weighed as a
    // lesser harm, persecution where its consequences are substantially prejudicial (HB 54-55).
    @JsonProperty("denial_of_nationality") DENIAL_OF_NATIONALITY(false),
    @JsonProperty("denial_of_return") DENIAL_OF_RETURN(false),
    // issue 17 point 4 (protection): gender-related harms (UNHCR Guidelines No. 1, 2002), persecution in themselves
    @JsonProperty("forced_marriage") FORCED_MARRIAGE(true),
    @JsonProperty("female_genital_mutilation") FEMALE_GENITAL_MUTILATION(true),
    @JsonProperty("honour_violence") HONOUR_VIOLENCE(true);

    private final boolean serious;

    Harm(boolean serious) { this.serious = serious; }

    /** Harm severe enough to be persecution on its own, without accumulation. */
    public boolean serious() { return serious; }

    /** Harm that engages the absolute bar on torture (CAT 3). */
    public boolean torture() { return this == TORTURE; }

    /** Harm that engages the right to life (ICCPR 6, ECHR 2, Protocol 13). */
    public boolean lifeThreatening() { return this == DEATH_PENALTY || this == ARBITRARY_KILLING; }

    /** Harm that is cruel, inhuman or degrading treatment (ICCPR 7, ECHR 3). */
    public boolean inhumanTreatment() {
        return this == TORTURE || this == INHUMAN_TREATMENT || this == FORCED_LABOUR || this == POLITICAL_PRISON_CAMP
                || this == FORCED_ABORTION || this == SEXUAL_VIOLENCE;
    }
}
