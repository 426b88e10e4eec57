package org.refugeelaw.assessment;

import java.util.List;

/**
 * A smallest set of changes to the person's facts that would change the determination (for a case not granted), or
 * a fact without which a grant would fail.
 *
 * @param changes what to change: JSON path, the current value and the value tried
 * @param outcome the determination with those changes
 * @param summary one sentence
 */
public record Counterfactual(List<Change> changes, String outcome, String summary) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param changes the changes (left out: none)
     * @param outcome the outcome
     * @param summary the summary
     */
    public Counterfactual {
        changes = List.copyOf(changes);
    }

    /** One change of one fact. */
    public record Change(String fact, String from, String to) {
    }
}
