package org.refugeelaw.examples;

/** A scenario file cannot be used; the message names the file and place and says how to fix it. */
public final class ScenarioException extends RuntimeException {
    public ScenarioException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
