package org.refugeelaw.examples.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.refugeelaw.assessment.Message;

/**
 * The rule book: for each DRL file, the provisions it encodes (its {@link ProvisionBlock}) and each of its rules with
 * the criterion it decides, its legal basis, the facts its patterns read, what it inserts, and the scenarios that fire
 * it. Built from the DRL sources with the Drools DRL parser (the descr tree of each rule) and from the runner's
 * coverage data over a scenario library.
 *
 * @param sections one per DRL file, ordered by path
 */
public record RuleBook(List<Section> sections) {
    public RuleBook {
        sections = List.copyOf(sections);
    }

    /**
     * One DRL file.
     *
     * @param path  the file's path under the rules folder, with forward slashes (e.g. {@code inclusion/nexus.drl})
     * @param block its provision block
     * @param rules its rules, in the file's order
     */
    public record Section(String path, ProvisionBlock block, List<RuleEntry> rules) {
        public Section {
            rules = List.copyOf(rules);
        }

        /** The HTML anchor of this section. */
        public String anchor() {
            return "file-" + path.replace(".drl", "").replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    /**
     * One rule.
     *
     * @param name        the rule's name
     * @param criteria    the criteria its {@code @criterion} names (one or more, comma-separated there), or none
     * @param legalBasis  its {@code @legalBasis}, or null
     * @param reads       its patterns, one a line, as the DRL writes them
     * @param concludes   what its consequence inserts, as far as it can be read from the consequence
     * @param scenarios   the scenario files that fire it
     * @param allowedWhy  the allow-list's reason where no scenario can show the rule, else null
     */
    public record RuleEntry(String name, List<String> criteria, String legalBasis, List<String> reads,
                            List<Message> concludes, Set<String> scenarios, String allowedWhy) {
        public RuleEntry {
            criteria = List.copyOf(criteria);
            reads = List.copyOf(reads);
            concludes = List.copyOf(concludes);
            scenarios = Set.copyOf(new TreeSet<>(scenarios));
        }

        /** The HTML anchor of this rule. */
        public String anchor() {
            return "rule-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
        }
    }

    /** Every rule in the book, in order. */
    public List<RuleEntry> rules() {
        return sections.stream().flatMap(s -> s.rules().stream()).toList();
    }

    /** For each criterion named by a rule, the rules that decide it, in order. */
    public Map<String, List<RuleEntry>> byCriterion() {
        Map<String, List<RuleEntry>> out = new TreeMap<>();
        for (RuleEntry r : rules()) {
            for (String c : r.criteria()) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /**
     * Builds the rule book.
     *
     * @param rulesFolder the folder holding the DRL files (searched recursively)
     * @param firedBy     for each rule name, the scenario files that fire it (the coverage data)
     * @param allowed     rules no scenario can show, with the reason (the coverage allow-list)
     */
    public static RuleBook build(Path rulesFolder, Map<String, Set<String>> firedBy, Map<String, String> allowed)
            throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(rulesFolder)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .drl files under " + rulesFolder);
        }
        List<Section> sections = new ArrayList<>();
        for (Path f : files) {
            String rel = rulesFolder.relativize(f).toString().replace('\\', '/');
            String drl = Files.readString(f, StandardCharsets.UTF_8);
            ProvisionBlock block = ProvisionBlock.parse(rel, drl);
            List<RuleEntry> rules = new ArrayList<>();
            for (RuleDescr r : parse(rel, drl).getRules()) {
                rules.add(new RuleEntry(r.getName(), criteria(annotation(r, "criterion")), annotation(r, "legalBasis"),
                        patterns(r.getLhs()), concludes(String.valueOf(r.getConsequence())),
                        firedBy.getOrDefault(r.getName(), Set.of()), allowed.get(r.getName())));
            }
            sections.add(new Section(rel, block, rules));
        }
        return new RuleBook(sections);
    }

    private static PackageDescr parse(String file, String drl) throws IOException {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, drl);
            if (parser.hasErrors() || pkg == null) {
                throw new IOException(file + ": " + parser.getErrors());
            }
            return pkg;
        } catch (DroolsParserException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String annotation(RuleDescr r, String name) {
        AnnotationDescr a = r.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValue();
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static List<String> criteria(String annotation) {
        if (annotation == null || annotation.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(annotation.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** The rule's conditions, one pattern a line, prefixed by not/exists/forall/or as the DRL nests them. */
    static List<String> patterns(AndDescr lhs) {
        List<String> out = new ArrayList<>();
        if (lhs != null) {
            for (BaseDescr d : lhs.getDescrs()) {
                out.add(condition(d));
            }
        }
        return out;
    }

    private static String condition(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            return pattern(p);
        }
        if (d instanceof NotDescr n) {
            return "not " + group(n.getDescrs());
        }
        if (d instanceof ExistsDescr e) {
            return "exists " + group(e.getDescrs());
        }
        if (d instanceof ForallDescr f) {
            return "forall( " + String.join(" ", f.getDescrs().stream().map(RuleBook::condition).toList()) + " )";
        }
        if (d instanceof OrDescr o) {
            return "( " + String.join(" or ", o.getDescrs().stream().map(RuleBook::condition).toList()) + " )";
        }
        if (d instanceof AndDescr a) {
            return "( " + String.join(" and ", a.getDescrs().stream().map(RuleBook::condition).toList()) + " )";
        }
        return d.getText() != null ? d.getText() : d.getClass().getSimpleName();
    }

    private static String group(List<? extends BaseDescr> ds) {
        if (ds.size() == 1) {
            return condition(ds.get(0));
        }
        return "( " + String.join(" and ", ds.stream().map(RuleBook::condition).toList()) + " )";
    }

    private static String pattern(PatternDescr p) {
        StringBuilder sb = new StringBuilder();
        if (p.getIdentifier() != null && !p.getIdentifier().isEmpty()) {
            sb.append(p.getIdentifier()).append(" : ");
        }
        sb.append(p.getObjectType()).append("( ");
        List<String> cs = new ArrayList<>();
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            cs.add(c instanceof ExprConstraintDescr e ? e.getExpression() : c.getText());
        }
        sb.append(String.join(", ", cs)).append(cs.isEmpty() ? ")" : " )");
        if (p.getSource() instanceof FromDescr f) {
            sb.append(" from ").append(f.getDataSource() != null ? f.getDataSource().toString() : f.getExpression());
        } else if (p.getSource() instanceof AccumulateDescr a) {
            sb.append(" from accumulate( ").append(a.getInput() == null ? "" : condition(a.getInput()));
            if (a.getFunctions() != null) {
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                    sb.append(", ").append(fn.getBind() != null ? fn.getBind() + " : " : "").append(fn.getFunction())
                            .append("( ").append(String.join(", ", fn.getParams())).append(" )");
                }
            }
            sb.append(" )");
        } else if (p.getSource() != null) {
            sb.append(" from ").append(p.getSource().getText());
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static final Pattern INSERT = Pattern.compile("\\binsert(?:Logical)?\\(");
    private static final Pattern FINDING = Pattern.compile(
            "^(?:org\\.refugeelaw\\.engine\\.)?Finding\\.(met|notMet|undetermined|notApplicable|bar|about)\\(\\s*"
                    + "(?:Criterion\\.(\\w+))?");
    private static final Pattern RISK_TEST = Pattern.compile("^RiskTest\\.of\\(\\s*Criterion\\.(\\w+)");
    private static final Pattern NEW = Pattern.compile("^new\\s+([\\w.]+)\\(");
    private static final Pattern FACTORY = Pattern.compile("^([A-Z]\\w*)\\.(\\w+)\\(");

    /** What the consequence inserts: the finding and its status, or the derived fact, where the text shows it. */
    static List<Message> concludes(String consequence) {
        List<Message> out = new ArrayList<>();
        Matcher m = INSERT.matcher(consequence);
        while (m.find()) {
            String arg = argument(consequence, m.end());
            out.add(describe(arg));
        }
        return out.stream().distinct().toList();
    }

    private static Message describe(String arg) {
        String a = arg.strip();
        Matcher f = FINDING.matcher(a);
        if (f.find()) {
            String crit = f.group(2);
            String statuses = constants(a, "Status");
            Object status = statuses.isEmpty() ? Message.of("rulebook.concludes.fromFacts") : statuses;
            String fixed = switch (f.group(1)) {
                case "met" -> "MET";
                case "notMet" -> "NOT_MET";
                case "undetermined" -> "UNDETERMINED";
                case "notApplicable" -> "NOT_APPLICABLE";
                default -> null;
            };
            if (fixed != null) {
                return crit == null ? Message.of("rulebook.concludes.findingOfMatched", fixed)
                        : Message.of("rulebook.concludes.finding", crit, fixed);
            }
            String c = crit == null ? "?" : crit;
            return f.group(1).equals("bar") ? Message.of("rulebook.concludes.bar", c, status)
                    : Message.of("rulebook.concludes.procedural", c, status);
        }
        Matcher r = RISK_TEST.matcher(a);
        if (r.find()) {
            String truth = constants(a, "Truth");
            return Message.of("rulebook.concludes.riskTest", r.group(1),
                    truth.isEmpty() ? Message.of("rulebook.concludes.fromFacts") : truth);
        }
        String type = null;
        Matcher n = NEW.matcher(a);
        Matcher fa = FACTORY.matcher(a);
        if (n.find()) {
            type = n.group(1).substring(n.group(1).lastIndexOf('.') + 1);
        } else if (fa.find()) {
            type = fa.group(1);
        }
        if (type == null) {
            return Message.of("rulebook.concludes.computed");
        }
        Matcher crit = Pattern.compile("Criterion\\.(\\w+)").matcher(a);
        String of = crit.find() ? crit.group(1) : null;
        String values = constants(a, "ReturnStatus");
        if (values.isEmpty()) {
            values = constants(a, "RefugeeStatus");
        }
        if (values.isEmpty()) {
            values = constants(a, "Status");
        }
        if (values.isEmpty()) {
            values = constants(a, "Truth");
        }
        if (of == null) {
            return values.isEmpty() ? Message.of("rulebook.concludes.derived", type)
                    : Message.of("rulebook.concludes.derivedValues", type, values);
        }
        return values.isEmpty() ? Message.of("rulebook.concludes.derivedOf", type, of)
                : Message.of("rulebook.concludes.derivedOfValues", type, of, values);
    }

    /** The constants of one enum the text names, e.g. "MET or NOT_MET". */
    private static String constants(String text, String type) {
        Set<String> found = new TreeSet<>();
        Matcher c = Pattern.compile("(?<![\\w.])" + type + "\\.([A-Z_]+)\\b").matcher(text);
        while (c.find()) {
            found.add(c.group(1));
        }
        return String.join(" or ", found);
    }

    /** The text of the call's argument that starts at {@code from}, up to its closing parenthesis. */
    private static String argument(String s, int from) {
        int depth = 0;
        boolean str = false;
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (str) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    str = false;
                }
                continue;
            }
            if (ch == '"') {
                str = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (depth == 0) {
                    return s.substring(from, i);
                }
                depth--;
            }
        }
        return s.substring(from);
    }
}
