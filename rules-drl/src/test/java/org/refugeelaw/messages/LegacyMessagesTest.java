package org.refugeelaw.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How much English is still written in the rules and the engine (issue 14, phase 2 drives it to zero): the English
 * string literals (a space and a word: prose, not a key, a JSON path or an ID) in every DRL consequence and in the
 * engine's Java ({@code org.refugeelaw.engine}, exception messages aside). It prints the count per file. A file that
 * declares itself converted, with the line {@code // messages: converted}, must hold none.
 */
class LegacyMessagesTest {
    static final Path RULES = Path.of("src/main/resources/org/refugeelaw/rules");
    static final Path ENGINE = Path.of("../core/src/main/java/org/refugeelaw/engine");
    static final String CONVERTED = "// messages: converted";
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}.*\\s|\\s.*[A-Za-z]{2,}");
    /**
     * A citation passed as a message's String argument ("QD 17", "QD 21(1), 24(2)"): not prose. A converted rule must
     * pass the citations that a frame rewrites (QD under the EU's Regulation period, see {@code Citations}) as
     * arguments, since a citation written into a catalog's template is not rewritten.
     */
    private static final Pattern CITATION = Pattern.compile("(?:QD|RC|HB|CAT|ICCPR|ECHR)(?: arts?\\.)? [0-9]+(?:\\([0-9a-z]{1,4}\\))*"
            + "(?:(?:, | and |-)[0-9]+(?:\\([0-9a-z]{1,4}\\))*)*");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^\\s*then\\s*$(.*?)^\\s*end\\s*$");

    /** The English literals of one source, one entry per literal. */
    static List<String> english(Path src) throws IOException {
        String text = Files.readString(src);
        List<String> code = new ArrayList<>();
        if (src.toString().endsWith(".drl")) {
            Matcher c = CONSEQUENCE.matcher(text);
            while (c.find()) {
                code.add(c.group(1));
            }
        } else {
            code.add(text.replaceAll("(?s)/\\*.*?\\*/", ""));
        }
        List<String> found = new ArrayList<>();
        for (String block : code) {
            for (String line : block.split("\n")) {
                String l = line.replaceAll("^\\s*//.*", "");
                if (l.contains("Exception(")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(l);
                while (m.find()) {
                    if (PROSE.matcher(m.group(1)).find() && !CITATION.matcher(m.group(1)).matches()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    static Map<String, Integer> counts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> a = Files.walk(RULES); Stream<Path> b = Files.list(ENGINE)) {
            List<Path> all = new ArrayList<>();
            a.filter(p -> p.toString().endsWith(".drl")).forEach(all::add);
            b.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
            for (Path p : all) {
                int n = english(p).size();
                if (n > 0) {
                    counts.put(p.toString().startsWith(RULES.toString())
                            ? RULES.relativize(p).toString() : "engine/" + p.getFileName(), n);
                }
            }
        }
        return counts;
    }

    @Test
    void listsTheEnglishLeftPerFileAndConvertedFilesHoldNone() throws IOException {
        Map<String, Integer> counts = counts();
        StringBuilder table = new StringBuilder("English literals left (issue 14 phase 2), per file:\n");
        counts.forEach((f, n) -> table.append(String.format("%5d  %s%n", n, f)));
        table.append(String.format("%5d  total%n", counts.values().stream().mapToInt(Integer::intValue).sum()));
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/legacy-messages.txt"), table);

        List<String> problems = new ArrayList<>();
        try (Stream<Path> a = Files.walk(RULES); Stream<Path> b = Files.list(ENGINE)) {
            for (Path p : Stream.concat(a, b).filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p);
                if (text.contains(CONVERTED)) {
                    for (String s : english(p)) {
                        problems.add(p.getFileName() + ": \"" + s + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("files marked '" + CONVERTED + "'").isEmpty();
    }

    @Test
    void theCountFindsEnglishButNotKeysPathsOrIds() throws IOException {
        Path tmp = Files.createTempFile("legacy", ".drl");
        Files.writeString(tmp, "rule \"A rule name is not counted\"\nwhen\nthen\n"
                + "    x(\"the penalty is severe\", \"$.departure.withPermission\", \"inclusion.exitPenalty.severe\",\n"
                + "      \" and \", \"KP-UNAUTHORISED-EXIT\", \" (\", \"QD 21(1), 24(2)\", \"QD 17 does not apply\");\n    // \"a comment is not counted\"\nend\n");
        try {
            assertThat(english(tmp)).containsExactly("the penalty is severe", " and ", "QD 17 does not apply");
        } finally {
            Files.delete(tmp);
        }
    }
}
