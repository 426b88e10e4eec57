package org.refugeelaw.api;

import java.util.List;

/** An input document is not a valid case record. Lists every problem found, each with its JSON path. */
public final class InvalidCaseException extends RuntimeException {
    /** Every problem found. */
    private final List<InputProblem> problems;

    /**
     * An invalid case record.
     *
     * @param problems every problem found, each with its JSON path
     */
    public InvalidCaseException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, sorted by JSON path (indexes in numeric order).
     *
     * @return every problem found, sorted by JSON path (indexes in numeric order)
     */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        StringBuilder sb = new StringBuilder("The case record is not valid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        for (InputProblem p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(p.message());
        }
        return sb.toString();
    }

    /** No stack trace: this is a message for the person who wrote the input, not a bug report. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
