package org.refugeelaw.assessment;

import java.util.List;

/**
 * An unknown fact whose value could change the determination or a bar on return, found by assessing the
 * alternatives.
 *
 * @param fact         JSON path of the unknown fact in the case record
 * @param alternatives what each value would lead to
 */
public record DecisiveFact(String fact, List<Alternative> alternatives) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param fact the fact
     * @param alternatives the alternatives (left out: none)
     */
    public DecisiveFact {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * One value of the fact and its outcome.
     *
     * @param value   the value tried, e.g. {@code established}
     * @param outcome the determination with that value, e.g. {@code REFUGEE SUR_PLACE}
     * @param changes what would differ from the current assessment, in words
     */
    public record Alternative(String value, String outcome, List<String> changes) {
        /**
         * Normalises the components: lists are copied, and a list left out is empty.
         *
         * @param value the value
         * @param outcome the outcome
         * @param changes the changes (left out: none)
         */
        public Alternative {
            changes = List.copyOf(changes);
        }
    }
}
