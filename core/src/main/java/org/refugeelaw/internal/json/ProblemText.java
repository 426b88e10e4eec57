package org.refugeelaw.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wording of input problems: values as written (or withheld), kinds of value, suggestions. Every value a problem
 * repeats is escaped ({@link #escape}), so that no input can move a terminal's cursor or forge a line of output.
 */
public final class ProblemText {
    public static final String MISSING = "(missing)";

    /** Longest value quoted back in full; longer ones are cut, with their length. */
    private static final int QUOTE_LIMIT = 60;

    private ProblemText() {
    }

    /** A value as written in JSON, cut if long; {@code (missing)} for none. */
    public static String received(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return MISSING;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > QUOTE_LIMIT) {
                String cut = json(text.substring(0, 40));
                return cut.substring(0, cut.length() - 1) + "…\" (" + text.length() + " characters)";
            }
            return json(text);
        }
        if (node.isContainerNode()) {
            // A list or an object may hold anything, personal data included: only its shape.
            return shape(node);
        }
        String text = escape(node.toString());
        if (text.length() > QUOTE_LIMIT) {
            return text.substring(0, QUOTE_LIMIT - 1) + "…";
        }
        return text;
    }

    /**
     * The value at {@code path} as a problem may repeat it: as written, unless the field holds personal data
     * ({@link PersonalData}); then only its kind and length are given.
     */
    public static String received(String path, JsonNode node) {
        if (node != null && !node.isMissingNode() && !node.isNull() && PersonalData.isPersonal(path)) {
            return withheld(node, "personal data");
        }
        if (JsonPaths.ROOT.equals(path) && node != null && node.isTextual()) {
            // A document that is only a text could be anything, a name or an account: not repeated.
            return withheld(node, "not a case record");
        }
        return received(node);
    }

    /** The kind and size of a value, without the value: {@code text of 12 characters (withheld: personal data)}. */
    public static String withheld(JsonNode node, String why) {
        return shape(node) + " (withheld: " + why + ")";
    }

    /** The kind and size of a value, in words: {@code text of 12 characters}, {@code a list of 3 items}. */
    public static String shape(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return MISSING;
        }
        return switch (node.getNodeType()) {
            case STRING -> "text of " + count(node.textValue().length(), "character");
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case ARRAY -> node.isEmpty() ? "an empty list" : "a list of " + count(node.size(), "item");
            case OBJECT -> node.isEmpty() ? "an empty object" : "an object with " + count(node.size(), "field");
            default -> "a value";
        };
    }

    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A string as a JSON string literal, with every control and formatting character escaped. */
    public static String json(String s) {
        return '"' + escape(s).replace("\"", "\\\"") + '"';
    }

    /**
     * The text with every character that could move a terminal's cursor, change its state or start a new line written
     * as an escape ({@code \n}, {@code \u001b}): control characters (C0, DEL, C1), line and paragraph separators,
     * formatting characters such as bidirectional overrides, and unpaired surrogates. A backslash is doubled, so that
     * an escape in the output always stands for one of these characters.
     */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = escapeOf(s, i);
            if (replacement == null) {
                if (sb != null) {
                    sb.append(s.charAt(i));
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            sb.append(replacement);
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether the text holds a character that {@link #escape} writes as an escape (a backslash aside). */
    public static boolean hasControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\\' && escapeOf(s, i) != null) {
                return true;
            }
        }
        return false;
    }

    private static String escapeOf(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return null;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            return null;
        }
        int type = Character.getType(c);
        boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
        return unsafe ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
    }

    /** What kind of JSON value a node is, in words. */
    public static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> "a value";
        };
    }

    /** Values as JSON string literals: {@code "a", "b", "c"}. */
    public static String quotedList(Collection<String> values) {
        return values.stream().map(ProblemText::json).collect(Collectors.joining(", "));
    }

    /** Names joined as {@code a, b and c}. */
    public static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The candidate nearest to what was written, if it is near enough to be a likely slip. */
    public static Optional<String> nearest(String written, Collection<String> candidates) {
        if (written.length() > 100) {
            return Optional.empty();
        }
        String w = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, written.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: Levenshtein, with a swap of two neighbours counting as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
