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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The glossary of legal terms (docs/glossary.md, issue 14 point 2): one row, and so one ko and one zh-Hans rendering,
 * per English term; no ko or zh-Hans catalog still uses a rendering the glossary lists as "not used"; and a criterion's
 * title is the same in the term catalog ({@code term.Criterion.*}) and the report catalog ({@code report.criterion.*}).
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
    void criterionTitlesAreTheSameInTheTermAndReportCatalogs() throws IOException {
        Map<String, String> reportKeyOf = new TreeMap<>();
        for (Object k : MessageCatalogsTest.load("report", "").keySet()) {
            String key = k.toString();
            if (key.startsWith("report.criterion.")) {
                reportKeyOf.put(key.substring("report.criterion.".length()).toLowerCase(Locale.ROOT), key);
            }
        }
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String locale : List.of("_ko", "_zh_Hans")) {
            Properties term = MessageCatalogsTest.load("term", locale);
            Properties report = MessageCatalogsTest.load("report", locale);
            for (String key : new TreeMap<>(term).keySet().stream().map(Object::toString).toList()) {
                if (!key.startsWith("term.Criterion.")) {
                    continue;
                }
                String name = key.substring("term.Criterion.".length()).replace("_", "").toLowerCase(Locale.ROOT);
                String reportKey = reportKeyOf.get(name);
                assertThat(reportKey).as("report catalog has a title for %s", key).isNotNull();
                compared++;
                if (!term.getProperty(key).equals(report.getProperty(reportKey))) {
                    differ.add(locale + ": " + key + "=" + term.getProperty(key) + " but " + reportKey + "="
                            + report.getProperty(reportKey));
                }
            }
        }
        assertThat(compared).isGreaterThan(60);
        assertThat(differ).as("criterion titles that differ between term.Criterion.* and report.criterion.*").isEmpty();
    }
}
