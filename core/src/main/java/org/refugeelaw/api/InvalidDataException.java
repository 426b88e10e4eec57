package org.refugeelaw.api;

import java.util.List;
import org.refugeelaw.internal.json.ProblemText;

/**
 * Country information or treaty data given to {@link Assessor#builder()} is not valid: unreadable, not JSON, or not
 * valid against its JSON Schema. Names the data's source (a file, or the name given with a stream) and lists every
 * problem, each with its JSON path in that data.
 */
public final class InvalidDataException extends RuntimeException {
    /** The source of the data. */
    private final String source;
    /** Every problem found. */
    private final List<InputProblem> problems;

    /**
     * @param source   the file or stream the data came from, as named to the builder
     * @param problems every problem found, each with its JSON path in the data
     */
    public InvalidDataException(String source, List<InputProblem> problems) {
        super(summary(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * The source of the data, as named to the builder.
     *
     * @return a file path or a stream's name
     */
    public String source() {
        return source;
    }

    /**
     * Every problem found.
     *
     * @return the problems, each with its JSON path in the data
     */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(String source, List<InputProblem> problems) {
        StringBuilder sb = new StringBuilder(ProblemText.escape(source)).append(" is not valid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        for (InputProblem p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(ProblemText.escape(source)).append(": ")
                    .append(p.message().startsWith(p.path()) ? p.message() : p.path() + ": " + p.message());
        }
        return sb.toString();
    }

    /** No stack trace: this is a message for the person who wrote the data, not a bug report. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
