package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** Which states are bound by which instruments, each entry with its source. Data, not rule code. */
public record Treaties(@JsonProperty(required = true) String schemaVersion, String description, LocalDate retrieved,
                       List<Party> parties) {
    public Treaties {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /**
     * One state's relation to one instrument.
     *
     * @param status {@code party} binds; {@code signatory} and {@code not_party} do not
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(@JsonProperty(required = true) String state,
                        @JsonProperty(required = true) Instrument instrument,
                        @JsonProperty(required = true) PartyStatus status,
                        LocalDate date, String action,
                        @JsonProperty(required = true) String source, String note) {

        public boolean binding() { return status == PartyStatus.PARTY; }

        /** The citation printed in reports, e.g. {@code CAT (ratification 1988-10-04; UN Treaty Collection ...)}. */
        public String citation() {
            String how = action == null ? "bound" : action;
            return instrument.title() + " (" + how + (date == null ? "" : " " + date) + "; " + source + ")";
        }
    }

    public enum PartyStatus {
        @JsonProperty("party") PARTY, @JsonProperty("signatory") SIGNATORY, @JsonProperty("not_party") NOT_PARTY
    }
}
