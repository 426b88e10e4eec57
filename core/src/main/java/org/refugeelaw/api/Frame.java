package org.refugeelaw.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The legal frame an assessment applies, named by its id. Where legal orders genuinely differ, the frame decides; the
 * differences are data: one JSON document per frame ({@code org/refugeelaw/data/frames/<id>.json}, validated by
 * {@code org/refugeelaw/schema/frame.schema.json}; see docs/frames.md), never copies of rules. The library bundles
 * the frames listed by {@link #values()}; an embedding application adds its own with {@link Frames#load} and
 * {@link Assessor#withFrames}.
 *
 * <p>A frame is a value: two frames with the same id are equal. Which frames an assessor knows is up to its
 * {@link Frames} registry; assessing under an id it does not know raises {@link IllegalArgumentException}.
 */
public final class Frame implements Comparable<Frame> {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

    /** UNHCR's standards: the Handbook and Guidelines on International Protection. The default. */
    public static final Frame UNHCR = new Frame("UNHCR");
    /** The European Union: Directive 2011/95/EU, and Regulation (EU) 2024/1347 for decisions from 1 July 2026. */
    public static final Frame EU = new Frame("EU");
    /** The United Kingdom: the Refugee Convention as applied by UK courts. */
    public static final Frame UK = new Frame("UK");
    /** The United States: the 1967 Protocol as applied under the INA and 22 USC 7842. */
    public static final Frame US = new Frame("US");

    private final String id;

    private Frame(String id) {
        this.id = id;
    }

    /**
     * The frame with this id: upper-case letters, digits, '_' or '-', starting with a letter, at most 32 characters.
     *
     * @param id the id
     * @return the frame with this id: upper-case letters, digits, '_' or '-', starting with a letter, at most 32 characters
     * @throws IllegalArgumentException if the id is not of that form
     */
    @JsonCreator
    public static Frame of(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + (id.length() > 40 ? id.substring(0, 40) + "..." : id)
                    + "' is not a frame id: expected upper-case letters, digits, '_' or '-' (at most 32), e.g. "
                    + values());
        }
        return switch (id) {
            case "UNHCR" -> UNHCR;
            case "EU" -> EU;
            case "UK" -> UK;
            case "US" -> US;
            default -> new Frame(id);
        };
    }

    /**
     * As {@link #of(String)}, under the name command-line parsers look for.
     *
     * @param id the id
     * @return as {@link #of(String)}, under the name command-line parsers look for
     */
    public static Frame valueOf(String id) {
        return of(id);
    }

    /**
     * The frames bundled with this library, in their bundled order (UNHCR first).
     *
     * @return the frames bundled with this library, in their bundled order (UNHCR first)
     */
    public static List<Frame> values() {
        return Frames.bundled().frames();
    }

    /**
     * The frame's id, as in its JSON document and in every assessment made under it.
     *
     * @return the frame's id, as in its JSON document and in every assessment made under it
     */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The id (frames were once an enum; {@code name()} reads as it did).
     *
     * @return the id (frames were once an enum; {@code name()} reads as it did)
     */
    public String name() {
        return id;
    }

    @Override
    public int compareTo(Frame o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
