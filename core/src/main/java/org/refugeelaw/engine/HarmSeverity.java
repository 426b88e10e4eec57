package org.refugeelaw.engine;

import org.refugeelaw.model.Truth;

/**
 * Inserted by the persecution rules for a risk of lesser harms only: whether their consequences are of a
 * substantially prejudicial nature (HB 54-55, 63), and the fact that says so.
 *
 * @param risk  the risk
 * @param truth whether the consequences are substantially prejudicial
 * @param fact  the path of the fact that decides it (a destination of the record, or a country-information entry)
 */
public record HarmSeverity(Risk risk, Truth truth, String fact) {
}
