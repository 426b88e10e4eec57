package org.refugeelaw.model;

/** Instruments that bind host states. */
public enum Instrument {
    /** 1951 Refugee Convention. */
    RC_1951("1951 Refugee Convention"),
    /** 1967 Protocol relating to the Status of Refugees. */
    RC_PROTOCOL_1967("1967 Protocol relating to the Status of Refugees"),
    /** Convention against Torture. */
    CAT("Convention against Torture"),
    /** ICCPR. */
    ICCPR("ICCPR"),
    /** ICCPR Second Optional Protocol. */
    ICCPR_OP2("ICCPR Second Optional Protocol"),
    /** ECHR. */
    ECHR("ECHR"),
    /** ECHR Protocol No. 6. */
    ECHR_P6("ECHR Protocol No. 6"),
    /** ECHR Protocol No. 13. */
    ECHR_P13("ECHR Protocol No. 13"),
    /** EU Qualification Directive 2011/95/EU. */
    EU_QD("EU Qualification Directive 2011/95/EU");

    private final String title;

    Instrument(String title) { this.title = title; }

    /**
     * The title of the criterion.
     *
     * @return the title, as in the legal criteria reference
     */
    public String title() { return title; }
}
