package org.refugeelaw.examples;

/**
 * A user's input cannot be used: a scenario file, a case record, a folder or an output path. The message names the
 * file (and the place in it) and says how to fix it; {@link #exitCode()} is the runner's exit status for it (see
 * {@link Exit}).
 */
public final class ScenarioException extends RuntimeException {
    private final int exitCode;

    /** A mistake in the data of a file (exit status {@link Exit#DATA_ERROR}). */
    public ScenarioException(String message) {
        this(Exit.DATA_ERROR, message);
    }

    public ScenarioException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The runner's exit status for this mistake. */
    public int exitCode() {
        return exitCode;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
