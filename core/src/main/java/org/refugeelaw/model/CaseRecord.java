package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One person's case: the facts of the person only. Country conditions live apart, in {@link CountryInformation},
 * so that one dataset serves many cases. Every yes/no fact is a {@link Truth}; a fact left out is unknown.
 *
 * <p>Country codes are ISO 3166-1 alpha-2 ({@code KP} for the DPRK, {@code KR} for the ROK).
 * The format is documented in {@code docs/case-record.md} and its JSON Schema is
 * {@code core/src/main/resources/org/refugeelaw/schema/case-record.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "caseId", "assessmentDate", "person", "hostState", "currentCountry",
        "countryOfOrigin", "departure", "stayAbroad", "claim", "activitiesAbroad", "eventsAfterDeparture",
        "destinations", "settlement", "cessation", "exclusion", "procedure", "credibility", "child", "family",
        // issue 17 points 4-7 (protection)
        "entry", "detention", "trafficking", "supportOnReturn"})
public record CaseRecord(
        @JsonProperty(required = true) String schemaVersion,
        @JsonProperty(required = true) String caseId,
        @JsonProperty(required = true) LocalDate assessmentDate,
        @JsonProperty(required = true) Person person,
        @JsonProperty(required = true) String hostState,
        @JsonProperty(required = true) String currentCountry,
        @JsonProperty(required = true) String countryOfOrigin,
        Departure departure,
        StayAbroad stayAbroad,
        Claim claim,
        List<ActivityAbroad> activitiesAbroad,
        List<EventAfterDeparture> eventsAfterDeparture,
        List<Destination> destinations,
        List<Settlement> settlement,
        Cessation cessation,
        Exclusion exclusion,
        Procedure procedure,
        Credibility credibility,
        // issue 17 (family, children, statelessness): absent = nothing recorded
        Child child,
        FamilyLink family,
        // issue 17 points 4-7 (protection): sections added after the first format; absent = unknown
        Entry entry,
        Detention detention,
        Trafficking trafficking,
        SupportOnReturn supportOnReturn) {

    /** The case-record format version this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * A builder for a case record in Java, checked when built as JSON input is checked.
     *
     * @return an empty builder (every fact unknown, {@code schemaVersion} this library's)
     */
    public static CaseRecordBuilder builder() {
        return new CaseRecordBuilder();
    }

    /**
     * A builder that starts from this record, to change some facts (a what-if).
     *
     * @return a builder holding this record's values
     */
    public CaseRecordBuilder toBuilder() {
        return new CaseRecordBuilder(this);
    }

    /**
     * Normalises the components: lists are copied, and a list left out is empty; a part left out is unknown.
     *
     * @param schemaVersion the schema version
     * @param caseId the case id
     * @param assessmentDate the assessment date
     * @param person the person
     * @param hostState the host state
     * @param currentCountry the current country
     * @param countryOfOrigin the country of origin
     * @param departure the departure
     * @param stayAbroad the stay abroad
     * @param claim the claim
     * @param activitiesAbroad the activities abroad (left out: none)
     * @param eventsAfterDeparture the events after departure (left out: none)
     * @param destinations the destinations (left out: none)
     * @param settlement the settlement (left out: none)
     * @param cessation the cessation
     * @param exclusion the exclusion
     * @param procedure the procedure
     * @param credibility the credibility
     * @param child the child
     * @param family the family
     * @param entry the entry
     * @param detention the detention
     * @param trafficking the trafficking
     * @param supportOnReturn the support on return
     */
    public CaseRecord {
        departure = departure == null ? Departure.UNKNOWN : departure;
        stayAbroad = stayAbroad == null ? StayAbroad.UNKNOWN : stayAbroad;
        claim = claim == null ? Claim.UNKNOWN : claim;
        activitiesAbroad = activitiesAbroad == null ? List.of() : List.copyOf(activitiesAbroad);
        eventsAfterDeparture = eventsAfterDeparture == null ? List.of() : List.copyOf(eventsAfterDeparture);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        settlement = settlement == null ? List.of() : List.copyOf(settlement);
        cessation = cessation == null ? Cessation.UNKNOWN : cessation;
        exclusion = exclusion == null ? Exclusion.UNKNOWN : exclusion;
        procedure = procedure == null ? Procedure.UNKNOWN : procedure;
        credibility = credibility == null ? Credibility.UNKNOWN : credibility;
        entry = entry == null ? Entry.UNKNOWN : entry;
        detention = detention == null ? Detention.UNKNOWN : detention;
        trafficking = trafficking == null ? Trafficking.UNKNOWN : trafficking;
        supportOnReturn = supportOnReturn == null ? SupportOnReturn.UNKNOWN : supportOnReturn;
    }

    /**
     * A record with only the sections of the first format; the sections added since (issue 17: child, family, entry,
     * detention, trafficking, support on return) are not recorded.
     *
     * @param schemaVersion the schema version
     * @param caseId the case id
     * @param assessmentDate the assessment date
     * @param person the person
     * @param hostState the host state
     * @param currentCountry the current country
     * @param countryOfOrigin the country of origin
     * @param departure the departure
     * @param stayAbroad the stay abroad
     * @param claim the claim
     * @param activitiesAbroad the activities abroad (left out: none)
     * @param eventsAfterDeparture the events after departure (left out: none)
     * @param destinations the destinations (left out: none)
     * @param settlement the settlement (left out: none)
     * @param cessation the cessation
     * @param exclusion the exclusion
     * @param procedure the procedure
     * @param credibility the credibility
     */
    public CaseRecord(String schemaVersion, String caseId, LocalDate assessmentDate, Person person, String hostState,
                      String currentCountry, String countryOfOrigin, Departure departure, StayAbroad stayAbroad,
                      Claim claim, List<ActivityAbroad> activitiesAbroad,
                      List<EventAfterDeparture> eventsAfterDeparture, List<Destination> destinations,
                      List<Settlement> settlement, Cessation cessation, Exclusion exclusion, Procedure procedure,
                      Credibility credibility) {
        this(schemaVersion, caseId, assessmentDate, person, hostState, currentCountry, countryOfOrigin, departure,
                stayAbroad, claim, activitiesAbroad, eventsAfterDeparture, destinations, settlement, cessation,
                exclusion, procedure, credibility, null, null, null, null, null, null);
    }

    /** The person. {@code name}, {@code dateOfBirth} and narratives are personal data: never logged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(
            @JsonProperty(required = true) String id,
            String name,
            LocalDate dateOfBirth,
            Sex sex,
            Truth pregnant,
            @JsonProperty(required = true) List<Nationality> nationalities,
            Truth stateless,
            String formerHabitualResidence,
            // issue 17 (statelessness): nationalities neither established nor excluded, never guessed
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> possibleNationalities) {
        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty; a part
         * left out is unknown.
         *
         * @param id the id
         * @param name the name
         * @param dateOfBirth the date of birth
         * @param sex the sex
         * @param pregnant the fact (left out: unknown)
         * @param nationalities the nationalities (left out: none)
         * @param stateless the fact (left out: unknown)
         * @param formerHabitualResidence the former habitual residence
         * @param possibleNationalities the nationalities neither established nor excluded (left out: none)
         */
        public Person {
            pregnant = Truth.orUnknown(pregnant);
            stateless = Truth.orUnknown(stateless);
            sex = sex == null ? Sex.UNKNOWN : sex;
            nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
            possibleNationalities = possibleNationalities == null ? List.of() : List.copyOf(possibleNationalities);
        }

        /**
         * The person as recorded before issue 17: no possible nationalities recorded.
         *
         * @param id the id
         * @param name the name
         * @param dateOfBirth the date of birth
         * @param sex the sex
         * @param pregnant the fact (left out: unknown)
         * @param nationalities the nationalities (left out: none)
         * @param stateless the fact (left out: unknown)
         * @param formerHabitualResidence the former habitual residence
         */
        public Person(String id, String name, LocalDate dateOfBirth, Sex sex, Truth pregnant,
                      List<Nationality> nationalities, Truth stateless, String formerHabitualResidence) {
            this(id, name, dateOfBirth, sex, pregnant, nationalities, stateless, formerHabitualResidence, null);
        }

        @Override
        public String toString() {
            return "Person[id=" + id + ", personal data withheld]";
        }
    }

    /** The person's sex, as recorded. */
    public enum Sex {
        /** {@code female}. */
        @JsonProperty("female") FEMALE,
        /** {@code male}. */
        @JsonProperty("male") MALE,
        /** {@code other}. */
        @JsonProperty("other") OTHER,
        /** {@code unknown}: not recorded. */
        @JsonProperty("unknown") UNKNOWN
    }

    /**
     * A nationality the person holds, can have by right, or can obtain by an act within their control (RC 1A(2)
     * second paragraph; HB 106-107; Williams v Canada 2005 FCA 126; Tretsetsang v Canada 2016 FCA 175).
     * {@code stepsTaken}: whether the person has taken reasonable steps to obtain or confirm it;
     * {@code significantObstacle}: whether there is a significant obstacle to obtaining it (the claimant's burden);
     * {@code availed}: whether the person has acquired and used it (for 22 USC 7842 under the US frame).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Nationality(@JsonProperty(required = true) String country,
                              @JsonProperty(required = true) NationalityBasis basis,
                              Truth stepsTaken, Truth significantObstacle, Truth availed) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param country the country
         * @param basis the basis
         * @param stepsTaken the fact (left out: unknown)
         * @param significantObstacle the fact (left out: unknown)
         * @param availed the fact (left out: unknown)
         */
        public Nationality {
            stepsTaken = Truth.orUnknown(stepsTaken);
            significantObstacle = Truth.orUnknown(significantObstacle);
            availed = Truth.orUnknown(availed);
        }
    }

    /** How and why the person left the country of origin. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Departure(LocalDate date, Truth withPermission, List<Motive> motives, String narrative) {
        static final Departure UNKNOWN = new Departure(null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty.
         *
         * @param date the date
         * @param withPermission the fact (left out: unknown)
         * @param motives the motives (left out: none)
         * @param narrative the narrative
         */
        public Departure {
            withPermission = Truth.orUnknown(withPermission);
            motives = motives == null ? List.of() : List.copyOf(motives);
        }

        @Override
        public String toString() {
            return "Departure[date=" + date + ", withPermission=" + withPermission + ", motives=" + motives + "]";
        }
    }

    /**
     * Whether the stay abroad is authorised by the country of origin (HB 61: staying abroad without leave), and what
     * happened during it that country information treats as aggravating: {@code contactWithSouthKoreans} (contact with
     * South Korean officials or nationals), {@code contactWithChurches} (contact with churches or missionaries) and
     * {@code attemptToReachSouthKorea} (an attempt to reach the Republic of Korea). Each is three-valued: established,
     * not established (it did not happen), or unknown (left out). The details of an act (its date, whether the
     * authorities know of it) go in {@code activitiesAbroad}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StayAbroad(Truth authorisedByOrigin, LocalDate unauthorisedSince, Truth contactWithSouthKoreans,
                             Truth contactWithChurches, Truth attemptToReachSouthKorea) {
        static final StayAbroad UNKNOWN = new StayAbroad(null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param authorisedByOrigin the fact (left out: unknown)
         * @param unauthorisedSince the unauthorised since
         * @param contactWithSouthKoreans the fact (left out: unknown)
         * @param contactWithChurches the fact (left out: unknown)
         * @param attemptToReachSouthKorea the fact (left out: unknown)
         */
        public StayAbroad {
            authorisedByOrigin = Truth.orUnknown(authorisedByOrigin);
            contactWithSouthKoreans = Truth.orUnknown(contactWithSouthKoreans);
            contactWithChurches = Truth.orUnknown(contactWithChurches);
            attemptToReachSouthKorea = Truth.orUnknown(attemptToReachSouthKorea);
        }

        /**
         * The stay as recorded before the aggravating facts existed; those are unknown.
         *
         * @param authorisedByOrigin the fact (left out: unknown)
         * @param unauthorisedSince the unauthorised since
         */
        public StayAbroad(Truth authorisedByOrigin, LocalDate unauthorisedSince) {
            this(authorisedByOrigin, unauthorisedSince, null, null, null);
        }

        /**
         * What the record says about a conduct during the stay that it records as a fact of its own ({@code null} for
         * a conduct it does not record here): contact with South Koreans, with churches, an attempt to reach the ROK.
         *
         * @param kind the kind
         * @return what the record says about a conduct during the stay that it records as a fact of its own ({@code null} for a conduct it does not record here): contact with South Koreans, with churches, an attempt to reach the ROK
         */
        public Truth conduct(Conduct kind) {
            return switch (kind) {
                case CONTACT_WITH_SOUTH_KOREANS -> contactWithSouthKoreans;
                case RELIGIOUS_CONTACT -> contactWithChurches;
                case ATTEMPT_TO_REACH_SOUTH_KOREA -> attemptToReachSouthKorea;
                default -> null;
            };
        }

        /**
         * The JSON field of {@link #conduct(Conduct)}, or {@code null}.
         *
         * @param kind the kind
         * @return the JSON field of {@link #conduct(Conduct)}, or {@code null}
         */
        public static String field(Conduct kind) {
            return switch (kind) {
                case CONTACT_WITH_SOUTH_KOREANS -> "contactWithSouthKoreans";
                case RELIGIOUS_CONTACT -> "contactWithChurches";
                case ATTEMPT_TO_REACH_SOUTH_KOREA -> "attemptToReachSouthKorea";
                default -> null;
            };
        }
    }

    /**
     * The claim as the person puts it, and the facts of the past. {@code profile}: what the person is, believes or
     * would do on return that others react to, independent of any act abroad (e.g. {@code political_neutrality},
     * {@code political_activity}); {@code wouldConcealOnReturn}: whether the person
     * would hide a belief, identity or opinion, or feign loyalty, on return; {@code concealmentOutOfFear}: whether
     * that concealment would be out of fear of persecution (HJ (Iran) [2010] UKSC 31).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(Truth statedFear, Truth pastPersecution, Truth politicalActivityBeforeDeparture,
                        List<Conduct> profile, Truth wouldConcealOnReturn, Truth concealmentOutOfFear,
                        String narrative) {
        static final Claim UNKNOWN = new Claim(null, null, null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty.
         *
         * @param statedFear the fact (left out: unknown)
         * @param pastPersecution the fact (left out: unknown)
         * @param politicalActivityBeforeDeparture the fact (left out: unknown)
         * @param profile the profile (left out: none)
         * @param wouldConcealOnReturn the fact (left out: unknown)
         * @param concealmentOutOfFear the fact (left out: unknown)
         * @param narrative the narrative
         */
        public Claim {
            statedFear = Truth.orUnknown(statedFear);
            pastPersecution = Truth.orUnknown(pastPersecution);
            politicalActivityBeforeDeparture = Truth.orUnknown(politicalActivityBeforeDeparture);
            wouldConcealOnReturn = Truth.orUnknown(wouldConcealOnReturn);
            concealmentOutOfFear = Truth.orUnknown(concealmentOutOfFear);
            profile = profile == null ? List.of() : List.copyOf(profile);
        }

        @Override
        public String toString() {
            return "Claim[statedFear=" + statedFear + ", pastPersecution=" + pastPersecution + ", narrative withheld]";
        }
    }

    /**
     * Something the person did after leaving (HB 96; QD 5(2)). Whether the authorities know or will learn of it is a
     * judgement on the person's profile (BA (Demonstrators in Britain) Iran CG [2011] UKUT 36; A.I. v Switzerland,
     * 23378/15): {@code role} and {@code linksToKnownLeadersOrGroups} are weighed with what country information says
     * about monitoring abroad and questioning on return. {@code beliefGenuine} and {@code wouldManifestOnReturn}: for
     * a belief acquired abroad (conversion, political conviction), whether it is genuinely held and whether the person
     * would live by it on return, two separate facts (GIP/04/06 paras 34-36).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivityAbroad(LocalDate date, @JsonProperty(required = true) Conduct kind, Visibility visibility,
                                 Truth authoritiesAware, Truth mainlyToCreateClaim, String narrative,
                                 ActivityRole role, Truth linksToKnownLeadersOrGroups, Truth beliefGenuine,
                                 Truth wouldManifestOnReturn) {
        /**
         * Normalises the components: a fact left out is unknown; a part left out is unknown.
         *
         * @param date the date
         * @param kind the kind
         * @param visibility the visibility
         * @param authoritiesAware the fact (left out: unknown)
         * @param mainlyToCreateClaim the fact (left out: unknown)
         * @param narrative the narrative
         * @param role the role
         * @param linksToKnownLeadersOrGroups the fact (left out: unknown)
         * @param beliefGenuine the fact (left out: unknown)
         * @param wouldManifestOnReturn the fact (left out: unknown)
         */
        public ActivityAbroad {
            visibility = visibility == null ? Visibility.UNKNOWN : visibility;
            authoritiesAware = Truth.orUnknown(authoritiesAware);
            mainlyToCreateClaim = Truth.orUnknown(mainlyToCreateClaim);
            role = role == null ? ActivityRole.UNKNOWN : role;
            linksToKnownLeadersOrGroups = Truth.orUnknown(linksToKnownLeadersOrGroups);
            beliefGenuine = Truth.orUnknown(beliefGenuine);
            wouldManifestOnReturn = Truth.orUnknown(wouldManifestOnReturn);
        }

        /**
         * The activity as recorded before the profile and belief facts existed; those are unknown.
         *
         * @param date the date
         * @param kind the kind
         * @param visibility the visibility
         * @param authoritiesAware the authorities aware
         * @param mainlyToCreateClaim the mainly to create claim
         * @param narrative the narrative
         */
        public ActivityAbroad(LocalDate date, Conduct kind, Visibility visibility, Truth authoritiesAware,
                              Truth mainlyToCreateClaim, String narrative) {
            this(date, kind, visibility, authoritiesAware, mainlyToCreateClaim, narrative, null, null, null, null);
        }

        @Override
        public String toString() {
            return "ActivityAbroad[date=" + date + ", kind=" + kind + ", authoritiesAware=" + authoritiesAware + "]";
        }
    }

    /** The person's part in an activity abroad (BA (Demonstrators in Britain) Iran CG [2011] UKUT 36, headnote 1). */
    public enum ActivityRole {
        /** {@code organiser}: organised the activity. */
        @JsonProperty("organiser") ORGANISER,
        /** {@code speaker}: spoke at it. */
        @JsonProperty("speaker") SPEAKER,
        /** {@code ordinary_participant}: took part without a prominent role. */
        @JsonProperty("ordinary_participant") ORDINARY_PARTICIPANT,
        /** {@code unknown}: not recorded. */
        @JsonProperty("unknown") UNKNOWN;

        /**
         * Whether the role is a prominent one: established for an organiser or speaker, unknown if not recorded.
         *
         * @return established for an organiser or speaker, not established for an ordinary participant, else unknown
         */
        public Truth prominent() {
            return this == UNKNOWN ? Truth.UNKNOWN
                    : this == ORDINARY_PARTICIPANT ? Truth.NOT_ESTABLISHED : Truth.ESTABLISHED;
        }
    }

    /** Whether an activity abroad was public or private. */
    public enum Visibility {
        /** {@code public}: in public. */
        @JsonProperty("public") PUBLIC,
        /** {@code private}: in private. */
        @JsonProperty("private") PRIVATE,
        /** {@code unknown}: not recorded. */
        @JsonProperty("unknown") UNKNOWN
    }

    /** An event in the country of origin after departure (HB 94-95; QD 5(1)); refers to country information. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventAfterDeparture(LocalDate date, @JsonProperty(required = true) String country,
                                      String conditionId, String description) {
        /** Without the description: it may carry the person's own account (personal data, never logged). */
        @Override
        public String toString() {
            return "EventAfterDeparture[date=" + date + ", country=" + country + ", conditionId=" + conditionId
                    + ", description withheld]";
        }
    }

    /**
     * One country the person could be sent to (the country of origin, another country of nationality, a third
     * country), and the risk there as far as it is particular to this person. General conditions there come from
     * country information.
     *
     * <ul>
     * <li>{@code harmsFaced}: harms the person faces there to a real chance, particular to them;</li>
     * <li>{@code riskThere}: whether the person faces persecution or serious harm there beyond what
     * {@code harmsFaced} and country information show ({@code not_established} closes the question);</li>
     * <li>{@code admitsPerson}, {@code reachable}: whether that state would admit the person, and whether the person
     * can in practice get there (for another country of nationality);</li>
     * <li>{@code harmMoreLikelyThanNot}: whether the persecution or torture there is more likely than not, the
     * standard of US withholding of removal and CAT protection (INS v Stevic; 8 CFR 1208.16);</li>
     * <li>{@code onwardReturnRisk}: whether that state would send the person on to a country where they are at
     * risk (chain refoulement);</li>
     * <li>{@code substantiallyPrejudicial}: whether lesser harms the person faces there (discrimination, economic
     * measures) have consequences of a substantially prejudicial nature, e.g. for livelihood, religious practice or
     * education (HB 54-55, 63);</li>
     * <li>{@code stateWithholdsProtectionFor}: the Convention ground for which the state refuses protection against a
     * non-state actor who harms for reasons of their own (QD 9(3); Shah and Islam [1999] 2 AC 629).</li>
     * </ul>
     *
     * <p>Findings stay with the risk they were made for (protection, relocation): {@code stateProtectionAvailable} and
     * {@code internalProtectionAlternative} at this level are findings about the harm particular to the person
     * recorded in this same entry ({@code harmsFaced}, {@code inflictedBy}); findings about a risk that country
     * information shows are given per condition in {@code conditionFindings}. {@code diplomaticAssurances} says
     * whether that state has given assurances about this person; {@code assurances} how they measure against the
     * criteria of Othman (Abu Qatada) v UK (2012) para 189. {@code generalViolenceOfExceptionalIntensity}: whether
     * violence there is so intense that anyone returned would face a real risk by mere presence (NA v UK 2008; Sufi and
     * Elmi v UK 2011). {@code riskFacedGenerally} and {@code harmFromLawfulSanctions}: the exceptions of national
     * complementary protection (IRPA s. 97(1)(b)(ii)-(iii); Migration Act 1958 s. 36(2B)(c); Immigration Act 2009
     * s. 131), read where the frame's data name them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Destination(
            @JsonProperty(required = true) String country,
            List<Harm> harmsFaced,
            Agent inflictedBy,
            Truth stateProtectionAvailable,
            List<GroundClaim> grounds,
            Prosecution prosecution,
            Truth internalProtectionAlternative,
            Truth admitsPerson,
            Truth reachable,
            Truth riskThere,
            Truth onwardReturnRisk,
            Truth diplomaticAssurances,
            Truth armedConflictIndiscriminateViolence,
            List<ConditionFinding> conditionFindings,
            Assurances assurances,
            Truth generalViolenceOfExceptionalIntensity,
            Truth harmMoreLikelyThanNot,
            Truth substantiallyPrejudicial,
            Ground stateWithholdsProtectionFor,
            // issue 17 point 7 (protection)
            Health health,
            // issue 16 point 2 (natcomp): the exceptions of national complementary protection
            Truth riskFacedGenerally,
            Truth harmFromLawfulSanctions) {
        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty; a part
         * left out is unknown.
         *
         * @param country the country
         * @param harmsFaced the harms faced (left out: none)
         * @param inflictedBy the inflicted by
         * @param stateProtectionAvailable the fact (left out: unknown)
         * @param grounds the grounds (left out: none)
         * @param prosecution the prosecution
         * @param internalProtectionAlternative the fact (left out: unknown)
         * @param admitsPerson the fact (left out: unknown)
         * @param reachable the fact (left out: unknown)
         * @param riskThere the fact (left out: unknown)
         * @param onwardReturnRisk the fact (left out: unknown)
         * @param diplomaticAssurances the fact (left out: unknown)
         * @param armedConflictIndiscriminateViolence the fact (left out: unknown)
         * @param conditionFindings the condition findings (left out: none)
         * @param assurances the assurances
         * @param generalViolenceOfExceptionalIntensity whether general violence of exceptional intensity (left out:
         * unknown)
         * @param harmMoreLikelyThanNot the fact (left out: unknown)
         * @param substantiallyPrejudicial the fact (left out: unknown)
         * @param stateWithholdsProtectionFor the state withholds protection for
         * @param health the medical facts on return (left out: unknown)
         * @param riskFacedGenerally whether the risk is one faced generally by others in the country (left out:
         * unknown)
         * @param harmFromLawfulSanctions whether the harm is inherent in or incidental to lawful sanctions (left
         * out: unknown)
         */
        public Destination {
            health = health == null ? Health.UNKNOWN : health;
            riskFacedGenerally = Truth.orUnknown(riskFacedGenerally);
            harmFromLawfulSanctions = Truth.orUnknown(harmFromLawfulSanctions);
            conditionFindings = conditionFindings == null ? List.of() : List.copyOf(conditionFindings);
            assurances = assurances == null ? Assurances.UNKNOWN : assurances;
            generalViolenceOfExceptionalIntensity = Truth.orUnknown(generalViolenceOfExceptionalIntensity);
            harmsFaced = harmsFaced == null ? List.of() : List.copyOf(harmsFaced);
            inflictedBy = inflictedBy == null ? Agent.UNKNOWN : inflictedBy;
            stateProtectionAvailable = Truth.orUnknown(stateProtectionAvailable);
            grounds = grounds == null ? List.of() : List.copyOf(grounds);
            internalProtectionAlternative = Truth.orUnknown(internalProtectionAlternative);
            admitsPerson = Truth.orUnknown(admitsPerson);
            reachable = Truth.orUnknown(reachable);
            riskThere = Truth.orUnknown(riskThere);
            onwardReturnRisk = Truth.orUnknown(onwardReturnRisk);
            diplomaticAssurances = Truth.orUnknown(diplomaticAssurances);
            armedConflictIndiscriminateViolence = Truth.orUnknown(armedConflictIndiscriminateViolence);
            harmMoreLikelyThanNot = Truth.orUnknown(harmMoreLikelyThanNot);
            substantiallyPrejudicial = Truth.orUnknown(substantiallyPrejudicial);
        }
    }

    /**
     * The person's health and the treatment at a destination (issue 17 point 7), for the threshold of ECHR art. 3 in
     * medical cases: a seriously ill person who, for the absence of appropriate treatment there or the lack of access
     * to it, would face a real risk of a serious, rapid and irreversible decline in health resulting in intense
     * suffering or a significant reduction in life expectancy (Paposhvili v Belgium (GC, 2016) para 183, as the issue
     * reads it; Savran v Denmark (GC, 2021)). Health data are personal data of a special kind: the record holds only
     * these findings, never a diagnosis.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(Truth seriousIllness, Truth treatmentAvailable, Truth treatmentAccessible,
                         Truth seriousRapidIrreversibleDecline) {
        static final Health UNKNOWN = new Health(null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param seriousIllness the fact (left out: unknown)
         * @param treatmentAvailable the fact (left out: unknown)
         * @param treatmentAccessible the fact (left out: unknown)
         * @param seriousRapidIrreversibleDecline the fact (left out: unknown)
         */
        public Health {
            seriousIllness = Truth.orUnknown(seriousIllness);
            treatmentAvailable = Truth.orUnknown(treatmentAvailable);
            treatmentAccessible = Truth.orUnknown(treatmentAccessible);
            seriousRapidIrreversibleDecline = Truth.orUnknown(seriousRapidIrreversibleDecline);
        }

        /**
         * Whether the record says anything about health at this destination.
         *
         * @return whether the record says anything about health at this destination
         */
        public boolean raised() {
            return seriousIllness != Truth.UNKNOWN || treatmentAvailable != Truth.UNKNOWN
                    || treatmentAccessible != Truth.UNKNOWN || seriousRapidIrreversibleDecline != Truth.UNKNOWN;
        }

        /**
         * Whether the threshold is reached, in Kleene's logic: ill, without treatment or access to it, and declining.
         *
         * @return whether the threshold is reached, in Kleene's logic: ill, without treatment or access to it, and declining
         */
        public Truth threshold() {
            return seriousIllness.and(treatmentAvailable.not().or(treatmentAccessible.not()))
                    .and(seriousRapidIrreversibleDecline);
        }
    }

    /**
     * Findings about one risk that country information shows at this destination (the condition {@code conditionId}):
     * whether the state would protect against it (QD 7; H.L.R. v France 1997) and whether an internal protection
     * alternative exists from it (QD 8; GIP/03/04; Salah Sheekh v Netherlands 2007). They never reach another risk.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionFinding(@JsonProperty(required = true) String conditionId, Truth stateProtectionAvailable,
                                   Truth internalProtectionAlternative) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param conditionId the condition id
         * @param stateProtectionAvailable the fact (left out: unknown)
         * @param internalProtectionAlternative the fact (left out: unknown)
         */
        public ConditionFinding {
            stateProtectionAvailable = Truth.orUnknown(stateProtectionAvailable);
            internalProtectionAlternative = Truth.orUnknown(internalProtectionAlternative);
        }
    }

    /**
     * How diplomatic assurances given by the destination measure against the criteria of Othman (Abu Qatada) v UK
     * (ECtHR 8139/09, 2012) para 189: specific rather than general and vague; given by an official or authority able
     * to bind the state; compliance objectively verifiable (diplomatic or monitoring mechanisms); and the state's
     * record of complying with such assurances.
     */
    public record Assurances(Truth specific, Truth givenByAuthorityThatCanBindState, Truth verifiable,
                             Truth recordOfCompliance) {
        static final Assurances UNKNOWN = new Assurances(null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param specific the fact (left out: unknown)
         * @param givenByAuthorityThatCanBindState the fact (left out: unknown)
         * @param verifiable the fact (left out: unknown)
         * @param recordOfCompliance the fact (left out: unknown)
         */
        public Assurances {
            specific = Truth.orUnknown(specific);
            givenByAuthorityThatCanBindState = Truth.orUnknown(givenByAuthorityThatCanBindState);
            verifiable = Truth.orUnknown(verifiable);
            recordOfCompliance = Truth.orUnknown(recordOfCompliance);
        }
    }

    /**
     * A Convention ground the persecutor acts on, held by the person or imputed to them (HB 66-86).
     * {@code persecutorMotiveShown}: the persecutor acts for that reason (required under the US frame: INS v
     * Elias-Zacarias); {@code groundContributes}: the ground is a real cause of the risk even where the persecutor's
     * own
     * motive is not shown (a contributing factor for UNHCR, an effective cause in the UK).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroundClaim(@JsonProperty(required = true) Ground ground, Truth imputed, Truth persecutorMotiveShown,
                              Truth groundContributes) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param ground the ground
         * @param imputed the fact (left out: unknown)
         * @param persecutorMotiveShown the fact (left out: unknown)
         * @param groundContributes the fact (left out: unknown)
         */
        public GroundClaim {
            imputed = Truth.orUnknown(imputed);
            persecutorMotiveShown = Truth.orUnknown(persecutorMotiveShown);
            groundContributes = Truth.orUnknown(groundContributes);
        }

        /**
         * The ground as recorded before {@code groundContributes} existed; it is unknown.
         *
         * @param ground the ground
         * @param imputed the imputed
         * @param persecutorMotiveShown the persecutor motive shown
         */
        public GroundClaim(Ground ground, Truth imputed, Truth persecutorMotiveShown) {
            this(ground, imputed, persecutorMotiveShown, null);
        }
    }

    /**
     * Prosecution the person faces for an offence (HB 56-60; QD 9(2)(b)-(d)). {@code offenceIntentionalKilling}: the
     * offence involves intentional killing, the only kind of "most serious crime" for which ICCPR 6(2) allows a death
     * sentence (HRC General Comment No. 36 para 35); {@code assuranceAgainstDeathPenalty}: the destination state has
     * given credible and effective assurances that the death penalty will not be imposed (para 34); left out, none is
     * shown (the state relying on an assurance must produce it).
     * {@code protectedGround}: the Convention
     * ground of the conduct the law punishes (religion, including apostasy; political opinion; a particular social
     * group
     * such as sexual orientation), where the "offence" is the exercise of that freedom (QD 10; CJEU Y and Z; X, Y and
     * Z).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Prosecution(String offence, Harm penalty, Truth disproportionate, Truth discriminatory,
                              Truth withoutDueProcess, Truth offenceIsExerciseOfProtectedRight,
                              Truth offenceIntentionalKilling, Truth assuranceAgainstDeathPenalty,
                              Ground protectedGround) {
        /** Without the offence text, which may describe the person's own conduct. */
        @Override
        public String toString() {
            return "Prosecution[penalty=" + penalty + ", offence withheld]";
        }

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param offence the offence
         * @param penalty the penalty
         * @param disproportionate the fact (left out: unknown)
         * @param discriminatory the fact (left out: unknown)
         * @param withoutDueProcess the fact (left out: unknown)
         * @param offenceIsExerciseOfProtectedRight the fact (left out: unknown)
         * @param offenceIntentionalKilling the fact (left out: unknown)
         * @param assuranceAgainstDeathPenalty the fact (left out: unknown)
         * @param protectedGround the protected ground
         */
        public Prosecution {
            disproportionate = Truth.orUnknown(disproportionate);
            discriminatory = Truth.orUnknown(discriminatory);
            withoutDueProcess = Truth.orUnknown(withoutDueProcess);
            offenceIsExerciseOfProtectedRight = Truth.orUnknown(offenceIsExerciseOfProtectedRight);
            offenceIntentionalKilling = Truth.orUnknown(offenceIntentionalKilling);
            assuranceAgainstDeathPenalty = Truth.orUnknown(assuranceAgainstDeathPenalty);
        }
    }

    /**
     * Residence in a third country (RC 1E; firm resettlement). For RC 1E the status must be current, the person must
     * be able to return to it, be protected there from deportation and expulsion, and not fear persecution there
     * (UNHCR Note on the Interpretation of Article 1E, 2009).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settlement(@JsonProperty(required = true) String country, Truth rightsOfNationals,
                             Truth firmlyResettled, Integer years, Truth canReturn, Truth protectedFromDeportation,
                             Truth fearOfPersecutionThere) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param country the country
         * @param rightsOfNationals the fact (left out: unknown)
         * @param firmlyResettled the fact (left out: unknown)
         * @param years the years
         * @param canReturn the fact (left out: unknown)
         * @param protectedFromDeportation the fact (left out: unknown)
         * @param fearOfPersecutionThere the fact (left out: unknown)
         */
        public Settlement {
            rightsOfNationals = Truth.orUnknown(rightsOfNationals);
            firmlyResettled = Truth.orUnknown(firmlyResettled);
            canReturn = Truth.orUnknown(canReturn);
            protectedFromDeportation = Truth.orUnknown(protectedFromDeportation);
            fearOfPersecutionThere = Truth.orUnknown(fearOfPersecutionThere);
        }
    }

    /**
     * Facts for the cessation clauses (RC 1C). {@code previouslyRecognised}: whether the person was recognised as a
     * refugee (cessation ends a recognised status and does not otherwise arise); {@code newRiskAfterCessationEvent}:
     * whether the risk the person faces now arose after the act or change on which cessation rests (such a risk is
     * assessed ex nunc and is never defeated by cessation).
     */
    public record Cessation(Truth voluntaryReavailment, Truth nationalityReacquired, Truth newNationalityWithProtection,
                            Truth reestablishedInOrigin, Truth durableChangeOfCircumstances,
                            Truth compellingReasonsFromPastPersecution, Truth previouslyRecognised,
                            Truth newRiskAfterCessationEvent) {
        static final Cessation UNKNOWN = new Cessation(null, null, null, null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param voluntaryReavailment the fact (left out: unknown)
         * @param nationalityReacquired the fact (left out: unknown)
         * @param newNationalityWithProtection the fact (left out: unknown)
         * @param reestablishedInOrigin the fact (left out: unknown)
         * @param durableChangeOfCircumstances the fact (left out: unknown)
         * @param compellingReasonsFromPastPersecution whether compelling reasons from past persecution (left out:
         * unknown)
         * @param previouslyRecognised the fact (left out: unknown)
         * @param newRiskAfterCessationEvent the fact (left out: unknown)
         */
        public Cessation {
            previouslyRecognised = Truth.orUnknown(previouslyRecognised);
            newRiskAfterCessationEvent = Truth.orUnknown(newRiskAfterCessationEvent);
            voluntaryReavailment = Truth.orUnknown(voluntaryReavailment);
            nationalityReacquired = Truth.orUnknown(nationalityReacquired);
            newNationalityWithProtection = Truth.orUnknown(newNationalityWithProtection);
            reestablishedInOrigin = Truth.orUnknown(reestablishedInOrigin);
            durableChangeOfCircumstances = Truth.orUnknown(durableChangeOfCircumstances);
            compellingReasonsFromPastPersecution = Truth.orUnknown(compellingReasonsFromPastPersecution);
        }
    }

    /**
     * Facts for exclusion (RC 1D, 1F) and for the exceptions of RC 33(2). {@code palestineRefugee}: registered with
     * or eligible for UNRWA as a Palestine refugee; {@code unAgencyAssistance}: has actually availed themselves of
     * UNRWA's protection or assistance; {@code unrwaAssistanceCeasedBeyondControl}: that protection or assistance has
     * ceased for reasons beyond the person's control (RC 1D second paragraph). {@code exceptionProportionate}: return
     * is proportionate to the danger (UNHCR's restrictive reading of RC 33(2)); {@code aggravatedFelonyFiveYears}: a
     * conviction of an aggravated felony with an aggregate sentence of at least five years, a particularly serious
     * crime per se in the US (INA 241(b)(3)(B)).
     */
    public record Exclusion(Truth unAgencyAssistance, List<Crime> crimes, Truth dangerToSecurity,
                            Truth finalConvictionParticularlySeriousCrime, Truth dangerToCommunity,
                            Truth palestineRefugee, Truth unrwaAssistanceCeasedBeyondControl,
                            Truth exceptionProportionate, Truth aggravatedFelonyFiveYears) {
        static final Exclusion UNKNOWN = new Exclusion(null, null, null, null, null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty.
         *
         * @param unAgencyAssistance the fact (left out: unknown)
         * @param crimes the crimes (left out: none)
         * @param dangerToSecurity the fact (left out: unknown)
         * @param finalConvictionParticularlySeriousCrime whether final conviction particularly serious crime (left out:
         * unknown)
         * @param dangerToCommunity the fact (left out: unknown)
         * @param palestineRefugee the fact (left out: unknown)
         * @param unrwaAssistanceCeasedBeyondControl the fact (left out: unknown)
         * @param exceptionProportionate the fact (left out: unknown)
         * @param aggravatedFelonyFiveYears the fact (left out: unknown)
         */
        public Exclusion {
            unAgencyAssistance = Truth.orUnknown(unAgencyAssistance);
            palestineRefugee = Truth.orUnknown(palestineRefugee);
            unrwaAssistanceCeasedBeyondControl = Truth.orUnknown(unrwaAssistanceCeasedBeyondControl);
            crimes = crimes == null ? List.of() : List.copyOf(crimes);
            dangerToSecurity = Truth.orUnknown(dangerToSecurity);
            finalConvictionParticularlySeriousCrime = Truth.orUnknown(finalConvictionParticularlySeriousCrime);
            dangerToCommunity = Truth.orUnknown(dangerToCommunity);
            exceptionProportionate = Truth.orUnknown(exceptionProportionate);
            aggravatedFelonyFiveYears = Truth.orUnknown(aggravatedFelonyFiveYears);
        }
    }

    /**
     * An act that may exclude (RC 1F). {@code category} is the clause the authority invokes; whether the act falls
     * under it is decided by the rules from the facts of the act ({@code act}, its context, seriousness, political
     * character) and of the person's part in it ({@code role}, {@code individualResponsibility}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Crime(@JsonProperty(required = true) CrimeCategory category, LocalDate date, String place,
                        Truth seriousReasonsForConsidering, Truth political, Truth outsideCountryOfRefuge,
                        Truth beforeAdmission, Truth individualResponsibility, Truth defenceApplies,
                        String description, CrimeAct act, Participation role, Truth serious, Truth atrocious,
                        Truth expiated, Truth exclusionDisproportionate, Truth armedConflictNexus,
                        Truth widespreadOrSystematicAttack, Truth positionOfAuthority, Truth internationalDimension) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param category the category
         * @param date the date
         * @param place the place
         * @param seriousReasonsForConsidering the fact (left out: unknown)
         * @param political the fact (left out: unknown)
         * @param outsideCountryOfRefuge the fact (left out: unknown)
         * @param beforeAdmission the fact (left out: unknown)
         * @param individualResponsibility the fact (left out: unknown)
         * @param defenceApplies the fact (left out: unknown)
         * @param description the description
         * @param act the act
         * @param role the role
         * @param serious the fact (left out: unknown)
         * @param atrocious the fact (left out: unknown)
         * @param expiated the fact (left out: unknown)
         * @param exclusionDisproportionate the fact (left out: unknown)
         * @param armedConflictNexus the fact (left out: unknown)
         * @param widespreadOrSystematicAttack the fact (left out: unknown)
         * @param positionOfAuthority the fact (left out: unknown)
         * @param internationalDimension the fact (left out: unknown)
         */
        public Crime {
            seriousReasonsForConsidering = Truth.orUnknown(seriousReasonsForConsidering);
            political = Truth.orUnknown(political);
            outsideCountryOfRefuge = Truth.orUnknown(outsideCountryOfRefuge);
            beforeAdmission = Truth.orUnknown(beforeAdmission);
            individualResponsibility = Truth.orUnknown(individualResponsibility);
            defenceApplies = Truth.orUnknown(defenceApplies);
            serious = Truth.orUnknown(serious);
            atrocious = Truth.orUnknown(atrocious);
            expiated = Truth.orUnknown(expiated);
            exclusionDisproportionate = Truth.orUnknown(exclusionDisproportionate);
            armedConflictNexus = Truth.orUnknown(armedConflictNexus);
            widespreadOrSystematicAttack = Truth.orUnknown(widespreadOrSystematicAttack);
            positionOfAuthority = Truth.orUnknown(positionOfAuthority);
            internationalDimension = Truth.orUnknown(internationalDimension);
        }

        @Override
        public String toString() {
            return "Crime[category=" + category + ", act=" + act + ", date=" + date + ", description withheld]";
        }
    }

    /** The clause of RC 1F the authority invokes for an act; the rules test the act against it. */
    public enum CrimeCategory {
        /** RC 1F(a). */
        @JsonProperty("crime_against_peace_war_crime_or_crime_against_humanity") INTERNATIONAL_CRIME,
        /** RC 1F(b). */
        @JsonProperty("serious_non_political_crime") SERIOUS_NON_POLITICAL_CRIME,
        /** RC 1F(c). */
        @JsonProperty("acts_contrary_to_un_purposes") ACTS_CONTRARY_TO_UN_PURPOSES
    }

    /**
     * What was done, as a physical act (not its legal classification). The acts against persons are those that
     * can be war crimes or crimes against humanity in their context (Rome Statute arts 7(1), 8; GIP/03/05 paras 12-13).
     */
    public enum CrimeAct {
        /** {@code killing}: killing. */
        @JsonProperty("killing") KILLING(true),
        /** {@code torture}: torture. */
        @JsonProperty("torture") TORTURE(true),
        /** {@code sexual_violence}: sexual violence. */
        @JsonProperty("sexual_violence") SEXUAL_VIOLENCE(true),
        /** {@code enslavement}: enslavement. */
        @JsonProperty("enslavement") ENSLAVEMENT(true),
        /** {@code imprisonment}: imprisonment. */
        @JsonProperty("imprisonment") IMPRISONMENT(true),
        /** {@code deportation_or_forcible_transfer}: deportation or forcible transfer. */
        @JsonProperty("deportation_or_forcible_transfer") DEPORTATION_OR_FORCIBLE_TRANSFER(true),
        /** {@code persecution}: persecution. */
        @JsonProperty("persecution") PERSECUTION(true),
        /** {@code enforced_disappearance}: enforced disappearance. */
        @JsonProperty("enforced_disappearance") ENFORCED_DISAPPEARANCE(true),
        /** {@code other_inhumane_act}: other inhumane act. */
        @JsonProperty("other_inhumane_act") OTHER_INHUMANE_ACT(true),
        /** {@code aggressive_war}: aggressive war. */
        @JsonProperty("aggressive_war") AGGRESSIVE_WAR(false),
        /** {@code terrorist_act}: terrorist act. */
        @JsonProperty("terrorist_act") TERRORIST_ACT(true),
        /** {@code property_crime}: property crime. */
        @JsonProperty("property_crime") PROPERTY_CRIME(false),
        /** {@code drug_offence}: drug offence. */
        @JsonProperty("drug_offence") DRUG_OFFENCE(false),
        /** {@code other}: other. */
        @JsonProperty("other") OTHER(false);

        private final boolean againstPersons;

        CrimeAct(boolean againstPersons) {
            this.againstPersons = againstPersons;
        }

        /**
         * Whether this is an act against persons that can be a war crime or a crime against humanity.
         *
         * @return whether the act is against persons
         */
        public boolean againstPersons() {
            return againstPersons;
        }
    }

    /** The person's part in the act (mode of liability; GIP/03/05 paras 18-19). */
    public enum Participation {
        /** {@code perpetrator}: perpetrator. */
        @JsonProperty("perpetrator") PERPETRATOR,
        /** {@code ordered_or_instigated}: ordered or instigated. */
        @JsonProperty("ordered_or_instigated") ORDERED_OR_INSTIGATED,
        /** {@code aided_or_abetted}: aided or abetted. */
        @JsonProperty("aided_or_abetted") AIDED_OR_ABETTED,
        /** {@code common_purpose}: common purpose. */
        @JsonProperty("common_purpose") COMMON_PURPOSE,
        /** {@code superior_responsibility}: superior responsibility. */
        @JsonProperty("superior_responsibility") SUPERIOR_RESPONSIBILITY,
        /** Membership of a group that committed the act, and nothing more: not enough (CJEU B and D). */
        @JsonProperty("membership_only") MEMBERSHIP_ONLY
    }

    /**
     * The procedure the person went through in the host state (HB 44-45, 189-194). {@code unhcrMandateDetermination}:
     * UNHCR determined the person's refugee status under its mandate, with the host's tolerance;
     * {@code primaFacieRecognition}: the person was recognised as a refugee on a group (prima facie) basis. Each
     * meets the individual-determination principle on its own.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Procedure(Truth statusProcedureAvailable, Truth individualExamination, String groupLabel,
                            Truth returnUnderBilateralArrangement, Truth heldForReturn,
                            Truth accessToCompetentAuthority, Truth personalInterview, Truth interpreter,
                            Truth accessToUnhcr, Truth reasonedDecision, Truth suspensiveAppeal,
                            Truth exNuncRiskAssessment, Truth subsequentApplication,
                            Truth unhcrMandateDetermination, Truth primaFacieRecognition) {
        static final Procedure UNKNOWN = new Procedure(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param statusProcedureAvailable the fact (left out: unknown)
         * @param individualExamination the fact (left out: unknown)
         * @param groupLabel the group label
         * @param returnUnderBilateralArrangement the fact (left out: unknown)
         * @param heldForReturn the fact (left out: unknown)
         * @param accessToCompetentAuthority the fact (left out: unknown)
         * @param personalInterview the fact (left out: unknown)
         * @param interpreter the fact (left out: unknown)
         * @param accessToUnhcr the fact (left out: unknown)
         * @param reasonedDecision the fact (left out: unknown)
         * @param suspensiveAppeal the fact (left out: unknown)
         * @param exNuncRiskAssessment the fact (left out: unknown)
         * @param subsequentApplication the fact (left out: unknown)
         * @param unhcrMandateDetermination the fact (left out: unknown)
         * @param primaFacieRecognition the fact (left out: unknown)
         */
        public Procedure {
            statusProcedureAvailable = Truth.orUnknown(statusProcedureAvailable);
            individualExamination = Truth.orUnknown(individualExamination);
            returnUnderBilateralArrangement = Truth.orUnknown(returnUnderBilateralArrangement);
            heldForReturn = Truth.orUnknown(heldForReturn);
            accessToCompetentAuthority = Truth.orUnknown(accessToCompetentAuthority);
            personalInterview = Truth.orUnknown(personalInterview);
            interpreter = Truth.orUnknown(interpreter);
            accessToUnhcr = Truth.orUnknown(accessToUnhcr);
            reasonedDecision = Truth.orUnknown(reasonedDecision);
            suspensiveAppeal = Truth.orUnknown(suspensiveAppeal);
            exNuncRiskAssessment = Truth.orUnknown(exNuncRiskAssessment);
            subsequentApplication = Truth.orUnknown(subsequentApplication);
            unhcrMandateDetermination = Truth.orUnknown(unhcrMandateDetermination);
            primaFacieRecognition = Truth.orUnknown(primaFacieRecognition);
        }

        /**
         * Whether the person's status was determined otherwise than by the host's own individual examination: by
         * UNHCR under its mandate, or by prima facie recognition. Without access to UNHCR there was no mandate
         * determination; without access to UNHCR and without any status procedure of the host, nobody could have
         * recognised the person prima facie. A recorded determination prevails.
         *
         * @return established if UNHCR or prima facie recognition determined the status, as far as known
         */
        public Truth determinedOtherwise() {
            boolean noUnhcr = accessToUnhcr == Truth.NOT_ESTABLISHED;
            Truth mandate = unhcrMandateDetermination == Truth.UNKNOWN && noUnhcr ? Truth.NOT_ESTABLISHED
                    : unhcrMandateDetermination;
            Truth group = primaFacieRecognition == Truth.UNKNOWN && noUnhcr
                    && statusProcedureAvailable == Truth.NOT_ESTABLISHED ? Truth.NOT_ESTABLISHED : primaFacieRecognition;
            return mandate.or(group);
        }
    }

    /**
     * The credibility findings (HB 195-205). {@code generallyCredible} is the decision-maker's overall finding (the
     * summary form, kept as the first format had it). Issue 17 point 6 adds the indicators decision-makers weigh
     * (UNHCR, Beyond Proof, 2013): {@code sufficientDetail}, {@code internallyConsistent},
     * {@code consistentWithCountryInformation} (external consistency) and {@code plausible}; and, for the frames that
     * make them conditions of the benefit of the doubt, {@code genuineEffort} (HB 203; QD 4(5)(a)),
     * {@code availableEvidenceSubmitted} (QD 4(5)(b)) and {@code timelyApplication} (QD 4(5)(d)).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credibility(Truth generallyCredible, Truth consistentWithCountryInformation,
                              // issue 17 point 6 (protection)
                              Truth sufficientDetail, Truth internallyConsistent, Truth plausible,
                              Truth genuineEffort, Truth availableEvidenceSubmitted, Truth timelyApplication) {
        static final Credibility UNKNOWN = new Credibility(null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param generallyCredible the fact (left out: unknown)
         * @param consistentWithCountryInformation the fact (left out: unknown)
         * @param sufficientDetail the sufficient detail
         * @param internallyConsistent the internally consistent
         * @param plausible the plausible
         * @param genuineEffort the genuine effort
         * @param availableEvidenceSubmitted the available evidence submitted
         * @param timelyApplication the timely application
         */
        public Credibility {
            generallyCredible = Truth.orUnknown(generallyCredible);
            consistentWithCountryInformation = Truth.orUnknown(consistentWithCountryInformation);
            sufficientDetail = Truth.orUnknown(sufficientDetail);
            internallyConsistent = Truth.orUnknown(internallyConsistent);
            plausible = Truth.orUnknown(plausible);
            genuineEffort = Truth.orUnknown(genuineEffort);
            availableEvidenceSubmitted = Truth.orUnknown(availableEvidenceSubmitted);
            timelyApplication = Truth.orUnknown(timelyApplication);
        }

        /**
         * The summary form of the first format: the overall finding and external consistency only.
         *
         * @param generallyCredible the fact (left out: unknown)
         * @param consistentWithCountryInformation the fact (left out: unknown)
         */
        public Credibility(Truth generallyCredible, Truth consistentWithCountryInformation) {
            this(generallyCredible, consistentWithCountryInformation, null, null, null, null, null, null);
        }

        /**
         * The four credibility indicators, in the order detail, internal, external consistency, plausibility.
         *
         * @return the four credibility indicators, in the order detail, internal, external consistency, plausibility
         */
        public List<Truth> indicators() {
            return List.of(sufficientDetail, internallyConsistent, consistentWithCountryInformation, plausible);
        }

        /**
         * The credibility finding: the decision-maker's overall finding where recorded; otherwise the indicators where
         * they all point the same way; otherwise unknown. No single indicator decides (the weighing of a mixed picture
         * is the decision-maker's), and the validator refuses an overall finding that contradicts four unanimous
         * indicators, so that the finding never changes once it is reached.
         *
         * @return the credibility finding: the decision-maker's overall finding where recorded; otherwise the indicators where they all point the same way; otherwise unknown
         */
        public Truth overall() {
            if (generallyCredible != Truth.UNKNOWN) {
                return generallyCredible;
            }
            List<Truth> i = indicators();
            if (i.stream().allMatch(t -> t == Truth.ESTABLISHED)) {
                return Truth.ESTABLISHED;
            }
            return i.stream().allMatch(t -> t == Truth.NOT_ESTABLISHED) ? Truth.NOT_ESTABLISHED : Truth.UNKNOWN;
        }

        /**
         * Whether the account has been assessed at all: an overall finding or any indicator is recorded.
         *
         * @return whether the account has been assessed at all: an overall finding or any indicator is recorded
         */
        public boolean accountExamined() {
            return generallyCredible != Truth.UNKNOWN || indicators().stream().anyMatch(t -> t != Truth.UNKNOWN);
        }
    }

    // ---- issue 17 (family): children, family unity. Kept apart from the other sections to ease merges. ----

    /**
     * Facts about a child applicant (GIP No. 8, HCR/GIP/09/08, 2009; CRC art. 1 and 3(1)). Whether the person is a
     * child is read from {@code person.dateOfBirth} where it is given (personal data: used for the age at the
     * assessment date only, never logged), else from {@code age}, else from {@code minor}.
     *
     * <ul>
     * <li>{@code age}: the age in years at the assessment date, where the date of birth is not recorded;</li>
     * <li>{@code minor}: whether the person is under 18 (CRC art. 1), where neither the date of birth nor the age
     * is recorded (an age assessment's finding);</li>
     * <li>{@code unaccompanied}: whether the child is separated from both parents and not cared for by an adult who
     * by law or custom is responsible for doing so;</li>
     * <li>{@code lesserHarmsSeriousForChild}: whether the lesser harms the child faces at the country of origin,
     * weighed from the child's perspective (age, maturity, dependency), are serious enough to be persecution for
     * this child, though they might not be for an adult;</li>
     * <li>{@code bestInterestsAssessed}: whether the child's best interests were assessed and taken as a primary
     * consideration in the decision on return (CRC art. 3(1)).</li>
     * </ul>
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(Integer age, Truth minor, Truth unaccompanied, Truth lesserHarmsSeriousForChild,
                        Truth bestInterestsAssessed) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param age the age
         * @param minor the fact (left out: unknown)
         * @param unaccompanied the fact (left out: unknown)
         * @param lesserHarmsSeriousForChild the fact (left out: unknown)
         * @param bestInterestsAssessed the fact (left out: unknown)
         */
        public Child {
            minor = Truth.orUnknown(minor);
            unaccompanied = Truth.orUnknown(unaccompanied);
            lesserHarmsSeriousForChild = Truth.orUnknown(lesserHarmsSeriousForChild);
            bestInterestsAssessed = Truth.orUnknown(bestInterestsAssessed);
        }

        /** Age is personal data: withheld. */
        @Override
        public String toString() {
            return "Child[minor=" + minor + ", unaccompanied=" + unaccompanied + ", age withheld]";
        }
    }

    /**
     * The link of a family member to the principal applicant whose protection they may share (family unity,
     * derivative status: HB 181-188; Final Act of the 1951 Conference, Recommendation B).
     *
     * <ul>
     * <li>{@code principal}: the {@code person.id} of the principal applicant;</li>
     * <li>{@code relation}: what this person is to the principal;</li>
     * <li>{@code dependent}: whether this person is dependent on the principal and lives in the same household (HB
     * 185: other dependants, such as aged parents);</li>
     * <li>{@code principalRecognised}: whether the principal is recognised as a refugee; in a family document it is
     * filled from the principal's own assessment.</li>
     * </ul>
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FamilyLink(@JsonProperty(required = true) String principal,
                             @JsonProperty(required = true) FamilyRelation relation, Truth dependent,
                             Truth principalRecognised) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param principal the principal
         * @param relation the relation
         * @param dependent the fact (left out: unknown)
         * @param principalRecognised the fact (left out: unknown)
         */
        public FamilyLink {
            dependent = Truth.orUnknown(dependent);
            principalRecognised = Truth.orUnknown(principalRecognised);
        }
    }

    /** What a family member is to the principal applicant. */
    public enum FamilyRelation {
        /** {@code spouse}: spouse. */
        @JsonProperty("spouse") SPOUSE,
        /** {@code child}: child. */
        @JsonProperty("child") CHILD,
        /** {@code parent}: parent. */
        @JsonProperty("parent") PARENT,
        /** {@code other_dependant}: other dependant. */
        @JsonProperty("other_dependant") OTHER_DEPENDANT
    }

    // ---- issue 17 points 4-7 (protection) ----

    /**
     * Whether the person has been trafficked (Palermo Protocol art. 3; UNHCR Guidelines on International Protection
     * No. 7, 2006), and since when ({@code since}: after the departure, the risk it creates is a sur place risk).
     * What a trafficked person faces on return (re-trafficking, reprisals) comes from country information (trigger
     * {@code trafficked}) or from the destination's own findings ({@code harmsFaced}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trafficking(Truth trafficked, LocalDate since) {
        static final Trafficking UNKNOWN = new Trafficking(null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param trafficked the fact (left out: unknown)
         * @param since the since
         */
        public Trafficking {
            trafficked = Truth.orUnknown(trafficked);
        }
    }

    /**
     * A woman's position on return (UNHCR Guidelines on International Protection No. 1, 2002):
     * {@code maleNetworkOnReturn}: whether she would have a male network (husband, family) to return to;
     * {@code maleNetworkLostOn}: when she lost it, if she did (after the departure, the risk arose after she left).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupportOnReturn(Truth maleNetworkOnReturn, LocalDate maleNetworkLostOn) {
        static final SupportOnReturn UNKNOWN = new SupportOnReturn(null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param maleNetworkOnReturn the fact (left out: unknown)
         * @param maleNetworkLostOn the male network lost on
         */
        public SupportOnReturn {
            maleNetworkOnReturn = Truth.orUnknown(maleNetworkOnReturn);
        }
    }

    /**
     * How the person entered or stays in the host state, for RC 31(1): no penalty on account of unlawful entry or
     * presence for refugees who, coming directly from a territory where their life or freedom was threatened, present
     * themselves without delay to the authorities and show good cause. {@code unlawful}: entered or present without
     * authorisation; {@code comingDirectly}, {@code presentedWithoutDelay}, {@code goodCause}: the three conditions of
     * RC 31(1); {@code penalised}: a penalty (prosecution, fine, imprisonment) was imposed on account of the unlawful
     * entry or presence.
     */
    public record Entry(Truth unlawful, Truth comingDirectly, Truth presentedWithoutDelay, Truth goodCause,
                        Truth penalised) {
        static final Entry UNKNOWN = new Entry(null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param unlawful the fact (left out: unknown)
         * @param comingDirectly the fact (left out: unknown)
         * @param presentedWithoutDelay the fact (left out: unknown)
         * @param goodCause the fact (left out: unknown)
         * @param penalised the fact (left out: unknown)
         */
        public Entry {
            unlawful = Truth.orUnknown(unlawful);
            comingDirectly = Truth.orUnknown(comingDirectly);
            presentedWithoutDelay = Truth.orUnknown(presentedWithoutDelay);
            goodCause = Truth.orUnknown(goodCause);
            penalised = Truth.orUnknown(penalised);
        }

        /**
         * Whether the record raises RC 31 at all: an unlawful entry or presence, or a finding on a penalty.
         *
         * @return whether the record raises RC 31 at all: an unlawful entry or presence, or a finding on a penalty
         */
        public boolean raised() {
            return unlawful == Truth.ESTABLISHED || penalised != Truth.UNKNOWN;
        }

        /**
         * The three conditions of RC 31(1), in Kleene's logic.
         *
         * @return the three conditions of RC 31(1), in Kleene's logic
         */
        public Truth conditions() {
            return comingDirectly.and(presentedWithoutDelay).and(goodCause);
        }
    }

    /**
     * Detention of the person in the host state (UNHCR Detention Guidelines 2012, Guideline 4: detention must not be
     * arbitrary; any decision to detain rests on an assessment of the individual's particular circumstances, and is
     * lawful only where necessary, reasonable and proportionate to a legitimate purpose). {@code detained}: the person
     * is or was detained; {@code individualAssessment}: the decision to detain rested on an assessment of the
     * person's own circumstances; {@code necessary}, {@code reasonable}, {@code proportionate}: the decision-maker's
     * findings on each test, alternatives to detention included.
     */
    public record Detention(Truth detained, Truth individualAssessment, Truth necessary, Truth reasonable,
                            Truth proportionate) {
        static final Detention UNKNOWN = new Detention(null, null, null, null, null);

        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param detained the fact (left out: unknown)
         * @param individualAssessment the fact (left out: unknown)
         * @param necessary the fact (left out: unknown)
         * @param reasonable the fact (left out: unknown)
         * @param proportionate the fact (left out: unknown)
         */
        public Detention {
            detained = Truth.orUnknown(detained);
            individualAssessment = Truth.orUnknown(individualAssessment);
            necessary = Truth.orUnknown(necessary);
            reasonable = Truth.orUnknown(reasonable);
            proportionate = Truth.orUnknown(proportionate);
        }

        /**
         * Whether the record raises detention at all: any finding about it.
         *
         * @return whether the record raises detention at all: any finding about it
         */
        public boolean raised() {
            return detained != Truth.UNKNOWN || individualAssessment != Truth.UNKNOWN || necessary != Truth.UNKNOWN
                    || reasonable != Truth.UNKNOWN || proportionate != Truth.UNKNOWN;
        }

        /**
         * Whether the detention meets every test, in Kleene's logic.
         *
         * @return whether the detention meets every test, in Kleene's logic
         */
        public Truth lawful() {
            return individualAssessment.and(necessary).and(reasonable).and(proportionate);
        }
    }
}
