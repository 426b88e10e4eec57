package org.refugeelaw.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.api.InputProblem;

/**
 * The checks of a case record that a JSON Schema cannot express: country codes that are not ISO 3166-1 codes, dates that
 * cannot be, things listed twice, and facts that contradict each other, so that no rule ever reasons from an impossible
 * world. With the country information in use, also the links into it (an event's condition). They read the tree, not
 * the bound record, so that they run alongside the schema and report together with it; a value the schema rejects is
 * simply skipped here.
 *
 * <p>Not contradictions: a person whose {@code currentCountry} is the {@code countryOfOrigin}, and a stateless person
 * still in a country of former habitual residence other than the country of origin. Both are possible worlds (a
 * person still at home who asks for protection; a stateless person with more than one former habitual residence, HB
 * 104), and the law answers them: OUTSIDE_COUNTRY is not met (RC 1A(2); HB 88, 101-105), which the rules find.
 */
public final class CaseChecks {
    private final List<InputProblem> problems = new ArrayList<>();
    private final JsonNode root;
    private final CountryInformation countryInformation;
    private final LocalDate assessed;
    private final LocalDate departed;
    private final LocalDate born;

    private CaseChecks(JsonNode root, CountryInformation countryInformation) {
        this.root = root;
        this.countryInformation = countryInformation;
        this.assessed = date(root.path("assessmentDate"));
        LocalDate departure = date(root.path("departure").path("date"));
        // A departure after the assessment is reported once, not again through every date measured from it.
        this.departed = departure != null && assessed != null && departure.isAfter(assessed) ? null : departure;
        LocalDate birth = date(root.path("person").path("dateOfBirth"));
        this.born = birth != null && assessed != null && birth.isAfter(assessed) ? null : birth;
    }

    /** Every impossible date and contradiction in a case-record tree. */
    public static List<InputProblem> check(JsonNode root) {
        return check(root, null);
    }

    /**
     * Every impossible date and contradiction in a case-record tree, and, if {@code countryInformation} is given, every
     * link into it that leads nowhere.
     */
    public static List<InputProblem> check(JsonNode root, CountryInformation countryInformation) {
        if (root == null || !root.isObject()) {
            return List.of();
        }
        CaseChecks c = new CaseChecks(root, countryInformation);
        c.walk();
        c.dates();
        c.nationalities();
        c.listedOnce("$.destinations", "a destination");
        c.listedOnce("$.settlement", "a settlement");
        JsonNode destinations = root.path("destinations");
        for (int i = 0; i < destinations.size(); i++) {
            c.groundsOnce(i, destinations.path(i).path("grounds"));
            c.onceEach("$.destinations[" + i + "].conditionFindings", destinations.path(i).path("conditionFindings"),
                    "conditionId", "a condition", "the findings about one condition's risk at a destination are"
                            + " given in one entry");
        }
        c.settlementAbroad();
        c.stayAbroad();
        c.childAndNationalityUnknown();
        c.credibility();
        if (countryInformation != null) {
            c.events();
            c.conditionFindings();
        }
        return c.problems;
    }

    /** What the schema says field by field: country codes, identifiers, lists of values. */
    private void walk() {
        SchemaCheck.caseRecord().walk(root, (path, node, schema, def) -> {
            if ("countryCode".equals(def) && node.isTextual() && node.textValue().matches("[A-Z]{2}")) {
                countryCode(path, node);
            } else if ("identifier".equals(def) && node.isTextual()
                    && ProblemText.hasControlCharacters(node.textValue())) {
                problems.add(new InputProblem(path, ProblemText.received(path, node),
                        "an identifier without control characters", path + " is " + ProblemText.received(path, node)
                        + ", but must be an identifier without control characters (such as line breaks, tabs or"
                        + " escape codes): it is printed in reports."));
            } else if (node.isArray() && !schema.path("uniqueItems").asBoolean()
                    && SchemaCheck.caseRecord().isEnum(schema.path("items"))) {
                valuesOnce(path, node);
            }
        });
    }

    private void countryCode(String path, JsonNode node) {
        String code = node.textValue();
        if (CountryCodes.known(code)) {
            return;
        }
        if (CountryCodes.userAssigned(code)) {
            if (countryInformation == null || defines(countryInformation, code)) {
                return;
            }
            problems.add(new InputProblem(path, ProblemText.received(node), ISO_EXPECTED + ", or a code for user"
                    + " assignment that the country information in use defines",
                    path + " is " + ProblemText.received(node) + ", a code ISO 3166-1 leaves to user assignment, but"
                            + " the country information in use says nothing about it: use " + ISO_EXPECTED + "."));
            return;
        }
        problems.add(new InputProblem(path, ProblemText.received(node), ISO_EXPECTED,
                path + " is " + ProblemText.received(node) + ", but must be " + ISO_EXPECTED + ": "
                        + ProblemText.received(node) + " is not one" + hint(code) + "."));
    }

    private static final String ISO_EXPECTED = "an officially assigned ISO 3166-1 alpha-2 code (or XK for Kosovo)";

    private static String hint(String code) {
        return switch (code) {
            case "UK" -> "; the United Kingdom is \"GB\"";
            case "NK" -> "; North Korea (the DPRK) is \"KP\"";
            case "EU" -> "; the European Union is not a country, so name the member state";
            case "YU" -> "; Yugoslavia's code was withdrawn, so name the successor state (\"RS\", \"ME\", \"BA\", \"HR\","
                    + " \"SI\" or \"MK\")";
            case "SU" -> "; the Soviet Union's code was withdrawn, so name the successor state (such as \"RU\")";
            case "KV", "KS" -> "; Kosovo is \"XK\"";
            default -> "";
        };
    }

    private static boolean defines(CountryInformation ci, String code) {
        for (CountryInformation.Condition k : ci.conditions()) {
            if (code.equals(k.country())) {
                return true;
            }
        }
        for (CountryInformation.NationalityPractice n : ci.nationality()) {
            if (code.equals(n.country()) || code.equals(n.forNationalsOf())) {
                return true;
            }
        }
        return false;
    }

    /** A value listed twice in a list of values (motives, harms): the second one is reported. */
    private void valuesOnce(String path, JsonNode list) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.path(i);
            if (v.isTextual()) {
                Integer earlier = first.putIfAbsent(v.textValue(), i);
                if (earlier != null) {
                    problem(path + "[" + i + "]", v, "a value not already listed in " + path, path + "[" + earlier + "]",
                            "each value is listed once");
                }
            }
        }
    }

    /** A country listed twice among the destinations or settlements: the second entry is reported. */
    private void listedOnce(String listPath, String what) {
        onceEach(listPath, at(listPath), "country", "a country", what + " is listed once per country, with all its facts"
                + " in one entry");
    }

    private void groundsOnce(int destination, JsonNode grounds) {
        onceEach("$.destinations[" + destination + "].grounds", grounds, "ground", "a ground",
                "each ground is listed once per destination, with all its facts in one entry");
    }

    /** The entries of a list whose {@code field} repeats that of an earlier entry. */
    private void onceEach(String listPath, JsonNode list, String field, String noun, String why) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.path(i).path(field);
            if (value.isTextual()) {
                Integer earlier = first.putIfAbsent(value.textValue(), i);
                if (earlier != null) {
                    problem(listPath + "[" + i + "]." + field, value, noun + " not already listed in " + listPath,
                            listPath + "[" + earlier + "]", why);
                }
            }
        }
    }

    /** Settlement is residence in a third country, never in the country of origin (RC 1E). */
    private void settlementAbroad() {
        JsonNode origin = root.path("countryOfOrigin");
        JsonNode list = root.path("settlement");
        for (int i = 0; i < list.size(); i++) {
            JsonNode country = list.path(i).path("country");
            if (country.isTextual() && origin.isTextual() && country.textValue().equals(origin.textValue())) {
                problem("$.settlement[" + i + "].country", country, "a third country, not the country of origin",
                        "$.countryOfOrigin", "settlement is residence in a country other than the country of origin"
                                + " (RC 1E)");
            }
        }
    }

    /** A stay abroad cannot be both authorised and unauthorised since a date. */
    private void stayAbroad() {
        JsonNode stay = root.path("stayAbroad");
        JsonNode authorised = stay.path("authorisedByOrigin");
        if (stay.path("unauthorisedSince").isTextual() && "established".equals(authorised.asText(null))
                && authorised.isTextual()) {
            problem("$.stayAbroad.authorisedByOrigin", authorised,
                    "\"not_established\" or \"unknown\" while the stay is unauthorised since a date",
                    "$.stayAbroad.unauthorisedSince", "the record gives a date from which the stay was unauthorised");
        }
    }

    /**
     * The overall credibility finding cannot contradict four credibility indicators that all point the same way
     * (issue 17 point 6): the overall finding is built from them.
     */
    private void credibility() {
        JsonNode c = root.path("credibility");
        JsonNode overall = c.path("generallyCredible");
        if (!overall.isTextual()) {
            return;
        }
        for (String[] way : new String[][] {{"established", "not_established"}, {"not_established", "established"}}) {
            boolean unanimous = true;
            for (String f : new String[] {"sufficientDetail", "internallyConsistent", "consistentWithCountryInformation",
                "plausible"}) {
                unanimous &= way[0].equals(c.path(f).asText(null));
            }
            if (unanimous && way[1].equals(overall.asText())) {
                problem("$.credibility.generallyCredible", overall, "\"" + way[0] + "\" or \"unknown\" while every"
                        + " credibility indicator is " + way[0], "$.credibility", "the overall finding is built from"
                        + " the indicators (sufficient detail, internal consistency, consistency with country"
                        + " information, plausibility)");
            }
        }
    }

    /** Every event's condition is in the country information in use, and in the event's country. */
    private void events() {
        Map<String, CountryInformation.Condition> byId = new HashMap<>();
        for (CountryInformation.Condition k : countryInformation.conditions()) {
            byId.putIfAbsent(k.id(), k);
        }
        JsonNode events = root.path("eventsAfterDeparture");
        for (int i = 0; i < events.size(); i++) {
            JsonNode id = events.path(i).path("conditionId");
            if (!id.isTextual() || ProblemText.hasControlCharacters(id.textValue())) {
                continue; // not an identifier at all: reported as such
            }
            String path = "$.eventsAfterDeparture[" + i + "]";
            CountryInformation.Condition k = byId.get(id.textValue());
            JsonNode country = events.path(i).path("country");
            if (k == null) {
                problems.add(new InputProblem(path + ".conditionId", ProblemText.received(id),
                        "the id of a condition in the country information in use",
                        path + ".conditionId is " + ProblemText.received(id) + ", but must be the id of a condition"
                                + " in the country information in use" + conditionsOf(country, true) + "."));
            } else if (country.isTextual() && !country.textValue().equals(k.country()) && accepted(country)) {
                problem(path + ".country", country, "the country of its condition, " + ProblemText.json(k.country()),
                        path + ".conditionId", "the condition " + ProblemText.json(k.id()) + " is a condition in "
                                + k.country());
            }
        }
    }

    /** Every finding about a condition's risk at a destination names a condition of the country information. */
    private void conditionFindings() {
        Map<String, CountryInformation.Condition> byId = new HashMap<>();
        for (CountryInformation.Condition k : countryInformation.conditions()) {
            byId.putIfAbsent(k.id(), k);
        }
        JsonNode destinations = root.path("destinations");
        for (int i = 0; i < destinations.size(); i++) {
            JsonNode country = destinations.path(i).path("country");
            JsonNode findings = destinations.path(i).path("conditionFindings");
            // Not required: that the condition be one of the destination's country (a finding about another
            // country's condition has no risk here to act on, which is no contradiction).
            for (int j = 0; j < findings.size(); j++) {
                JsonNode id = findings.path(j).path("conditionId");
                if (!id.isTextual() || ProblemText.hasControlCharacters(id.textValue())) {
                    continue;
                }
                String path = "$.destinations[" + i + "].conditionFindings[" + j + "].conditionId";
                CountryInformation.Condition k = byId.get(id.textValue());
                if (k == null) {
                    problems.add(new InputProblem(path, ProblemText.received(id),
                            "the id of a condition in the country information in use", path + " is "
                            + ProblemText.received(id) + ", but must be the id of a condition in the country"
                            + " information in use" + conditionsOf(country, false) + "."));
                }
            }
        }
    }

    /** A country code reported on its own (not a code at all, or not an accepted one) is not reported again. */
    private boolean accepted(JsonNode country) {
        String code = country.textValue();
        return code.matches("[A-Z]{2}") && (CountryCodes.known(code)
                || CountryCodes.userAssigned(code) && defines(countryInformation, code));
    }

    /** The conditions the country information holds for a country, for a message: {@code (for KP: A, B)}. */
    private String conditionsOf(JsonNode country, boolean undatedOnly) {
        if (!country.isTextual()) {
            return "";
        }
        String which = undatedOnly ? "undated conditions" : "conditions";
        List<String> ids = new ArrayList<>();
        for (CountryInformation.Condition k : countryInformation.conditions()) {
            if (country.textValue().equals(k.country()) && (!undatedOnly || k.inForceSince() == null)) {
                ids.add(k.id());
            }
        }
        if (ids.isEmpty()) {
            return " (it holds no " + which.replace("conditions", "condition") + " for "
                    + ProblemText.json(country.textValue()) + ")";
        }
        List<String> shown = ids.size() > 10 ? ids.subList(0, 10) : ids;
        return " (" + which + " for " + ProblemText.json(country.textValue()) + ": "
                + String.join(", ", shown.stream().map(ProblemText::json).toList())
                + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "") + ")";
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        for (Object s : JsonPaths.segments(path)) {
            node = s instanceof Integer n ? node.path(n) : node.path((String) s);
        }
        return node;
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
        datedAfterDeparture("$.activitiesAbroad", activities, "an activity abroad cannot come before the departure");
        for (int i = 0; i < activities.size(); i++) {
            notBeforeBirth("$.activitiesAbroad[" + i + "].date", activities.path(i).path("date"), "an activity");
        }
        datedAfterDeparture("$.eventsAfterDeparture", root.path("eventsAfterDeparture"),
                "an event after departure cannot come before the departure");

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
            notBeforeBirth("$.exclusion.crimes[" + i + "].date", crimes.path(i).path("date"), "a crime");
        }
        // Issue 17 point 4.
        notAfterAssessment("$.trafficking.since", root.path("trafficking").path("since"));
        notAfterAssessment("$.supportOnReturn.maleNetworkLostOn", root.path("supportOnReturn").path("maleNetworkLostOn"));
    }

    /** An act of the person cannot come before the person was born (the date of birth is not repeated). */
    private void notBeforeBirth(String path, JsonNode node, String what) {
        LocalDate d = date(node);
        if (d != null && born != null && d.isBefore(born) && (assessed == null || !d.isAfter(assessed))) {
            problem(path, node, "a date on or after the person's date of birth", "$.person.dateOfBirth",
                    what + " of the person cannot come before the person was born");
        }
    }

    /** The dates of a list of things that happened after the departure: not before it, not after the assessment. */
    private void datedAfterDeparture(String listPath, JsonNode list, String why) {
        for (int i = 0; i < list.size(); i++) {
            String path = listPath + "[" + i + "].date";
            JsonNode d = list.path(i).path("date");
            notAfterAssessment(path, d);
            LocalDate when = date(d);
            if (when != null && departed != null && when.isBefore(departed)) {
                problem(path, d, "a date on or after the departure, " + departed, "$.departure.date", why);
            }
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

    // ---- issue 17 (family): possible nationalities and the child's age ----

    /**
     * A possible nationality is one whose holding is neither established nor excluded: it is not also listed among the
     * nationalities, not listed twice, and not recorded beside an established statelessness. The child's age, and
     * {@code child.minor}, do not contradict the date of birth or each other.
     */
    private void childAndNationalityUnknown() {
        JsonNode possible = root.path("person").path("possibleNationalities");
        java.util.Set<String> listed = new java.util.HashSet<>();
        JsonNode nats = root.path("person").path("nationalities");
        for (int i = 0; i < nats.size(); i++) {
            listed.add(nats.path(i).path("country").asText(""));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < possible.size(); i++) {
            JsonNode country = possible.path(i);
            String path = "$.person.possibleNationalities[" + i + "]";
            if (!country.isTextual()) {
                continue;
            }
            if (!seen.add(country.textValue())) {
                problem(path, country, "a country not already listed in $.person.possibleNationalities",
                        "$.person.possibleNationalities", "each country is listed once");
            } else if (listed.contains(country.textValue())) {
                problem(path, country, "a country not listed in $.person.nationalities",
                        "$.person.nationalities", "a nationality is either recorded or possible, not both");
            }
        }
        JsonNode stateless = root.path("person").path("stateless");
        if (possible.size() > 0 && stateless.isTextual() && "established".equals(stateless.textValue())) {
            problem("$.person.stateless", stateless,
                    "\"not_established\" or \"unknown\" while a nationality is possible",
                    "$.person.possibleNationalities", "statelessness is not established while the person may hold"
                            + " the nationality of " + possible.path(0).asText("?"));
        }
        JsonNode age = root.path("child").path("age");
        JsonNode minor = root.path("child").path("minor");
        LocalDate birth = date(root.path("person").path("dateOfBirth"));
        LocalDate assessed = date(root.path("assessmentDate"));
        Integer years = birth != null && assessed != null && !birth.isAfter(assessed)
                ? Integer.valueOf(java.time.Period.between(birth, assessed).getYears()) : null;
        if (age.isInt() && years != null && age.intValue() != years) {
            problem("$.child.age", age, "the age the date of birth gives at the assessment date",
                    "$.person.dateOfBirth", "the age and the date of birth disagree");
        }
        Integer known = years != null ? years : age.isInt() ? Integer.valueOf(age.intValue()) : null;
        if (known != null && minor.isTextual() && !"unknown".equals(minor.textValue())
                && "established".equals(minor.textValue()) != known < 18) {
            problem("$.child.minor", minor, known < 18 ? "\"established\" (the person is under 18)"
                    : "\"not_established\" (the person is 18 or over)",
                    years != null ? "$.person.dateOfBirth" : "$.child.age", "minority follows from the age");
        }
    }

    /** A problem with the value at {@code path}, given what it conflicts with at {@code against}, and why. */
    private void problem(String path, JsonNode node, String expected, String against, String why) {
        String received = ProblemText.received(path, node);
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
