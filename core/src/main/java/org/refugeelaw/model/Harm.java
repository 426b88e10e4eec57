package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of harm a person may face. {@link #serious()} marks harm that is persecution by itself (HB 51; QD 9(1)). */
public enum Harm {
    /** {@code death_penalty}: death penalty. */
    @JsonProperty("death_penalty") DEATH_PENALTY(true),
    /** {@code arbitrary_killing}: arbitrary killing. */
    @JsonProperty("arbitrary_killing") ARBITRARY_KILLING(true),
    /** {@code torture}: torture. */
    @JsonProperty("torture") TORTURE(true),
    /** {@code inhuman_treatment}: inhuman treatment. */
    @JsonProperty("inhuman_treatment") INHUMAN_TREATMENT(true),
    /** {@code forced_labour}: forced labour. */
    @JsonProperty("forced_labour") FORCED_LABOUR(true),
    /** {@code political_prison_camp}: political prison camp. */
    @JsonProperty("political_prison_camp") POLITICAL_PRISON_CAMP(true),
    /** {@code arbitrary_detention}: arbitrary detention. */
    @JsonProperty("arbitrary_detention") ARBITRARY_DETENTION(true),
    /** {@code forced_abortion}: forced abortion. */
    @JsonProperty("forced_abortion") FORCED_ABORTION(true),
    /** {@code sexual_violence}: sexual violence. */
    @JsonProperty("sexual_violence") SEXUAL_VIOLENCE(true),
    /** {@code trafficking}: trafficking. */
    @JsonProperty("trafficking") TRAFFICKING(true),
    /** {@code indiscriminate_violence}: indiscriminate violence. */
    @JsonProperty("indiscriminate_violence") INDISCRIMINATE_VIOLENCE(true),
    /** {@code detention_and_interrogation}: detention and interrogation. */
    @JsonProperty("detention_and_interrogation") DETENTION_AND_INTERROGATION(false),
    /** {@code discrimination}: discrimination. */
    @JsonProperty("discrimination") DISCRIMINATION(false),
    /** {@code fine}: fine. */
    @JsonProperty("fine") FINE(false),
    /** {@code short_imprisonment}: short imprisonment. */
    @JsonProperty("short_imprisonment") SHORT_IMPRISONMENT(false),
    /** {@code economic_hardship}: economic hardship. */
    @JsonProperty("economic_hardship") ECONOMIC_HARDSHIP(false),
    // issue 17 (statelessness): denial of nationality, and of the right to return to one's country, can be
    // persecution on its own or with other harms (H. Lambert, UNHCR PPLA/2014/01, 2014; M. Foster and H. Lambert,
    // International Refugee Law and the Protection of Stateless Persons, 2019, ch. 5, abstract read): weighed as a
    // lesser harm, persecution where its consequences are substantially prejudicial (HB 54-55).
    /** {@code denial_of_nationality}: denial of nationality. */
    @JsonProperty("denial_of_nationality") DENIAL_OF_NATIONALITY(false),
    /** {@code denial_of_return}: denial of return. */
    @JsonProperty("denial_of_return") DENIAL_OF_RETURN(false),
    // issue 17 point 4 (protection): gender-related harms (UNHCR Guidelines No. 1, 2002), persecution in themselves
    /** {@code forced_marriage}: forced marriage. */
    @JsonProperty("forced_marriage") FORCED_MARRIAGE(true),
    /** {@code female_genital_mutilation}: female genital mutilation. */
    @JsonProperty("female_genital_mutilation") FEMALE_GENITAL_MUTILATION(true),
    /** {@code honour_violence}: honour violence. */
    @JsonProperty("honour_violence") HONOUR_VIOLENCE(true);

    private final boolean serious;

    Harm(boolean serious) { this.serious = serious; }

    /**
     * Harm severe enough to be persecution on its own, without accumulation.
     *
     * @return whether the harm is persecution by itself
     */
    public boolean serious() { return serious; }

    /**
     * Harm that engages the absolute bar on torture (CAT 3).
     *
     * @return whether the harm is torture
     */
    public boolean torture() { return this == TORTURE; }

    /**
     * Harm that engages the right to life (ICCPR 6, ECHR 2, Protocol 13).
     *
     * @return whether the harm threatens life
     */
    public boolean lifeThreatening() { return this == DEATH_PENALTY || this == ARBITRARY_KILLING; }

    /**
     * Harm that is cruel, inhuman or degrading treatment (ICCPR 7, ECHR 3).
     *
     * @return whether the harm is cruel, inhuman or degrading treatment
     */
    public boolean inhumanTreatment() {
        return this == TORTURE || this == INHUMAN_TREATMENT || this == FORCED_LABOUR || this == POLITICAL_PRISON_CAMP
                || this == FORCED_ABORTION || this == SEXUAL_VIOLENCE;
    }
}
