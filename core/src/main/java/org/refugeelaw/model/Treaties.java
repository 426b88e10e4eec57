package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** Which states are bound by which instruments, each entry with its source. Data, not rule code. */
public record Treaties(@JsonProperty(required = true) String schemaVersion, String description, LocalDate retrieved,
                       List<Party> parties, List<HostState> hostStates) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param schemaVersion the schema version
     * @param description the description
     * @param retrieved the retrieved
     * @param parties the parties (left out: none)
     * @param hostStates the host states (left out: none)
     */
    public Treaties {
        parties = parties == null ? List.of() : List.copyOf(parties);
        hostStates = hostStates == null ? List.of() : List.copyOf(hostStates);
    }

    /**
     * The treaty data without host-state data (as before host-state data were kept).
     *
     * @param schemaVersion the schema version
     * @param description the description
     * @param retrieved the retrieved
     * @param parties the parties
     */
    public Treaties(String schemaVersion, String description, LocalDate retrieved, List<Party> parties) {
        this(schemaVersion, description, retrieved, parties, List.of());
    }

    /**
     * A host state's own law, where it matters beside its treaties: whether it has abolished the death penalty for
     * all crimes in its own law (HRC General Comment No. 36 para 34: a state that has abolished it may not expose
     * anyone to it by removal without credible and effective assurances).
     *
     * @param deathPenaltyAbolishedInLaw established, not established, or unknown
     * @param abolishedOn                the date from which the abolition applies, if known
     * @param source                     where this comes from
     * @param verification               whether, and against what, the entry was checked ("not verified: ...")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostState(@JsonProperty(required = true) String state, Truth deathPenaltyAbolishedInLaw,
                            LocalDate abolishedOn, @JsonProperty(required = true) String source, String verification,
                            String note) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param state the state
         * @param deathPenaltyAbolishedInLaw the fact (left out: unknown)
         * @param abolishedOn the abolished on
         * @param source the source
         * @param verification the verification
         * @param note the note
         */
        public HostState {
            deathPenaltyAbolishedInLaw = Truth.orUnknown(deathPenaltyAbolishedInLaw);
        }

        /**
         * Whether the death penalty was abolished in law on {@code day}.
         *
         * @param day the day
         * @return whether the death penalty was abolished in law on that day
         */
        public Truth abolishedOn(LocalDate day) {
            if (deathPenaltyAbolishedInLaw == Truth.ESTABLISHED && abolishedOn != null && day != null
                    && day.isBefore(abolishedOn)) {
                return Truth.NOT_ESTABLISHED;
            }
            return deathPenaltyAbolishedInLaw;
        }
    }

    /**
     * One state's relation to one instrument.
     *
     * @param status           {@code party} binds (from {@code inForceFrom}, until {@code inForceUntil});
     *                         {@code signatory} and {@code not_party} do not
     * @param date             the date of the recorded action (ratification, accession, signature)
     * @param inForceFrom      the date from which the instrument binds the state, under the instrument's own
     *                         entry-into-force clause; never guessed: where it is missing, whether the instrument
     *                         bound the state on a given date is unknown
     * @param inForceUntil     the date from which the state ceased to be bound (e.g. Russia and the ECHR, 16 September
     *                         2022), if any
     * @param inForceFromBasis the provision {@code inForceFrom} follows from
     * @param verification     whether, and against what, the entry was checked ("not verified: ..." otherwise)
     * @param inForceBy        where only the year of the deposit is recorded: the latest date on which the instrument
     *                         can have entered into force for the state under its entry-into-force clause; from then
     *                         on it certainly binds, before then whether it did is unknown
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(@JsonProperty(required = true) String state,
                        @JsonProperty(required = true) Instrument instrument,
                        @JsonProperty(required = true) PartyStatus status,
                        LocalDate date, String action, LocalDate inForceFrom, LocalDate inForceUntil,
                        String inForceFromBasis,
                        @JsonProperty(required = true) String source, String verification, String note,
                        LocalDate inForceBy) {

        /**
         * An entry as recorded before {@code inForceBy} existed.
         *
         * @param state the state
         * @param instrument the instrument
         * @param status the status
         * @param date the date
         * @param action the action
         * @param inForceFrom the in force from
         * @param inForceUntil the in force until
         * @param inForceFromBasis the in force from basis
         * @param source the source
         * @param verification the verification
         * @param note the note
         */
        public Party(String state, Instrument instrument, PartyStatus status, LocalDate date, String action,
                     LocalDate inForceFrom, LocalDate inForceUntil, String inForceFromBasis, String source,
                     String verification, String note) {
            this(state, instrument, status, date, action, inForceFrom, inForceUntil, inForceFromBasis, source,
                    verification, note, null);
        }

        /**
         * Whether the entry binds the state.
         *
         * @return whether the entry binds the state (status party)
         */
        public boolean binding() { return status == PartyStatus.PARTY; }

        /**
         * This entry as at {@code day}: a party binds only from {@code inForceFrom} and until {@code inForceUntil};
         * before or after, it is read as not a party, with the reason in the note. A party whose in-force date is
         * missing is {@link PartyStatus#UNKNOWN}: the date is reported, not guessed.
         *
         * @param day the day
         * @return this entry as at that day
         */
        public Party asAt(LocalDate day) {
            if (status != PartyStatus.PARTY || day == null) {
                return this;
            }
            if (inForceUntil != null && !day.isBefore(inForceUntil)) {
                return with(PartyStatus.NOT_PARTY, "ceased to bind " + state + " on " + inForceUntil
                        + ", before the assessment date " + day);
            }
            if (inForceFrom == null && inForceBy != null) {
                // Only the year of the deposit is known: the instrument certainly bound the state from inForceBy
                // (the latest in-force date that year allows); before it, whether it did is not known.
                return day.isBefore(inForceBy) ? with(PartyStatus.UNKNOWN, "only the year of its deposit is"
                        + " recorded, so it is known to bind " + state + " from " + inForceBy + " at the latest, but"
                        + " not whether it did on " + day) : this;
            }
            if (inForceFrom == null) {
                return with(PartyStatus.UNKNOWN, inForceFromMissing(state));
            }
            if (day.isBefore(inForceFrom)) {
                return with(PartyStatus.NOT_PARTY, "in force for " + state + " only from " + inForceFrom
                        + ", after the assessment date " + day);
            }
            return this;
        }

        /**
         * The note {@link #asAt} gives a party whose in-force date is missing (before any note of the entry).
         *
         * @param state the party's ISO 3166-1 alpha-2 code
         * @return the note, in English (it is quoted in reasons as data)
         */
        public static String inForceFromMissing(String state) {
            return "the date from which it binds " + state + " is missing from treaties.json";
        }

        private Party with(PartyStatus s, String why) {
            return new Party(state, instrument, s, date, action, inForceFrom, inForceUntil, inForceFromBasis, source,
                    verification, why + (note == null ? "" : "; " + note), inForceBy);
        }

        /**
         * The citation printed in reports, e.g. {@code CAT (ratification 1988-10-04, in force 1988-11-03; UN Treaty
         * Collection ...)}.
         *
         * @return the citation printed in reports
         */
        public String citation() {
            String how = action == null ? "bound" : action;
            return instrument.title() + " (" + how + (date == null ? "" : " " + date)
                    + (inForceFrom == null ? "" : ", in force " + inForceFrom)
                    + (inForceFrom == null && inForceBy != null ? ", in force by " + inForceBy : "")
                    + (inForceUntil == null ? "" : " until " + inForceUntil) + "; " + source + ")";
        }
    }

    /** {@code unknown} only arises as at a date, for a party whose in-force date is missing. */
    public enum PartyStatus {
        /** {@code party}: bound, from its in-force date. */
        @JsonProperty("party") PARTY,
        /** {@code signatory}: signed, not bound. */
        @JsonProperty("signatory") SIGNATORY,
        /** {@code not_party}: not bound. */
        @JsonProperty("not_party") NOT_PARTY,
        /** {@code unknown}: a party whose in-force date is missing, as at a date. */
        @JsonProperty("unknown") UNKNOWN
    }
}
