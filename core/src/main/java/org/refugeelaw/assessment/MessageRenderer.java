package org.refugeelaw.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link Message}s from the catalogs {@code org/refugeelaw/messages/<area>.properties} (English, the root
 * bundle), {@code <area>_ko.properties} and {@code <area>_zh_Hans.properties}, UTF-8, JDK {@link MessageFormat}
 * patterns. The area is the key's first segment. Every argument is rendered to text first (so MessageFormat never
 * formats a number or a date by itself), then substituted.
 *
 * <p>The catalogs are read as UTF-8 properties files by this class itself, not through {@code ResourceBundle}'s
 * {@code Control} (which named modules do not support), so that rendering works on the module path as on the class
 * path. A key missing from the Korean or Chinese catalog is looked up in the English one.
 */
public final class MessageRenderer {
    /** The package of the catalogs. */
    public static final String CATALOGS = "org.refugeelaw.messages";
    /** The catalog of enum terms ({@code term.Harm.FORCED_LABOUR}). */
    public static final String TERMS = "term";
    /** The Jackson attribute holding the {@link Locale} to render a JSON assessment in (English if absent). */
    public static final String LOCALE_ATTRIBUTE = "org.refugeelaw.locale";
    /**
     * The Jackson attribute that, set to {@link Boolean#FALSE}, writes each message as its key and arguments only,
     * without its rendered {@code text} (the JSON Lines output without rendered reasons, issue 15 point 5).
     */
    public static final String TEXT_ATTRIBUTE = "org.refugeelaw.messageText";

    /** Each catalog file read so far, by resource name; empty where there is no such file. */
    private static final Map<String, Optional<Properties>> CATALOG_FILES = new ConcurrentHashMap<>();

    private MessageRenderer() {
    }

    /**
     * The locale whose catalogs serve {@code locale}: Korean, or simplified Chinese for {@code zh}, {@code zh-Hans},
     * {@code zh-CN} and {@code zh-SG}; English ({@link Locale#ROOT}) for every other language, country names included,
     * so that a language without catalogs never mixes English text with foreign country names.
     *
     * @param locale the language
     * @return the locale whose catalogs serve that language
     */
    public static Locale catalogLocale(Locale locale) {
        if (locale == null) {
            return Locale.ROOT;
        }
        if (locale.getLanguage().equals("ko")) {
            return Locale.KOREAN;
        }
        if (locale.getLanguage().equals("zh") && (locale.getScript().equals("Hans")
                || locale.getScript().isEmpty() && List.of("", "CN", "SG").contains(locale.getCountry()))) {
            return Locale.forLanguageTag("zh-Hans");
        }
        return Locale.ROOT;
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
    }

    private static boolean chinese(Locale locale) {
        return locale.getLanguage().equals("zh");
    }

    static String render(Message m, Locale requested) {
        Locale locale = catalogLocale(requested);
        StringBuilder sb = new StringBuilder();
        append(sb, m, locale);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Message m, Locale locale) {
        switch (m.key()) {
            case Message.SENTENCES -> {
                String stop = chinese(locale) ? "。" : ".";
                boolean first = true;
                for (Object part : m.args()) {
                    String s = render((Message) part, locale);
                    if (!first && !chinese(locale)) {
                        sb.append(' ');
                    }
                    first = false;
                    sb.append(s);
                    if (!s.endsWith(".") && !s.endsWith("。")) {
                        sb.append(stop);
                    }
                }
            }
            default -> {
                Object[] args = new Object[m.args().size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = arg(m.args().get(i), locale);
                }
                sb.append(new MessageFormat(pattern(m.key(), locale), locale).format(args));
            }
        }
    }

    /**
     * The pattern of {@code key} in {@code locale}'s catalog.
     *
     * @param key the key
     * @param locale the language
     * @return the pattern
     */
    public static String pattern(String key, Locale locale) {
        String area = key.substring(0, key.indexOf('.'));
        Optional<Properties> english = catalog(area, "");
        if (english.isEmpty()) {
            throw new IllegalStateException("No message catalog for the area of " + key);
        }
        Locale catalogLocale = catalogLocale(locale);
        String pattern = null;
        if (!catalogLocale.equals(Locale.ROOT)) {
            pattern = catalog(area, suffix(catalogLocale)).map(p -> p.getProperty(key)).orElse(null);
        }
        if (pattern == null) {
            pattern = english.get().getProperty(key);
        }
        if (pattern == null) {
            throw new IllegalStateException("Message key missing from its catalog: " + key);
        }
        return pattern;
    }

    /**
     * The term of a constant of an enum of {@link Message#TERM_ENUMS} ({@code term.<EnumSimpleName>.<CONSTANT>}), as
     * it renders when the constant is a message's argument: for a {@link Criterion}, its title (English: exactly
     * {@link Criterion#title()}). The single source of criterion titles in every language (the reports use it).
     *
     * @param constant the constant, of an enum of {@link Message#TERM_ENUMS}
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the term in that language
     */
    public static String term(Enum<?> constant, Locale locale) {
        return pattern(TERMS + "." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
    }

    /** A catalog file's suffix, as ResourceBundle names it: {@code _ko}, {@code _zh_Hans}. */
    private static String suffix(Locale locale) {
        StringBuilder sb = new StringBuilder("_").append(locale.getLanguage());
        if (!locale.getScript().isEmpty()) {
            sb.append('_').append(locale.getScript());
        }
        if (!locale.getCountry().isEmpty()) {
            sb.append('_').append(locale.getCountry());
        }
        return sb.toString();
    }

    /** The catalog file of an area in one language (suffix "", "_ko" or "_zh_Hans"), read once as UTF-8. */
    private static Optional<Properties> catalog(String area, String suffix) {
        String name = CATALOGS.replace('.', '/') + "/" + area + suffix + ".properties";
        return CATALOG_FILES.computeIfAbsent(name, MessageRenderer::read);
    }

    private static Optional<Properties> read(String name) {
        // This module's own catalogs first (found on the module path without opening the package), then any other
        // module's or jar's on the class path (the runner's rule-book labels, for example).
        java.io.InputStream in = MessageRenderer.class.getResourceAsStream("/" + name);
        if (in == null && MessageRenderer.class.getClassLoader() != null) {
            in = MessageRenderer.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            return Optional.empty();
        }
        try (java.io.Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return Optional.of(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Message catalog " + name + " is unreadable", e);
        }
    }

    private static String arg(Object a, Locale locale) {
        if (a instanceof Message m) {
            return render(m, locale);
        }
        if (a instanceof Message.Country c) {
            if (english(locale)) {
                return c.code();
            }
            String name = new Locale("", c.code()).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(c.code()) ? c.code() : name;
        }
        if (a instanceof Enum<?> e) {
            return term(e, locale);
        }
        if (a instanceof List<?> l) {
            String sep = chinese(locale) ? "、" : ", ";
            StringBuilder sb = new StringBuilder();
            for (Object x : l) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(arg(x, locale));
            }
            return sb.toString();
        }
        if (a instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(a);
    }

    /** Writes a message as {@code {"key", "args", "text"}}, the text in the locale of {@link #LOCALE_ATTRIBUTE}. */
    public static final class JsonWriter extends StdSerializer<Message> {
        /** The serializer Jackson instantiates from {@code @JsonSerialize}. */
        public JsonWriter() {
            super(Message.class);
        }

        @Override
        public void serialize(Message m, JsonGenerator g, SerializerProvider p) throws IOException {
            Object l = p.getAttribute(LOCALE_ATTRIBUTE);
            boolean text = !Boolean.FALSE.equals(p.getAttribute(TEXT_ATTRIBUTE));
            write(m, g, l instanceof Locale loc ? loc : Locale.ROOT, text);
        }

        private void writeArgs(List<Object> args, JsonGenerator g, Locale locale, boolean text) throws IOException {
            g.writeStartArray();
            for (Object a : args) {
                writeArg(a, g, locale, text);
            }
            g.writeEndArray();
        }

        private void writeArg(Object a, JsonGenerator g, Locale locale, boolean text) throws IOException {
            if (a instanceof Message m) {
                write(m, g, locale, text);
            } else if (a instanceof Message.Country c) {
                g.writeStartObject();
                g.writeStringField("country", c.code());
                g.writeEndObject();
            } else if (a instanceof Enum<?> e) {
                g.writeStartObject();
                g.writeStringField(e.getDeclaringClass().getSimpleName(), e.name());
                g.writeEndObject();
            } else if (a instanceof List<?> l) {
                g.writeStartArray();
                for (Object x : l) {
                    writeArg(x, g, locale, text);
                }
                g.writeEndArray();
            } else if (a instanceof LocalDate d) {
                g.writeStartObject();
                g.writeStringField("date", d.toString());
                g.writeEndObject();
            } else if (a instanceof Number n) {
                g.writeNumber(n.toString());
            } else {
                g.writeString((String) a);
            }
        }

        private void write(Message m, JsonGenerator g, Locale locale, boolean text) throws IOException {
            g.writeStartObject();
            g.writeStringField("key", m.key());
            g.writeFieldName("args");
            writeArgs(m.args(), g, locale, text);
            if (text) {
                g.writeStringField("text", m.render(locale));
            }
            g.writeEndObject();
        }
    }
}
