package org.refugeelaw.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wording of input problems: values as written, kinds of value, suggestions. */
final class ProblemText {
    static final String MISSING = "(missing)";

    /** Longest value quoted back in full; longer ones are cut, with their length. */
    private static final int QUOTE_LIMIT = 60;

    private ProblemText() {
    }

    /** A value as written in JSON, cut if long; {@code (missing)} for none. */
    static String received(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return MISSING;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > QUOTE_LIMIT) {
                return json(text.substring(0, 40)).replaceAll("\"$", "") + "…\" (" + text.length() + " characters)";
            }
            return json(text);
        }
        String text = node.toString();
        if (text.length() > QUOTE_LIMIT) {
            return text.substring(0, QUOTE_LIMIT - 1) + "…";
        }
        return text;
    }

    /** A string as a JSON string literal. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** What kind of JSON value a node is, in words. */
    static String kind(JsonNode node) {
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
    static String quotedList(Collection<String> values) {
        return values.stream().map(ProblemText::json).collect(Collectors.joining(", "));
    }

    /** Names joined as {@code a, b and c}. */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The candidate nearest to what was written, if it is near enough to be a likely slip. */
    static Optional<String> nearest(String written, Collection<String> candidates) {
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
    static int distance(String a, String b) {
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
