package org.refugeelaw.engine;

import java.time.LocalDate;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Message;

/**
 * Inserted by the sur place rules: an event or activity after departure that creates an established risk.
 *
 * @param criterion   {@code SUR_PLACE_EVENTS} or {@code SUR_PLACE_ACTIVITIES}
 * @param message     what happened, as a message of the {@code surPlaceCause} catalogs (no personal narrative)
 * @param date        when, if known
 * @param fact        JSON path of the fact
 */
public record SurPlaceTrigger(Criterion criterion, Message message, LocalDate date, String fact) {
}
