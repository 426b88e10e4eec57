package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An event or activity after departure that made the person a refugee sur place.
 *
 * @param criterion            {@link Criterion#SUR_PLACE_EVENTS} or {@link Criterion#SUR_PLACE_ACTIVITIES}
 * @param message              what happened, as a message chosen by the sur place rule (no personal narrative),
 *                             rendered by {@link #description(Locale)}
 * @param date                 when, if known
 * @param daysAfterDeparture   days between departure and the event, if both dates are known
 * @param fact                 the JSON path of the fact in the case record
 */
@JsonPropertyOrder({"criterion", "description", "message", "date", "daysAfterDeparture", "fact"})
public record SurPlaceCause(Criterion criterion, Message message, LocalDate date, Long daysAfterDeparture,
                            String fact) {
    /**
     * Checks the components.
     *
     * @param criterion the criterion
     * @param message the message (required)
     * @param date the date
     * @param daysAfterDeparture the days after departure
     * @param fact the fact
     */
    public SurPlaceCause {
        Objects.requireNonNull(message, "message");
    }

    /**
     * What happened, in English, rendered when read (the JSON's {@code description}).
     *
     * @return the description in English
     */
    @JsonProperty("description")
    public String description() {
        return message.render(Locale.ROOT);
    }

    /**
     * What happened, in {@code locale}, rendered when read.
     *
     * @param locale the language
     * @return the description in that language (English where it has no catalog)
     */
    public String description(Locale locale) {
        return message.render(locale);
    }
}
