package org.refugeelaw.engine;

import java.util.List;

/**
 * Inserted by the risk rules where a risk at a destination cannot be assessed yet, so that missing information is
 * never read as "no risk": the case record holds a conduct or profile on which the country information is silent, or
 * the person states a fear the record does not yet describe.
 *
 * @param destination the country where the risk would be faced
 * @param reason      what is open, as a message
 * @param facts       the case-record paths it rests on
 * @param missing     what it waits on: case-record paths, or the missing country information named as
 *                    {@code country information: RU on political_activity}
 */
public record OpenRisk(String destination, org.refugeelaw.assessment.Message reason, List<String> facts, List<String> missing) {
    public OpenRisk {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }

    /** What a list of open risks waits on, each item once, in a stable order (for a reason). */
    public static String waitingOn(List<?> open) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (Object o : open) {
            all.addAll(((OpenRisk) o).missing());
        }
        return String.join("; ", all);
    }

    /** How missing country information is named: the country and the topic it would have to cover. */
    public static String missingCountryInformation(String country, org.refugeelaw.model.Conduct topic) {
        return "country information: " + country + " on " + topic.name().toLowerCase();
    }
}
