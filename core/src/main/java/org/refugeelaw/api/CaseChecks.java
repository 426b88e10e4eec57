package org.refugeelaw.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a case record that a JSON Schema cannot express: dates that cannot be, and facts that contradict each
 * other. They read the tree, not the bound record, so that they run alongside the schema and report together with it;
 * a value the schema rejects is simply skipped here.
 */
final class CaseChecks {
    private final List<InputProblem> problems = new ArrayList<>();
    private final JsonNode root;
    private final LocalDate assessed;
    private final LocalDate departed;

    private CaseChecks(JsonNode root) {
        this.root = root;
        this.assessed = date(root.path("assessmentDate"));
        LocalDate departure = date(root.path("departure").path("date"));
        // A departure after the assessment is reported once, not again through every date measured from it.
        this.departed = departure != null && assessed != null && departure.isAfter(assessed) ? null : departure;
    }

    /** Every impossible date and contradiction in a case-record tree. */
    static List<InputProblem> check(JsonNode root) {
        if (root == null || !root.isObject()) {
            return List.of();
        }
        CaseChecks c = new CaseChecks(root);
        c.dates();
        c.nationalities();
        return c.problems;
    }

    private void dates() {
        notAfterAssessment("$.departure.date", root.path("departure").path("date"));

        JsonNode birth = root.path("person").path("dateOfBirth");
        LocalDate born = date(birth);
        if (born != null && assessed != null && born.isAfter(assessed)) {
            notAfterAssessment("$.person.dateOfBirth", birth);
        } else if (born != null && departed != null && born.isAfter(departed)) {
            problem("$.person.dateOfBirth", birth, "a date on or before the departure, " + departed,
                    "$.departure.date", "");
        }

        JsonNode activities = root.path("activitiesAbroad");
        for (int i = 0; i < activities.size(); i++) {
            String path = "$.activitiesAbroad[" + i + "].date";
            JsonNode d = activities.path(i).path("date");
            notAfterAssessment(path, d);
            LocalDate when = date(d);
            if (when != null && departed != null && when.isBefore(departed)) {
                problem(path, d, "a date on or after the departure, " + departed, "$.departure.date",
                        "an activity abroad cannot come before the departure");
            }
        }

        JsonNode events = root.path("eventsAfterDeparture");
        for (int i = 0; i < events.size(); i++) {
            notAfterAssessment("$.eventsAfterDeparture[" + i + "].date", events.path(i).path("date"));
        }

        JsonNode since = root.path("stayAbroad").path("unauthorisedSince");
        LocalDate from = date(since);
        if (from != null && departed != null && from.isBefore(departed)) {
            problem("$.stayAbroad.unauthorisedSince", since, "a date on or after the departure, " + departed,
                    "$.departure.date", "a stay abroad cannot be unauthorised before the person left");
        }
        notAfterAssessment("$.stayAbroad.unauthorisedSince", since);

        JsonNode crimes = root.path("exclusion").path("crimes");
        for (int i = 0; i < crimes.size(); i++) {
            notAfterAssessment("$.exclusion.crimes[" + i + "].date", crimes.path(i).path("date"));
        }
    }

    private void notAfterAssessment(String path, JsonNode node) {
        LocalDate d = date(node);
        if (d != null && assessed != null && d.isAfter(assessed)) {
            problem(path, node, "a date on or before the assessment date, " + assessed, "$.assessmentDate", "");
        }
    }

    private void nationalities() {
        JsonNode list = root.path("person").path("nationalities");
        Map<String, Integer> first = new HashMap<>();
        int held = -1;
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.path(i);
            JsonNode country = n.path("country");
            if (country.isTextual()) {
                Integer earlier = first.putIfAbsent(country.textValue(), i);
                if (earlier != null) {
                    String path = "$.person.nationalities[" + i + "].country";
                    problem(path, country, "a country not already listed in $.person.nationalities",
                            "$.person.nationalities[" + earlier + "]", "each country is listed once");
                }
            }
            if (held < 0 && "held".equals(n.path("basis").asText(null))) {
                held = i;
            }
        }
        JsonNode stateless = root.path("person").path("stateless");
        if (held >= 0 && "established".equals(stateless.asText(null)) && stateless.isTextual()) {
            String country = list.path(held).path("country").asText("?");
            problem("$.person.stateless", stateless,
                    "\"not_established\" or \"unknown\" while the person holds a nationality",
                    "$.person.nationalities[" + held + "]", "the person holds the nationality of " + country);
        }
    }

    /** A problem with the value at {@code path}, given what it conflicts with at {@code against}, and why. */
    private void problem(String path, JsonNode node, String expected, String against, String why) {
        String received = ProblemText.received(node);
        problems.add(new InputProblem(path, received, expected, path + " is " + received + ", but must be " + expected
                + " (see " + against + ")" + (why.isEmpty() ? "" : ": " + why) + "."));
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
