package org.refugeelaw.internal.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * JSON paths as problems report them: {@code $}, {@code $.person.nationalities[0].country}; a name that is not a
 * plain identifier is written {@code $['odd name']}.
 */
public final class JsonPaths {
    public static final String ROOT = "$";

    /** Orders paths segment by segment: names alphabetically, indexes numerically, a parent before its children. */
    public static final Comparator<String> ORDER = JsonPaths::compare;

    private JsonPaths() {
    }

    public static String field(String parent, String name) {
        if (plain(name)) {
            return parent + "." + name;
        }
        // ProblemText.escape doubles a backslash and escapes every control character, so no name can break a line.
        return parent + "['" + ProblemText.escape(name).replace("'", "\\'") + "']";
    }

    /** Whether a name is a plain identifier, {@code [A-Za-z_][A-Za-z0-9_]*} (a loop: this runs for every field read). */
    static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the value a streaming parser is at. */
    public static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = field(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = index(path, c.getCurrentIndex());
            }
        }
        return path;
    }

    /** The path of the value a binding error is about. */
    public static String of(JsonMappingException e) {
        String path = ROOT;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path = field(path, r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path = index(path, r.getIndex());
            }
        }
        return path;
    }

    /** The segments of a path this class wrote: names as strings, indexes as integers. */
    public static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        int i = path.startsWith(ROOT) ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                out.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                StringBuilder name = new StringBuilder();
                int j = i + 2;
                while (j < path.length() && path.charAt(j) != '\'') {
                    if (path.charAt(j) == '\\' && j + 1 < path.length()) {
                        j++;
                    }
                    name.append(path.charAt(j++));
                }
                out.add(name.toString());
                i = Math.min(path.length(), j + 2);
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    out.add(path.substring(i));
                    break;
                }
                String digits = path.substring(i + 1, end);
                try {
                    out.add(Integer.valueOf(digits));
                } catch (NumberFormatException e) {
                    out.add(digits);
                }
                i = end + 1;
            } else {
                out.add(path.substring(i));
                break;
            }
        }
        return out;
    }

    private static int compare(String a, String b) {
        List<Object> x = segments(a);
        List<Object> y = segments(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            int c;
            if (p instanceof Integer m && q instanceof Integer n) {
                c = Integer.compare(m, n);
            } else if (p instanceof Integer) {
                c = 1;
            } else if (q instanceof Integer) {
                c = -1;
            } else {
                c = ((String) p).compareTo((String) q);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
