package org.refugeelaw.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;

/** Assesses scenarios with one shared assessor; a scenario may bring its own country information. */
public final class ScenarioRunner {
    private Assessor assessor;
    private final Map<Path, Assessor> byDataset = new ConcurrentHashMap<>();
    private final Map<Path, Assessor> replacing = new ConcurrentHashMap<>();

    public ScenarioRunner(Assessor assessor) {
        this.assessor = java.util.Objects.requireNonNull(assessor, "assessor");
    }

    /** A runner whose assessor is created when first needed (so that a bad input is refused before the rules load). */
    public ScenarioRunner() {
        this.assessor = null;
    }

    public synchronized Assessor assessor() {
        if (assessor == null) {
            assessor = defaultAssessor();
        }
        return assessor;
    }

    /** The assessor {@link #startLoading} is building, if it was called. */
    private static volatile java.util.concurrent.CompletableFuture<Assessor> early;

    /**
     * Starts building the default assessor (the bundled rules and data) on a daemon thread, so that the rules load
     * while the command line's input is read and checked (issue 15: start-up). A bad input is still refused at once:
     * nothing waits for the rules until an assessment needs them. Called by the runnable jar's {@code main} only.
     */
    public static synchronized void startLoading() {
        if (early == null) {
            java.util.concurrent.CompletableFuture<Assessor> f = new java.util.concurrent.CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(Assessor.create());
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "refugee-law-preload");
            t.setDaemon(true);
            t.start();
            early = f;
        }
    }

    /** The default assessor: the one {@link #startLoading} started, or else a new one. */
    public static Assessor defaultAssessor() {
        java.util.concurrent.CompletableFuture<Assessor> f = early;
        if (f == null) {
            return Assessor.create();
        }
        try {
            return f.join();
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

    /** The case record of a scenario, validated. */
    public static CaseRecord caseOf(Scenario s) {
        return CaseJson.fromTree(s.caseTree());
    }

    public Assessment assess(Scenario s) {
        return assessorFor(s).assess(caseOf(s), s.frame());
    }

    /**
     * The assessor for a scenario: the shared one, or one with the scenario's own country information. A scenario's
     * own country information adds to the bundled data, unless the scenario says that it replaces it
     * ({@code countryInformationReplacesBundled: true}); added data may not reuse an identifier of the bundled data.
     */
    public Assessor assessorFor(Scenario s) {
        if (s.countryInformation() == null) {
            return assessor();
        }
        Path dataset = countryInformationFile(s);
        Map<Path, Assessor> cache = s.replacesBundled() ? replacing : byDataset;
        Assessor cached = cache.get(dataset);
        if (cached != null) {
            return cached;
        }
        CountryInformation own = readCountryInformation(dataset);
        CountryInformation ci = s.replacesBundled() ? own : added(dataset, own);
        return cache.computeIfAbsent(dataset, p -> assessor().withCountryInformation(ci));
    }

    /** The bundled country information with a scenario's own added after it; an identifier used twice is refused. */
    static CountryInformation added(Path file, CountryInformation own) {
        CountryInformation bundled = Assessor.bundledCountryInformation();
        java.util.Set<String> ids = new java.util.HashSet<>();
        bundled.conditions().forEach(k -> ids.add(k.id()));
        bundled.nationality().forEach(n -> ids.add(n.id()));
        List<String> clashes = new ArrayList<>();
        own.conditions().stream().map(CountryInformation.Condition::id).filter(ids::contains).forEach(clashes::add);
        own.nationality().stream().map(CountryInformation.NationalityPractice::id).filter(ids::contains)
                .forEach(clashes::add);
        if (!clashes.isEmpty()) {
            throw new ScenarioException(Terminal.path(file) + ": " + Terminal.value(String.join(", ", clashes))
                    + (clashes.size() == 1 ? " is an identifier" : " are identifiers") + " of the bundled country"
                    + " information; this file adds to the bundled data, so give its entries identifiers of their own,"
                    + " or set countryInformationReplacesBundled: true in the scenario to use this file alone.");
        }
        return bundled.plus(own);
    }

    /**
     * The scenario's country-information file, resolved against the scenario's folder. It must lie inside that
     * folder or one of its subfolders (by real path, so a symbolic link cannot lead out of it).
     */
    static Path countryInformationFile(Scenario s) {
        String name = s.countryInformation();
        String where = Terminal.path(s.file()) + ": countryInformation '" + Terminal.value(name) + "'";
        Path base = s.file().normalize().getParent();
        if (base == null) {
            base = s.file().getFileSystem().getPath("");
        }
        Path dataset;
        try {
            Path given = base.getFileSystem().getPath(name);
            if (name.isBlank() || given.isAbsolute()) {
                throw new ScenarioException(where + " must be a path relative to the scenario's folder, such as"
                        + " country-information/KP.json.");
            }
            dataset = base.resolve(given).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(where + " is not a valid path.");
        }
        String outside = where + " lies outside the scenario's folder; keep the country information in that folder"
                + " or a subfolder of it.";
        Path folder = base.toAbsolutePath().normalize();
        Path absolute = dataset.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder) || absolute.equals(folder)) {
            throw new ScenarioException(outside);
        }
        if (!Files.exists(dataset)) {
            throw new ScenarioException(Exit.NO_INPUT, where + ": no such file; check the path (it is relative to"
                    + " the scenario's folder).");
        }
        if (!UserFiles.inside(dataset, folder)) {
            // A symbolic link on the way leads out of the folder.
            throw new ScenarioException(outside);
        }
        return dataset;
    }

    /** A Jackson parse error in one line, without its source excerpt, class names or feature hints. */
    static String jsonProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Trailing token")) {
            return "more than one JSON value; the file must hold exactly one";
        }
        if (m.startsWith("Duplicate field '")) {
            return "the key " + m.substring("Duplicate field ".length()) + " is written twice in the same object";
        }
        m = StrictYaml.firstLine(m);
        m = m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
        m = m.replaceAll(":? ?maybe a \\(non-standard\\) comment\\?.*$", "");
        m = m.replaceAll(": enable `[^`]*` to allow", "");
        return m.strip();
    }

    /** Reads a country-information file: size-limited, strict UTF-8, JSON, valid against its schema. */
    static CountryInformation readCountryInformation(Path file) {
        String text = UserFiles.readText(file, UserFiles.MAX_COUNTRY_INFORMATION_BYTES, "a country-information file");
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(ScenarioLoader.where(file, e.getLocation()) + ": not valid JSON ("
                    + Terminal.value(jsonProblem(e)) + ").");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ScenarioException(Terminal.path(file) + ": is empty; a country-information file holds one JSON"
                    + " object.");
        }
        try {
            return CaseJson.countryInformationFromTree(tree);
        } catch (InvalidCaseException e) {
            List<String> lines = new ArrayList<>();
            for (InputProblem p : e.problems()) {
                lines.add(Terminal.path(file) + ": " + Terminal.value(p.message().startsWith(p.path()) ? p.message()
                        : p.path() + ": " + p.message()));
            }
            throw new ScenarioException(String.join(System.lineSeparator(), lines));
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind
            .ObjectMapper().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
}
