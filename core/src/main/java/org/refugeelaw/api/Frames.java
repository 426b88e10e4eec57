package org.refugeelaw.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refugeelaw.engine.FramePolicy;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.DataReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.SchemaCheck;

/**
 * The legal frames an assessor knows: each a JSON document validated by the frame schema
 * ({@code org/refugeelaw/schema/frame.schema.json}; docs/frames.md). {@link #bundled()} holds the library's own;
 * an embedding application adds its own frame files with {@link #load(Path)} or {@link #read(InputStream)} and
 * {@link #with(Frames)}, and gives them to {@link Assessor#withFrames(Frames)}:
 *
 * <pre>{@code
 * Frames frames = Frames.bundled().with(Frames.load(Path.of("frames/ie.json")));
 * Assessor assessor = Assessor.create().withFrames(frames);
 * Assessment a = assessor.assess(caseRecord, Frame.of("IE"));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 */
public final class Frames {
    private static final String BUNDLED = "/org/refugeelaw/data/frames/";

    private final Map<Frame, FramePolicy> policies;

    private Frames(Map<Frame, FramePolicy> policies) {
        this.policies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policies));
    }

    /**
     * The frames bundled with the library, in the order of {@code data/frames/index.json} (UNHCR first).
     *
     * @return the frames bundled with the library, in the order of {@code data/frames/index.json} (UNHCR first)
     */
    public static Frames bundled() {
        return BundledHolder.INSTANCE;
    }

    private static final class BundledHolder {
        static final Frames INSTANCE = loadBundled();
    }

    private static Frames loadBundled() {
        List<String> ids;
        try (InputStream in = resource("index.json")) {
            ids = Json.MAPPER.readValue(in, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled frame index is unreadable", e);
        }
        Map<Frame, FramePolicy> map = new LinkedHashMap<>();
        for (String id : ids) {
            try (InputStream in = resource(id.toLowerCase(java.util.Locale.ROOT) + ".json")) {
                FramePolicy p = parse(Json.MAPPER.readTree(in), "bundled frame " + id);
                if (!p.id().equals(id)) {
                    throw new IllegalStateException("Bundled frame file for " + id + " has the id " + p.id());
                }
                map.put(Frame.of(id), p);
            } catch (IOException e) {
                throw new UncheckedIOException("Bundled frame " + id + " is unreadable", e);
            }
        }
        return new Frames(map);
    }

    private static InputStream resource(String name) {
        InputStream in = Frames.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IllegalStateException("Bundled resource missing: " + BUNDLED + name);
        }
        return in;
    }

    /**
     * Reads one frame document from a file.
     *
     * @param file the file
     * @return the frame, alone (add it to others with {@link #with(Frames)})
     * @throws InvalidCaseException if it is not valid JSON or breaks the frame schema (every problem, with its path)
     */
    public static Frames load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the frame file " + file.getFileName(), e);
        }
    }

    /**
     * As {@link #load(Path)}, from a stream (not closed).
     *
     * @param in the stream
     * @return the frame, alone
     */
    public static Frames read(InputStream in) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(unreadable)", "a frame document",
                    "The frame document is not JSON: " + CaseReader.reason(e.getOriginalMessage()) + ".")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FramePolicy p = parse(tree, "frame document");
        Map<Frame, FramePolicy> map = new LinkedHashMap<>();
        map.put(Frame.of(p.id()), p);
        return new Frames(map);
    }

    /** A frame document, as {@link DataReader} reads and checks one (frame.schema.json). */
    static DataReader.Kind<FramePolicy> kind() {
        return new DataReader.Kind<>("frame document", SchemaCheck.frame(), FramePolicy.class);
    }

    /** One frame, read and checked by {@link DataReader}. */
    static Frames of(FramePolicy policy) {
        Map<Frame, FramePolicy> map = new LinkedHashMap<>();
        map.put(Frame.of(policy.id()), policy);
        return new Frames(map);
    }

    private static FramePolicy parse(JsonNode tree, String what) {
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(empty)", "a frame document",
                    "The " + what + " is empty.")));
        }
        List<InputProblem> problems = SchemaCheck.frame().check(tree);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        try {
            return Json.MAPPER.treeToValue(tree, FramePolicy.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new InputProblem("$", "(unreadable)", "a frame document",
                    "The " + what + " could not be read: " + CaseReader.reason(e.getOriginalMessage()) + ".")));
        }
    }

    /**
     * These frames and those of {@code other}; a frame of {@code other} replaces one of these with the same id.
     *
     * @param other the other
     * @return these frames and those of {@code other}; a frame of {@code other} replaces one of these with the same id
     */
    public Frames with(Frames other) {
        Map<Frame, FramePolicy> map = new LinkedHashMap<>(policies);
        map.putAll(other.policies);
        return new Frames(map);
    }

    /**
     * The frames, in order.
     *
     * @return the frames, in order
     */
    public List<Frame> frames() {
        return new ArrayList<>(policies.keySet());
    }

    /**
     * Whether this registry knows the frame.
     *
     * @param frame the frame
     * @return whether this registry knows the frame
     */
    public boolean contains(Frame frame) {
        return policies.containsKey(frame);
    }

    /**
     * The frame's title, from its document.
     *
     * @param frame the frame
     * @return the frame's title, from its document
     */
    public String title(Frame frame) {
        return policy(frame).title();
    }

    /**
     * The frame's data.
     *
     * @throws IllegalArgumentException if the frame is not one of these
     */
    FramePolicy policy(Frame frame) {
        FramePolicy p = policies.get(Objects.requireNonNull(frame, "frame"));
        if (p == null) {
            throw new IllegalArgumentException("Unknown frame '" + frame + "': this assessor knows " + frames()
                    + "; load a frame file with Frames.load and Assessor.withFrames.");
        }
        return p;
    }
}
