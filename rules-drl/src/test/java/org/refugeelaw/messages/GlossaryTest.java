package org.refugeelaw.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The glossary of legal terms (docs/glossary.md, issue 14 point 2): one row, and so one ko and one zh-Hans rendering,
 * per English term; no ko or zh-Hans catalog still uses a rendering the glossary lists as "not used"; and a criterion's
 * title is kept once, in the term catalog ({@code term.Criterion.*}), which the reports read.
 */
class GlossaryTest {
    static final Path GLOSSARY = Path.of("../docs/glossary.md");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern REJECTED = Pattern.compile("\\b(ko|zh) \"([^\"]+)\"");
    private static final Map<String, String> LOCALE_OF = Map.of("ko", "_ko", "zh", "_zh_Hans");

    record Row(int line, String english, String ko, String zh, String source) {}

    /** The rows of the glossary's table (the lines after its header row that start with "| "). */
    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("| Term (en) |")) {
                inTable = true;
            } else if (inTable && l.startsWith("| ")) {
                String[] c = l.substring(1, l.lastIndexOf('|')).split("\\|", -1);
                assertThat(c).as("glossary line %d has four cells", i + 1).hasSize(4);
                out.add(new Row(i + 1, c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()));
            } else if (inTable && !l.startsWith("|---")) {
                inTable = false;
            }
        }
        return out;
    }

    /** The English terms of a first cell: bracketed parts removed, split at " / " and ";", lower case. */
    static List<String> englishTerms(String cell) {
        String s = cell;
        for (String prev = null; !s.equals(prev); ) {
            prev = s;
            s = BRACKETS.matcher(s).replaceAll(" ");
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(" / |;")) {
            String t = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The renderings a row lists after "not used:", as language ("ko", "zh") and text. */
    static List<String[]> rejected(Row row) {
        List<String[]> out = new ArrayList<>();
        int at = row.source().indexOf("not used:");
        if (at >= 0) {
            Matcher m = REJECTED.matcher(row.source().substring(at));
            while (m.find()) {
                out.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return out;
    }

    @Test
    void everyEnglishTermHasOneRow() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(50);
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (Row r : rows) {
            assertThat(englishTerms(r.english())).as("line %d names an English term", r.line()).isNotEmpty();
            for (String term : englishTerms(r.english())) {
                Integer before = firstLine.putIfAbsent(term, r.line());
                if (before != null) {
                    twice.add("\"" + term + "\" on lines " + before + " and " + r.line());
                }
            }
        }
        assertThat(twice).as("English terms with more than one row in docs/glossary.md (merge them)").isEmpty();
    }

    @Test
    void noCatalogUsesARejectedRendering() throws IOException {
        List<String> found = new ArrayList<>();
        int listed = 0;
        for (Row r : rows()) {
            for (String[] rej : rejected(r)) {
                listed++;
                String chosen = rej[0].equals("ko") ? r.ko() : r.zh();
                assertThat(chosen).as("line %d rejects a rendering its own %s cell uses", r.line(), rej[0])
                        .doesNotContain(rej[1]);
                String locale = LOCALE_OF.get(rej[0]);
                for (String family : MessageCatalogsTest.families()) {
                    Properties p = MessageCatalogsTest.load(family, locale);
                    for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                        if (p.getProperty(key).contains(rej[1])) {
                            found.add(family + locale + ".properties " + key + ": \"" + rej[1] + "\" (glossary line "
                                    + r.line() + " says: " + r.english() + " = " + chosen + ")");
                        }
                    }
                }
            }
        }
        assertThat(listed).as("renderings listed as not used in docs/glossary.md").isGreaterThan(10);
        assertThat(found).as("ko/zh-Hans catalog texts that use a rendering the glossary rejects").isEmpty();
    }

    @Test
    void aCriterionsTitleIsKeptOnlyInTheTermCatalog() throws IOException {
        // The reports take criterion titles from term.Criterion.* (ReportLabels.criterion); a second copy in another
        // family (report.criterion.* until 2026-11-30) could drift from it in one language. A key of another family
        // that names a criterion's title is one with a segment "criterion" followed by the criterion's name.
        Set<String> names = new TreeSet<>();
        for (String key : MessageCatalogsTest.load("term", "").stringPropertyNames()) {
            if (key.startsWith("term.Criterion.")) {
                names.add(key.substring("term.Criterion.".length()).replace("_", "").toLowerCase(Locale.ROOT));
            }
        }
        List<String> copies = new ArrayList<>();
        for (String family : MessageCatalogsTest.families()) {
            if (family.equals("term")) {
                continue;
            }
            for (String locale : List.of("", "_ko", "_zh_Hans")) {
                for (String key : MessageCatalogsTest.load(family, locale).stringPropertyNames()) {
                    String[] parts = key.split("\\.");
                    for (int k = 0; k + 1 < parts.length; k++) {
                        if (parts[k].equalsIgnoreCase("criterion")
                                && names.contains(parts[k + 1].toLowerCase(Locale.ROOT))) {
                            copies.add(family + locale + ".properties " + key);
                        }
                    }
                }
            }
        }
        assertThat(names).as("criteria with a title in term.properties").hasSizeGreaterThan(30);
        assertThat(copies).as("criterion titles kept outside the term catalog (term.Criterion.*)").isEmpty();
    }
}
