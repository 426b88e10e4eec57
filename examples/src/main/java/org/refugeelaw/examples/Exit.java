package org.refugeelaw.examples;

/**
 * The runner's exit statuses, after the BSD {@code sysexits.h} convention, so that scripts can tell a mistake in
 * the command line from bad data, a missing file or a full disk. Every status is documented in the README's section
 * on input limits.
 */
public final class Exit {
    /** Done; for {@code run} and {@code coverage}: every scenario passes, everything is covered. */
    public static final int OK = 0;
    /** {@code run}: a scenario failed or could not be read; {@code coverage}: something is uncovered. */
    public static final int FAILURES = 1;
    /** The command line is wrong: an unknown option, a bad option value, an output path that is the input. */
    public static final int USAGE = 64;
    /** An input file is not valid: not UTF-8, too large, bad YAML or JSON, an invalid case record. */
    public static final int DATA_ERROR = 65;
    /** An input file or folder does not exist or cannot be read. */
    public static final int NO_INPUT = 66;
    /** An internal error: a bug. The message carries a report id; {@code --debug} prints the details. */
    public static final int SOFTWARE = 70;
    /** An output file or folder cannot be created. */
    public static final int CANT_CREATE = 73;
    /** Reading or writing failed part-way (a full disk, a device error). */
    public static final int IO_ERROR = 74;

    private Exit() {
    }
}
