package org.refugeelaw.engine;

/** The rules could not be loaded: the rules jar is missing from the class path or damaged. */
public final class RulesNotFoundException extends RuntimeException {
    public RulesNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
