package org.refugeelaw.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.MessageRenderer;

/**
 * The message catalogs (issue 14): every key the rules and the engine use is in every catalog (en, ko, zh-Hans) with
 * the same placeholders, and no catalog holds a key nobody uses. The keys used are the string literals of the DRL
 * files and of the core's and the examples' Java sources that have the form of a key of an existing catalog family
 * ({@code <family>.<name>...}); so a key must be written out in full where it is used, never assembled. The enum
 * terms ({@code term.<Enum>.<CONSTANT>}) are those of {@link Message#TERM_ENUMS}.
 */
class MessageCatalogsTest {
    static final Path CATALOGS = Path.of("../core/src/main/resources/org/refugeelaw/messages");
    static final Path RULES = Path.of("src/main/resources/org/refugeelaw/rules");
    static final Path CORE = Path.of("../core/src/main/java");
    /** The runner and the workbench use the report labels (family {@code report}) too. */
    static final Path EXAMPLES = Path.of("../examples/src/main/java");
    static final List<String> LOCALES = List.of("", "_ko", "_zh_Hans");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    /** The catalog families: the base names of the files without a locale suffix. */
    static Set<String> families() throws IOException {
        try (Stream<Path> s = Files.list(CATALOGS)) {
            Set<String> out = new TreeSet<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .filter(n -> !n.contains("_")).forEach(out::add);
            return out;
        }
    }

    static Properties load(String family, String locale) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(CATALOGS.resolve(family + locale + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> a = Files.walk(RULES); Stream<Path> b = Files.walk(CORE); Stream<Path> c = Files.walk(EXAMPLES)) {
            a.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(out::add);
            b.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
            c.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
        }
        return out;
    }

    /** The keys used: key-shaped literals of a known family, with where each is used; plus the enum terms. */
    static Map<String, String> usedKeys() throws IOException {
        Set<String> families = families();
        Map<String, String> used = new TreeMap<>();
        for (Path src : sources()) {
            Matcher m = LITERAL.matcher(Files.readString(src));
            while (m.find()) {
                String s = m.group(1);
                if (KEY.matcher(s).matches() && families.contains(s.substring(0, s.indexOf('.')))) {
                    used.putIfAbsent(s, src.getFileName().toString());
                }
            }
        }
        for (Class<? extends Enum<?>> e : Message.TERM_ENUMS) {
            for (Enum<?> c : e.getEnumConstants()) {
                used.put(MessageRenderer.TERMS + "." + e.getSimpleName() + "." + c.name(), "Message.TERM_ENUMS");
            }
        }
        return used;
    }

    @Test
    void everyFamilyHasItsThreeCatalogsAndTheFamilyNameIsTheKeysArea() throws IOException {
        assertThat(families()).contains("riskTest", "term");
        for (String family : families()) {
            for (String locale : LOCALES) {
                assertThat(CATALOGS.resolve(family + locale + ".properties")).as(family + locale).exists();
                for (String key : load(family, locale).stringPropertyNames()) {
                    assertThat(key).as(family + locale).startsWith(family + ".").matches(KEY);
                }
            }
        }
    }

    @Test
    void everyKeyUsedIsInEveryCatalog() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : usedKeys().entrySet()) {
            String family = e.getKey().substring(0, e.getKey().indexOf('.'));
            for (String locale : LOCALES) {
                if (load(family, locale).getProperty(e.getKey()) == null) {
                    missing.add(e.getKey() + " (used in " + e.getValue() + ") missing from " + family + locale);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noCatalogHoldsAnUnusedKey() throws IOException {
        Set<String> used = usedKeys().keySet();
        List<String> unused = new ArrayList<>();
        for (String family : families()) {
            for (String locale : LOCALES) {
                for (String key : load(family, locale).stringPropertyNames()) {
                    if (!used.contains(key)) {
                        unused.add(family + locale + ": " + key);
                    }
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyTranslationHasTheSamePlaceholdersAsTheEnglishAndNoLoneApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String family : families()) {
            Properties en = load(family, "");
            for (String locale : LOCALES) {
                Properties p = load(family, locale);
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    if (en.getProperty(key) != null && !placeholders(pattern).equals(placeholders(en.getProperty(key)))) {
                        problems.add(family + locale + ": " + key + " has " + placeholders(pattern) + ", English "
                                + placeholders(en.getProperty(key)));
                    }
                    // MessageFormat reads a lone apostrophe as the start of quoted text: write '' for one.
                    if (pattern.replace("''", "").contains("'")) {
                        problems.add(family + locale + ": " + key + " has a lone apostrophe");
                    }
                    if (pattern.isBlank()) {
                        problems.add(family + locale + ": " + key + " is empty");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theKoreanAndChineseCatalogsAreTranslationsNotCopiesOfTheEnglish() throws IOException {
        List<String> copies = new ArrayList<>();
        Pattern english = Pattern.compile("\\b(the|and|of|is|not|for|to|in|that|with|on|by|or)\\b");
        for (String family : families()) {
            for (String locale : List.of("_ko", "_zh_Hans")) {
                Properties p = load(family, locale);
                for (String key : p.stringPropertyNames()) {
                    if (english.matcher(p.getProperty(key)).find()) {
                        copies.add(family + locale + ": " + key + " = " + p.getProperty(key));
                    }
                }
            }
        }
        assertThat(copies).isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
