/**
 * The rules engine behind {@link org.refugeelaw.api.Assessor}. <strong>Internal:</strong> these types are public
 * only because the DRL rules in {@code refugee-law-rules} use them as facts. They are not part of the stable API and
 * may change in any release.
 */
package org.refugeelaw.engine;
