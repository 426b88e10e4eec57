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
    EU_QD("EU Qualification Directive 2011/95/EU"),
    // issue 17 (family): the best interests of the child (CRC art. 3(1)); the status of stateless persons
    /** Convention on the Rights of the Child. */
    CRC("Convention on the Rights of the Child"),
    /** 1954 Convention relating to the Status of Stateless Persons. */
    STATELESS_1954("1954 Convention relating to the Status of Stateless Persons"),
    // issue 17 point 4 (protection)
    /** Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol). */
    PALERMO_PROTOCOL("Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol)"),
    /** Council of Europe Convention on Action against Trafficking in Human Beings. */
    COE_TRAFFICKING("Council of Europe Convention on Action against Trafficking in Human Beings");

    private final String title;

    Instrument(String title) { this.title = title; }

    /**
     * The title of the criterion.
     *
     * @return the title, as in the legal criteria reference
     */
    public String title() { return title; }
}
