package org.refugeelaw.engine;

/**
 * A country the assessment reasoned about (the country of origin, or a destination) for which the country information
 * in use holds nothing: no condition and no nationality practice. What the findings say about risk there rests on the
 * case record alone. The rules insert one per such country; the assembler lists them in the assessment.
 *
 * @param country the country, ISO 3166-1 alpha-2
 */
public record CountryInformationGap(String country) {
}
