package org.refugeelaw.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.InvalidCaseException;

/**
 * Builds a {@link CaseRecord} in Java, field by field as in JSON, and checks it as JSON input is checked.
 *
 * <p>Every fact is a {@link Truth}, and a fact left out is unknown, exactly as a field left out of the JSON:
 *
 * <pre>{@code
 * import static org.refugeelaw.model.Truth.*;
 *
 * CaseRecord record = CaseRecord.builder()
 *         .caseId("S1").assessmentDate(LocalDate.of(2024, 6, 1))
 *         .person(p -> p.id("S1-person").nationality("KP", NationalityBasis.HELD))
 *         .hostState("CN").currentCountry("CN").countryOfOrigin("KP")
 *         .departure(d -> d.withPermission(NOT_ESTABLISHED).motives(Motive.HUNGER))
 *         .destination(d -> d.country("KP"))
 *         .build();              // checked like JSON: InvalidCaseException names each problem's JSON path
 * }</pre>
 *
 * <p>The parts have builders of their own ({@link PersonBuilder}, {@link DestinationBuilder}, ...), reached through
 * the methods that take a {@link Consumer}, or made directly with {@code new}. A part is checked when the whole
 * case record is built, and its problems are named by their path in the record ({@code $.destinations[0].country}).
 * A method that takes a {@code Consumer} for a single part (such as {@link #departure(Consumer)}) starts from what was
 * set before, so that it can be called more than once; one for a list (such as {@link #destination(Consumer)}) adds
 * an entry. Builders are not thread-safe; the records they build are immutable.
 *
 * <p>Written by {@code tools/CaseRecordBuilderGenerator.java} from the case record: regenerate it when a record
 * gains a component (CaseRecordBuilderTest fails until then).
 */
public final class CaseRecordBuilder {
    private String schemaVersion;
    private String caseId;
    private LocalDate assessmentDate;
    private CaseRecord.Person person;
    private String hostState;
    private String currentCountry;
    private String countryOfOrigin;
    private CaseRecord.Departure departure;
    private CaseRecord.StayAbroad stayAbroad;
    private CaseRecord.Claim claim;
    private List<CaseRecord.ActivityAbroad> activitiesAbroad;
    private List<CaseRecord.EventAfterDeparture> eventsAfterDeparture;
    private List<CaseRecord.Destination> destinations;
    private List<CaseRecord.Settlement> settlement;
    private CaseRecord.Cessation cessation;
    private CaseRecord.Exclusion exclusion;
    private CaseRecord.Procedure procedure;
    private CaseRecord.Credibility credibility;
    private CaseRecord.Child child;
    private CaseRecord.FamilyLink family;
    private CaseRecord.Entry entry;
    private CaseRecord.Detention detention;
    private CaseRecord.Trafficking trafficking;
    private CaseRecord.SupportOnReturn supportOnReturn;

    /** An empty builder: every fact unknown. */
    public CaseRecordBuilder() {
        this.schemaVersion = CaseRecord.SCHEMA_VERSION;
    }

    /**
     * A builder that starts from {@code from}'s values.
     *
     * @param from the record to start from; null starts empty
     */
    public CaseRecordBuilder(CaseRecord from) {
        this();
        if (from != null) {
            schemaVersion = from.schemaVersion();
            caseId = from.caseId();
            assessmentDate = from.assessmentDate();
            person = from.person();
            hostState = from.hostState();
            currentCountry = from.currentCountry();
            countryOfOrigin = from.countryOfOrigin();
            departure = from.departure();
            stayAbroad = from.stayAbroad();
            claim = from.claim();
            activitiesAbroad = new ArrayList<>(from.activitiesAbroad());
            eventsAfterDeparture = new ArrayList<>(from.eventsAfterDeparture());
            destinations = new ArrayList<>(from.destinations());
            settlement = new ArrayList<>(from.settlement());
            cessation = from.cessation();
            exclusion = from.exclusion();
            procedure = from.procedure();
            credibility = from.credibility();
            child = from.child();
            family = from.family();
            entry = from.entry();
            detention = from.detention();
            trafficking = from.trafficking();
            supportOnReturn = from.supportOnReturn();
        }
    }

    /**
     * Sets {@code schemaVersion} (null: left out).
     *
     * @param schemaVersion the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder schemaVersion(String schemaVersion) {
        this.schemaVersion = schemaVersion;
        return this;
    }

    /**
     * Sets {@code caseId} (null: left out).
     *
     * @param caseId the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder caseId(String caseId) {
        this.caseId = caseId;
        return this;
    }

    /**
     * Sets {@code assessmentDate} (null: left out).
     *
     * @param assessmentDate the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder assessmentDate(LocalDate assessmentDate) {
        this.assessmentDate = assessmentDate;
        return this;
    }

    /**
     * Sets {@code person} (null: left out).
     *
     * @param person the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder person(CaseRecord.Person person) {
        this.person = person;
        return this;
    }

    /**
     * Sets {@code person}, built by {@code person} from what was set before.
     *
     * @param person sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder person(Consumer<PersonBuilder> person) {
        PersonBuilder b = new PersonBuilder(this.person);
        person.accept(b);
        this.person = b.build();
        return this;
    }

    /**
     * Sets {@code hostState} (null: left out).
     *
     * @param hostState the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder hostState(String hostState) {
        this.hostState = hostState;
        return this;
    }

    /**
     * Sets {@code currentCountry} (null: left out).
     *
     * @param currentCountry the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder currentCountry(String currentCountry) {
        this.currentCountry = currentCountry;
        return this;
    }

    /**
     * Sets {@code countryOfOrigin} (null: left out).
     *
     * @param countryOfOrigin the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder countryOfOrigin(String countryOfOrigin) {
        this.countryOfOrigin = countryOfOrigin;
        return this;
    }

    /**
     * Sets {@code departure} (null: left out).
     *
     * @param departure the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder departure(CaseRecord.Departure departure) {
        this.departure = departure;
        return this;
    }

    /**
     * Sets {@code departure}, built by {@code departure} from what was set before.
     *
     * @param departure sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder departure(Consumer<DepartureBuilder> departure) {
        DepartureBuilder b = new DepartureBuilder(this.departure);
        departure.accept(b);
        this.departure = b.build();
        return this;
    }

    /**
     * Sets {@code stayAbroad} (null: left out).
     *
     * @param stayAbroad the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder stayAbroad(CaseRecord.StayAbroad stayAbroad) {
        this.stayAbroad = stayAbroad;
        return this;
    }

    /**
     * Sets {@code stayAbroad}, built by {@code stayAbroad} from what was set before.
     *
     * @param stayAbroad sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder stayAbroad(Consumer<StayAbroadBuilder> stayAbroad) {
        StayAbroadBuilder b = new StayAbroadBuilder(this.stayAbroad);
        stayAbroad.accept(b);
        this.stayAbroad = b.build();
        return this;
    }

    /**
     * Sets {@code claim} (null: left out).
     *
     * @param claim the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder claim(CaseRecord.Claim claim) {
        this.claim = claim;
        return this;
    }

    /**
     * Sets {@code claim}, built by {@code claim} from what was set before.
     *
     * @param claim sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder claim(Consumer<ClaimBuilder> claim) {
        ClaimBuilder b = new ClaimBuilder(this.claim);
        claim.accept(b);
        this.claim = b.build();
        return this;
    }

    /**
     * Sets {@code activitiesAbroad} (replacing what was added before); null or empty: none recorded.
     *
     * @param activitiesAbroad the entries; null or empty for none
     * @return this builder
     */
    public CaseRecordBuilder activitiesAbroad(List<CaseRecord.ActivityAbroad> activitiesAbroad) {
        this.activitiesAbroad = activitiesAbroad == null ? null : new ArrayList<>(activitiesAbroad);
        return this;
    }

    /**
     * Sets {@code activitiesAbroad} (replacing what was added before).
     *
     * @param activitiesAbroad the entries
     * @return this builder
     */
    public CaseRecordBuilder activitiesAbroad(CaseRecord.ActivityAbroad... activitiesAbroad) {
        this.activitiesAbroad = new ArrayList<>(List.of(activitiesAbroad));
        return this;
    }

    /**
     * Adds one to {@code activitiesAbroad}.
     *
     * @param activityAbroad the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder activityAbroad(CaseRecord.ActivityAbroad activityAbroad) {
        addActivitiesAbroad(activityAbroad);
        return this;
    }

    /**
     * Adds one to {@code activitiesAbroad}, built by {@code activityAbroad}.
     *
     * @param activityAbroad sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder activityAbroad(Consumer<ActivityAbroadBuilder> activityAbroad) {
        ActivityAbroadBuilder b = new ActivityAbroadBuilder();
        activityAbroad.accept(b);
        addActivitiesAbroad(b.build());
        return this;
    }

    private void addActivitiesAbroad(CaseRecord.ActivityAbroad value) {
        if (activitiesAbroad == null) {
            activitiesAbroad = new ArrayList<>();
        }
        activitiesAbroad.add(value);
    }

    /**
     * Sets {@code eventsAfterDeparture} (replacing what was added before); null or empty: none recorded.
     *
     * @param eventsAfterDeparture the entries; null or empty for none
     * @return this builder
     */
    public CaseRecordBuilder eventsAfterDeparture(List<CaseRecord.EventAfterDeparture> eventsAfterDeparture) {
        this.eventsAfterDeparture = eventsAfterDeparture == null ? null : new ArrayList<>(eventsAfterDeparture);
        return this;
    }

    /**
     * Sets {@code eventsAfterDeparture} (replacing what was added before).
     *
     * @param eventsAfterDeparture the entries
     * @return this builder
     */
    public CaseRecordBuilder eventsAfterDeparture(CaseRecord.EventAfterDeparture... eventsAfterDeparture) {
        this.eventsAfterDeparture = new ArrayList<>(List.of(eventsAfterDeparture));
        return this;
    }

    /**
     * Adds one to {@code eventsAfterDeparture}.
     *
     * @param eventAfterDeparture the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder eventAfterDeparture(CaseRecord.EventAfterDeparture eventAfterDeparture) {
        addEventsAfterDeparture(eventAfterDeparture);
        return this;
    }

    /**
     * Adds one to {@code eventsAfterDeparture}, built by {@code eventAfterDeparture}.
     *
     * @param eventAfterDeparture sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder eventAfterDeparture(Consumer<EventAfterDepartureBuilder> eventAfterDeparture) {
        EventAfterDepartureBuilder b = new EventAfterDepartureBuilder();
        eventAfterDeparture.accept(b);
        addEventsAfterDeparture(b.build());
        return this;
    }

    private void addEventsAfterDeparture(CaseRecord.EventAfterDeparture value) {
        if (eventsAfterDeparture == null) {
            eventsAfterDeparture = new ArrayList<>();
        }
        eventsAfterDeparture.add(value);
    }

    /**
     * Sets {@code destinations} (replacing what was added before); null or empty: none recorded.
     *
     * @param destinations the entries; null or empty for none
     * @return this builder
     */
    public CaseRecordBuilder destinations(List<CaseRecord.Destination> destinations) {
        this.destinations = destinations == null ? null : new ArrayList<>(destinations);
        return this;
    }

    /**
     * Sets {@code destinations} (replacing what was added before).
     *
     * @param destinations the entries
     * @return this builder
     */
    public CaseRecordBuilder destinations(CaseRecord.Destination... destinations) {
        this.destinations = new ArrayList<>(List.of(destinations));
        return this;
    }

    /**
     * Adds one to {@code destinations}.
     *
     * @param destination the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder destination(CaseRecord.Destination destination) {
        addDestinations(destination);
        return this;
    }

    /**
     * Adds one to {@code destinations}, built by {@code destination}.
     *
     * @param destination sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder destination(Consumer<DestinationBuilder> destination) {
        DestinationBuilder b = new DestinationBuilder();
        destination.accept(b);
        addDestinations(b.build());
        return this;
    }

    private void addDestinations(CaseRecord.Destination value) {
        if (destinations == null) {
            destinations = new ArrayList<>();
        }
        destinations.add(value);
    }

    /**
     * Sets {@code settlement} (replacing what was added before); null or empty: none recorded.
     *
     * @param settlement the entries; null or empty for none
     * @return this builder
     */
    public CaseRecordBuilder settlement(List<CaseRecord.Settlement> settlement) {
        this.settlement = settlement == null ? null : new ArrayList<>(settlement);
        return this;
    }

    /**
     * Sets {@code settlement} (replacing what was added before).
     *
     * @param settlement the entries
     * @return this builder
     */
    public CaseRecordBuilder settlement(CaseRecord.Settlement... settlement) {
        this.settlement = new ArrayList<>(List.of(settlement));
        return this;
    }

    /**
     * Adds one to {@code settlement}, built by {@code settlement}.
     *
     * @param settlement sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder settlement(Consumer<SettlementBuilder> settlement) {
        SettlementBuilder b = new SettlementBuilder();
        settlement.accept(b);
        addSettlement(b.build());
        return this;
    }

    private void addSettlement(CaseRecord.Settlement value) {
        if (settlement == null) {
            settlement = new ArrayList<>();
        }
        settlement.add(value);
    }

    /**
     * Sets {@code cessation} (null: left out).
     *
     * @param cessation the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder cessation(CaseRecord.Cessation cessation) {
        this.cessation = cessation;
        return this;
    }

    /**
     * Sets {@code cessation}, built by {@code cessation} from what was set before.
     *
     * @param cessation sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder cessation(Consumer<CessationBuilder> cessation) {
        CessationBuilder b = new CessationBuilder(this.cessation);
        cessation.accept(b);
        this.cessation = b.build();
        return this;
    }

    /**
     * Sets {@code exclusion} (null: left out).
     *
     * @param exclusion the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder exclusion(CaseRecord.Exclusion exclusion) {
        this.exclusion = exclusion;
        return this;
    }

    /**
     * Sets {@code exclusion}, built by {@code exclusion} from what was set before.
     *
     * @param exclusion sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder exclusion(Consumer<ExclusionBuilder> exclusion) {
        ExclusionBuilder b = new ExclusionBuilder(this.exclusion);
        exclusion.accept(b);
        this.exclusion = b.build();
        return this;
    }

    /**
     * Sets {@code procedure} (null: left out).
     *
     * @param procedure the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder procedure(CaseRecord.Procedure procedure) {
        this.procedure = procedure;
        return this;
    }

    /**
     * Sets {@code procedure}, built by {@code procedure} from what was set before.
     *
     * @param procedure sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder procedure(Consumer<ProcedureBuilder> procedure) {
        ProcedureBuilder b = new ProcedureBuilder(this.procedure);
        procedure.accept(b);
        this.procedure = b.build();
        return this;
    }

    /**
     * Sets {@code credibility} (null: left out).
     *
     * @param credibility the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder credibility(CaseRecord.Credibility credibility) {
        this.credibility = credibility;
        return this;
    }

    /**
     * Sets {@code credibility}, built by {@code credibility} from what was set before.
     *
     * @param credibility sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder credibility(Consumer<CredibilityBuilder> credibility) {
        CredibilityBuilder b = new CredibilityBuilder(this.credibility);
        credibility.accept(b);
        this.credibility = b.build();
        return this;
    }

    /**
     * Sets {@code child} (null: left out).
     *
     * @param child the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder child(CaseRecord.Child child) {
        this.child = child;
        return this;
    }

    /**
     * Sets {@code child}, built by {@code child} from what was set before.
     *
     * @param child sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder child(Consumer<ChildBuilder> child) {
        ChildBuilder b = new ChildBuilder(this.child);
        child.accept(b);
        this.child = b.build();
        return this;
    }

    /**
     * Sets {@code family} (null: left out).
     *
     * @param family the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder family(CaseRecord.FamilyLink family) {
        this.family = family;
        return this;
    }

    /**
     * Sets {@code family}, built by {@code family} from what was set before.
     *
     * @param family sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder family(Consumer<FamilyLinkBuilder> family) {
        FamilyLinkBuilder b = new FamilyLinkBuilder(this.family);
        family.accept(b);
        this.family = b.build();
        return this;
    }

    /**
     * Sets {@code entry} (null: left out).
     *
     * @param entry the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder entry(CaseRecord.Entry entry) {
        this.entry = entry;
        return this;
    }

    /**
     * Sets {@code entry}, built by {@code entry} from what was set before.
     *
     * @param entry sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder entry(Consumer<EntryBuilder> entry) {
        EntryBuilder b = new EntryBuilder(this.entry);
        entry.accept(b);
        this.entry = b.build();
        return this;
    }

    /**
     * Sets {@code detention} (null: left out).
     *
     * @param detention the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder detention(CaseRecord.Detention detention) {
        this.detention = detention;
        return this;
    }

    /**
     * Sets {@code detention}, built by {@code detention} from what was set before.
     *
     * @param detention sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder detention(Consumer<DetentionBuilder> detention) {
        DetentionBuilder b = new DetentionBuilder(this.detention);
        detention.accept(b);
        this.detention = b.build();
        return this;
    }

    /**
     * Sets {@code trafficking} (null: left out).
     *
     * @param trafficking the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder trafficking(CaseRecord.Trafficking trafficking) {
        this.trafficking = trafficking;
        return this;
    }

    /**
     * Sets {@code trafficking}, built by {@code trafficking} from what was set before.
     *
     * @param trafficking sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder trafficking(Consumer<TraffickingBuilder> trafficking) {
        TraffickingBuilder b = new TraffickingBuilder(this.trafficking);
        trafficking.accept(b);
        this.trafficking = b.build();
        return this;
    }

    /**
     * Sets {@code supportOnReturn} (null: left out).
     *
     * @param supportOnReturn the value; null leaves it out
     * @return this builder
     */
    public CaseRecordBuilder supportOnReturn(CaseRecord.SupportOnReturn supportOnReturn) {
        this.supportOnReturn = supportOnReturn;
        return this;
    }

    /**
     * Sets {@code supportOnReturn}, built by {@code supportOnReturn} from what was set before.
     *
     * @param supportOnReturn sets the facts of the part on the builder it is given
     * @return this builder
     */
    public CaseRecordBuilder supportOnReturn(Consumer<SupportOnReturnBuilder> supportOnReturn) {
        SupportOnReturnBuilder b = new SupportOnReturnBuilder(this.supportOnReturn);
        supportOnReturn.accept(b);
        this.supportOnReturn = b.build();
        return this;
    }

/**
 * The case record, checked exactly as {@link CaseJson#read(String)} checks a JSON document: the JSON Schema, the
 * limits, and the checks for impossible dates, things listed twice and contradictions.
 *
 * @return the checked case record
 * @throws InvalidCaseException listing every problem, each with its JSON path, the value received and what is
 *                              allowed
 */
public CaseRecord build() {
    return CaseJson.validate(new CaseRecord(schemaVersion, caseId, assessmentDate, person, hostState, currentCountry, countryOfOrigin, departure, stayAbroad, claim, activitiesAbroad, eventsAfterDeparture, destinations, settlement, cessation, exclusion, procedure, credibility, child, family, entry, detention, trafficking, supportOnReturn));
    }

    /** Builds a {@link CaseRecord.Person}; every fact left out is unknown. */
    public static final class PersonBuilder {
        private String id;
        private String name;
        private LocalDate dateOfBirth;
        private CaseRecord.Sex sex;
        private Truth pregnant;
        private List<CaseRecord.Nationality> nationalities;
        private Truth stateless;
        private String formerHabitualResidence;
        private List<String> possibleNationalities;

        /** An empty builder: every fact unknown. */
        public PersonBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public PersonBuilder(CaseRecord.Person from) {
            if (from != null) {
                id = from.id();
                name = from.name();
                dateOfBirth = from.dateOfBirth();
                sex = from.sex();
                pregnant = from.pregnant();
                nationalities = new ArrayList<>(from.nationalities());
                stateless = from.stateless();
                formerHabitualResidence = from.formerHabitualResidence();
                possibleNationalities = new ArrayList<>(from.possibleNationalities());
            }
        }

        /**
         * Sets {@code id} (null: left out).
         *
         * @param id the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code name} (null: left out).
         *
         * @param name the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code dateOfBirth} (null: left out).
         *
         * @param dateOfBirth the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        /**
         * Sets {@code sex} (null: left out).
         *
         * @param sex the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder sex(CaseRecord.Sex sex) {
            this.sex = sex;
            return this;
        }

        /**
         * Sets the fact {@code pregnant}: established, not_established or unknown (left out or null: unknown).
         *
         * @param pregnant established, not_established or unknown; null is unknown
         * @return this builder
         */
        public PersonBuilder pregnant(Truth pregnant) {
            this.pregnant = pregnant;
            return this;
        }

        /**
         * Sets {@code nationalities} (replacing what was added before); null or empty: none recorded.
         *
         * @param nationalities the entries; null or empty for none
         * @return this builder
         */
        public PersonBuilder nationalities(List<CaseRecord.Nationality> nationalities) {
            this.nationalities = nationalities == null ? null : new ArrayList<>(nationalities);
            return this;
        }

        /**
         * Sets {@code nationalities} (replacing what was added before).
         *
         * @param nationalities the entries
         * @return this builder
         */
        public PersonBuilder nationalities(CaseRecord.Nationality... nationalities) {
            this.nationalities = new ArrayList<>(List.of(nationalities));
            return this;
        }

        /**
         * Adds one to {@code nationalities}.
         *
         * @param nationality the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder nationality(CaseRecord.Nationality nationality) {
            addNationalities(nationality);
            return this;
        }

        /**
         * Adds a nationality: its country (ISO 3166-1 alpha-2) and basis; the other facts about it unknown.
         *
         * @param country an ISO 3166-1 alpha-2 country code
         * @param basis the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder nationality(String country, NationalityBasis basis) {
            addNationalities(new CaseRecord.Nationality(country, basis, null, null, null));
            return this;
        }

        /**
         * Adds one to {@code nationalities}, built by {@code nationality}.
         *
         * @param nationality sets the facts of the part on the builder it is given
         * @return this builder
         */
        public PersonBuilder nationality(Consumer<NationalityBuilder> nationality) {
            NationalityBuilder b = new NationalityBuilder();
            nationality.accept(b);
            addNationalities(b.build());
            return this;
        }

        private void addNationalities(CaseRecord.Nationality value) {
            if (nationalities == null) {
                nationalities = new ArrayList<>();
            }
            nationalities.add(value);
        }

        /**
         * Sets the fact {@code stateless}: established, not_established or unknown (left out or null: unknown).
         *
         * @param stateless established, not_established or unknown; null is unknown
         * @return this builder
         */
        public PersonBuilder stateless(Truth stateless) {
            this.stateless = stateless;
            return this;
        }

        /**
         * Sets {@code formerHabitualResidence} (null: left out).
         *
         * @param formerHabitualResidence the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder formerHabitualResidence(String formerHabitualResidence) {
            this.formerHabitualResidence = formerHabitualResidence;
            return this;
        }

        /**
         * Sets {@code possibleNationalities} (replacing what was added before); null or empty: none recorded.
         *
         * @param possibleNationalities the entries; null or empty for none
         * @return this builder
         */
        public PersonBuilder possibleNationalities(List<String> possibleNationalities) {
            this.possibleNationalities = possibleNationalities == null ? null : new ArrayList<>(possibleNationalities);
            return this;
        }

        /**
         * Sets {@code possibleNationalities} (replacing what was added before).
         *
         * @param possibleNationalities the entries
         * @return this builder
         */
        public PersonBuilder possibleNationalities(String... possibleNationalities) {
            this.possibleNationalities = new ArrayList<>(List.of(possibleNationalities));
            return this;
        }

        /**
         * Adds one to {@code possibleNationalities}.
         *
         * @param possibleNationality the value; null leaves it out
         * @return this builder
         */
        public PersonBuilder possibleNationality(String possibleNationality) {
            addPossibleNationalities(possibleNationality);
            return this;
        }

        private void addPossibleNationalities(String value) {
            if (possibleNationalities == null) {
                possibleNationalities = new ArrayList<>();
            }
            possibleNationalities.add(value);
        }

        /**
         * The Person, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Person
         */
        public CaseRecord.Person build() {
            return new CaseRecord.Person(id, name, dateOfBirth, sex, pregnant, nationalities, stateless, formerHabitualResidence, possibleNationalities);
        }
    }

    /** Builds a {@link CaseRecord.Nationality}; every fact left out is unknown. */
    public static final class NationalityBuilder {
        private String country;
        private NationalityBasis basis;
        private Truth stepsTaken;
        private Truth significantObstacle;
        private Truth availed;

        /** An empty builder: every fact unknown. */
        public NationalityBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public NationalityBuilder(CaseRecord.Nationality from) {
            if (from != null) {
                country = from.country();
                basis = from.basis();
                stepsTaken = from.stepsTaken();
                significantObstacle = from.significantObstacle();
                availed = from.availed();
            }
        }

        /**
         * Sets {@code country} (null: left out).
         *
         * @param country an ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public NationalityBuilder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code basis} (null: left out).
         *
         * @param basis the value; null leaves it out
         * @return this builder
         */
        public NationalityBuilder basis(NationalityBasis basis) {
            this.basis = basis;
            return this;
        }

        /**
         * Sets the fact {@code stepsTaken}: established, not_established or unknown (left out or null: unknown).
         *
         * @param stepsTaken established, not_established or unknown; null is unknown
         * @return this builder
         */
        public NationalityBuilder stepsTaken(Truth stepsTaken) {
            this.stepsTaken = stepsTaken;
            return this;
        }

        /**
         * Sets the fact {@code significantObstacle}: established, not_established or unknown (left out or null: unknown).
         *
         * @param significantObstacle established, not_established or unknown; null is unknown
         * @return this builder
         */
        public NationalityBuilder significantObstacle(Truth significantObstacle) {
            this.significantObstacle = significantObstacle;
            return this;
        }

        /**
         * Sets the fact {@code availed}: established, not_established or unknown (left out or null: unknown).
         *
         * @param availed established, not_established or unknown; null is unknown
         * @return this builder
         */
        public NationalityBuilder availed(Truth availed) {
            this.availed = availed;
            return this;
        }

        /**
         * The Nationality, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Nationality
         */
        public CaseRecord.Nationality build() {
            return new CaseRecord.Nationality(country, basis, stepsTaken, significantObstacle, availed);
        }
    }

    /** Builds a {@link CaseRecord.Departure}; every fact left out is unknown. */
    public static final class DepartureBuilder {
        private LocalDate date;
        private Truth withPermission;
        private List<Motive> motives;
        private String narrative;

        /** An empty builder: every fact unknown. */
        public DepartureBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public DepartureBuilder(CaseRecord.Departure from) {
            if (from != null) {
                date = from.date();
                withPermission = from.withPermission();
                motives = new ArrayList<>(from.motives());
                narrative = from.narrative();
            }
        }

        /**
         * Sets {@code date} (null: left out).
         *
         * @param date the value; null leaves it out
         * @return this builder
         */
        public DepartureBuilder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets the fact {@code withPermission}: established, not_established or unknown (left out or null: unknown).
         *
         * @param withPermission established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DepartureBuilder withPermission(Truth withPermission) {
            this.withPermission = withPermission;
            return this;
        }

        /**
         * Sets {@code motives} (replacing what was added before); null or empty: none recorded.
         *
         * @param motives the entries; null or empty for none
         * @return this builder
         */
        public DepartureBuilder motives(List<Motive> motives) {
            this.motives = motives == null ? null : new ArrayList<>(motives);
            return this;
        }

        /**
         * Sets {@code motives} (replacing what was added before).
         *
         * @param motives the entries
         * @return this builder
         */
        public DepartureBuilder motives(Motive... motives) {
            this.motives = new ArrayList<>(List.of(motives));
            return this;
        }

        /**
         * Adds one to {@code motives}.
         *
         * @param motive the value; null leaves it out
         * @return this builder
         */
        public DepartureBuilder motive(Motive motive) {
            addMotives(motive);
            return this;
        }

        private void addMotives(Motive value) {
            if (motives == null) {
                motives = new ArrayList<>();
            }
            motives.add(value);
        }

        /**
         * Sets {@code narrative} (null: left out).
         *
         * @param narrative the value; null leaves it out
         * @return this builder
         */
        public DepartureBuilder narrative(String narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * The Departure, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Departure
         */
        public CaseRecord.Departure build() {
            return new CaseRecord.Departure(date, withPermission, motives, narrative);
        }
    }

    /** Builds a {@link CaseRecord.StayAbroad}; every fact left out is unknown. */
    public static final class StayAbroadBuilder {
        private Truth authorisedByOrigin;
        private LocalDate unauthorisedSince;
        private Truth contactWithSouthKoreans;
        private Truth contactWithChurches;
        private Truth attemptToReachSouthKorea;

        /** An empty builder: every fact unknown. */
        public StayAbroadBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public StayAbroadBuilder(CaseRecord.StayAbroad from) {
            if (from != null) {
                authorisedByOrigin = from.authorisedByOrigin();
                unauthorisedSince = from.unauthorisedSince();
                contactWithSouthKoreans = from.contactWithSouthKoreans();
                contactWithChurches = from.contactWithChurches();
                attemptToReachSouthKorea = from.attemptToReachSouthKorea();
            }
        }

        /**
         * Sets the fact {@code authorisedByOrigin}: established, not_established or unknown (left out or null: unknown).
         *
         * @param authorisedByOrigin established, not_established or unknown; null is unknown
         * @return this builder
         */
        public StayAbroadBuilder authorisedByOrigin(Truth authorisedByOrigin) {
            this.authorisedByOrigin = authorisedByOrigin;
            return this;
        }

        /**
         * Sets {@code unauthorisedSince} (null: left out).
         *
         * @param unauthorisedSince the value; null leaves it out
         * @return this builder
         */
        public StayAbroadBuilder unauthorisedSince(LocalDate unauthorisedSince) {
            this.unauthorisedSince = unauthorisedSince;
            return this;
        }

        /**
         * Sets the fact {@code contactWithSouthKoreans}: established, not_established or unknown (left out or null: unknown).
         *
         * @param contactWithSouthKoreans established, not_established or unknown; null is unknown
         * @return this builder
         */
        public StayAbroadBuilder contactWithSouthKoreans(Truth contactWithSouthKoreans) {
            this.contactWithSouthKoreans = contactWithSouthKoreans;
            return this;
        }

        /**
         * Sets the fact {@code contactWithChurches}: established, not_established or unknown (left out or null: unknown).
         *
         * @param contactWithChurches established, not_established or unknown; null is unknown
         * @return this builder
         */
        public StayAbroadBuilder contactWithChurches(Truth contactWithChurches) {
            this.contactWithChurches = contactWithChurches;
            return this;
        }

        /**
         * Sets the fact {@code attemptToReachSouthKorea}: established, not_established or unknown (left out or null: unknown).
         *
         * @param attemptToReachSouthKorea established, not_established or unknown; null is unknown
         * @return this builder
         */
        public StayAbroadBuilder attemptToReachSouthKorea(Truth attemptToReachSouthKorea) {
            this.attemptToReachSouthKorea = attemptToReachSouthKorea;
            return this;
        }

        /**
         * The StayAbroad, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the StayAbroad
         */
        public CaseRecord.StayAbroad build() {
            return new CaseRecord.StayAbroad(authorisedByOrigin, unauthorisedSince, contactWithSouthKoreans, contactWithChurches, attemptToReachSouthKorea);
        }
    }

    /** Builds a {@link CaseRecord.Claim}; every fact left out is unknown. */
    public static final class ClaimBuilder {
        private Truth statedFear;
        private Truth pastPersecution;
        private Truth politicalActivityBeforeDeparture;
        private List<Conduct> profile;
        private Truth wouldConcealOnReturn;
        private Truth concealmentOutOfFear;
        private String narrative;

        /** An empty builder: every fact unknown. */
        public ClaimBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ClaimBuilder(CaseRecord.Claim from) {
            if (from != null) {
                statedFear = from.statedFear();
                pastPersecution = from.pastPersecution();
                politicalActivityBeforeDeparture = from.politicalActivityBeforeDeparture();
                profile = new ArrayList<>(from.profile());
                wouldConcealOnReturn = from.wouldConcealOnReturn();
                concealmentOutOfFear = from.concealmentOutOfFear();
                narrative = from.narrative();
            }
        }

        /**
         * Sets the fact {@code statedFear}: established, not_established or unknown (left out or null: unknown).
         *
         * @param statedFear established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ClaimBuilder statedFear(Truth statedFear) {
            this.statedFear = statedFear;
            return this;
        }

        /**
         * Sets the fact {@code pastPersecution}: established, not_established or unknown (left out or null: unknown).
         *
         * @param pastPersecution established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ClaimBuilder pastPersecution(Truth pastPersecution) {
            this.pastPersecution = pastPersecution;
            return this;
        }

        /**
         * Sets the fact {@code politicalActivityBeforeDeparture}: established, not_established or unknown (left out or null: unknown).
         *
         * @param politicalActivityBeforeDeparture established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ClaimBuilder politicalActivityBeforeDeparture(Truth politicalActivityBeforeDeparture) {
            this.politicalActivityBeforeDeparture = politicalActivityBeforeDeparture;
            return this;
        }

        /**
         * Sets {@code profile} (replacing what was added before); null or empty: none recorded.
         *
         * @param profile the entries; null or empty for none
         * @return this builder
         */
        public ClaimBuilder profile(List<Conduct> profile) {
            this.profile = profile == null ? null : new ArrayList<>(profile);
            return this;
        }

        /**
         * Sets {@code profile} (replacing what was added before).
         *
         * @param profile the entries
         * @return this builder
         */
        public ClaimBuilder profile(Conduct... profile) {
            this.profile = new ArrayList<>(List.of(profile));
            return this;
        }

        private void addProfile(Conduct value) {
            if (profile == null) {
                profile = new ArrayList<>();
            }
            profile.add(value);
        }

        /**
         * Sets the fact {@code wouldConcealOnReturn}: established, not_established or unknown (left out or null: unknown).
         *
         * @param wouldConcealOnReturn established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ClaimBuilder wouldConcealOnReturn(Truth wouldConcealOnReturn) {
            this.wouldConcealOnReturn = wouldConcealOnReturn;
            return this;
        }

        /**
         * Sets the fact {@code concealmentOutOfFear}: established, not_established or unknown (left out or null: unknown).
         *
         * @param concealmentOutOfFear established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ClaimBuilder concealmentOutOfFear(Truth concealmentOutOfFear) {
            this.concealmentOutOfFear = concealmentOutOfFear;
            return this;
        }

        /**
         * Sets {@code narrative} (null: left out).
         *
         * @param narrative the value; null leaves it out
         * @return this builder
         */
        public ClaimBuilder narrative(String narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * The Claim, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Claim
         */
        public CaseRecord.Claim build() {
            return new CaseRecord.Claim(statedFear, pastPersecution, politicalActivityBeforeDeparture, profile, wouldConcealOnReturn, concealmentOutOfFear, narrative);
        }
    }

    /** Builds a {@link CaseRecord.ActivityAbroad}; every fact left out is unknown. */
    public static final class ActivityAbroadBuilder {
        private LocalDate date;
        private Conduct kind;
        private CaseRecord.Visibility visibility;
        private Truth authoritiesAware;
        private Truth mainlyToCreateClaim;
        private String narrative;
        private CaseRecord.ActivityRole role;
        private Truth linksToKnownLeadersOrGroups;
        private Truth beliefGenuine;
        private Truth wouldManifestOnReturn;

        /** An empty builder: every fact unknown. */
        public ActivityAbroadBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ActivityAbroadBuilder(CaseRecord.ActivityAbroad from) {
            if (from != null) {
                date = from.date();
                kind = from.kind();
                visibility = from.visibility();
                authoritiesAware = from.authoritiesAware();
                mainlyToCreateClaim = from.mainlyToCreateClaim();
                narrative = from.narrative();
                role = from.role();
                linksToKnownLeadersOrGroups = from.linksToKnownLeadersOrGroups();
                beliefGenuine = from.beliefGenuine();
                wouldManifestOnReturn = from.wouldManifestOnReturn();
            }
        }

        /**
         * Sets {@code date} (null: left out).
         *
         * @param date the value; null leaves it out
         * @return this builder
         */
        public ActivityAbroadBuilder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@code kind} (null: left out).
         *
         * @param kind the value; null leaves it out
         * @return this builder
         */
        public ActivityAbroadBuilder kind(Conduct kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code visibility} (null: left out).
         *
         * @param visibility the value; null leaves it out
         * @return this builder
         */
        public ActivityAbroadBuilder visibility(CaseRecord.Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /**
         * Sets the fact {@code authoritiesAware}: established, not_established or unknown (left out or null: unknown).
         *
         * @param authoritiesAware established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ActivityAbroadBuilder authoritiesAware(Truth authoritiesAware) {
            this.authoritiesAware = authoritiesAware;
            return this;
        }

        /**
         * Sets the fact {@code mainlyToCreateClaim}: established, not_established or unknown (left out or null: unknown).
         *
         * @param mainlyToCreateClaim established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ActivityAbroadBuilder mainlyToCreateClaim(Truth mainlyToCreateClaim) {
            this.mainlyToCreateClaim = mainlyToCreateClaim;
            return this;
        }

        /**
         * Sets {@code narrative} (null: left out).
         *
         * @param narrative the value; null leaves it out
         * @return this builder
         */
        public ActivityAbroadBuilder narrative(String narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * Sets {@code role} (null: left out).
         *
         * @param role the value; null leaves it out
         * @return this builder
         */
        public ActivityAbroadBuilder role(CaseRecord.ActivityRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets the fact {@code linksToKnownLeadersOrGroups}: established, not_established or unknown (left out or null: unknown).
         *
         * @param linksToKnownLeadersOrGroups established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ActivityAbroadBuilder linksToKnownLeadersOrGroups(Truth linksToKnownLeadersOrGroups) {
            this.linksToKnownLeadersOrGroups = linksToKnownLeadersOrGroups;
            return this;
        }

        /**
         * Sets the fact {@code beliefGenuine}: established, not_established or unknown (left out or null: unknown).
         *
         * @param beliefGenuine established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ActivityAbroadBuilder beliefGenuine(Truth beliefGenuine) {
            this.beliefGenuine = beliefGenuine;
            return this;
        }

        /**
         * Sets the fact {@code wouldManifestOnReturn}: established, not_established or unknown (left out or null: unknown).
         *
         * @param wouldManifestOnReturn established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ActivityAbroadBuilder wouldManifestOnReturn(Truth wouldManifestOnReturn) {
            this.wouldManifestOnReturn = wouldManifestOnReturn;
            return this;
        }

        /**
         * The ActivityAbroad, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the ActivityAbroad
         */
        public CaseRecord.ActivityAbroad build() {
            return new CaseRecord.ActivityAbroad(date, kind, visibility, authoritiesAware, mainlyToCreateClaim, narrative, role, linksToKnownLeadersOrGroups, beliefGenuine, wouldManifestOnReturn);
        }
    }

    /** Builds a {@link CaseRecord.EventAfterDeparture}; every fact left out is unknown. */
    public static final class EventAfterDepartureBuilder {
        private LocalDate date;
        private String country;
        private String conditionId;
        private String description;

        /** An empty builder: every fact unknown. */
        public EventAfterDepartureBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public EventAfterDepartureBuilder(CaseRecord.EventAfterDeparture from) {
            if (from != null) {
                date = from.date();
                country = from.country();
                conditionId = from.conditionId();
                description = from.description();
            }
        }

        /**
         * Sets {@code date} (null: left out).
         *
         * @param date the value; null leaves it out
         * @return this builder
         */
        public EventAfterDepartureBuilder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@code country} (null: left out).
         *
         * @param country an ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public EventAfterDepartureBuilder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code conditionId} (null: left out).
         *
         * @param conditionId the value; null leaves it out
         * @return this builder
         */
        public EventAfterDepartureBuilder conditionId(String conditionId) {
            this.conditionId = conditionId;
            return this;
        }

        /**
         * Sets {@code description} (null: left out).
         *
         * @param description the value; null leaves it out
         * @return this builder
         */
        public EventAfterDepartureBuilder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The EventAfterDeparture, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the EventAfterDeparture
         */
        public CaseRecord.EventAfterDeparture build() {
            return new CaseRecord.EventAfterDeparture(date, country, conditionId, description);
        }
    }

    /** Builds a {@link CaseRecord.Destination}; every fact left out is unknown. */
    public static final class DestinationBuilder {
        private String country;
        private List<Harm> harmsFaced;
        private Agent inflictedBy;
        private Truth stateProtectionAvailable;
        private List<CaseRecord.GroundClaim> grounds;
        private CaseRecord.Prosecution prosecution;
        private Truth internalProtectionAlternative;
        private Truth admitsPerson;
        private Truth reachable;
        private Truth riskThere;
        private Truth onwardReturnRisk;
        private Truth diplomaticAssurances;
        private Truth armedConflictIndiscriminateViolence;
        private List<CaseRecord.ConditionFinding> conditionFindings;
        private CaseRecord.Assurances assurances;
        private Truth generalViolenceOfExceptionalIntensity;
        private Truth harmMoreLikelyThanNot;
        private Truth substantiallyPrejudicial;
        private Ground stateWithholdsProtectionFor;
        private CaseRecord.Health health;
        private Truth riskFacedGenerally;
        private Truth harmFromLawfulSanctions;

        /** An empty builder: every fact unknown. */
        public DestinationBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public DestinationBuilder(CaseRecord.Destination from) {
            if (from != null) {
                country = from.country();
                harmsFaced = new ArrayList<>(from.harmsFaced());
                inflictedBy = from.inflictedBy();
                stateProtectionAvailable = from.stateProtectionAvailable();
                grounds = new ArrayList<>(from.grounds());
                prosecution = from.prosecution();
                internalProtectionAlternative = from.internalProtectionAlternative();
                admitsPerson = from.admitsPerson();
                reachable = from.reachable();
                riskThere = from.riskThere();
                onwardReturnRisk = from.onwardReturnRisk();
                diplomaticAssurances = from.diplomaticAssurances();
                armedConflictIndiscriminateViolence = from.armedConflictIndiscriminateViolence();
                conditionFindings = new ArrayList<>(from.conditionFindings());
                assurances = from.assurances();
                generalViolenceOfExceptionalIntensity = from.generalViolenceOfExceptionalIntensity();
                harmMoreLikelyThanNot = from.harmMoreLikelyThanNot();
                substantiallyPrejudicial = from.substantiallyPrejudicial();
                stateWithholdsProtectionFor = from.stateWithholdsProtectionFor();
                health = from.health();
                riskFacedGenerally = from.riskFacedGenerally();
                harmFromLawfulSanctions = from.harmFromLawfulSanctions();
            }
        }

        /**
         * Sets {@code country} (null: left out).
         *
         * @param country an ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public DestinationBuilder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code harmsFaced} (replacing what was added before); null or empty: none recorded.
         *
         * @param harmsFaced the entries; null or empty for none
         * @return this builder
         */
        public DestinationBuilder harmsFaced(List<Harm> harmsFaced) {
            this.harmsFaced = harmsFaced == null ? null : new ArrayList<>(harmsFaced);
            return this;
        }

        /**
         * Sets {@code harmsFaced} (replacing what was added before).
         *
         * @param harmsFaced the entries
         * @return this builder
         */
        public DestinationBuilder harmsFaced(Harm... harmsFaced) {
            this.harmsFaced = new ArrayList<>(List.of(harmsFaced));
            return this;
        }

        /**
         * Adds one to {@code harmsFaced}.
         *
         * @param harmFaced the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder harmFaced(Harm harmFaced) {
            addHarmsFaced(harmFaced);
            return this;
        }

        private void addHarmsFaced(Harm value) {
            if (harmsFaced == null) {
                harmsFaced = new ArrayList<>();
            }
            harmsFaced.add(value);
        }

        /**
         * Sets {@code inflictedBy} (null: left out).
         *
         * @param inflictedBy the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder inflictedBy(Agent inflictedBy) {
            this.inflictedBy = inflictedBy;
            return this;
        }

        /**
         * Sets the fact {@code stateProtectionAvailable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param stateProtectionAvailable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder stateProtectionAvailable(Truth stateProtectionAvailable) {
            this.stateProtectionAvailable = stateProtectionAvailable;
            return this;
        }

        /**
         * Sets {@code grounds} (replacing what was added before); null or empty: none recorded.
         *
         * @param grounds the entries; null or empty for none
         * @return this builder
         */
        public DestinationBuilder grounds(List<CaseRecord.GroundClaim> grounds) {
            this.grounds = grounds == null ? null : new ArrayList<>(grounds);
            return this;
        }

        /**
         * Sets {@code grounds} (replacing what was added before).
         *
         * @param grounds the entries
         * @return this builder
         */
        public DestinationBuilder grounds(CaseRecord.GroundClaim... grounds) {
            this.grounds = new ArrayList<>(List.of(grounds));
            return this;
        }

        /**
         * Adds one to {@code grounds}.
         *
         * @param ground the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder ground(CaseRecord.GroundClaim ground) {
            addGrounds(ground);
            return this;
        }

        /**
         * Adds one to {@code grounds}, built by {@code ground}.
         *
         * @param ground sets the facts of the part on the builder it is given
         * @return this builder
         */
        public DestinationBuilder ground(Consumer<GroundClaimBuilder> ground) {
            GroundClaimBuilder b = new GroundClaimBuilder();
            ground.accept(b);
            addGrounds(b.build());
            return this;
        }

        private void addGrounds(CaseRecord.GroundClaim value) {
            if (grounds == null) {
                grounds = new ArrayList<>();
            }
            grounds.add(value);
        }

        /**
         * Adds a Convention ground, whether it is imputed and the persecutor's motive unknown.
         *
         * @param ground the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder ground(Ground ground) {
            addGrounds(new CaseRecord.GroundClaim(ground, null, null, null));
            return this;
        }

        /**
         * Sets {@code prosecution} (null: left out).
         *
         * @param prosecution the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder prosecution(CaseRecord.Prosecution prosecution) {
            this.prosecution = prosecution;
            return this;
        }

        /**
         * Sets {@code prosecution}, built by {@code prosecution} from what was set before.
         *
         * @param prosecution sets the facts of the part on the builder it is given
         * @return this builder
         */
        public DestinationBuilder prosecution(Consumer<ProsecutionBuilder> prosecution) {
            ProsecutionBuilder b = new ProsecutionBuilder(this.prosecution);
            prosecution.accept(b);
            this.prosecution = b.build();
            return this;
        }

        /**
         * Sets the fact {@code internalProtectionAlternative}: established, not_established or unknown (left out or null: unknown).
         *
         * @param internalProtectionAlternative established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder internalProtectionAlternative(Truth internalProtectionAlternative) {
            this.internalProtectionAlternative = internalProtectionAlternative;
            return this;
        }

        /**
         * Sets the fact {@code admitsPerson}: established, not_established or unknown (left out or null: unknown).
         *
         * @param admitsPerson established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder admitsPerson(Truth admitsPerson) {
            this.admitsPerson = admitsPerson;
            return this;
        }

        /**
         * Sets the fact {@code reachable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param reachable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder reachable(Truth reachable) {
            this.reachable = reachable;
            return this;
        }

        /**
         * Sets the fact {@code riskThere}: established, not_established or unknown (left out or null: unknown).
         *
         * @param riskThere established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder riskThere(Truth riskThere) {
            this.riskThere = riskThere;
            return this;
        }

        /**
         * Sets the fact {@code onwardReturnRisk}: established, not_established or unknown (left out or null: unknown).
         *
         * @param onwardReturnRisk established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder onwardReturnRisk(Truth onwardReturnRisk) {
            this.onwardReturnRisk = onwardReturnRisk;
            return this;
        }

        /**
         * Sets the fact {@code diplomaticAssurances}: established, not_established or unknown (left out or null: unknown).
         *
         * @param diplomaticAssurances established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder diplomaticAssurances(Truth diplomaticAssurances) {
            this.diplomaticAssurances = diplomaticAssurances;
            return this;
        }

        /**
         * Sets the fact {@code armedConflictIndiscriminateViolence}: established, not_established or unknown (left out or null: unknown).
         *
         * @param armedConflictIndiscriminateViolence established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder armedConflictIndiscriminateViolence(Truth armedConflictIndiscriminateViolence) {
            this.armedConflictIndiscriminateViolence = armedConflictIndiscriminateViolence;
            return this;
        }

        /**
         * Sets {@code conditionFindings} (replacing what was added before); null or empty: none recorded.
         *
         * @param conditionFindings the entries; null or empty for none
         * @return this builder
         */
        public DestinationBuilder conditionFindings(List<CaseRecord.ConditionFinding> conditionFindings) {
            this.conditionFindings = conditionFindings == null ? null : new ArrayList<>(conditionFindings);
            return this;
        }

        /**
         * Sets {@code conditionFindings} (replacing what was added before).
         *
         * @param conditionFindings the entries
         * @return this builder
         */
        public DestinationBuilder conditionFindings(CaseRecord.ConditionFinding... conditionFindings) {
            this.conditionFindings = new ArrayList<>(List.of(conditionFindings));
            return this;
        }

        /**
         * Adds one to {@code conditionFindings}.
         *
         * @param conditionFinding the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder conditionFinding(CaseRecord.ConditionFinding conditionFinding) {
            addConditionFindings(conditionFinding);
            return this;
        }

        /**
         * Adds one to {@code conditionFindings}, built by {@code conditionFinding}.
         *
         * @param conditionFinding sets the facts of the part on the builder it is given
         * @return this builder
         */
        public DestinationBuilder conditionFinding(Consumer<ConditionFindingBuilder> conditionFinding) {
            ConditionFindingBuilder b = new ConditionFindingBuilder();
            conditionFinding.accept(b);
            addConditionFindings(b.build());
            return this;
        }

        private void addConditionFindings(CaseRecord.ConditionFinding value) {
            if (conditionFindings == null) {
                conditionFindings = new ArrayList<>();
            }
            conditionFindings.add(value);
        }

        /**
         * Sets {@code assurances} (null: left out).
         *
         * @param assurances the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder assurances(CaseRecord.Assurances assurances) {
            this.assurances = assurances;
            return this;
        }

        /**
         * Sets {@code assurances}, built by {@code assurances} from what was set before.
         *
         * @param assurances sets the facts of the part on the builder it is given
         * @return this builder
         */
        public DestinationBuilder assurances(Consumer<AssurancesBuilder> assurances) {
            AssurancesBuilder b = new AssurancesBuilder(this.assurances);
            assurances.accept(b);
            this.assurances = b.build();
            return this;
        }

        /**
         * Sets the fact {@code generalViolenceOfExceptionalIntensity}: established, not_established or unknown (left out or null: unknown).
         *
         * @param generalViolenceOfExceptionalIntensity established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder generalViolenceOfExceptionalIntensity(Truth generalViolenceOfExceptionalIntensity) {
            this.generalViolenceOfExceptionalIntensity = generalViolenceOfExceptionalIntensity;
            return this;
        }

        /**
         * Sets the fact {@code harmMoreLikelyThanNot}: established, not_established or unknown (left out or null: unknown).
         *
         * @param harmMoreLikelyThanNot established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder harmMoreLikelyThanNot(Truth harmMoreLikelyThanNot) {
            this.harmMoreLikelyThanNot = harmMoreLikelyThanNot;
            return this;
        }

        /**
         * Sets the fact {@code substantiallyPrejudicial}: established, not_established or unknown (left out or null: unknown).
         *
         * @param substantiallyPrejudicial established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder substantiallyPrejudicial(Truth substantiallyPrejudicial) {
            this.substantiallyPrejudicial = substantiallyPrejudicial;
            return this;
        }

        /**
         * Sets {@code stateWithholdsProtectionFor} (null: left out).
         *
         * @param stateWithholdsProtectionFor the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder stateWithholdsProtectionFor(Ground stateWithholdsProtectionFor) {
            this.stateWithholdsProtectionFor = stateWithholdsProtectionFor;
            return this;
        }

        /**
         * Sets {@code health} (null: left out).
         *
         * @param health the value; null leaves it out
         * @return this builder
         */
        public DestinationBuilder health(CaseRecord.Health health) {
            this.health = health;
            return this;
        }

        /**
         * Sets {@code health}, built by {@code health} from what was set before.
         *
         * @param health sets the facts of the part on the builder it is given
         * @return this builder
         */
        public DestinationBuilder health(Consumer<HealthBuilder> health) {
            HealthBuilder b = new HealthBuilder(this.health);
            health.accept(b);
            this.health = b.build();
            return this;
        }

        /**
         * Sets the fact {@code riskFacedGenerally}: established, not_established or unknown (left out or null: unknown).
         *
         * @param riskFacedGenerally established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder riskFacedGenerally(Truth riskFacedGenerally) {
            this.riskFacedGenerally = riskFacedGenerally;
            return this;
        }

        /**
         * Sets the fact {@code harmFromLawfulSanctions}: established, not_established or unknown (left out or null: unknown).
         *
         * @param harmFromLawfulSanctions established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DestinationBuilder harmFromLawfulSanctions(Truth harmFromLawfulSanctions) {
            this.harmFromLawfulSanctions = harmFromLawfulSanctions;
            return this;
        }

        /**
         * The Destination, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Destination
         */
        public CaseRecord.Destination build() {
            return new CaseRecord.Destination(country, harmsFaced, inflictedBy, stateProtectionAvailable, grounds, prosecution, internalProtectionAlternative, admitsPerson, reachable, riskThere, onwardReturnRisk, diplomaticAssurances, armedConflictIndiscriminateViolence, conditionFindings, assurances, generalViolenceOfExceptionalIntensity, harmMoreLikelyThanNot, substantiallyPrejudicial, stateWithholdsProtectionFor, health, riskFacedGenerally, harmFromLawfulSanctions);
        }
    }

    /** Builds a {@link CaseRecord.GroundClaim}; every fact left out is unknown. */
    public static final class GroundClaimBuilder {
        private Ground ground;
        private Truth imputed;
        private Truth persecutorMotiveShown;
        private Truth groundContributes;

        /** An empty builder: every fact unknown. */
        public GroundClaimBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public GroundClaimBuilder(CaseRecord.GroundClaim from) {
            if (from != null) {
                ground = from.ground();
                imputed = from.imputed();
                persecutorMotiveShown = from.persecutorMotiveShown();
                groundContributes = from.groundContributes();
            }
        }

        /**
         * Sets {@code ground} (null: left out).
         *
         * @param ground the value; null leaves it out
         * @return this builder
         */
        public GroundClaimBuilder ground(Ground ground) {
            this.ground = ground;
            return this;
        }

        /**
         * Sets the fact {@code imputed}: established, not_established or unknown (left out or null: unknown).
         *
         * @param imputed established, not_established or unknown; null is unknown
         * @return this builder
         */
        public GroundClaimBuilder imputed(Truth imputed) {
            this.imputed = imputed;
            return this;
        }

        /**
         * Sets the fact {@code persecutorMotiveShown}: established, not_established or unknown (left out or null: unknown).
         *
         * @param persecutorMotiveShown established, not_established or unknown; null is unknown
         * @return this builder
         */
        public GroundClaimBuilder persecutorMotiveShown(Truth persecutorMotiveShown) {
            this.persecutorMotiveShown = persecutorMotiveShown;
            return this;
        }

        /**
         * Sets the fact {@code groundContributes}: established, not_established or unknown (left out or null: unknown).
         *
         * @param groundContributes established, not_established or unknown; null is unknown
         * @return this builder
         */
        public GroundClaimBuilder groundContributes(Truth groundContributes) {
            this.groundContributes = groundContributes;
            return this;
        }

        /**
         * The GroundClaim, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the GroundClaim
         */
        public CaseRecord.GroundClaim build() {
            return new CaseRecord.GroundClaim(ground, imputed, persecutorMotiveShown, groundContributes);
        }
    }

    /** Builds a {@link CaseRecord.Prosecution}; every fact left out is unknown. */
    public static final class ProsecutionBuilder {
        private String offence;
        private Harm penalty;
        private Truth disproportionate;
        private Truth discriminatory;
        private Truth withoutDueProcess;
        private Truth offenceIsExerciseOfProtectedRight;
        private Truth offenceIntentionalKilling;
        private Truth assuranceAgainstDeathPenalty;
        private Ground protectedGround;

        /** An empty builder: every fact unknown. */
        public ProsecutionBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ProsecutionBuilder(CaseRecord.Prosecution from) {
            if (from != null) {
                offence = from.offence();
                penalty = from.penalty();
                disproportionate = from.disproportionate();
                discriminatory = from.discriminatory();
                withoutDueProcess = from.withoutDueProcess();
                offenceIsExerciseOfProtectedRight = from.offenceIsExerciseOfProtectedRight();
                offenceIntentionalKilling = from.offenceIntentionalKilling();
                assuranceAgainstDeathPenalty = from.assuranceAgainstDeathPenalty();
                protectedGround = from.protectedGround();
            }
        }

        /**
         * Sets {@code offence} (null: left out).
         *
         * @param offence the value; null leaves it out
         * @return this builder
         */
        public ProsecutionBuilder offence(String offence) {
            this.offence = offence;
            return this;
        }

        /**
         * Sets {@code penalty} (null: left out).
         *
         * @param penalty the value; null leaves it out
         * @return this builder
         */
        public ProsecutionBuilder penalty(Harm penalty) {
            this.penalty = penalty;
            return this;
        }

        /**
         * Sets the fact {@code disproportionate}: established, not_established or unknown (left out or null: unknown).
         *
         * @param disproportionate established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder disproportionate(Truth disproportionate) {
            this.disproportionate = disproportionate;
            return this;
        }

        /**
         * Sets the fact {@code discriminatory}: established, not_established or unknown (left out or null: unknown).
         *
         * @param discriminatory established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder discriminatory(Truth discriminatory) {
            this.discriminatory = discriminatory;
            return this;
        }

        /**
         * Sets the fact {@code withoutDueProcess}: established, not_established or unknown (left out or null: unknown).
         *
         * @param withoutDueProcess established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder withoutDueProcess(Truth withoutDueProcess) {
            this.withoutDueProcess = withoutDueProcess;
            return this;
        }

        /**
         * Sets the fact {@code offenceIsExerciseOfProtectedRight}: established, not_established or unknown (left out or null: unknown).
         *
         * @param offenceIsExerciseOfProtectedRight established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder offenceIsExerciseOfProtectedRight(Truth offenceIsExerciseOfProtectedRight) {
            this.offenceIsExerciseOfProtectedRight = offenceIsExerciseOfProtectedRight;
            return this;
        }

        /**
         * Sets the fact {@code offenceIntentionalKilling}: established, not_established or unknown (left out or null: unknown).
         *
         * @param offenceIntentionalKilling established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder offenceIntentionalKilling(Truth offenceIntentionalKilling) {
            this.offenceIntentionalKilling = offenceIntentionalKilling;
            return this;
        }

        /**
         * Sets the fact {@code assuranceAgainstDeathPenalty}: established, not_established or unknown (left out or null: unknown).
         *
         * @param assuranceAgainstDeathPenalty established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProsecutionBuilder assuranceAgainstDeathPenalty(Truth assuranceAgainstDeathPenalty) {
            this.assuranceAgainstDeathPenalty = assuranceAgainstDeathPenalty;
            return this;
        }

        /**
         * Sets {@code protectedGround} (null: left out).
         *
         * @param protectedGround the value; null leaves it out
         * @return this builder
         */
        public ProsecutionBuilder protectedGround(Ground protectedGround) {
            this.protectedGround = protectedGround;
            return this;
        }

        /**
         * The Prosecution, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Prosecution
         */
        public CaseRecord.Prosecution build() {
            return new CaseRecord.Prosecution(offence, penalty, disproportionate, discriminatory, withoutDueProcess, offenceIsExerciseOfProtectedRight, offenceIntentionalKilling, assuranceAgainstDeathPenalty, protectedGround);
        }
    }

    /** Builds a {@link CaseRecord.ConditionFinding}; every fact left out is unknown. */
    public static final class ConditionFindingBuilder {
        private String conditionId;
        private Truth stateProtectionAvailable;
        private Truth internalProtectionAlternative;

        /** An empty builder: every fact unknown. */
        public ConditionFindingBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ConditionFindingBuilder(CaseRecord.ConditionFinding from) {
            if (from != null) {
                conditionId = from.conditionId();
                stateProtectionAvailable = from.stateProtectionAvailable();
                internalProtectionAlternative = from.internalProtectionAlternative();
            }
        }

        /**
         * Sets {@code conditionId} (null: left out).
         *
         * @param conditionId the value; null leaves it out
         * @return this builder
         */
        public ConditionFindingBuilder conditionId(String conditionId) {
            this.conditionId = conditionId;
            return this;
        }

        /**
         * Sets the fact {@code stateProtectionAvailable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param stateProtectionAvailable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ConditionFindingBuilder stateProtectionAvailable(Truth stateProtectionAvailable) {
            this.stateProtectionAvailable = stateProtectionAvailable;
            return this;
        }

        /**
         * Sets the fact {@code internalProtectionAlternative}: established, not_established or unknown (left out or null: unknown).
         *
         * @param internalProtectionAlternative established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ConditionFindingBuilder internalProtectionAlternative(Truth internalProtectionAlternative) {
            this.internalProtectionAlternative = internalProtectionAlternative;
            return this;
        }

        /**
         * The ConditionFinding, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the ConditionFinding
         */
        public CaseRecord.ConditionFinding build() {
            return new CaseRecord.ConditionFinding(conditionId, stateProtectionAvailable, internalProtectionAlternative);
        }
    }

    /** Builds a {@link CaseRecord.Assurances}; every fact left out is unknown. */
    public static final class AssurancesBuilder {
        private Truth specific;
        private Truth givenByAuthorityThatCanBindState;
        private Truth verifiable;
        private Truth recordOfCompliance;

        /** An empty builder: every fact unknown. */
        public AssurancesBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public AssurancesBuilder(CaseRecord.Assurances from) {
            if (from != null) {
                specific = from.specific();
                givenByAuthorityThatCanBindState = from.givenByAuthorityThatCanBindState();
                verifiable = from.verifiable();
                recordOfCompliance = from.recordOfCompliance();
            }
        }

        /**
         * Sets the fact {@code specific}: established, not_established or unknown (left out or null: unknown).
         *
         * @param specific established, not_established or unknown; null is unknown
         * @return this builder
         */
        public AssurancesBuilder specific(Truth specific) {
            this.specific = specific;
            return this;
        }

        /**
         * Sets the fact {@code givenByAuthorityThatCanBindState}: established, not_established or unknown (left out or null: unknown).
         *
         * @param givenByAuthorityThatCanBindState established, not_established or unknown; null is unknown
         * @return this builder
         */
        public AssurancesBuilder givenByAuthorityThatCanBindState(Truth givenByAuthorityThatCanBindState) {
            this.givenByAuthorityThatCanBindState = givenByAuthorityThatCanBindState;
            return this;
        }

        /**
         * Sets the fact {@code verifiable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param verifiable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public AssurancesBuilder verifiable(Truth verifiable) {
            this.verifiable = verifiable;
            return this;
        }

        /**
         * Sets the fact {@code recordOfCompliance}: established, not_established or unknown (left out or null: unknown).
         *
         * @param recordOfCompliance established, not_established or unknown; null is unknown
         * @return this builder
         */
        public AssurancesBuilder recordOfCompliance(Truth recordOfCompliance) {
            this.recordOfCompliance = recordOfCompliance;
            return this;
        }

        /**
         * The Assurances, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Assurances
         */
        public CaseRecord.Assurances build() {
            return new CaseRecord.Assurances(specific, givenByAuthorityThatCanBindState, verifiable, recordOfCompliance);
        }
    }

    /** Builds a {@link CaseRecord.Health}; every fact left out is unknown. */
    public static final class HealthBuilder {
        private Truth seriousIllness;
        private Truth treatmentAvailable;
        private Truth treatmentAccessible;
        private Truth seriousRapidIrreversibleDecline;

        /** An empty builder: every fact unknown. */
        public HealthBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public HealthBuilder(CaseRecord.Health from) {
            if (from != null) {
                seriousIllness = from.seriousIllness();
                treatmentAvailable = from.treatmentAvailable();
                treatmentAccessible = from.treatmentAccessible();
                seriousRapidIrreversibleDecline = from.seriousRapidIrreversibleDecline();
            }
        }

        /**
         * Sets the fact {@code seriousIllness}: established, not_established or unknown (left out or null: unknown).
         *
         * @param seriousIllness established, not_established or unknown; null is unknown
         * @return this builder
         */
        public HealthBuilder seriousIllness(Truth seriousIllness) {
            this.seriousIllness = seriousIllness;
            return this;
        }

        /**
         * Sets the fact {@code treatmentAvailable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param treatmentAvailable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public HealthBuilder treatmentAvailable(Truth treatmentAvailable) {
            this.treatmentAvailable = treatmentAvailable;
            return this;
        }

        /**
         * Sets the fact {@code treatmentAccessible}: established, not_established or unknown (left out or null: unknown).
         *
         * @param treatmentAccessible established, not_established or unknown; null is unknown
         * @return this builder
         */
        public HealthBuilder treatmentAccessible(Truth treatmentAccessible) {
            this.treatmentAccessible = treatmentAccessible;
            return this;
        }

        /**
         * Sets the fact {@code seriousRapidIrreversibleDecline}: established, not_established or unknown (left out or null: unknown).
         *
         * @param seriousRapidIrreversibleDecline established, not_established or unknown; null is unknown
         * @return this builder
         */
        public HealthBuilder seriousRapidIrreversibleDecline(Truth seriousRapidIrreversibleDecline) {
            this.seriousRapidIrreversibleDecline = seriousRapidIrreversibleDecline;
            return this;
        }

        /**
         * The Health, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Health
         */
        public CaseRecord.Health build() {
            return new CaseRecord.Health(seriousIllness, treatmentAvailable, treatmentAccessible, seriousRapidIrreversibleDecline);
        }
    }

    /** Builds a {@link CaseRecord.Settlement}; every fact left out is unknown. */
    public static final class SettlementBuilder {
        private String country;
        private Truth rightsOfNationals;
        private Truth firmlyResettled;
        private Integer years;
        private Truth canReturn;
        private Truth protectedFromDeportation;
        private Truth fearOfPersecutionThere;

        /** An empty builder: every fact unknown. */
        public SettlementBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public SettlementBuilder(CaseRecord.Settlement from) {
            if (from != null) {
                country = from.country();
                rightsOfNationals = from.rightsOfNationals();
                firmlyResettled = from.firmlyResettled();
                years = from.years();
                canReturn = from.canReturn();
                protectedFromDeportation = from.protectedFromDeportation();
                fearOfPersecutionThere = from.fearOfPersecutionThere();
            }
        }

        /**
         * Sets {@code country} (null: left out).
         *
         * @param country an ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public SettlementBuilder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets the fact {@code rightsOfNationals}: established, not_established or unknown (left out or null: unknown).
         *
         * @param rightsOfNationals established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SettlementBuilder rightsOfNationals(Truth rightsOfNationals) {
            this.rightsOfNationals = rightsOfNationals;
            return this;
        }

        /**
         * Sets the fact {@code firmlyResettled}: established, not_established or unknown (left out or null: unknown).
         *
         * @param firmlyResettled established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SettlementBuilder firmlyResettled(Truth firmlyResettled) {
            this.firmlyResettled = firmlyResettled;
            return this;
        }

        /**
         * Sets {@code years} (null: left out).
         *
         * @param years the value; null leaves it out
         * @return this builder
         */
        public SettlementBuilder years(Integer years) {
            this.years = years;
            return this;
        }

        /**
         * Sets the fact {@code canReturn}: established, not_established or unknown (left out or null: unknown).
         *
         * @param canReturn established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SettlementBuilder canReturn(Truth canReturn) {
            this.canReturn = canReturn;
            return this;
        }

        /**
         * Sets the fact {@code protectedFromDeportation}: established, not_established or unknown (left out or null: unknown).
         *
         * @param protectedFromDeportation established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SettlementBuilder protectedFromDeportation(Truth protectedFromDeportation) {
            this.protectedFromDeportation = protectedFromDeportation;
            return this;
        }

        /**
         * Sets the fact {@code fearOfPersecutionThere}: established, not_established or unknown (left out or null: unknown).
         *
         * @param fearOfPersecutionThere established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SettlementBuilder fearOfPersecutionThere(Truth fearOfPersecutionThere) {
            this.fearOfPersecutionThere = fearOfPersecutionThere;
            return this;
        }

        /**
         * The Settlement, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Settlement
         */
        public CaseRecord.Settlement build() {
            return new CaseRecord.Settlement(country, rightsOfNationals, firmlyResettled, years, canReturn, protectedFromDeportation, fearOfPersecutionThere);
        }
    }

    /** Builds a {@link CaseRecord.Cessation}; every fact left out is unknown. */
    public static final class CessationBuilder {
        private Truth voluntaryReavailment;
        private Truth nationalityReacquired;
        private Truth newNationalityWithProtection;
        private Truth reestablishedInOrigin;
        private Truth durableChangeOfCircumstances;
        private Truth compellingReasonsFromPastPersecution;
        private Truth previouslyRecognised;
        private Truth newRiskAfterCessationEvent;

        /** An empty builder: every fact unknown. */
        public CessationBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public CessationBuilder(CaseRecord.Cessation from) {
            if (from != null) {
                voluntaryReavailment = from.voluntaryReavailment();
                nationalityReacquired = from.nationalityReacquired();
                newNationalityWithProtection = from.newNationalityWithProtection();
                reestablishedInOrigin = from.reestablishedInOrigin();
                durableChangeOfCircumstances = from.durableChangeOfCircumstances();
                compellingReasonsFromPastPersecution = from.compellingReasonsFromPastPersecution();
                previouslyRecognised = from.previouslyRecognised();
                newRiskAfterCessationEvent = from.newRiskAfterCessationEvent();
            }
        }

        /**
         * Sets the fact {@code voluntaryReavailment}: established, not_established or unknown (left out or null: unknown).
         *
         * @param voluntaryReavailment established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder voluntaryReavailment(Truth voluntaryReavailment) {
            this.voluntaryReavailment = voluntaryReavailment;
            return this;
        }

        /**
         * Sets the fact {@code nationalityReacquired}: established, not_established or unknown (left out or null: unknown).
         *
         * @param nationalityReacquired established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder nationalityReacquired(Truth nationalityReacquired) {
            this.nationalityReacquired = nationalityReacquired;
            return this;
        }

        /**
         * Sets the fact {@code newNationalityWithProtection}: established, not_established or unknown (left out or null: unknown).
         *
         * @param newNationalityWithProtection established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder newNationalityWithProtection(Truth newNationalityWithProtection) {
            this.newNationalityWithProtection = newNationalityWithProtection;
            return this;
        }

        /**
         * Sets the fact {@code reestablishedInOrigin}: established, not_established or unknown (left out or null: unknown).
         *
         * @param reestablishedInOrigin established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder reestablishedInOrigin(Truth reestablishedInOrigin) {
            this.reestablishedInOrigin = reestablishedInOrigin;
            return this;
        }

        /**
         * Sets the fact {@code durableChangeOfCircumstances}: established, not_established or unknown (left out or null: unknown).
         *
         * @param durableChangeOfCircumstances established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder durableChangeOfCircumstances(Truth durableChangeOfCircumstances) {
            this.durableChangeOfCircumstances = durableChangeOfCircumstances;
            return this;
        }

        /**
         * Sets the fact {@code compellingReasonsFromPastPersecution}: established, not_established or unknown (left out or null: unknown).
         *
         * @param compellingReasonsFromPastPersecution established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder compellingReasonsFromPastPersecution(Truth compellingReasonsFromPastPersecution) {
            this.compellingReasonsFromPastPersecution = compellingReasonsFromPastPersecution;
            return this;
        }

        /**
         * Sets the fact {@code previouslyRecognised}: established, not_established or unknown (left out or null: unknown).
         *
         * @param previouslyRecognised established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder previouslyRecognised(Truth previouslyRecognised) {
            this.previouslyRecognised = previouslyRecognised;
            return this;
        }

        /**
         * Sets the fact {@code newRiskAfterCessationEvent}: established, not_established or unknown (left out or null: unknown).
         *
         * @param newRiskAfterCessationEvent established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CessationBuilder newRiskAfterCessationEvent(Truth newRiskAfterCessationEvent) {
            this.newRiskAfterCessationEvent = newRiskAfterCessationEvent;
            return this;
        }

        /**
         * The Cessation, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Cessation
         */
        public CaseRecord.Cessation build() {
            return new CaseRecord.Cessation(voluntaryReavailment, nationalityReacquired, newNationalityWithProtection, reestablishedInOrigin, durableChangeOfCircumstances, compellingReasonsFromPastPersecution, previouslyRecognised, newRiskAfterCessationEvent);
        }
    }

    /** Builds a {@link CaseRecord.Exclusion}; every fact left out is unknown. */
    public static final class ExclusionBuilder {
        private Truth unAgencyAssistance;
        private List<CaseRecord.Crime> crimes;
        private Truth dangerToSecurity;
        private Truth finalConvictionParticularlySeriousCrime;
        private Truth dangerToCommunity;
        private Truth palestineRefugee;
        private Truth unrwaAssistanceCeasedBeyondControl;
        private Truth exceptionProportionate;
        private Truth aggravatedFelonyFiveYears;

        /** An empty builder: every fact unknown. */
        public ExclusionBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ExclusionBuilder(CaseRecord.Exclusion from) {
            if (from != null) {
                unAgencyAssistance = from.unAgencyAssistance();
                crimes = new ArrayList<>(from.crimes());
                dangerToSecurity = from.dangerToSecurity();
                finalConvictionParticularlySeriousCrime = from.finalConvictionParticularlySeriousCrime();
                dangerToCommunity = from.dangerToCommunity();
                palestineRefugee = from.palestineRefugee();
                unrwaAssistanceCeasedBeyondControl = from.unrwaAssistanceCeasedBeyondControl();
                exceptionProportionate = from.exceptionProportionate();
                aggravatedFelonyFiveYears = from.aggravatedFelonyFiveYears();
            }
        }

        /**
         * Sets the fact {@code unAgencyAssistance}: established, not_established or unknown (left out or null: unknown).
         *
         * @param unAgencyAssistance established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder unAgencyAssistance(Truth unAgencyAssistance) {
            this.unAgencyAssistance = unAgencyAssistance;
            return this;
        }

        /**
         * Sets {@code crimes} (replacing what was added before); null or empty: none recorded.
         *
         * @param crimes the entries; null or empty for none
         * @return this builder
         */
        public ExclusionBuilder crimes(List<CaseRecord.Crime> crimes) {
            this.crimes = crimes == null ? null : new ArrayList<>(crimes);
            return this;
        }

        /**
         * Sets {@code crimes} (replacing what was added before).
         *
         * @param crimes the entries
         * @return this builder
         */
        public ExclusionBuilder crimes(CaseRecord.Crime... crimes) {
            this.crimes = new ArrayList<>(List.of(crimes));
            return this;
        }

        /**
         * Adds one to {@code crimes}.
         *
         * @param crime the value; null leaves it out
         * @return this builder
         */
        public ExclusionBuilder crime(CaseRecord.Crime crime) {
            addCrimes(crime);
            return this;
        }

        /**
         * Adds one to {@code crimes}, built by {@code crime}.
         *
         * @param crime sets the facts of the part on the builder it is given
         * @return this builder
         */
        public ExclusionBuilder crime(Consumer<CrimeBuilder> crime) {
            CrimeBuilder b = new CrimeBuilder();
            crime.accept(b);
            addCrimes(b.build());
            return this;
        }

        private void addCrimes(CaseRecord.Crime value) {
            if (crimes == null) {
                crimes = new ArrayList<>();
            }
            crimes.add(value);
        }

        /**
         * Sets the fact {@code dangerToSecurity}: established, not_established or unknown (left out or null: unknown).
         *
         * @param dangerToSecurity established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder dangerToSecurity(Truth dangerToSecurity) {
            this.dangerToSecurity = dangerToSecurity;
            return this;
        }

        /**
         * Sets the fact {@code finalConvictionParticularlySeriousCrime}: established, not_established or unknown (left out or null: unknown).
         *
         * @param finalConvictionParticularlySeriousCrime established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder finalConvictionParticularlySeriousCrime(Truth finalConvictionParticularlySeriousCrime) {
            this.finalConvictionParticularlySeriousCrime = finalConvictionParticularlySeriousCrime;
            return this;
        }

        /**
         * Sets the fact {@code dangerToCommunity}: established, not_established or unknown (left out or null: unknown).
         *
         * @param dangerToCommunity established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder dangerToCommunity(Truth dangerToCommunity) {
            this.dangerToCommunity = dangerToCommunity;
            return this;
        }

        /**
         * Sets the fact {@code palestineRefugee}: established, not_established or unknown (left out or null: unknown).
         *
         * @param palestineRefugee established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder palestineRefugee(Truth palestineRefugee) {
            this.palestineRefugee = palestineRefugee;
            return this;
        }

        /**
         * Sets the fact {@code unrwaAssistanceCeasedBeyondControl}: established, not_established or unknown (left out or null: unknown).
         *
         * @param unrwaAssistanceCeasedBeyondControl established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder unrwaAssistanceCeasedBeyondControl(Truth unrwaAssistanceCeasedBeyondControl) {
            this.unrwaAssistanceCeasedBeyondControl = unrwaAssistanceCeasedBeyondControl;
            return this;
        }

        /**
         * Sets the fact {@code exceptionProportionate}: established, not_established or unknown (left out or null: unknown).
         *
         * @param exceptionProportionate established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder exceptionProportionate(Truth exceptionProportionate) {
            this.exceptionProportionate = exceptionProportionate;
            return this;
        }

        /**
         * Sets the fact {@code aggravatedFelonyFiveYears}: established, not_established or unknown (left out or null: unknown).
         *
         * @param aggravatedFelonyFiveYears established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ExclusionBuilder aggravatedFelonyFiveYears(Truth aggravatedFelonyFiveYears) {
            this.aggravatedFelonyFiveYears = aggravatedFelonyFiveYears;
            return this;
        }

        /**
         * The Exclusion, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Exclusion
         */
        public CaseRecord.Exclusion build() {
            return new CaseRecord.Exclusion(unAgencyAssistance, crimes, dangerToSecurity, finalConvictionParticularlySeriousCrime, dangerToCommunity, palestineRefugee, unrwaAssistanceCeasedBeyondControl, exceptionProportionate, aggravatedFelonyFiveYears);
        }
    }

    /** Builds a {@link CaseRecord.Crime}; every fact left out is unknown. */
    public static final class CrimeBuilder {
        private CaseRecord.CrimeCategory category;
        private LocalDate date;
        private String place;
        private Truth seriousReasonsForConsidering;
        private Truth political;
        private Truth outsideCountryOfRefuge;
        private Truth beforeAdmission;
        private Truth individualResponsibility;
        private Truth defenceApplies;
        private String description;
        private CaseRecord.CrimeAct act;
        private CaseRecord.Participation role;
        private Truth serious;
        private Truth atrocious;
        private Truth expiated;
        private Truth exclusionDisproportionate;
        private Truth armedConflictNexus;
        private Truth widespreadOrSystematicAttack;
        private Truth positionOfAuthority;
        private Truth internationalDimension;

        /** An empty builder: every fact unknown. */
        public CrimeBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public CrimeBuilder(CaseRecord.Crime from) {
            if (from != null) {
                category = from.category();
                date = from.date();
                place = from.place();
                seriousReasonsForConsidering = from.seriousReasonsForConsidering();
                political = from.political();
                outsideCountryOfRefuge = from.outsideCountryOfRefuge();
                beforeAdmission = from.beforeAdmission();
                individualResponsibility = from.individualResponsibility();
                defenceApplies = from.defenceApplies();
                description = from.description();
                act = from.act();
                role = from.role();
                serious = from.serious();
                atrocious = from.atrocious();
                expiated = from.expiated();
                exclusionDisproportionate = from.exclusionDisproportionate();
                armedConflictNexus = from.armedConflictNexus();
                widespreadOrSystematicAttack = from.widespreadOrSystematicAttack();
                positionOfAuthority = from.positionOfAuthority();
                internationalDimension = from.internationalDimension();
            }
        }

        /**
         * Sets {@code category} (null: left out).
         *
         * @param category the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder category(CaseRecord.CrimeCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code date} (null: left out).
         *
         * @param date the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets {@code place} (null: left out).
         *
         * @param place the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder place(String place) {
            this.place = place;
            return this;
        }

        /**
         * Sets the fact {@code seriousReasonsForConsidering}: established, not_established or unknown (left out or null: unknown).
         *
         * @param seriousReasonsForConsidering established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder seriousReasonsForConsidering(Truth seriousReasonsForConsidering) {
            this.seriousReasonsForConsidering = seriousReasonsForConsidering;
            return this;
        }

        /**
         * Sets the fact {@code political}: established, not_established or unknown (left out or null: unknown).
         *
         * @param political established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder political(Truth political) {
            this.political = political;
            return this;
        }

        /**
         * Sets the fact {@code outsideCountryOfRefuge}: established, not_established or unknown (left out or null: unknown).
         *
         * @param outsideCountryOfRefuge established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder outsideCountryOfRefuge(Truth outsideCountryOfRefuge) {
            this.outsideCountryOfRefuge = outsideCountryOfRefuge;
            return this;
        }

        /**
         * Sets the fact {@code beforeAdmission}: established, not_established or unknown (left out or null: unknown).
         *
         * @param beforeAdmission established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder beforeAdmission(Truth beforeAdmission) {
            this.beforeAdmission = beforeAdmission;
            return this;
        }

        /**
         * Sets the fact {@code individualResponsibility}: established, not_established or unknown (left out or null: unknown).
         *
         * @param individualResponsibility established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder individualResponsibility(Truth individualResponsibility) {
            this.individualResponsibility = individualResponsibility;
            return this;
        }

        /**
         * Sets the fact {@code defenceApplies}: established, not_established or unknown (left out or null: unknown).
         *
         * @param defenceApplies established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder defenceApplies(Truth defenceApplies) {
            this.defenceApplies = defenceApplies;
            return this;
        }

        /**
         * Sets {@code description} (null: left out).
         *
         * @param description the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code act} (null: left out).
         *
         * @param act the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder act(CaseRecord.CrimeAct act) {
            this.act = act;
            return this;
        }

        /**
         * Sets {@code role} (null: left out).
         *
         * @param role the value; null leaves it out
         * @return this builder
         */
        public CrimeBuilder role(CaseRecord.Participation role) {
            this.role = role;
            return this;
        }

        /**
         * Sets the fact {@code serious}: established, not_established or unknown (left out or null: unknown).
         *
         * @param serious established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder serious(Truth serious) {
            this.serious = serious;
            return this;
        }

        /**
         * Sets the fact {@code atrocious}: established, not_established or unknown (left out or null: unknown).
         *
         * @param atrocious established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder atrocious(Truth atrocious) {
            this.atrocious = atrocious;
            return this;
        }

        /**
         * Sets the fact {@code expiated}: established, not_established or unknown (left out or null: unknown).
         *
         * @param expiated established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder expiated(Truth expiated) {
            this.expiated = expiated;
            return this;
        }

        /**
         * Sets the fact {@code exclusionDisproportionate}: established, not_established or unknown (left out or null: unknown).
         *
         * @param exclusionDisproportionate established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder exclusionDisproportionate(Truth exclusionDisproportionate) {
            this.exclusionDisproportionate = exclusionDisproportionate;
            return this;
        }

        /**
         * Sets the fact {@code armedConflictNexus}: established, not_established or unknown (left out or null: unknown).
         *
         * @param armedConflictNexus established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder armedConflictNexus(Truth armedConflictNexus) {
            this.armedConflictNexus = armedConflictNexus;
            return this;
        }

        /**
         * Sets the fact {@code widespreadOrSystematicAttack}: established, not_established or unknown (left out or null: unknown).
         *
         * @param widespreadOrSystematicAttack established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder widespreadOrSystematicAttack(Truth widespreadOrSystematicAttack) {
            this.widespreadOrSystematicAttack = widespreadOrSystematicAttack;
            return this;
        }

        /**
         * Sets the fact {@code positionOfAuthority}: established, not_established or unknown (left out or null: unknown).
         *
         * @param positionOfAuthority established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder positionOfAuthority(Truth positionOfAuthority) {
            this.positionOfAuthority = positionOfAuthority;
            return this;
        }

        /**
         * Sets the fact {@code internationalDimension}: established, not_established or unknown (left out or null: unknown).
         *
         * @param internationalDimension established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CrimeBuilder internationalDimension(Truth internationalDimension) {
            this.internationalDimension = internationalDimension;
            return this;
        }

        /**
         * The Crime, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Crime
         */
        public CaseRecord.Crime build() {
            return new CaseRecord.Crime(category, date, place, seriousReasonsForConsidering, political, outsideCountryOfRefuge, beforeAdmission, individualResponsibility, defenceApplies, description, act, role, serious, atrocious, expiated, exclusionDisproportionate, armedConflictNexus, widespreadOrSystematicAttack, positionOfAuthority, internationalDimension);
        }
    }

    /** Builds a {@link CaseRecord.Procedure}; every fact left out is unknown. */
    public static final class ProcedureBuilder {
        private Truth statusProcedureAvailable;
        private Truth individualExamination;
        private String groupLabel;
        private Truth returnUnderBilateralArrangement;
        private Truth heldForReturn;
        private Truth accessToCompetentAuthority;
        private Truth personalInterview;
        private Truth interpreter;
        private Truth accessToUnhcr;
        private Truth reasonedDecision;
        private Truth suspensiveAppeal;
        private Truth exNuncRiskAssessment;
        private Truth subsequentApplication;
        private Truth unhcrMandateDetermination;
        private Truth primaFacieRecognition;

        /** An empty builder: every fact unknown. */
        public ProcedureBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ProcedureBuilder(CaseRecord.Procedure from) {
            if (from != null) {
                statusProcedureAvailable = from.statusProcedureAvailable();
                individualExamination = from.individualExamination();
                groupLabel = from.groupLabel();
                returnUnderBilateralArrangement = from.returnUnderBilateralArrangement();
                heldForReturn = from.heldForReturn();
                accessToCompetentAuthority = from.accessToCompetentAuthority();
                personalInterview = from.personalInterview();
                interpreter = from.interpreter();
                accessToUnhcr = from.accessToUnhcr();
                reasonedDecision = from.reasonedDecision();
                suspensiveAppeal = from.suspensiveAppeal();
                exNuncRiskAssessment = from.exNuncRiskAssessment();
                subsequentApplication = from.subsequentApplication();
                unhcrMandateDetermination = from.unhcrMandateDetermination();
                primaFacieRecognition = from.primaFacieRecognition();
            }
        }

        /**
         * Sets the fact {@code statusProcedureAvailable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param statusProcedureAvailable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder statusProcedureAvailable(Truth statusProcedureAvailable) {
            this.statusProcedureAvailable = statusProcedureAvailable;
            return this;
        }

        /**
         * Sets the fact {@code individualExamination}: established, not_established or unknown (left out or null: unknown).
         *
         * @param individualExamination established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder individualExamination(Truth individualExamination) {
            this.individualExamination = individualExamination;
            return this;
        }

        /**
         * Sets {@code groupLabel} (null: left out).
         *
         * @param groupLabel the value; null leaves it out
         * @return this builder
         */
        public ProcedureBuilder groupLabel(String groupLabel) {
            this.groupLabel = groupLabel;
            return this;
        }

        /**
         * Sets the fact {@code returnUnderBilateralArrangement}: established, not_established or unknown (left out or null: unknown).
         *
         * @param returnUnderBilateralArrangement established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder returnUnderBilateralArrangement(Truth returnUnderBilateralArrangement) {
            this.returnUnderBilateralArrangement = returnUnderBilateralArrangement;
            return this;
        }

        /**
         * Sets the fact {@code heldForReturn}: established, not_established or unknown (left out or null: unknown).
         *
         * @param heldForReturn established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder heldForReturn(Truth heldForReturn) {
            this.heldForReturn = heldForReturn;
            return this;
        }

        /**
         * Sets the fact {@code accessToCompetentAuthority}: established, not_established or unknown (left out or null: unknown).
         *
         * @param accessToCompetentAuthority established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder accessToCompetentAuthority(Truth accessToCompetentAuthority) {
            this.accessToCompetentAuthority = accessToCompetentAuthority;
            return this;
        }

        /**
         * Sets the fact {@code personalInterview}: established, not_established or unknown (left out or null: unknown).
         *
         * @param personalInterview established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder personalInterview(Truth personalInterview) {
            this.personalInterview = personalInterview;
            return this;
        }

        /**
         * Sets the fact {@code interpreter}: established, not_established or unknown (left out or null: unknown).
         *
         * @param interpreter established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder interpreter(Truth interpreter) {
            this.interpreter = interpreter;
            return this;
        }

        /**
         * Sets the fact {@code accessToUnhcr}: established, not_established or unknown (left out or null: unknown).
         *
         * @param accessToUnhcr established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder accessToUnhcr(Truth accessToUnhcr) {
            this.accessToUnhcr = accessToUnhcr;
            return this;
        }

        /**
         * Sets the fact {@code reasonedDecision}: established, not_established or unknown (left out or null: unknown).
         *
         * @param reasonedDecision established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder reasonedDecision(Truth reasonedDecision) {
            this.reasonedDecision = reasonedDecision;
            return this;
        }

        /**
         * Sets the fact {@code suspensiveAppeal}: established, not_established or unknown (left out or null: unknown).
         *
         * @param suspensiveAppeal established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder suspensiveAppeal(Truth suspensiveAppeal) {
            this.suspensiveAppeal = suspensiveAppeal;
            return this;
        }

        /**
         * Sets the fact {@code exNuncRiskAssessment}: established, not_established or unknown (left out or null: unknown).
         *
         * @param exNuncRiskAssessment established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder exNuncRiskAssessment(Truth exNuncRiskAssessment) {
            this.exNuncRiskAssessment = exNuncRiskAssessment;
            return this;
        }

        /**
         * Sets the fact {@code subsequentApplication}: established, not_established or unknown (left out or null: unknown).
         *
         * @param subsequentApplication established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder subsequentApplication(Truth subsequentApplication) {
            this.subsequentApplication = subsequentApplication;
            return this;
        }

        /**
         * Sets the fact {@code unhcrMandateDetermination}: established, not_established or unknown (left out or null: unknown).
         *
         * @param unhcrMandateDetermination established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder unhcrMandateDetermination(Truth unhcrMandateDetermination) {
            this.unhcrMandateDetermination = unhcrMandateDetermination;
            return this;
        }

        /**
         * Sets the fact {@code primaFacieRecognition}: established, not_established or unknown (left out or null: unknown).
         *
         * @param primaFacieRecognition established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ProcedureBuilder primaFacieRecognition(Truth primaFacieRecognition) {
            this.primaFacieRecognition = primaFacieRecognition;
            return this;
        }

        /**
         * The Procedure, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Procedure
         */
        public CaseRecord.Procedure build() {
            return new CaseRecord.Procedure(statusProcedureAvailable, individualExamination, groupLabel, returnUnderBilateralArrangement, heldForReturn, accessToCompetentAuthority, personalInterview, interpreter, accessToUnhcr, reasonedDecision, suspensiveAppeal, exNuncRiskAssessment, subsequentApplication, unhcrMandateDetermination, primaFacieRecognition);
        }
    }

    /** Builds a {@link CaseRecord.Credibility}; every fact left out is unknown. */
    public static final class CredibilityBuilder {
        private Truth generallyCredible;
        private Truth consistentWithCountryInformation;
        private Truth sufficientDetail;
        private Truth internallyConsistent;
        private Truth plausible;
        private Truth genuineEffort;
        private Truth availableEvidenceSubmitted;
        private Truth timelyApplication;

        /** An empty builder: every fact unknown. */
        public CredibilityBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public CredibilityBuilder(CaseRecord.Credibility from) {
            if (from != null) {
                generallyCredible = from.generallyCredible();
                consistentWithCountryInformation = from.consistentWithCountryInformation();
                sufficientDetail = from.sufficientDetail();
                internallyConsistent = from.internallyConsistent();
                plausible = from.plausible();
                genuineEffort = from.genuineEffort();
                availableEvidenceSubmitted = from.availableEvidenceSubmitted();
                timelyApplication = from.timelyApplication();
            }
        }

        /**
         * Sets the fact {@code generallyCredible}: established, not_established or unknown (left out or null: unknown).
         *
         * @param generallyCredible established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder generallyCredible(Truth generallyCredible) {
            this.generallyCredible = generallyCredible;
            return this;
        }

        /**
         * Sets the fact {@code consistentWithCountryInformation}: established, not_established or unknown (left out or null: unknown).
         *
         * @param consistentWithCountryInformation established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder consistentWithCountryInformation(Truth consistentWithCountryInformation) {
            this.consistentWithCountryInformation = consistentWithCountryInformation;
            return this;
        }

        /**
         * Sets the fact {@code sufficientDetail}: established, not_established or unknown (left out or null: unknown).
         *
         * @param sufficientDetail established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder sufficientDetail(Truth sufficientDetail) {
            this.sufficientDetail = sufficientDetail;
            return this;
        }

        /**
         * Sets the fact {@code internallyConsistent}: established, not_established or unknown (left out or null: unknown).
         *
         * @param internallyConsistent established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder internallyConsistent(Truth internallyConsistent) {
            this.internallyConsistent = internallyConsistent;
            return this;
        }

        /**
         * Sets the fact {@code plausible}: established, not_established or unknown (left out or null: unknown).
         *
         * @param plausible established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder plausible(Truth plausible) {
            this.plausible = plausible;
            return this;
        }

        /**
         * Sets the fact {@code genuineEffort}: established, not_established or unknown (left out or null: unknown).
         *
         * @param genuineEffort established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder genuineEffort(Truth genuineEffort) {
            this.genuineEffort = genuineEffort;
            return this;
        }

        /**
         * Sets the fact {@code availableEvidenceSubmitted}: established, not_established or unknown (left out or null: unknown).
         *
         * @param availableEvidenceSubmitted established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder availableEvidenceSubmitted(Truth availableEvidenceSubmitted) {
            this.availableEvidenceSubmitted = availableEvidenceSubmitted;
            return this;
        }

        /**
         * Sets the fact {@code timelyApplication}: established, not_established or unknown (left out or null: unknown).
         *
         * @param timelyApplication established, not_established or unknown; null is unknown
         * @return this builder
         */
        public CredibilityBuilder timelyApplication(Truth timelyApplication) {
            this.timelyApplication = timelyApplication;
            return this;
        }

        /**
         * The Credibility, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Credibility
         */
        public CaseRecord.Credibility build() {
            return new CaseRecord.Credibility(generallyCredible, consistentWithCountryInformation, sufficientDetail, internallyConsistent, plausible, genuineEffort, availableEvidenceSubmitted, timelyApplication);
        }
    }

    /** Builds a {@link CaseRecord.Child}; every fact left out is unknown. */
    public static final class ChildBuilder {
        private Integer age;
        private Truth minor;
        private Truth unaccompanied;
        private Truth lesserHarmsSeriousForChild;
        private Truth bestInterestsAssessed;

        /** An empty builder: every fact unknown. */
        public ChildBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public ChildBuilder(CaseRecord.Child from) {
            if (from != null) {
                age = from.age();
                minor = from.minor();
                unaccompanied = from.unaccompanied();
                lesserHarmsSeriousForChild = from.lesserHarmsSeriousForChild();
                bestInterestsAssessed = from.bestInterestsAssessed();
            }
        }

        /**
         * Sets {@code age} (null: left out).
         *
         * @param age the value; null leaves it out
         * @return this builder
         */
        public ChildBuilder age(Integer age) {
            this.age = age;
            return this;
        }

        /**
         * Sets the fact {@code minor}: established, not_established or unknown (left out or null: unknown).
         *
         * @param minor established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ChildBuilder minor(Truth minor) {
            this.minor = minor;
            return this;
        }

        /**
         * Sets the fact {@code unaccompanied}: established, not_established or unknown (left out or null: unknown).
         *
         * @param unaccompanied established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ChildBuilder unaccompanied(Truth unaccompanied) {
            this.unaccompanied = unaccompanied;
            return this;
        }

        /**
         * Sets the fact {@code lesserHarmsSeriousForChild}: established, not_established or unknown (left out or null: unknown).
         *
         * @param lesserHarmsSeriousForChild established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ChildBuilder lesserHarmsSeriousForChild(Truth lesserHarmsSeriousForChild) {
            this.lesserHarmsSeriousForChild = lesserHarmsSeriousForChild;
            return this;
        }

        /**
         * Sets the fact {@code bestInterestsAssessed}: established, not_established or unknown (left out or null: unknown).
         *
         * @param bestInterestsAssessed established, not_established or unknown; null is unknown
         * @return this builder
         */
        public ChildBuilder bestInterestsAssessed(Truth bestInterestsAssessed) {
            this.bestInterestsAssessed = bestInterestsAssessed;
            return this;
        }

        /**
         * The Child, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Child
         */
        public CaseRecord.Child build() {
            return new CaseRecord.Child(age, minor, unaccompanied, lesserHarmsSeriousForChild, bestInterestsAssessed);
        }
    }

    /** Builds a {@link CaseRecord.FamilyLink}; every fact left out is unknown. */
    public static final class FamilyLinkBuilder {
        private String principal;
        private CaseRecord.FamilyRelation relation;
        private Truth dependent;
        private Truth principalRecognised;

        /** An empty builder: every fact unknown. */
        public FamilyLinkBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public FamilyLinkBuilder(CaseRecord.FamilyLink from) {
            if (from != null) {
                principal = from.principal();
                relation = from.relation();
                dependent = from.dependent();
                principalRecognised = from.principalRecognised();
            }
        }

        /**
         * Sets {@code principal} (null: left out).
         *
         * @param principal the value; null leaves it out
         * @return this builder
         */
        public FamilyLinkBuilder principal(String principal) {
            this.principal = principal;
            return this;
        }

        /**
         * Sets {@code relation} (null: left out).
         *
         * @param relation the value; null leaves it out
         * @return this builder
         */
        public FamilyLinkBuilder relation(CaseRecord.FamilyRelation relation) {
            this.relation = relation;
            return this;
        }

        /**
         * Sets the fact {@code dependent}: established, not_established or unknown (left out or null: unknown).
         *
         * @param dependent established, not_established or unknown; null is unknown
         * @return this builder
         */
        public FamilyLinkBuilder dependent(Truth dependent) {
            this.dependent = dependent;
            return this;
        }

        /**
         * Sets the fact {@code principalRecognised}: established, not_established or unknown (left out or null: unknown).
         *
         * @param principalRecognised established, not_established or unknown; null is unknown
         * @return this builder
         */
        public FamilyLinkBuilder principalRecognised(Truth principalRecognised) {
            this.principalRecognised = principalRecognised;
            return this;
        }

        /**
         * The FamilyLink, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the FamilyLink
         */
        public CaseRecord.FamilyLink build() {
            return new CaseRecord.FamilyLink(principal, relation, dependent, principalRecognised);
        }
    }

    /** Builds a {@link CaseRecord.Entry}; every fact left out is unknown. */
    public static final class EntryBuilder {
        private Truth unlawful;
        private Truth comingDirectly;
        private Truth presentedWithoutDelay;
        private Truth goodCause;
        private Truth penalised;

        /** An empty builder: every fact unknown. */
        public EntryBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public EntryBuilder(CaseRecord.Entry from) {
            if (from != null) {
                unlawful = from.unlawful();
                comingDirectly = from.comingDirectly();
                presentedWithoutDelay = from.presentedWithoutDelay();
                goodCause = from.goodCause();
                penalised = from.penalised();
            }
        }

        /**
         * Sets the fact {@code unlawful}: established, not_established or unknown (left out or null: unknown).
         *
         * @param unlawful established, not_established or unknown; null is unknown
         * @return this builder
         */
        public EntryBuilder unlawful(Truth unlawful) {
            this.unlawful = unlawful;
            return this;
        }

        /**
         * Sets the fact {@code comingDirectly}: established, not_established or unknown (left out or null: unknown).
         *
         * @param comingDirectly established, not_established or unknown; null is unknown
         * @return this builder
         */
        public EntryBuilder comingDirectly(Truth comingDirectly) {
            this.comingDirectly = comingDirectly;
            return this;
        }

        /**
         * Sets the fact {@code presentedWithoutDelay}: established, not_established or unknown (left out or null: unknown).
         *
         * @param presentedWithoutDelay established, not_established or unknown; null is unknown
         * @return this builder
         */
        public EntryBuilder presentedWithoutDelay(Truth presentedWithoutDelay) {
            this.presentedWithoutDelay = presentedWithoutDelay;
            return this;
        }

        /**
         * Sets the fact {@code goodCause}: established, not_established or unknown (left out or null: unknown).
         *
         * @param goodCause established, not_established or unknown; null is unknown
         * @return this builder
         */
        public EntryBuilder goodCause(Truth goodCause) {
            this.goodCause = goodCause;
            return this;
        }

        /**
         * Sets the fact {@code penalised}: established, not_established or unknown (left out or null: unknown).
         *
         * @param penalised established, not_established or unknown; null is unknown
         * @return this builder
         */
        public EntryBuilder penalised(Truth penalised) {
            this.penalised = penalised;
            return this;
        }

        /**
         * The Entry, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Entry
         */
        public CaseRecord.Entry build() {
            return new CaseRecord.Entry(unlawful, comingDirectly, presentedWithoutDelay, goodCause, penalised);
        }
    }

    /** Builds a {@link CaseRecord.Detention}; every fact left out is unknown. */
    public static final class DetentionBuilder {
        private Truth detained;
        private Truth individualAssessment;
        private Truth necessary;
        private Truth reasonable;
        private Truth proportionate;

        /** An empty builder: every fact unknown. */
        public DetentionBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public DetentionBuilder(CaseRecord.Detention from) {
            if (from != null) {
                detained = from.detained();
                individualAssessment = from.individualAssessment();
                necessary = from.necessary();
                reasonable = from.reasonable();
                proportionate = from.proportionate();
            }
        }

        /**
         * Sets the fact {@code detained}: established, not_established or unknown (left out or null: unknown).
         *
         * @param detained established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DetentionBuilder detained(Truth detained) {
            this.detained = detained;
            return this;
        }

        /**
         * Sets the fact {@code individualAssessment}: established, not_established or unknown (left out or null: unknown).
         *
         * @param individualAssessment established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DetentionBuilder individualAssessment(Truth individualAssessment) {
            this.individualAssessment = individualAssessment;
            return this;
        }

        /**
         * Sets the fact {@code necessary}: established, not_established or unknown (left out or null: unknown).
         *
         * @param necessary established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DetentionBuilder necessary(Truth necessary) {
            this.necessary = necessary;
            return this;
        }

        /**
         * Sets the fact {@code reasonable}: established, not_established or unknown (left out or null: unknown).
         *
         * @param reasonable established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DetentionBuilder reasonable(Truth reasonable) {
            this.reasonable = reasonable;
            return this;
        }

        /**
         * Sets the fact {@code proportionate}: established, not_established or unknown (left out or null: unknown).
         *
         * @param proportionate established, not_established or unknown; null is unknown
         * @return this builder
         */
        public DetentionBuilder proportionate(Truth proportionate) {
            this.proportionate = proportionate;
            return this;
        }

        /**
         * The Detention, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Detention
         */
        public CaseRecord.Detention build() {
            return new CaseRecord.Detention(detained, individualAssessment, necessary, reasonable, proportionate);
        }
    }

    /** Builds a {@link CaseRecord.Trafficking}; every fact left out is unknown. */
    public static final class TraffickingBuilder {
        private Truth trafficked;
        private LocalDate since;

        /** An empty builder: every fact unknown. */
        public TraffickingBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public TraffickingBuilder(CaseRecord.Trafficking from) {
            if (from != null) {
                trafficked = from.trafficked();
                since = from.since();
            }
        }

        /**
         * Sets the fact {@code trafficked}: established, not_established or unknown (left out or null: unknown).
         *
         * @param trafficked established, not_established or unknown; null is unknown
         * @return this builder
         */
        public TraffickingBuilder trafficked(Truth trafficked) {
            this.trafficked = trafficked;
            return this;
        }

        /**
         * Sets {@code since} (null: left out).
         *
         * @param since the value; null leaves it out
         * @return this builder
         */
        public TraffickingBuilder since(LocalDate since) {
            this.since = since;
            return this;
        }

        /**
         * The Trafficking, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the Trafficking
         */
        public CaseRecord.Trafficking build() {
            return new CaseRecord.Trafficking(trafficked, since);
        }
    }

    /** Builds a {@link CaseRecord.SupportOnReturn}; every fact left out is unknown. */
    public static final class SupportOnReturnBuilder {
        private Truth maleNetworkOnReturn;
        private LocalDate maleNetworkLostOn;

        /** An empty builder: every fact unknown. */
        public SupportOnReturnBuilder() {
        }

        /**
         * A builder that starts from {@code from}'s values.
         *
         * @param from the record to start from; null starts empty
         */
        public SupportOnReturnBuilder(CaseRecord.SupportOnReturn from) {
            if (from != null) {
                maleNetworkOnReturn = from.maleNetworkOnReturn();
                maleNetworkLostOn = from.maleNetworkLostOn();
            }
        }

        /**
         * Sets the fact {@code maleNetworkOnReturn}: established, not_established or unknown (left out or null: unknown).
         *
         * @param maleNetworkOnReturn established, not_established or unknown; null is unknown
         * @return this builder
         */
        public SupportOnReturnBuilder maleNetworkOnReturn(Truth maleNetworkOnReturn) {
            this.maleNetworkOnReturn = maleNetworkOnReturn;
            return this;
        }

        /**
         * Sets {@code maleNetworkLostOn} (null: left out).
         *
         * @param maleNetworkLostOn the value; null leaves it out
         * @return this builder
         */
        public SupportOnReturnBuilder maleNetworkLostOn(LocalDate maleNetworkLostOn) {
            this.maleNetworkLostOn = maleNetworkLostOn;
            return this;
        }

        /**
         * The SupportOnReturn, unchecked: it is checked with the whole case record, when that is built.
         *
         * @return the SupportOnReturn
         */
        public CaseRecord.SupportOnReturn build() {
            return new CaseRecord.SupportOnReturn(maleNetworkOnReturn, maleNetworkLostOn);
        }
    }
}
