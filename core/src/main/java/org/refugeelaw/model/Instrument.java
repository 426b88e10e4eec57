package org.refugeelaw.model;

/** Instruments that bind host states. */
public enum Instrument {
    RC_1951("1951 Refugee Convention"),
    RC_PROTOCOL_1967("1967 Protocol relating to the Status of Refugees"),
    CAT("Convention against Torture"),
    ICCPR("ICCPR"),
    ICCPR_OP2("ICCPR Second Optional Protocol"),
    ECHR("ECHR"),
    ECHR_P6("ECHR Protocol No. 6"),
    ECHR_P13("ECHR Protocol No. 13"),
    EU_QD("EU Qualification Directive 2011/95/EU"),
    // issue 17 (family): the best interests of the child (CRC art. 3(1)); the status of stateless persons
    CRC("Convention on the Rights of the Child"),
    STATELESS_1954("1954 Convention relating to the Status of Stateless Persons"),
    // issue 17 point 4 (protection)
    PALERMO_PROTOCOL("Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol)"),
    COE_TRAFFICKING("Council of Europe Convention on Action against Trafficking in Human Beings");

    private final String title;

    Instrument(String title) { this.title = title; }

    public String title() { return title; }
}
