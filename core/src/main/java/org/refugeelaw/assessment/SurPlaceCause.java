package org.refugeelaw.assessment;

import java.time.LocalDate;

/**
 * An event or activity after departure that made the person a refugee sur place.
 *
 * @param criterion            {@link Criterion#SUR_PLACE_EVENTS} or {@link Criterion#SUR_PLACE_ACTIVITIES}
 * @param description          what happened, in plain English (no personal narrative)
 * @param date                 when, if known
 * @param daysAfterDeparture   days between departure and the event, if both dates are known
 * @param fact                 the JSON path of the fact in the case record
 */
public record SurPlaceCause(Criterion criterion, String description, LocalDate date, Long daysAfterDeparture,
                            String fact) {
}
