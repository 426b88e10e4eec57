package org.refugeelaw.examples.workbench;

import java.util.Locale;
import org.refugeelaw.assessment.Message;

/**
 * A request the workbench refuses, with a message for the person who made it: a label of the {@code report} catalog
 * family ({@code report.workbench.error.*}), rendered in the language of the page that asked ({@link #text(Locale)});
 * {@link #getMessage()} is its English text.
 */
final class WorkbenchException extends RuntimeException {
    private final transient Message message;

    WorkbenchException(Message message) {
        super(message.render(Locale.ROOT), null, false, false);
        this.message = message;
    }

    /** The message in {@code locale}. */
    String text(Locale locale) {
        return message.render(locale);
    }
}
