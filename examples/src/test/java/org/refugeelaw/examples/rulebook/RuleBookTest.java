package org.refugeelaw.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.examples.rulebook.ProvisionBlock.Provision;
import org.refugeelaw.examples.rulebook.RuleBook.RuleEntry;

/**
 * The rule book (issue 19): every DRL file opens with the provisions it encodes and their sources; every rule of the
 * rule base is in the book with a scenario that fires it or the allow-list's reason; each criterion and rule links to
 * its section; and the page needs nothing from the network. RuleBookIT checks that the committed copy in docs/rulebook
 * is the one the packaged runner's {@code rulebook} command writes.
 */
class RuleBookTest {
    /** The tests run in the examples module: the repository root is its parent. */
    static final Path ROOT = Path.of("..");

    private static RuleBook book;
    private static Map<String, String> files;

    @BeforeAll
    static void build() throws IOException {
        book = RuleBookFiles.build(ROOT.resolve(RuleBookFiles.RULES), ROOT.resolve(RuleBookFiles.SCENARIOS));
        files = RuleBookFiles.render(book);
    }

    static List<Path> drlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT.resolve(RuleBookFiles.RULES))) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void everyDrlFileOpensWithTheProvisionsItEncodesAndWhereTheirTextWasRead() throws IOException {
        List<Path> drls = drlFiles();
        assertThat(drls).hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        int quoted = 0;
        for (Path drl : drls) {
            String name = ROOT.resolve(RuleBookFiles.RULES).relativize(drl).toString();
            ProvisionBlock b;
            try {
                b = ProvisionBlock.parse(name, Files.readString(drl, StandardCharsets.UTF_8));
            } catch (ProvisionBlock.FormatException e) {
                problems.add(e.getMessage() + " (add the provision block above the package line; see ProvisionBlock)");
                continue;
            }
            if (b.provisions().isEmpty()) {
                problems.add(name + ": no @provision");
            }
            for (Provision p : b.provisions()) {
                if (!p.text().isEmpty()) {
                    quoted++;
                    if (p.sources().stream().anyMatch(String::isBlank) || p.sources().isEmpty()) {
                        problems.add(name + ": " + p.id() + " is quoted without saying where it was read");
                    }
                } else if (p.unverified().stream().noneMatch(u -> u.startsWith("text not verified: "))) {
                    problems.add(name + ": " + p.id() + " has no quoted text and no 'text not verified: ...' note");
                }
            }
        }
        assertThat(problems).as("provision blocks").isEmpty();
        assertThat(quoted).as("provisions quoted from a text that was read").isGreaterThan(40);
    }

    @Test
    void everyRuleOfTheRuleBaseIsInTheBookWithAScenarioOrAnAllowListedReason() {
        List<String> inBook = book.rules().stream().map(RuleEntry::name).toList();
        List<String> ruleBase = new ScenarioRunner().assessor().ruleNames();
        assertThat(new TreeSet<>(inBook)).as("rules in the book").isEqualTo(new TreeSet<>(ruleBase));
        assertThat(inBook).as("rule names are unique").doesNotHaveDuplicates();
        List<String> unexplained = book.rules().stream()
                .filter(r -> r.scenarios().isEmpty() && r.allowedWhy() == null).map(RuleEntry::name).toList();
        assertThat(unexplained).as("rules with no scenario and no allow-listed reason").isEmpty();
        assertThat(book.rules().stream().filter(r -> !r.scenarios().isEmpty() && r.allowedWhy() != null)
                .map(RuleEntry::name)).as("allow-listed rules that a scenario fires").isEmpty();
    }

    @Test
    void eachRuleShowsWhatItReadsAndConcludes() {
        RuleEntry r = book.rules().stream().filter(x -> x.name().equals("A real chance of the harm, feared by the person"))
                .findFirst().orElseThrow();
        assertThat(r.criteria()).containsExactly("WELL_FOUNDED_FEAR");
        assertThat(r.legalBasis()).isEqualTo("RC 1A(2); HB 37-50; QD 4(4)");
        assertThat(r.reads()).containsExactly("CaseRecord( $origin : countryOfOrigin )",
                "$r : Risk( destination == $origin, seriousHarm() == true )",
                "$c : Claim( statedFear != Truth.NOT_ESTABLISHED )", "$f : FramePolicy( )",
                "$dests : List( ) from accumulate( ( $d : Destination( country == $origin ) ), collectList( $d ) )",
                "$views : List( ) from accumulate( ( $w : DestinationView( country == $origin ) ), collectList( $w ) )");
        assertThat(r.concludes()).extracting(m -> m.render(java.util.Locale.ENGLISH))
                .containsExactly("risk test of WELL_FOUNDED_FEAR for one risk: ESTABLISHED or NOT_ESTABLISHED or UNKNOWN");
        assertThat(r.scenarios()).contains("S1-hunger-defector-held-in-china.yaml");
        RuleEntry none = book.rules().stream().filter(x -> x.name().equals("No risk on return is identified"))
                .findFirst().orElseThrow();
        assertThat(none.reads()).contains("not Risk( destination == $origin )", "not OpenRisk( destination == $origin )");
        assertThat(none.concludes()).extracting(m -> m.render(java.util.Locale.ENGLISH))
                .containsExactly("finding WELL_FOUNDED_FEAR: NOT_MET");
        assertThat(none.concludes()).extracting(m -> m.render(java.util.Locale.KOREAN))
                .containsExactly("판단 WELL_FOUNDED_FEAR: NOT_MET");
        assertThat(book.rules()).allSatisfy(x -> assertThat(x.reads()).as(x.name()).isNotEmpty());
        RuleEntry two = book.rules().stream()
                .filter(x -> x.name().equals("A risk on return, weighed with the findings recorded for it")).findFirst()
                .orElseThrow();
        assertThat(two.criteria()).containsExactly("ABSOLUTE_BAR_TORTURE", "ABSOLUTE_BAR_LIFE_CIDT");
        assertThat(book.byCriterion().get("ABSOLUTE_BAR_TORTURE")).contains(two);
        assertThat(book.byCriterion().keySet()).allSatisfy(c -> assertThat(c).matches("[A-Z0-9_]+"));
        assertThat(java.util.Arrays.stream(org.refugeelaw.assessment.Criterion.values()).map(Enum::name))
                .as("every criterion a rule names is a Criterion").containsAll(book.byCriterion().keySet());
    }

    @Test
    void theLabelsAreRenderedInEachLanguageAndTheLawStaysAsRead() {
        assertThat(files.keySet()).containsExactly("index.html", "index.md", "index.ko.html", "index.ko.md",
                "index.zh-Hans.html", "index.zh-Hans.md");
        String ko = files.get("index.ko.html");
        String zh = files.get("index.zh-Hans.html");
        assertThat(files.get("index.html")).contains("<html lang=\"en\">", "<h3>The project's reading</h3>");
        assertThat(ko).contains("<html lang=\"ko\">", "<h1>규칙집: 법 조문과 규칙을 나란히</h1>",
                "<h3>이 프로젝트의 해석</h3>", "<dt>법적 근거</dt>").doesNotContain("<h3>The project's reading</h3>");
        assertThat(zh).contains("<html lang=\"zh-Hans\">", "<h3>本项目的理解</h3>", "<dt>法律依据</dt>");
        String rc33 = "No Contracting State shall expel or return (refouler) a refugee in any manner whatsoever";
        assertThat(List.of(files.get("index.html"), ko, zh)).allSatisfy(page -> assertThat(page).contains(rc33));
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() {
        String html = files.get("index.html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(", " src=");
        Matcher external = Pattern.compile("href=\"(https?:)?//").matcher(html);
        assertThat(external.find()).as("no link to the network: sources are named as text").isFalse();
    }

    @Test
    void everyCriterionAndRuleLinksToItsSection() {
        for (String page : files.values()) {
            page = page.replace("&quot;", "\"");
            Set<String> ids = matches(page, "(?:id=\"|<a id=\")([^\"]+)\"");
            Set<String> targets = matches(page, "(?:href=\"#|\\]\\(#)([^\")]+)[\")]");
            assertThat(ids).containsAll(targets);
            assertThat(targets).contains("criterion-WELL_FOUNDED_FEAR", "criterion-NON_REFOULEMENT_33",
                    "file-inclusion-well-founded-fear");
        }
        assertThat(book.byCriterion().keySet()).contains("WELL_FOUNDED_FEAR", "ABSOLUTE_BAR_TORTURE",
                "PROCEDURAL_GUARANTEES");
    }

    private static Set<String> matches(String s, String regex) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
