package org.refugeelaw.engine;

import java.time.LocalDate;
import org.refugeelaw.assessment.Criterion;

/**
 * Inserted by the sur place rules: an event or activity after departure that creates an established risk.
 *
 * @param criterion   {@code SUR_PLACE_EVENTS} or {@code SUR_PLACE_ACTIVITIES}
 * @param description plain English, without personal narrative
 * @param date        when, if known
 * @param fact        JSON path of the fact
 */
public record SurPlaceTrigger(Criterion criterion, String description, LocalDate date, String fact) {
}
