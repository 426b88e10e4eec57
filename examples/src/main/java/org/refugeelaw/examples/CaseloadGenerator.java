package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes test caseloads: JSON Lines of synthetic case records, varied along the facts the scenario library turns on
 * (nationalities and nationality by right, departure with or without permission, motives, activities abroad,
 * destinations, host states, settlement, exclusion, procedure), with a given share of bad lines of several kinds.
 * The same seed always gives the same lines. Every name, date and narrative is invented.
 *
 * <p>Host states are those in the bundled treaty data; events after departure cite conditions from the bundled
 * country information, so both follow the data.
 */
public final class CaseloadGenerator implements Iterator<CaseloadGenerator.Line> {
    /** How a bad line is bad. */
    public enum BadKind {
        MALFORMED_JSON, WRONG_TYPE, UNKNOWN_FIELD, MISSING_REQUIRED_FIELD, BAD_ENUM_VALUE, INVALID_DATE
    }

    /**
     * One generated line.
     *
     * @param text the line, without a line end
     * @param bad  how it is bad, or null for a valid case record
     */
    public record Line(String text, BadKind bad) {
        public boolean isBad() {
            return bad != null;
        }
    }

    /** What {@link #write} wrote. */
    public record Counts(long lines, long bad, Map<BadKind, Long> byKind) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static final String[] TRUTHS = {"established", "not_established", "unknown"};
    private static final String[] MOTIVES = {"economic", "hunger", "family", "fear_of_persecution", "armed_conflict",
        "state_assignment", "other"};
    private static final String[] CONDUCTS = {"unauthorised_exit", "unauthorised_stay_abroad", "forced_return",
        "pregnancy_on_return", "contact_with_south_koreans", "religious_contact", "religious_conversion",
        "contact_with_journalists", "contact_with_ngos", "political_activity", "asylum_claim", "political_neutrality",
        "refusal_to_join_armed_group", "ordinary_crime", "unauthorised_work_abroad"};
    private static final String[] ACTIVITIES = {"contact_with_south_koreans", "religious_contact",
        "religious_conversion", "contact_with_journalists", "contact_with_ngos", "political_activity",
        "asylum_claim", "unauthorised_work_abroad", "refusal_to_join_armed_group"};
    private static final String[] PROFILE = {"political_neutrality", "political_activity", "religious_conversion",
        "refusal_to_join_armed_group"};
    private static final String[] HARMS = {"death_penalty", "arbitrary_killing", "torture", "inhuman_treatment",
        "forced_labour", "political_prison_camp", "arbitrary_detention", "forced_abortion", "sexual_violence",
        "trafficking", "indiscriminate_violence", "detention_and_interrogation", "discrimination", "fine",
        "short_imprisonment", "economic_hardship"};
    private static final String[] GROUNDS = {"race", "religion", "nationality", "particular_social_group",
        "political_opinion"};
    private static final String[] ACTS = {"killing", "torture", "sexual_violence", "imprisonment", "terrorist_act",
        "aggressive_war", "property_crime", "drug_offence", "other"};
    private static final String[] CRIMES = {"crime_against_peace_war_crime_or_crime_against_humanity",
        "serious_non_political_crime", "acts_contrary_to_un_purposes"};
    private static final String[] OFFENCES = {"illegal border crossing", "treason", "desertion", "murder", "theft",
        "unauthorised religious practice", "draft evasion", "smuggling"};
    private static final String[] GROUP_LABELS = {"illegal economic migrant", "irregular migrant", "illegal entrant"};
    /** Countries of origin and their weights: the library's own North Korean caseload first. */
    private static final String[] ORIGINS = {"KP", "KP", "KP", "KP", "KP", "KP", "ER", "ZW", "PE", "NG", "AF", "SY",
        "IR", "MM", "VE", "SO", "SD", "CN", "RU", "IQ"};
    /** Third countries a person may be sent to. */
    private static final String[] THIRD = {"LY", "TR", "KR", "MN", "TH", "UG", "RW", "AL", "PK", "JO"};
    /** Invented names: given names, then family names, by country of origin ("" for any other). */
    private static final Map<String, String[][]> NAMES = Map.of(
            "KP", new String[][] {{"Chol", "Myong-hui", "Song-ho", "Hye-jin", "Kwang-il", "Ok-sun", "Un-ha"},
                {"Ri", "Pak", "Kang", "Jon", "Han", "Choe", "Ryu"}},
            "ER", new String[][] {{"Yonas", "Selam", "Tesfalem", "Helen", "Dawit", "Senait"},
                {"Tesfaye", "Haile", "Ghebre", "Kidane", "Woldu"}},
            "ZW", new String[][] {{"Tendai", "Rudo", "Farai", "Nyasha", "Tatenda"}, {"Moyo", "Dube", "Ncube",
                "Sibanda", "Chikwanha"}},
            "PE", new String[][] {{"Carmen", "Luis", "Rosa", "Javier", "Milagros"}, {"Quispe", "Mendoza", "Huaman",
                "Flores", "Condori"}},
            "", new String[][] {{"Amina", "Omar", "Farid", "Leyla", "Aung", "Thida", "Ngozi", "Emeka", "Maryam",
                "Yusuf"}, {"Hassan", "Osman", "Nasser", "Rahimi", "Karimi", "Win", "Htun", "Okafor", "Adeyemi",
                "Ali"}});
    private static final String[] NARRATIVE = {"Left after the harvest failed and the rations stopped.",
        "Was told to attend meetings and stopped going.", "Crossed the river at night with two others.",
        "Worked without papers in a restaurant for several years.", "Was questioned twice by the local police.",
        "A relative sent word that officials had asked about the family.",
        "Spoke to a reporter about conditions at home.", "Was assigned to work abroad and did not go back.",
        "Attended services run by a foreign church.", "Fled when fighting reached the town."};

    private final Random random;
    private final double badPercent;
    private final String prefix;
    private final List<String> hosts;
    private final Map<String, List<String>> conditions;
    private long n;

    /**
     * @param seed       the seed: the same seed gives the same lines
     * @param badPercent the share of bad lines, in percent (0 to 100)
     */
    public CaseloadGenerator(long seed, double badPercent) {
        if (!(badPercent >= 0 && badPercent <= 100)) {
            throw new IllegalArgumentException("bad percent must be between 0 and 100, got " + badPercent);
        }
        this.random = new Random(seed);
        this.badPercent = badPercent;
        this.prefix = "G" + Long.toUnsignedString(seed, 36).toUpperCase();
        this.hosts = hostStates();
        this.conditions = conditions();
    }

    /**
     * Writes {@code lines} lines, each ending with {@code \n}.
     *
     * @return how many lines were written, and how many were bad
     */
    public static Counts write(long lines, double badPercent, long seed, Writer out) throws IOException {
        CaseloadGenerator g = new CaseloadGenerator(seed, badPercent);
        Map<BadKind, Long> byKind = new TreeMap<>();
        long bad = 0;
        for (long i = 0; i < lines; i++) {
            Line l = g.next();
            out.write(l.text());
            out.write('\n');
            if (l.isBad()) {
                bad++;
                byKind.merge(l.bad(), 1L, Long::sum);
            }
        }
        out.flush();
        return new Counts(lines, bad, byKind);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Line next() {
        n++;
        boolean bad = random.nextDouble() * 100 < badPercent;
        ObjectNode c = validCase();
        if (!bad) {
            return new Line(text(c), null);
        }
        BadKind kind = BadKind.values()[random.nextInt(BadKind.values().length)];
        return new Line(corrupt(kind, c), kind);
    }

    // ---- valid case records ----

    private ObjectNode validCase() {
        LocalDate assessed = date(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 12, 31));
        LocalDate born = assessed.minusYears(18 + random.nextInt(52)).minusDays(random.nextInt(365));
        LocalDate departed = date(born.plusYears(14), assessed);
        String origin = pick(ORIGINS);
        String host = pick(hosts.stream().filter(h -> !h.equals(origin) && !(origin.equals("KP")
                && h.equals("KR"))).toList());

        ObjectNode c = F.objectNode();
        c.put("schemaVersion", "1.0");
        c.put("caseId", prefix + "-" + n);
        c.put("assessmentDate", assessed.toString());

        ObjectNode person = c.putObject("person");
        person.put("id", prefix + "-" + n + "-person");
        if (chance(70)) {
            String[][] names = NAMES.getOrDefault(origin, NAMES.get(""));
            String given = pick(names[0]);
            String family = pick(names[1]);
            person.put("name", origin.equals("KP") ? family + " " + given : given + " " + family);
        }
        if (chance(60)) {
            person.put("dateOfBirth", born.toString());
        }
        String sex = pick(new String[] {"female", "male", "male", "other", "unknown"});
        if (chance(85)) {
            person.put("sex", sex);
        }
        if (sex.equals("female") && chance(25)) {
            person.put("pregnant", truth());
        }
        ArrayNode nats = person.putArray("nationalities");
        nats.addObject().put("country", origin).put("basis", "held");
        boolean krHeld = false;
        if (origin.equals("KP") && chance(75)) {
            krHeld = chance(8);
            nats.addObject().put("country", "KR").put("basis", krHeld ? "held" : "by_right");
        } else if (!origin.equals("KP") && chance(5)) {
            nats.addObject().put("country", pickOther(THIRD, origin)).put("basis", "by_right");
        }
        if (chance(5)) {
            person.put("stateless", "not_established");
        }
        c.put("hostState", host);
        c.put("currentCountry", chance(92) ? host : pick(hosts.stream().filter(h -> !h.equals(origin)).toList()));
        c.put("countryOfOrigin", origin);

        if (chance(85)) {
            ObjectNode d = c.putObject("departure");
            if (chance(80)) {
                d.put("date", departed.toString());
            }
            d.put("withPermission", origin.equals("KP") && chance(70) ? "not_established" : truth());
            if (chance(70)) {
                ArrayNode m = d.putArray("motives");
                for (String s : some(MOTIVES, 1 + random.nextInt(2))) {
                    m.add(s);
                }
            }
            if (chance(30)) {
                d.put("narrative", pick(NARRATIVE));
            }
        }
        if (chance(20)) {
            ObjectNode s = c.putObject("stayAbroad");
            s.put("authorisedByOrigin", truth());
            if (chance(50)) {
                String since = date(departed, assessed).toString();
                // A stay authorised by the state of origin is not unauthorised since a date (the gate refuses both).
                if (!"established".equals(s.path("authorisedByOrigin").asText())) {
                    s.put("unauthorisedSince", since);
                }
            }
        }
        if (chance(75)) {
            ObjectNode claim = c.putObject("claim");
            optionalTruth(claim, "statedFear", 70);
            optionalTruth(claim, "pastPersecution", 40);
            optionalTruth(claim, "politicalActivityBeforeDeparture", 40);
            if (chance(20)) {
                ArrayNode p = claim.putArray("profile");
                for (String s : some(PROFILE, 1)) {
                    p.add(s);
                }
                optionalTruth(claim, "wouldConcealOnReturn", 60);
                optionalTruth(claim, "concealmentOutOfFear", 50);
            }
            if (chance(40)) {
                claim.put("narrative", pick(NARRATIVE) + " " + pick(NARRATIVE));
            }
        }
        int activities = random.nextInt(4) - (chance(40) ? 1 : 0);
        if (activities > 0) {
            ArrayNode acts = c.putArray("activitiesAbroad");
            for (String kind : some(ACTIVITIES, activities)) {
                ObjectNode a = acts.addObject();
                a.put("kind", kind);
                if (chance(70)) {
                    a.put("date", date(departed, assessed).toString());
                }
                if (chance(50)) {
                    a.put("visibility", pick(new String[] {"public", "private", "unknown"}));
                }
                optionalTruth(a, "authoritiesAware", 60);
                optionalTruth(a, "mainlyToCreateClaim", 20);
                if (chance(15)) {
                    a.put("narrative", pick(NARRATIVE));
                }
            }
        }
        List<String> known = conditions.getOrDefault(origin, List.of());
        if (!known.isEmpty() && chance(10)) {
            ObjectNode e = c.putArray("eventsAfterDeparture").addObject();
            e.put("date", date(departed, assessed).toString());
            e.put("country", origin);
            e.put("conditionId", pick(known));
        }

        ArrayNode dests = c.putArray("destinations");
        destination(dests.addObject(), origin, true);
        if (origin.equals("KP") && nats.size() > 1) {
            ObjectNode kr = dests.addObject();
            kr.put("country", "KR");
            optionalTruth(kr, "admitsPerson", 40);
            optionalTruth(kr, "reachable", 70);
            optionalTruth(kr, "riskThere", 30);
            optionalTruth(kr, "onwardReturnRisk", 20);
        }
        if (chance(12)) {
            String third = pickOther(THIRD, origin);
            if (!third.equals("KR") && !third.equals(host)) {
                destination(dests.addObject(), third, false);
            }
        }
        if (krHeld && chance(60) || chance(4)) {
            ObjectNode s = c.putArray("settlement").addObject();
            s.put("country", krHeld ? "KR" : pickOther(THIRD, origin));
            optionalTruth(s, "rightsOfNationals", 70);
            optionalTruth(s, "firmlyResettled", 50);
            optionalTruth(s, "canReturn", 50);
            optionalTruth(s, "protectedFromDeportation", 50);
            optionalTruth(s, "fearOfPersecutionThere", 50);
            if (chance(70)) {
                s.put("years", 1 + random.nextInt(15));
            }
        }
        if (chance(5)) {
            ObjectNode ce = c.putObject("cessation");
            for (String f : new String[] {"voluntaryReavailment", "nationalityReacquired",
                "newNationalityWithProtection", "reestablishedInOrigin", "durableChangeOfCircumstances",
                "compellingReasonsFromPastPersecution", "previouslyRecognised", "newRiskAfterCessationEvent"}) {
                optionalTruth(ce, f, 40);
            }
        }
        if (chance(8)) {
            ObjectNode ex = c.putObject("exclusion");
            optionalTruth(ex, "unAgencyAssistance", 10);
            optionalTruth(ex, "palestineRefugee", 10);
            optionalTruth(ex, "unrwaAssistanceCeasedBeyondControl", 10);
            if (chance(80)) {
                ObjectNode crime = ex.putArray("crimes").addObject();
                crime.put("category", chance(70) ? CRIMES[1] : pick(CRIMES));
                crime.put("date", date(born.plusYears(14), departed).toString());
                crime.put("place", origin);
                for (String f : new String[] {"seriousReasonsForConsidering", "political", "outsideCountryOfRefuge",
                    "beforeAdmission", "individualResponsibility", "defenceApplies", "serious", "atrocious",
                    "expiated", "exclusionDisproportionate", "armedConflictNexus", "widespreadOrSystematicAttack",
                    "positionOfAuthority", "internationalDimension"}) {
                    optionalTruth(crime, f, 75);
                }
                if (chance(75)) {
                    crime.put("act", pick(ACTS));
                }
                if (chance(35)) {
                    // RC 1F(b) made out on every element, as an authority that excludes would record it.
                    crime.put("category", CRIMES[1]).put("act", "killing");
                    for (String f : new String[] {"seriousReasonsForConsidering", "serious", "outsideCountryOfRefuge",
                        "beforeAdmission", "individualResponsibility"}) {
                        crime.put(f, "established");
                    }
                    for (String f : new String[] {"political", "defenceApplies", "expiated",
                        "exclusionDisproportionate"}) {
                        crime.put(f, "not_established");
                    }
                }
                if (chance(40)) {
                    crime.put("description", "Took part in an incident in which a man was injured.");
                }
            }
            optionalTruth(ex, "dangerToSecurity", 20);
            optionalTruth(ex, "finalConvictionParticularlySeriousCrime", 20);
            optionalTruth(ex, "dangerToCommunity", 20);
        }
        if (chance(60)) {
            ObjectNode p = c.putObject("procedure");
            for (String f : new String[] {"statusProcedureAvailable", "individualExamination"}) {
                optionalTruth(p, f, 70);
            }
            if (chance(20)) {
                p.put("groupLabel", pick(GROUP_LABELS));
            }
            for (String f : new String[] {"returnUnderBilateralArrangement", "heldForReturn",
                "accessToCompetentAuthority", "personalInterview", "interpreter", "accessToUnhcr", "reasonedDecision",
                "suspensiveAppeal", "exNuncRiskAssessment", "subsequentApplication"}) {
                optionalTruth(p, f, 35);
            }
        }
        if (chance(50)) {
            ObjectNode cr = c.putObject("credibility");
            optionalTruth(cr, "generallyCredible", 80);
            optionalTruth(cr, "consistentWithCountryInformation", 60);
        }
        return c;
    }

    private void destination(ObjectNode d, String country, boolean origin) {
        d.put("country", country);
        int harms = random.nextInt(4) - 1;
        if (harms > 0) {
            ArrayNode h = d.putArray("harmsFaced");
            for (String s : some(HARMS, harms)) {
                h.add(s);
            }
        }
        if (chance(40)) {
            d.put("inflictedBy", pick(new String[] {"state", "state", "non_state", "unknown"}));
        }
        optionalTruth(d, "stateProtectionAvailable", 25);
        if (chance(30)) {
            ArrayNode g = d.putArray("grounds");
            for (String s : some(GROUNDS, 1 + random.nextInt(2))) {
                ObjectNode gc = g.addObject().put("ground", s);
                optionalTruth(gc, "imputed", 50);
                optionalTruth(gc, "persecutorMotiveShown", 50);
            }
        }
        if (origin && chance(10)) {
            ObjectNode p = d.putObject("prosecution");
            p.put("offence", pick(OFFENCES));
            if (chance(70)) {
                p.put("penalty", pick(HARMS));
            }
            for (String f : new String[] {"disproportionate", "discriminatory", "withoutDueProcess",
                "offenceIsExerciseOfProtectedRight"}) {
                optionalTruth(p, f, 50);
            }
        }
        if (origin) {
            optionalTruth(d, "internalProtectionAlternative", 20);
            optionalTruth(d, "armedConflictIndiscriminateViolence", 10);
            optionalTruth(d, "diplomaticAssurances", 5);
        } else {
            optionalTruth(d, "admitsPerson", 50);
            optionalTruth(d, "reachable", 50);
            optionalTruth(d, "riskThere", 60);
            optionalTruth(d, "onwardReturnRisk", 60);
        }
    }

    // ---- bad lines ----

    private String corrupt(BadKind kind, ObjectNode c) {
        ObjectNode person = (ObjectNode) c.get("person");
        switch (kind) {
            case MALFORMED_JSON -> {
                String t = text(c);
                return switch (random.nextInt(5)) {
                    case 0 -> t.substring(0, 1 + random.nextInt(t.length() - 1));          // truncated
                    case 1 -> t.substring(0, t.length() - 1) + ",}";                         // trailing comma
                    case 2 -> t.replaceFirst("\":\"", "\"=\"");                              // = for :
                    case 3 -> t.replace('"', '\'');                                          // single quotes
                    default -> {                                                             // a quote dropped
                        int q = t.indexOf('"', random.nextInt(t.length() - 1));
                        q = q < 0 ? t.indexOf('"') : q;
                        yield t.substring(0, q) + t.substring(q + 1);
                    }
                };
            }
            case WRONG_TYPE -> {
                switch (random.nextInt(4)) {
                    case 0 -> person.put("nationalities", c.path("countryOfOrigin").asText());
                    case 1 -> c.putObject("hostState").put("code", c.path("hostState").asText());
                    case 2 -> c.putArray("person").add(person);
                    default -> c.putObject("departure").put("withPermission", random.nextBoolean());
                }
            }
            case UNKNOWN_FIELD -> {
                switch (random.nextInt(4)) {
                    case 0 -> person.set("nationallity", person.remove("nationalities"));
                    case 1 -> c.put("hostCountry", c.path("hostState").asText());
                    case 2 -> person.put("age", 20 + random.nextInt(40));
                    default -> c.putObject("departure").put("withPermision", "established");
                }
            }
            case MISSING_REQUIRED_FIELD -> {
                switch (random.nextInt(5)) {
                    case 0 -> c.remove("caseId");
                    case 1 -> c.remove("hostState");
                    case 2 -> c.remove("person");
                    case 3 -> person.remove("nationalities");
                    default -> ((ObjectNode) c.get("destinations").get(0)).remove("country");
                }
            }
            case BAD_ENUM_VALUE -> {
                switch (random.nextInt(4)) {
                    case 0 -> person.put("sex", pick(new String[] {"m", "F", "woman"}));
                    case 1 -> ((ObjectNode) person.get("nationalities").get(0)).put("basis", "birth");
                    case 2 -> c.putObject("departure").put("withPermission", pick(new String[] {"yes", "no", "true"}));
                    default -> ((ObjectNode) c.get("destinations").get(0)).putArray("harmsFaced").add("beating");
                }
            }
            case INVALID_DATE -> c.put("assessmentDate", pick(new String[] {"2024-02-30", "01/06/2024", "2024-13-01",
                "last spring"}));
            default -> throw new IllegalStateException(kind.name());
        }
        return text(c);
    }

    // ---- helpers ----

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String truth() {
        return TRUTHS[random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 8 ? 1 : 2];
    }

    private void optionalTruth(ObjectNode node, String field, int percent) {
        if (chance(percent)) {
            node.put(field, truth());
        }
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** One of {@code from}, other than {@code not}. */
    private String pickOther(String[] from, String not) {
        String s = pick(from);
        while (s.equals(not)) {
            s = pick(from);
        }
        return s;
    }

    /** {@code k} distinct values, in the order of {@code from}. */
    private List<String> some(String[] from, int k) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(k, from.length)) {
            chosen.add(random.nextInt(from.length));
        }
        List<String> out = new ArrayList<>();
        chosen.forEach(i -> out.add(from[i]));
        return out;
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? to : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static List<String> hostStates() {
        TreeSet<String> states = new TreeSet<>();
        for (JsonNode p : resource("treaties.json").path("parties")) {
            states.add(p.path("state").asText());
        }
        states.remove("");
        return List.copyOf(states);
    }

    private static Map<String, List<String>> conditions() {
        Map<String, List<String>> byCountry = new TreeMap<>();
        for (JsonNode c : resource("country-information.json").path("conditions")) {
            byCountry.computeIfAbsent(c.path("country").asText(), k -> new ArrayList<>()).add(c.path("id").asText());
        }
        return byCountry;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = CaseloadGenerator.class.getResourceAsStream("/org/refugeelaw/data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data missing: org/refugeelaw/data/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
