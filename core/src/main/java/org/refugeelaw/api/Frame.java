package org.refugeelaw.api;

/**
 * The legal frame an assessment applies. Where legal orders genuinely differ, the frame decides; the differences
 * are data ({@code org/refugeelaw/data/frames.json}), not copies of rules.
 */
public enum Frame {
    /** UNHCR's standards: the Handbook and Guidelines on International Protection. The default. */
    UNHCR,
    /** The European Union: the Qualification Directive 2011/95/EU. */
    EU,
    /** The United Kingdom: the Refugee Convention as applied by UK courts. */
    UK,
    /** The United States: the 1967 Protocol as applied under the INA and 22 USC 7842. */
    US
}
