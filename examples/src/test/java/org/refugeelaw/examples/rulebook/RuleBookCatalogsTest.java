package org.refugeelaw.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule book's label catalogs (family {@code rulebook}, in examples): every key the rule book uses is in the
 * English, Korean and simplified Chinese catalogs, with the same placeholders, none unused, and no translation a copy
 * of the English (the checks of MessageCatalogsTest, which reads only the library's own catalogs).
 */
class RuleBookCatalogsTest {
    static final Path CATALOGS = Path.of("src/main/resources/org/refugeelaw/messages");
    static final Path SOURCES = Path.of("src/main/java/org/refugeelaw/examples/rulebook");
    static final Pattern KEY = Pattern.compile("\"(rulebook\\.[A-Za-z0-9]+\\.[A-Za-z0-9]+)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(CATALOGS.resolve("rulebook" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyUsedIsInEachCatalogWithTheSamePlaceholdersAndTranslated() throws IOException {
        Set<String> used = used();
        assertThat(used).hasSizeGreaterThan(25).contains("rulebook.page.title", "rulebook.concludes.riskTest");
        Properties en = load("");
        assertThat(en.stringPropertyNames()).as("English catalog: the keys in use, no more").isEqualTo(used);
        for (String suffix : new String[] {"_ko", "_zh_Hans"}) {
            Properties p = load(suffix);
            assertThat(p.stringPropertyNames()).as("rulebook" + suffix).isEqualTo(used);
            for (String key : used) {
                assertThat(placeholders(p.getProperty(key))).as(key + suffix)
                        .isEqualTo(placeholders(en.getProperty(key)));
                assertThat(p.getProperty(key)).as(key + suffix + " is translated").isNotEqualTo(en.getProperty(key))
                        .doesNotContainPattern("\\b(the|of|and|rule|rules|none)\\b");
            }
        }
    }
}
