package org.refugeelaw.examples.workbench;

/** A request the workbench refuses, with a message for the person who made it. */
final class WorkbenchException extends RuntimeException {
    WorkbenchException(String message) {
        super(message, null, false, false);
    }
}
