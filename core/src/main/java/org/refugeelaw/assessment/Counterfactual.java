package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A smallest set of changes to the person's facts that would change the determination (for a case not granted), or
 * a fact without which a grant would fail.
 *
 * @param changes what to change: JSON path, the current value and the value tried
 * @param outcome the determination with those changes
 * @param message the summary, one sentence, as a message (rendered by {@link #summary(Locale)})
 */
@JsonPropertyOrder({"changes", "outcome", "summary", "message"})
public record Counterfactual(List<Change> changes, String outcome, Message message) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param changes the changes (left out: none)
     * @param outcome the outcome
     * @param message the summary (required)
     */
    public Counterfactual {
        changes = List.copyOf(changes);
        Objects.requireNonNull(message, "message");
    }

    /**
     * The summary in English, rendered when read (the JSON's {@code summary}).
     *
     * @return one sentence in English
     */
    @JsonProperty("summary")
    public String summary() {
        return message.render(Locale.ROOT);
    }

    /**
     * The summary in {@code locale}, rendered when read.
     *
     * @param locale the language
     * @return one sentence in that language (English where it has no catalog)
     */
    public String summary(Locale locale) {
        return message.render(locale);
    }

    /** One change of one fact. */
    public record Change(String fact, String from, String to) {
    }
}
