package org.refugeelaw.engine;

/**
 * Inserted by the RC 33 rules where the person is refused refugee status only because a frame's firm resettlement bar
 * applies (US: INA 208(b)(2)(A)(vi)), not because the Convention excludes them (RC 1E): the bar is to asylum, not to
 * withholding of removal (INA 241(b)(3)) or CAT protection.
 *
 * @param settledIn the country of firm resettlement
 */
public record AsylumBarOnly(String settledIn) {
}
