package org.refugeelaw.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/** A part of an assessment that gives reasons: kept as messages, rendered only when read, in the language asked. */
public interface Explained {
    /**
     * The reasons as messages (key and arguments).
     *
     * @return the messages
     */
    List<Message> messages();

    /**
     * The reasons in English, rendered when read (the JSON's {@code reasons}).
     *
     * @return the reasons in English
     */
    @JsonProperty("reasons")
    default List<String> reasons() {
        return Message.render(messages(), Locale.ROOT);
    }

    /**
     * The reasons in {@code locale}, rendered when read.
     *
     * @param locale the language
     * @return the reasons in that language (English where it has no catalog)
     */
    default List<String> reasons(Locale locale) {
        return Message.render(messages(), locale);
    }
}
