package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

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
     * @param value    the value tried, e.g. {@code established}
     * @param outcome  the determination with that value, e.g. {@code REFUGEE SUR_PLACE}
     * @param messages what would differ from the current assessment, as messages (rendered by
     *                 {@link #changes(Locale)})
     */
    @JsonPropertyOrder({"value", "outcome", "changes", "messages"})
    public record Alternative(String value, String outcome, List<Message> messages) {
        /**
         * Normalises the components: lists are copied, and a list left out is empty.
         *
         * @param value the value
         * @param outcome the outcome
         * @param messages the changes (left out: none)
         */
        public Alternative {
            messages = List.copyOf(messages);
        }

        /**
         * What would differ, in English, rendered when read (the JSON's {@code changes}).
         *
         * @return the changes in English
         */
        @JsonProperty("changes")
        public List<String> changes() {
            return Message.render(messages, Locale.ROOT);
        }

        /**
         * What would differ, in {@code locale}, rendered when read.
         *
         * @param locale the language
         * @return the changes in that language (English where it has no catalog)
         */
        public List<String> changes(Locale locale) {
            return Message.render(messages, locale);
        }
    }
}
