package org.refugeelaw.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.engine.AssessmentAssembler;
import org.refugeelaw.engine.Citations;
import org.refugeelaw.engine.FramePolicy;
import org.refugeelaw.engine.RuleEngine;
import org.refugeelaw.engine.SessionResult;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.DataReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.SchemaCheck;

/**
 * Assesses case records against international refugee law and explains the result.
 *
 * <p>Build one assessor and share it: the rules are loaded once, and {@link #assess} is safe to call from any
 * number of threads at once. Assessors made with {@link #withCountryInformation} share the loaded rules.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.create();
 * Assessment a = assessor.assess(CaseJson.read(json));          // UNHCR frame
 * Assessment eu = assessor.assess(CaseJson.read(json), Frame.EU);
 * Assessment ca = assessor.assess(CaseJson.read(json), Frame.of("CA"));
 * }</pre>
 *
 * <p>An application can mock it (it is not final), proxy it (Spring's class-based proxies, for example), or extend it
 * to decorate it: {@link #Assessor(Assessor)} makes a subclass that reasons as the assessor it is given, overriding
 * what it needs (to time each assessment, for example).
 */
public class Assessor {
    private final RuleEngine engine;
    private final CountryInformation countryInformation;
    private final Treaties treaties;
    private final Frames frames;
    private final String libraryVersion;
    private final String countryInformationSource;
    private final String treatiesSource;

    /**
     * An assessor that reasons exactly as {@code assessor} does, with its rules and data: for a subclass that decorates
     * an assessor, or a framework that needs a constructor to proxy the class.
     *
     * @param assessor the assessor whose rules and data this one shares
     */
    protected Assessor(Assessor assessor) {
        this(Objects.requireNonNull(assessor, "assessor").engine, assessor.countryInformation, assessor.treaties,
                assessor.frames, assessor.libraryVersion, assessor.countryInformationSource, assessor.treatiesSource);
    }

    private Assessor(RuleEngine engine, CountryInformation countryInformation, Treaties treaties,
                     Frames frames, String libraryVersion, String countryInformationSource,
                     String treatiesSource) {
        this.engine = engine;
        this.countryInformation = countryInformation;
        this.treaties = treaties;
        this.frames = frames;
        this.libraryVersion = libraryVersion;
        this.countryInformationSource = countryInformationSource;
        this.treatiesSource = treatiesSource;
    }

    /**
     * An assessor with the bundled country information and treaty data: the same as {@code builder().build()}.
     * Loads the rules (about a second).
     *
     * @return a new assessor, to be shared
     */
    public static Assessor create() {
        return builder().build();
    }

    /**
     * A builder for an assessor that reasons from other data than the bundled data: country information, treaty
     * data and legal frames from files, streams or objects, each checked against its JSON Schema. Data not given are
     * the bundled data ({@link #bundledCountryInformation()}, {@link #bundledTreaties()}, {@link Frames#bundled()}).
     *
     * <pre>{@code
     * Assessor assessor = Assessor.builder()
     *         .countryInformation(Path.of("country-information-ER.json"))   // instead of the bundled dataset
     *         .build();
     * }</pre>
     *
     * @return a builder holding the bundled data
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Assessor}. Every method that takes data reads and checks it at once: data that cannot be read
     * or that its JSON Schema rejects raise {@link InvalidDataException}, which names the file (or the name given for
     * a stream or object) and lists every problem with its JSON path. Not thread-safe; the assessor it builds is.
     */
    public static final class Builder {
        private CountryInformation countryInformation;
        private String countryInformationSource = BUNDLED_COUNTRY_INFORMATION;
        private Treaties treaties;
        private String treatiesSource = BUNDLED_TREATIES;
        private Frames frames = Frames.bundled();

        private Builder() {
        }

        /**
         * Country information from a JSON file (format: {@code docs/case-record.md}, section 4; JSON Schema:
         * {@code org/refugeelaw/schema/country-information.schema.json}), used instead of the bundled dataset.
         *
         * @param file a JSON file of at most 5,000,000 bytes
         * @return this builder
         * @throws InvalidDataException naming the file and every problem's JSON path
         */
        public Builder countryInformation(Path file) {
            Objects.requireNonNull(file, "file");
            return countryInformation(DataReader.file(file, DataReader.countryInformation()), file.toString());
        }

        /**
         * Country information from a JSON stream (UTF-8), used instead of the bundled dataset. The stream is read to
         * its end but not closed.
         *
         * @param in   the stream
         * @param name the name by which problems refer to it (for example a file or resource name)
         * @return this builder
         * @throws InvalidDataException naming {@code name} and every problem's JSON path
         */
        public Builder countryInformation(InputStream in, String name) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(name, "name");
            return countryInformation(DataReader.stream(in, name, DataReader.countryInformation()), name);
        }

        /**
         * Country information as an object (for example {@code bundledCountryInformation().plus(mine)}), checked as
         * its JSON would be, used instead of the bundled dataset.
         *
         * @param information the dataset
         * @return this builder
         * @throws InvalidDataException listing every problem with its JSON path
         */
        public Builder countryInformation(CountryInformation information) {
            Objects.requireNonNull(information, "information");
            String name = "country information given as an object";
            return countryInformation(DataReader.object(information, name, DataReader.countryInformation()), name);
        }

        private Builder countryInformation(CountryInformation information, String source) {
            this.countryInformation = information;
            this.countryInformationSource = source;
            return this;
        }

        /**
         * Treaty data from a JSON file (format: {@code docs/case-record.md}, section 4; JSON Schema:
         * {@code org/refugeelaw/schema/treaties.schema.json}), used instead of the bundled treaty data.
         *
         * @param file a JSON file of at most 5,000,000 bytes
         * @return this builder
         * @throws InvalidDataException naming the file and every problem's JSON path
         */
        public Builder treaties(Path file) {
            Objects.requireNonNull(file, "file");
            return treaties(DataReader.file(file, DataReader.treaties()), file.toString());
        }

        /**
         * Treaty data from a JSON stream (UTF-8), used instead of the bundled treaty data. The stream is read to its
         * end but not closed.
         *
         * @param in   the stream
         * @param name the name by which problems refer to it
         * @return this builder
         * @throws InvalidDataException naming {@code name} and every problem's JSON path
         */
        public Builder treaties(InputStream in, String name) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(name, "name");
            return treaties(DataReader.stream(in, name, DataReader.treaties()), name);
        }

        /**
         * Treaty data as an object, checked as its JSON would be, used instead of the bundled treaty data.
         *
         * @param treatyData the treaty data
         * @return this builder
         * @throws InvalidDataException listing every problem with its JSON path
         */
        public Builder treaties(Treaties treatyData) {
            Objects.requireNonNull(treatyData, "treatyData");
            String name = "treaty data given as an object";
            return treaties(DataReader.object(treatyData, name, DataReader.treaties()), name);
        }

        private Builder treaties(Treaties treatyData, String source) {
            this.treaties = treatyData;
            this.treatiesSource = source;
            return this;
        }

        /**
         * A legal frame from a JSON file (format: {@code docs/frames.md}; JSON Schema:
         * {@code org/refugeelaw/schema/frame.schema.json}), added to the bundled frames; a frame with the id of a
         * bundled frame replaces it. Assess under it with {@code Frame.of(id)}.
         *
         * @param file a JSON file of at most 5,000,000 bytes holding one frame document
         * @return this builder
         * @throws InvalidDataException naming the file and every problem's JSON path
         */
        public Builder frame(Path file) {
            Objects.requireNonNull(file, "file");
            return frames(Frames.of(DataReader.file(file, Frames.kind())));
        }

        /**
         * A legal frame from a JSON stream (UTF-8), added to the bundled frames as {@link #frame(Path)} adds one. The
         * stream is read to its end but not closed.
         *
         * @param in   the stream
         * @param name the name by which problems refer to it
         * @return this builder
         * @throws InvalidDataException naming {@code name} and every problem's JSON path
         */
        public Builder frame(InputStream in, String name) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(name, "name");
            return frames(Frames.of(DataReader.stream(in, name, Frames.kind())));
        }

        /**
         * Legal frames as an object (for example {@link Frames#load(Path)}), added to the frames given so far (at
         * first the bundled frames); a frame with the id of one already there replaces it.
         *
         * @param more the frames to add
         * @return this builder
         */
        public Builder frames(Frames more) {
            Objects.requireNonNull(more, "more");
            this.frames = this.frames.with(more);
            return this;
        }

        /**
         * The assessor. Loads the rules (about a second); share the assessor between threads.
         *
         * @return a new assessor
         */
        public Assessor build() {
            // Building the rule base is most of the start-up; it runs on another thread while this one loads
            // Jackson, the data and the case-record schema (which the first CaseJson.read would otherwise load).
            java.util.concurrent.CompletableFuture<RuleEngine> engine = new java.util.concurrent.CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    engine.complete(RuleEngine.load(Assessor.class.getClassLoader()));
                } catch (Throwable t) {
                    engine.completeExceptionally(t);
                }
            }, "refugee-law-rules-loader");
            loader.setDaemon(true);
            loader.start();
            CountryInformation ci = countryInformation != null ? countryInformation : bundledCountryInformation();
            Treaties td = treaties != null ? treaties : bundledTreaties();
            Frames frames = this.frames;
            String version = version();
            SchemaCheck.caseRecord();
            try {
                return new Assessor(engine.join(), ci, td, frames, version, countryInformationSource,
                        treatiesSource);
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /** The name {@link #countryInformationSource()} gives the bundled country information. */
    public static final String BUNDLED_COUNTRY_INFORMATION = "bundled country information"
            + " (org/refugeelaw/data/country-information.json)";

    /** The name {@link #treatiesSource()} gives the bundled treaty data. */
    public static final String BUNDLED_TREATIES = "bundled treaty data (org/refugeelaw/data/treaties.json)";

    /**
     * Where this assessor's country information comes from.
     *
     * @return {@link #BUNDLED_COUNTRY_INFORMATION}, a file, or the name given to the builder
     */
    public String countryInformationSource() {
        return countryInformationSource;
    }

    /**
     * Where this assessor's treaty data come from.
     *
     * @return {@link #BUNDLED_TREATIES}, a file, or the name given to the builder
     */
    public String treatiesSource() {
        return treatiesSource;
    }

    /**
     * The same rules and treaty data, with other country information (for example a scenario's own dataset).
     *
     * @param information the country-information dataset
     * @return a new assessor sharing the loaded rules
     */
    public Assessor withCountryInformation(CountryInformation information) {
        return new Assessor(engine, Objects.requireNonNull(information, "information"), treaties, frames,
                libraryVersion, "country information given to withCountryInformation", treatiesSource);
    }

    /**
     * The same rules and country information, with other treaty data (for example ratifications recorded since this
     * version was released). Obligations are read as at each case's assessment date.
     *
     * @param treatyData the treaty data
     * @return a new assessor sharing the loaded rules
     */
    public Assessor withTreaties(Treaties treatyData) {
        return new Assessor(engine, countryInformation, Objects.requireNonNull(treatyData, "treatyData"), frames,
                libraryVersion, countryInformationSource, "treaty data given to withTreaties");
    }

    /**
     * The same rules and data, with other legal frames: for example {@code Frames.bundled().with(Frames.load(file))}
     * to add a frame of the application's own (docs/frames.md).
     *
     * @param newFrames the frames the new assessor knows (they replace this assessor's)
     * @return a new assessor sharing the loaded rules
     */
    public Assessor withFrames(Frames newFrames) {
        return new Assessor(engine, countryInformation, treaties, Objects.requireNonNull(newFrames, "newFrames"),
                libraryVersion, countryInformationSource, treatiesSource);
    }

    /**
     * The frames this assessor knows.
     *
     * @return the frames, the bundled ones first unless replaced
     */
    public Frames frames() {
        return frames;
    }

    /**
     * The bundled treaty data, with their sources.
     *
     * @return the bundled treaty data, with their sources
     */
    public static Treaties bundledTreaties() {
        return read("data/treaties.json", Treaties.class);
    }

    /**
     * The bundled country information, with its sources.
     *
     * @return the bundled country information, with its sources
     */
    public static CountryInformation bundledCountryInformation() {
        return read("data/country-information.json", CountryInformation.class);
    }

    /**
     * Assesses a case under UNHCR's standards.
     *
     * @param caseRecord the case record
     * @return the assessment
     */
    public Assessment assess(CaseRecord caseRecord) {
        return assess(caseRecord, Frame.UNHCR);
    }

    /**
     * Assesses a case under the given frame.
     *
     * <p>Every record passes the same gate, however it was made: read by {@link CaseJson}, built in Java, or bound by
     * another application's {@code ObjectMapper}. The record is written as JSON and read back exactly as
     * {@link CaseJson#read(String)} reads a document (the size limits, the JSON Schema, the checks for impossible
     * dates,
     * things listed twice and contradictions), and then checked against this assessor's country information (an
     * event's condition must be one it holds, in the event's country). A record that fails raises
     * {@link InvalidCaseException} with every problem; the rules never see it.
     *
     * @param caseRecord the case record
     * @param frame      the legal frame to assess under
     * @return the assessment
     * @throws InvalidCaseException if the record is not a valid case record
     */
    public Assessment assess(CaseRecord caseRecord, Frame frame) {
        Objects.requireNonNull(caseRecord, "caseRecord");
        frames.policy(frame);
        byte[] json = CaseReader.write(caseRecord);
        CaseRecord checked = CaseReader.read(json, countryInformation);
        return run(checked, frame, inputHash(json, frame));
    }

    /**
     * Assesses a family document member by member (issue 17; see {@link FamilyJson}): every member gets an assessment
     * of their own, and a family member linked to a principal applicant also gets the FAMILY_UNITY finding, with the
     * principal's recognition taken from the principal's own assessment. The document passes the same gate as a
     * single record, with this assessor's country information.
     *
     * @param family the family
     * @param frame the frame
     * @return assesses a family document member by member (issue 17; see {@link FamilyJson}): every member gets an assessment of their own, and a family member linked to a principal applicant also gets the FAMILY_UNITY finding, with the principal's recognition taken from the principal's own assessment
     * @throws InvalidCaseException if the document or a member is not valid
     */
    public org.refugeelaw.assessment.FamilyAssessment assessFamily(org.refugeelaw.model.FamilyRecord family,
                                                                   Frame frame) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(frame, "frame");
        org.refugeelaw.model.FamilyRecord checked = FamilyJson.fromTree(FamilyJson.toTree(family), countryInformation);
        return FamilyAssessor.assess(this, checked, frame);
    }

    /**
     * Assesses a record that {@link CaseReader} has just read and checked against this assessor's country information
     * ({@code CaseReader.read(text, assessor.countryInformation())}), without checking it a second time.
     */
    Assessment assessChecked(CaseRecord checked, Frame frame) {
        return run(checked, frame, inputHash(checked, frame));
    }

    /** The country information this assessor reasons from. */
    CountryInformation countryInformation() {
        return countryInformation;
    }

    private Assessment run(CaseRecord caseRecord, Frame frame, String inputHash) {
        FramePolicy policy = frames.policy(frame);
        SessionResult result = engine.run(caseRecord, countryInformation, treaties, policy);
        return AssessmentAssembler.assemble(caseRecord, result, libraryVersion, frame.name(), engine.ruleSetHash(),
                inputHash, engine.metadata(), Citations.at(policy, caseRecord.assessmentDate()));
    }

    /** SHA-256 of the case record's JSON and the frame: the same as {@link #inputHash(CaseRecord, Frame)}. */
    static String inputHash(byte[] json, Frame frame) {
        java.security.MessageDigest sha = sha256();
        sha.update(json);
        sha.update((byte) 0);
        sha.update(frame.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Assesses a case and then searches the alternatives: which unknown facts could change the determination or a
     * bar on return (and what each value would lead to), and the smallest changes that would change the outcome.
     * Costs many assessments; see {@link Alternatives} for the bounds.
     *
     * @param caseRecord the case record
     * @param frame the legal frame to assess under
     * @return the assessment, with its decisive facts and counterfactuals
     */
    public Assessment assessWithAlternatives(CaseRecord caseRecord, Frame frame) {
        return new Alternatives(this, caseRecord, frame).search();
    }

    /**
     * As {@link #assessWithAlternatives(CaseRecord, Frame)}, within a time budget and an assessment budget: the
     * search stops at whichever runs out first, and {@link Assessment#searchNotes()} says where it stopped.
     *
     * @param caseRecord     the case record
     * @param frame          the legal frame to assess under
     * @param timeBudget     how long the search may take (positive), or null for no time limit
     * @param maxAssessments how many alternative assessments it may make, 0 to 3000
     * @return the assessment, with its decisive facts, counterfactuals and where the search stopped
     */
    public Assessment assessWithAlternatives(CaseRecord caseRecord, Frame frame, java.time.Duration timeBudget,
                                             int maxAssessments) {
        Objects.requireNonNull(caseRecord, "caseRecord");
        frames.policy(frame);
        return new Alternatives(this, caseRecord, frame, timeBudget, maxAssessments).search();
    }

    /**
     * The same case under every frame the library knows, side by side, with the differences and their reasons.
     *
     * @param caseRecord the case record
     * @return the comparison
     */
    public org.refugeelaw.assessment.FrameComparison compareFrames(CaseRecord caseRecord) {
        return FrameComparisons.compare(this, caseRecord, frames);
    }

    /**
     * {@link #compareFrames(CaseRecord)} with the reason for each difference rendered in {@code locale} (English,
     * Korean or simplified Chinese); the items and values stay identifiers.
     *
     * @param caseRecord the case record
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the comparison, with its reasons in that language
     */
    public org.refugeelaw.assessment.FrameComparison compareFrames(CaseRecord caseRecord, java.util.Locale locale) {
        return FrameComparisons.compare(this, caseRecord, frames, locale);
    }

    /** The frame's policy, as data. */
    FramePolicy policy(Frame frame) {
        return frames.policy(frame);
    }

    /**
     * The SHA-256 of the compiled rule set stamped into every assessment.
     *
     * @return the SHA-256 of the compiled rule set stamped into every assessment
     */
    public String ruleSetHash() {
        return engine.ruleSetHash();
    }

    /** SHA-256 of the canonical JSON of the case record and the frame. */
    static String inputHash(CaseRecord caseRecord, Frame frame) {
        java.security.MessageDigest sha = sha256();
        try (java.io.OutputStream out = new java.security.DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            // The same bytes as writeValueAsBytes, streamed into the digest without an intermediate array.
            HASH_WRITER.writeValue(out, caseRecord);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot hash the input", e);
        }
        sha.update((byte) 0);
        sha.update(frame.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter HASH_WRITER = Json.MAPPER.writer()
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final java.security.MessageDigest SHA256 = newSha256();

    private static java.security.MessageDigest newSha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the input", e);
        }
    }

    /** A fresh SHA-256 digest: a clone of a prototype, cheaper than a provider look-up per assessment. */
    private static java.security.MessageDigest sha256() {
        try {
            return (java.security.MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    /**
     * The version of this library, as stamped into every assessment.
     *
     * @return the version of this library, as stamped into every assessment
     */
    public String libraryVersion() {
        return libraryVersion;
    }

    /**
     * The names of every rule in the loaded rule base, sorted (for coverage reports).
     *
     * @return the names of every rule in the loaded rule base, sorted (for coverage reports)
     */
    public List<String> ruleNames() {
        return engine.ruleNames();
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = resource(name)) {
            return Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled data " + name + " is unreadable", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Assessor.class.getResourceAsStream("/org/refugeelaw/" + name);
        if (in == null) {
            throw new IllegalStateException("Bundled resource missing: org/refugeelaw/" + name);
        }
        return in;
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = resource("version.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
