package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each value of a YAML document is written: maps JSON paths ({@code $.case.departure.date},
 * {@code $.case.person.nationalities[0].country}) to the line and column of the field name (for an object member)
 * or of the value (for a list element), so that a problem reported by JSON path can be shown in the file.
 */
final class YamlLocations {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A place in the file, 1-based. */
    record Place(int line, int column) {
    }

    private final Map<String, Place> places = new HashMap<>();

    private YamlLocations() {
    }

    /** Reads the token locations of a YAML text. A text that does not parse gives an empty map. */
    static YamlLocations of(String yaml) {
        YamlLocations l = new YamlLocations();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    l.put(path(p.getParsingContext()), p.currentTokenLocation());
                } else if (t.isScalarValue() || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    JsonStreamContext ctx = p.getParsingContext();
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        ctx = ctx.getParent();
                    }
                    if (ctx != null && ctx.inArray()) {
                        l.put(path(t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                                ? p.getParsingContext() : ctx), p.currentTokenLocation());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The loader reports syntax errors itself; locations are a help, not a requirement.
        }
        return l;
    }

    private void put(String path, JsonLocation loc) {
        if (loc != null && loc.getLineNr() > 0) {
            places.putIfAbsent(path, new Place(loc.getLineNr(), loc.getColumnNr()));
        }
    }

    /**
     * The place of a path, or of its nearest written ancestor (a missing field is reported where its parent is).
     * Returns null if nothing on the path is in the file.
     */
    Place find(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Place found = places.get(p);
            if (found != null) {
                return found;
            }
            p = parent(p);
        }
        return null;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? null : path.substring(0, cut);
    }

    /** The JSON path of the value the parser is at, in the form CaseJson reports. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inObject()) {
                String name = c.getCurrentName();
                if (name == null) {
                    continue;
                }
                if (PLAIN_NAME.matcher(name).matches()) {
                    sb.append('.').append(name);
                } else {
                    sb.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
                }
            } else if (c.inArray()) {
                sb.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            }
        }
        return sb.toString();
    }
}
