package org.refugeelaw.internal.json;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a case record that hold personal data: the person's name and date of birth, the narratives, the
 * descriptions, places and offences. A problem with one of them never repeats the value received, only its kind and
 * length ({@link ProblemText#withheld}); nor does a problem with an unknown field. {@code PersonalDataTest} makes every
 * free-text field of the schema appear either here or in its list of fields that are not personal.
 */
public final class PersonalData {
    /** The personal fields, as JSON paths with the list indexes left out ({@code []}). */
    public static final Set<String> FIELDS = Set.of(
            "$.person.name",
            "$.person.dateOfBirth",
            "$.departure.narrative",
            "$.claim.narrative",
            "$.activitiesAbroad[].narrative",
            "$.eventsAfterDeparture[].description",
            "$.destinations[].prosecution.offence",
            "$.exclusion.crimes[].place",
            "$.exclusion.crimes[].description",
            "$.child.age");

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private PersonalData() {
    }

    /** Whether the value at {@code path}, or the field that holds it, is personal data. */
    public static boolean isPersonal(String path) {
        String generic = INDEX.matcher(path).replaceAll("[]");
        for (String field : FIELDS) {
            if (generic.equals(field) || generic.startsWith(field + ".") || generic.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }
}
