import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes core/src/main/java/org/refugeelaw/model/CaseRecordBuilder.java from the compiled case record: one builder
 * per record reachable from CaseRecord, a method per record component (CaseRecordBuilderTest checks that none is
 * missing). Run after a component is added to a record:
 *
 * <pre>
 * mvn -B -o -q compile -pl core
 * java -cp core/target/classes tools/CaseRecordBuilderGenerator.java core/src/main/java/org/refugeelaw/model/CaseRecordBuilder.java
 * mvn -B -o -q compile -pl core
 * </pre>
 *
 * The few conveniences that are not one per component (a nationality from its country and basis, a Convention ground
 * by itself) are written here too, in {@link #extras}.
 */
public class CaseRecordBuilderGenerator {
    private static final String PKG = "org.refugeelaw.model";

    public static void main(String[] args) throws Exception {
        Class<?> root = Class.forName(PKG + ".CaseRecord");
        Set<Class<?>> records = new LinkedHashSet<>();
        collect(root, records);
        StringBuilder out = new StringBuilder();
        out.append(HEADER);
        for (Class<?> r : records) {
            builder(out, r, r == root);
        }
        out.append("}\n");
        Files.writeString(Path.of(args[0]), out.toString(), StandardCharsets.UTF_8);
    }

    private static void collect(Class<?> record, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> t = element(c);
            if (t.isRecord() && t.getPackageName().equals(PKG)) {
                collect(t, seen);
            }
        }
    }

    private static boolean isList(RecordComponent c) {
        return c.getType() == List.class;
    }

    private static Class<?> element(RecordComponent c) {
        if (isList(c)) {
            Type arg = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            return (Class<?>) arg;
        }
        return c.getType();
    }

    private static String typeName(Class<?> t) {
        if (t.getEnclosingClass() != null) {
            return t.getEnclosingClass().getSimpleName() + "." + t.getSimpleName();
        }
        return t.getSimpleName();
    }

    private static String builderName(Class<?> r, boolean root) {
        return root ? "CaseRecordBuilder" : r.getSimpleName() + "Builder";
    }

    private static boolean isPart(Class<?> t) {
        return t.isRecord() && t.getPackageName().equals(PKG);
    }

    /** activitiesAbroad -> activityAbroad, grounds -> ground, settlement -> settlement (no singular). */
    static String singular(String plural) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < plural.length(); i++) {
            if (Character.isUpperCase(plural.charAt(i))) {
                starts.add(i);
            }
        }
        starts.add(plural.length());
        for (int k = 0; k + 1 < starts.size(); k++) {
            String word = plural.substring(starts.get(k), starts.get(k + 1));
            String rest = plural.substring(starts.get(k + 1));
            String head = plural.substring(0, starts.get(k));
            if (word.endsWith("ies")) {
                return head + word.substring(0, word.length() - 3) + "y" + rest;
            }
            if (word.endsWith("s") && !word.endsWith("ss")) {
                return head + word.substring(0, word.length() - 1) + rest;
            }
        }
        return plural;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void builder(StringBuilder o, Class<?> r, boolean root) {
        String b = builderName(r, root);
        String rt = root ? "CaseRecord" : "CaseRecord." + r.getSimpleName();
        String in = root ? "    " : "        ";
        RecordComponent[] cs = r.getRecordComponents();
        if (!root) {
            o.append("\n    /** Builds a {@link ").append(rt).append("}; every fact left out is unknown. */\n");
            o.append("    public static final class ").append(b).append(" {\n");
        }
        for (RecordComponent c : cs) {
            String t = isList(c) ? "List<" + typeName(element(c)) + ">" : typeName(c.getType());
            o.append(in).append("private ").append(t).append(' ').append(c.getName()).append(";\n");
        }
        o.append('\n').append(in).append("/** An empty builder: every fact unknown. */\n");
        o.append(in).append("public ").append(b).append("() {\n");
        if (root) {
            o.append(in).append("    this.schemaVersion = CaseRecord.SCHEMA_VERSION;\n");
        }
        o.append(in).append("}\n\n");
        o.append(in).append("/**\n").append(in).append(" * A builder that starts from {@code from}'s values.\n")
                .append(in).append(" *\n").append(in).append(" * @param from the record to start from; null starts empty\n")
                .append(in).append(" */\n");
        o.append(in).append("public ").append(b).append("(").append(rt).append(" from) {\n");
        String body = in + "    ";
        if (root) {
            o.append(body).append("this();\n");
        }
        o.append(body).append("if (from != null) {\n");
        for (RecordComponent c : cs) {
            o.append(body).append("    ").append(c.getName()).append(" = ")
                    .append(isList(c) ? "new ArrayList<>(from." + c.getName() + "())" : "from." + c.getName() + "()")
                    .append(";\n");
        }
        o.append(body).append("}\n").append(in).append("}\n");
        for (RecordComponent c : cs) {
            if (isList(c)) {
                list(o, b, in, c);
            } else {
                single(o, b, in, c);
            }
            extras(o, r, c, in);
        }
        if (root) {
            o.append("""

                        /**
                         * The case record, checked exactly as {@link CaseJson#read(String)} checks a JSON document: the JSON Schema, the
                         * limits, and the checks for impossible dates, things listed twice and contradictions.
                         *
                         * @return the checked case record
                         * @throws InvalidCaseException listing every problem, each with its JSON path, the value received and what is
                         *                              allowed
                         */
                        public CaseRecord build() {
                            return CaseJson.validate(new CaseRecord(""");
            o.append(args(cs)).append("));\n    }\n");
        } else {
            String n = r.getSimpleName();
            o.append("\n").append(in).append("/**\n").append(in).append(" * The ").append(n)
                    .append(", unchecked: it is checked with the whole case record, when that is built.\n")
                    .append(in).append(" *\n").append(in).append(" * @return the ").append(n).append('\n')
                    .append(in).append(" */\n");
            o.append(in).append("public ").append(rt).append(" build() {\n");
            o.append(in).append("    return new ").append(rt).append("(").append(args(cs)).append(");\n");
            o.append(in).append("}\n    }\n");
        }
    }

    private static String args(RecordComponent[] cs) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : cs) {
            names.add(c.getName());
        }
        return String.join(", ", names);
    }

    private static void doc(StringBuilder o, String in, String first, String param, String paramDoc) {
        o.append('\n').append(in).append("/**\n").append(in).append(" * ").append(first).append('\n')
                .append(in).append(" *\n").append(in).append(" * @param ").append(param).append(' ').append(paramDoc)
                .append('\n').append(in).append(" * @return this builder\n").append(in).append(" */\n");
    }

    private static void single(StringBuilder o, String b, String in, RecordComponent c) {
        String n = c.getName();
        String t = typeName(c.getType());
        if (c.getType().getSimpleName().equals("Truth")) {
            doc(o, in, "Sets the fact {@code " + n + "}: established, not_established or unknown (left out or null: "
                    + "unknown).", n, "established, not_established or unknown; null is unknown");
        } else if (n.equals("country") && c.getType() == String.class) {
            doc(o, in, "Sets {@code " + n + "} (null: left out).", n, "an ISO 3166-1 alpha-2 country code");
        } else {
            doc(o, in, "Sets {@code " + n + "} (null: left out).", n, "the value; null leaves it out");
        }
        o.append(in).append("public ").append(b).append(' ').append(n).append('(').append(t).append(' ').append(n)
                .append(") {\n").append(in).append("    this.").append(n).append(" = ").append(n).append(";\n")
                .append(in).append("    return this;\n").append(in).append("}\n");
        if (isPart(c.getType())) {
            String pb = c.getType().getSimpleName() + "Builder";
            doc(o, in, "Sets {@code " + n + "}, built by {@code " + n + "} from what was set before.", n,
                    "sets the facts of the part on the builder it is given");
            o.append(in).append("public ").append(b).append(' ').append(n).append("(Consumer<").append(pb).append("> ")
                    .append(n).append(") {\n")
                    .append(in).append("    ").append(pb).append(" b = new ").append(pb).append("(this.").append(n)
                    .append(");\n")
                    .append(in).append("    ").append(n).append(".accept(b);\n")
                    .append(in).append("    this.").append(n).append(" = b.build();\n")
                    .append(in).append("    return this;\n").append(in).append("}\n");
        }
    }

    private static void list(StringBuilder o, String b, String in, RecordComponent c) {
        String n = c.getName();
        Class<?> e = element(c);
        String et = typeName(e);
        String one = singular(n);
        doc(o, in, "Sets {@code " + n + "} (replacing what was added before); null or empty: none recorded.", n,
                "the entries; null or empty for none");
        o.append(in).append("public ").append(b).append(' ').append(n).append("(List<").append(et).append("> ")
                .append(n).append(") {\n")
                .append(in).append("    this.").append(n).append(" = ").append(n).append(" == null ? null : new ArrayList<>(")
                .append(n).append(");\n").append(in).append("    return this;\n").append(in).append("}\n");
        doc(o, in, "Sets {@code " + n + "} (replacing what was added before).", n, "the entries");
        o.append(in).append("public ").append(b).append(' ').append(n).append('(').append(et).append("... ")
                .append(n).append(") {\n")
                .append(in).append("    this.").append(n).append(" = new ArrayList<>(List.of(").append(n)
                .append("));\n").append(in).append("    return this;\n").append(in).append("}\n");
        String add = "add" + cap(n);
        if (!one.equals(n)) {
            doc(o, in, "Adds one to {@code " + n + "}.", one, "the value; null leaves it out");
            o.append(in).append("public ").append(b).append(' ').append(one).append('(').append(et).append(' ')
                    .append(one).append(") {\n").append(in).append("    ").append(add).append('(').append(one)
                    .append(");\n").append(in).append("    return this;\n").append(in).append("}\n");
        }
        if (isPart(e)) {
            String pb = e.getSimpleName() + "Builder";
            if (e.getSimpleName().equals("Nationality") && n.equals("nationalities")) {
                doc(o, in, "Adds a nationality: its country (ISO 3166-1 alpha-2) and basis; the other facts about it "
                        + "unknown.", "country", "an ISO 3166-1 alpha-2 country code");
                int at = o.lastIndexOf(in + " * @return this builder");
                o.insert(at, in + " * @param basis the value; null leaves it out\n");
                o.append(in).append("public ").append(b).append(" nationality(String country, NationalityBasis basis) {\n")
                        .append(in).append("    addNationalities(new CaseRecord.Nationality(country, basis, null, null, null));\n")
                        .append(in).append("    return this;\n").append(in).append("}\n");
            }
            doc(o, in, "Adds one to {@code " + n + "}, built by {@code " + one + "}.", one,
                    "sets the facts of the part on the builder it is given");
            o.append(in).append("public ").append(b).append(' ').append(one).append("(Consumer<").append(pb)
                    .append("> ").append(one).append(") {\n")
                    .append(in).append("    ").append(pb).append(" b = new ").append(pb).append("();\n")
                    .append(in).append("    ").append(one).append(".accept(b);\n")
                    .append(in).append("    ").append(add).append("(b.build());\n")
                    .append(in).append("    return this;\n").append(in).append("}\n");
        }
        o.append('\n').append(in).append("private void ").append(add).append('(').append(et).append(" value) {\n")
                .append(in).append("    if (").append(n).append(" == null) {\n")
                .append(in).append("        ").append(n).append(" = new ArrayList<>();\n")
                .append(in).append("    }\n")
                .append(in).append("    ").append(n).append(".add(value);\n")
                .append(in).append("}\n");
    }

    /** Conveniences that are not one per component. */
    private static void extras(StringBuilder o, Class<?> r, RecordComponent c, String in) {
        if (r.getSimpleName().equals("Destination") && c.getName().equals("grounds")) {
            doc(o, in, "Adds a Convention ground, whether it is imputed and the persecutor's motive unknown.", "ground",
                    "the value; null leaves it out");
            o.append(in).append("public DestinationBuilder ground(Ground ground) {\n")
                    .append(in).append("    addGrounds(new CaseRecord.GroundClaim(ground, null, null, null));\n")
                    .append(in).append("    return this;\n").append(in).append("}\n");
        }
    }

    private static final String HEADER = """
            package org.refugeelaw.model;

            import java.time.LocalDate;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Consumer;
            import org.refugeelaw.api.CaseJson;
            import org.refugeelaw.api.InvalidCaseException;

            /**
             * Builds a {@link CaseRecord} in Java, field by field as in JSON, and checks it as JSON input is checked.
             *
             * <p>Every fact is a {@link Truth}, and a fact left out is unknown, exactly as a field left out of the JSON:
             *
             * <pre>{@code
             * import static org.refugeelaw.model.Truth.*;
             *
             * CaseRecord record = CaseRecord.builder()
             *         .caseId("S1").assessmentDate(LocalDate.of(2024, 6, 1))
             *         .person(p -> p.id("S1-person").nationality("KP", NationalityBasis.HELD))
             *         .hostState("CN").currentCountry("CN").countryOfOrigin("KP")
             *         .departure(d -> d.withPermission(NOT_ESTABLISHED).motives(Motive.HUNGER))
             *         .destination(d -> d.country("KP"))
             *         .build();              // checked like JSON: InvalidCaseException names each problem's JSON path
             * }</pre>
             *
             * <p>The parts have builders of their own ({@link PersonBuilder}, {@link DestinationBuilder}, ...), reached through
             * the methods that take a {@link Consumer}, or made directly with {@code new}. A part is checked when the whole
             * case record is built, and its problems are named by their path in the record ({@code $.destinations[0].country}).
             * A method that takes a {@code Consumer} for a single part (such as {@link #departure(Consumer)}) starts from what was
             * set before, so that it can be called more than once; one for a list (such as {@link #destination(Consumer)}) adds
             * an entry. Builders are not thread-safe; the records they build are immutable.
             *
             * <p>Written by {@code tools/CaseRecordBuilderGenerator.java} from the case record: regenerate it when a record
             * gains a component (CaseRecordBuilderTest fails until then).
             */
            public final class CaseRecordBuilder {
            """;
}
