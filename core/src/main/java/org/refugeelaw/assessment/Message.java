package org.refugeelaw.assessment;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Ground;
import org.refugeelaw.model.Harm;

/**
 * One reason of a finding, as data: a stable key into the message catalogs ({@code org/refugeelaw/messages/<area>}, the
 * area being the key's first segment) and typed arguments, chosen by the rule that fires. Creating a message formats
 * nothing; {@link #render(Locale)} renders it once, after the session, in the language the caller asks for.
 *
 * <p>Argument types: {@link Message} (a nested message, for composition), {@link Country} (a country code, rendered with
 * the JDK's display name outside English), a constant of an enum of {@link #TERM_ENUMS} (rendered from the
 * {@code term} catalog as {@code term.<EnumSimpleName>.<CONSTANT>}), a {@link List} of those (joined), {@link LocalDate} (ISO), a number, and
 * {@link String} for what stays as cited in every language: citations, JSON paths, IDs, and data quoted from the case
 * record or country information.
 */
@JsonSerialize(using = MessageRenderer.JsonWriter.class)
public final class Message {
    /** The key of a run of sentences ({@link #sentences}). No catalog holds it. */
    public static final String SENTENCES = "sentences";

    /**
     * The enums whose constants may be message arguments: each constant is rendered from the {@code term} catalog
     * ({@code term.<SimpleName>.<CONSTANT>}, in every language). Add an enum here together with its terms.
     */
    public static final List<Class<? extends Enum<?>>> TERM_ENUMS = List.of(Harm.class, Conduct.class, Ground.class,
            Criterion.class);

    /**
     * Whether a string is a message key, {@code [a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+}: a loop rather than a regular
     * expression, since every message a rule creates is checked (issue 15).
     *
     * @param key the string
     * @return whether it is a key
     */
    static boolean isKey(String key) {
        int n = key.length();
        if (n == 0 || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        boolean dot = false;
        boolean segmentEmpty = false;
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            if (c == '.') {
                if (segmentEmpty) {
                    return false;
                }
                dot = true;
                segmentEmpty = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                segmentEmpty = false;
            } else {
                return false;
            }
        }
        return dot && !segmentEmpty;
    }

    /** A country code, rendered as the code in English (as cited) and as the JDK's display name in other languages. */
    public record Country(String code) {
        /**
         * A country code argument.
         *
         * @param code an ISO 3166-1 alpha-2 code
         */
        public Country {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private final String key;
    private final List<Object> args;

    private Message(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    /**
     * A message of the catalogs, with its arguments (see the class comment for the types allowed).
     *
     * @param key the key in the catalogs
     * @param args the arguments
     * @return the message
     */
    public static Message of(String key, Object... args) {
        if (key == null || !isKey(key)) {
            throw new IllegalArgumentException("Not a message key (area.name...): " + key);
        }
        for (Object a : args) {
            check(a);
        }
        return new Message(key, List.of(args));
    }

    /**
     * A country code argument.
     *
     * @param code the code
     * @return the argument
     */
    public static Country country(String code) {
        return new Country(code);
    }

    /**
     * Sentences, rendered one after the other; a sentence that does not end with the language's full stop gets one
     * (as the English text always did).
     *
     * @param sentences the sentences
     * @return the message
     */
    public static Message sentences(List<Message> sentences) {
        return new Message(SENTENCES, List.copyOf(sentences));
    }

    private static void check(Object a) {
        if (a instanceof List<?> l) {
            l.forEach(Message::check);
            return;
        }
        if (a instanceof Enum<?> e && !TERM_ENUMS.contains(e.getDeclaringClass())) {
            throw new IllegalArgumentException("No terms for the enum " + e.getDeclaringClass().getSimpleName()
                    + " (see Message.TERM_ENUMS)");
        }
        if (!(a instanceof Message || a instanceof Country || a instanceof Enum<?> || a instanceof LocalDate
                || a instanceof Number || a instanceof String)) {
            throw new IllegalArgumentException("Not a message argument: "
                    + (a == null ? "null" : a.getClass().getSimpleName()));
        }
    }

    /**
     * The key in the catalogs.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The arguments, in the order the pattern numbers them.
     *
     * @return the arguments
     */
    public List<Object> args() {
        return args;
    }

    /**
     * The message in {@code locale} (English for any language without a catalog).
     *
     * @param locale the language
     * @return the text
     */
    public String render(Locale locale) {
        return MessageRenderer.render(this, locale);
    }

    /**
     * The message in English.
     *
     * @return the message in English
     */
    public String render() {
        return render(Locale.ROOT);
    }

    /**
     * Renders a list of messages in one language.
     *
     * @param messages the messages
     * @param locale the language
     * @return the texts, in order
     */
    public static List<String> render(List<Message> messages, Locale locale) {
        List<String> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            out.add(m.render(locale));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.key.equals(key) && m.args.equals(args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args.hashCode();
    }

    /** The key and arguments, for debugging; never the rendered text (render it with {@link #render(Locale)}). */
    @Override
    public String toString() {
        return key + Arrays.toString(args.toArray());
    }
}
