package org.refugeelaw.examples.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.FrameComparison;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioException;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.examples.WhatIf;

/**
 * The trainers' workbench: a local web application over the scenario library. A case opens in a facts panel beside
 * its assessment; changing a fact shows at once what it changes ({@link WhatIf}); the decisive missing facts and
 * counterfactuals ({@link Assessor#assessWithAlternatives}) and the frames side by side
 * ({@link Assessor#compareFrames}) come on request; training mode scores a trainee's predictions.
 *
 * <p>The server keeps no case: the case being edited travels in the page (a hidden field) and in files the trainer
 * downloads or opens. It keeps only the training scores, in memory, until it stops. It listens on the loopback
 * interface unless told otherwise; on any other interface every request must carry the access token printed at
 * start. Pages are server-side Mustache templates (every value escaped) with htmx, served from the jar, for the
 * partial updates; the pages work without JavaScript too.
 */
public final class Workbench implements AutoCloseable {
    /** The htmx webjar's file; the version is the one in examples/pom.xml. */
    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    static final String STATIC = "org/refugeelaw/examples/workbench/static/";
    /** A case record is at most 1,000,000 bytes (as for the CLI); a form carrying one, URL-encoded, a few times that. */
    static final long MAX_REQUEST_BYTES = 4_000_000L;
    static final String TOKEN_COOKIE = "workbench-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Options options;
    private final ScenarioRunner runner;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, String> broken = new LinkedHashMap<>();
    private final Training training = new Training();
    private Javalin app;

    /**
     * How to start the workbench.
     *
     * @param host   the interface to listen on; 127.0.0.1 unless told otherwise
     * @param port   the port; 0 picks a free one
     * @param folder the scenario library
     * @param token  the access token every request must carry, or null (only allowed on a loopback interface)
     */
    public record Options(String host, int port, Path folder, String token) {
        public Options {
            if (token == null && !isLoopback(host)) {
                throw new IllegalArgumentException("Listening on " + host + " needs an access token.");
            }
        }
    }

    public Workbench(Options options, ScenarioRunner runner) throws IOException {
        this.options = options;
        this.runner = runner;
        for (Path file : ScenarioLoader.files(options.folder())) {
            String id = options.folder().relativize(file).toString().replace('\\', '/').replaceFirst("\\.ya?ml$", "");
            try {
                scenarios.put(id, ScenarioLoader.load(file));
            } catch (ScenarioException e) {
                broken.put(id, e.getMessage());
            }
        }
    }

    /** A new random access token (URL-safe, 128 bits). */
    public static String newToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Starts listening; returns this workbench. */
    public Workbench start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(2_000_000L, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServer(server -> {
                // Jetty's own limit on form bodies (200,000 bytes by default) would refuse a large case record.
                server.setAttribute("org.eclipse.jetty.server.Request.maxFormContentSize", (int) MAX_REQUEST_BYTES);
            });
            routes(config.routes);
        });
        app.start(options.host(), options.port());
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open, with the access token when there is one. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port() + "/" + (options.token() == null ? "" : "?token=" + options.token());
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(this::guard);
        r.get("/", this::library);
        r.get("/static/htmx.min.js", ctx -> resource(ctx, HTMX, "text/javascript"));
        r.get("/static/workbench.css", ctx -> resource(ctx, STATIC + "workbench.css", "text/css"));
        r.get("/case/{id}", ctx -> {
            Scenario s = scenario(ctx.pathParam("id"));
            ctx.html(casePage(ctx.pathParam("id"), s.caseTree(), s.frame(), List.of(), null));
        });
        r.post("/case", ctx -> {
            Edit e = edit(ctx);
            ctx.html(casePage(e.scenarioId, e.after, e.frame, e.changes, null));
        });
        r.post("/case/assess", ctx -> {
            Edit e = edit(ctx);
            Map<String, Object> v = caseState(e.scenarioId, e.after, e.frame);
            v.put("assessment", Cascade.of(e.assessment, e.changes));
            ctx.html(Templates.render("assess-update", v));
        });
        r.post("/case/alternatives", ctx -> {
            Edit e = edit(ctx);
            Assessment a = assessor(e.scenarioId).assessWithAlternatives(e.record, e.frame);
            ctx.html(Templates.render("alternatives", alternatives(a)));
        });
        r.post("/case/compare", ctx -> {
            Edit e = edit(ctx);
            ctx.html(Templates.render("compare", compare(assessor(e.scenarioId).compareFrames(e.record))));
        });
        r.post("/case/download", ctx -> {
            Edit e = edit(ctx);
            String name = (e.record.caseId() == null ? "case" : e.record.caseId()).replaceAll("[^A-Za-z0-9._-]", "_");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.after));
        });
        r.post("/open", this::open);
        r.get("/train/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Scenario s = scenario(id);
            Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
            Map<String, Object> v = page("Training: " + s.title());
            v.put("id", id);
            v.put("scenario", scenarioView(id, s, false));
            v.put("groups", groups(s.caseTree(), true));
            v.put("caseJson", pretty(s.caseTree()));
            v.put("questions", Training.questions(a));
            ctx.html(Templates.render("train", v));
        });
        r.post("/train/{id}", this::reveal);
        r.get("/scores", ctx -> {
            Map<String, Object> v = page("Class scores");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Training.Round round : training.rounds()) {
                rows.add(Map.of("at", round.at().toString(), "trainee", round.trainee(), "scenario", round.scenario(),
                        "frame", round.frame(), "score", round.score(), "outOf", round.outOf(),
                        "missed", String.join(", ", round.missed())));
            }
            v.put("rounds", rows);
            v.put("hasRounds", !rows.isEmpty());
            ctx.html(Templates.render("scores", v));
        });
        r.get("/scores.csv", ctx -> {
            ctx.header("Content-Disposition", "attachment; filename=\"scores.csv\"");
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(training.csv());
        });
        r.exception(InvalidCaseException.class, (e, ctx) -> problems(ctx, e.problems()));
        r.exception(WorkbenchException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(ScenarioException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        r.error(HttpStatus.CONTENT_TOO_LARGE.getCode(), "*", ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                "The request is larger than " + MAX_REQUEST_BYTES + " bytes. A case record may be at most 1,000,000"
                        + " bytes."));
        r.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                error(ctx, HttpStatus.NOT_FOUND, "No such page: " + ctx.path());
            }
        });
    }

    /** Security checks and headers, before every request. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (isLoopback(options.host())) {
            // Against DNS rebinding: a page of another site must not reach this server under its own name.
            String host = ctx.header("Host");
            String port = ":" + ctx.port();
            if (host == null || !(host.equals("127.0.0.1" + port) || host.equals("localhost" + port)
                    || host.equals("[::1]" + port))) {
                refuse(ctx, HttpStatus.FORBIDDEN, "This workbench answers only at http://127.0.0.1" + port + "/.");
                return;
            }
        }
        String origin = ctx.header("Origin");
        if (!"GET".equals(ctx.method().name()) && origin != null && !origin.equals("null")
                && !origin.equals(ctx.scheme() + "://" + ctx.header("Host"))) {
            refuse(ctx, HttpStatus.FORBIDDEN, "Requests from other sites are refused.");
            return;
        }
        if (options.token() != null) {
            String given = ctx.queryParam("token");
            if (given != null && same(given, options.token())) {
                ctx.cookie(new io.javalin.http.Cookie(TOKEN_COOKIE, options.token(), "/", -1, false, true, null,
                        io.javalin.http.SameSite.STRICT));
                if ("GET".equals(ctx.method().name())) {
                    // Take the token out of the address bar (and out of the history).
                    ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                }
                return;
            }
            String cookie = ctx.cookie(TOKEN_COOKIE);
            if (cookie == null || !same(cookie, options.token())) {
                refuse(ctx, HttpStatus.UNAUTHORIZED, "This workbench needs its access token: open the address"
                        + " it printed when it started (it ends in ?token=...).");
            }
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void library(Context ctx) {
        Map<String, Object> v = page("Scenario library");
        List<Map<String, Object>> list = new ArrayList<>();
        scenarios.forEach((id, s) -> list.add(scenarioView(id, s, true)));
        v.put("scenarios", list);
        List<Map<String, Object>> bad = new ArrayList<>();
        broken.forEach((id, msg) -> bad.add(Map.of("id", id, "message", msg)));
        v.put("broken", bad);
        v.put("hasBroken", !bad.isEmpty());
        ctx.html(Templates.render("library", v));
    }

    private static Map<String, Object> scenarioView(String id, Scenario s, boolean teaching) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", s.title());
        m.put("frame", s.frame().name());
        m.put("provisions", s.provisions());
        m.put("hasProvisions", !s.provisions().isEmpty());
        m.put("teaching", teaching ? s.teaching() : List.of());
        m.put("hasTeaching", teaching && !s.teaching().isEmpty());
        return m;
    }

    /** A case the trainer opens: pasted or uploaded JSON, checked as the CLI checks it. */
    private void open(Context ctx) throws IOException {
        String text = ctx.formParam("json");
        if (ctx.isMultipartFormData()) {
            UploadedFile f = ctx.uploadedFile("file");
            if (f != null && f.size() > 0) {
                try (InputStream in = f.content()) {
                    byte[] bytes = in.readNBytes(1_000_001);
                    text = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        if (text == null || text.isBlank()) {
            throw new WorkbenchException("Paste a case record (JSON) or choose a case record file to open.");
        }
        CaseJson.read(text);
        JsonNode tree = JSON.readTree(text);
        ctx.html(casePage("", tree, Frame.UNHCR, List.of(), null));
    }

    /** The case page: the facts panel and, beside it, the assessment. */
    private String casePage(String scenarioId, JsonNode tree, Frame frame, List<WhatIf.Change> changes,
                            Assessment given) {
        Assessment a = given != null ? given : assessor(scenarioId).assess(CaseJson.fromTree(tree), frame);
        Scenario s = scenarioId.isEmpty() ? null : scenarios.get(scenarioId);
        Map<String, Object> v = page(s == null ? "Case " + text(tree.path("caseId")) : s.title());
        v.putAll(caseState(scenarioId, tree, frame));
        v.put("hasScenario", s != null);
        if (s != null) {
            v.put("scenario", scenarioView(scenarioId, s, true));
        }
        v.put("groups", groups(tree, false));
        List<Map<String, Object>> frames = new ArrayList<>();
        for (Frame f : Frame.values()) {
            frames.add(Map.of("name", f.name(), "selected", f == frame));
        }
        v.put("frames", frames);
        v.put("assessment", Cascade.of(a, changes));
        return Templates.render("case", v);
    }

    private static Map<String, Object> caseState(String scenarioId, JsonNode tree, Frame frame) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("scenarioId", scenarioId);
        v.put("caseJson", tree.toString());
        v.put("frame", frame.name());
        return v;
    }

    /** The facts panel: every fact, or (for a trainee) only the facts the case states. */
    private static List<Map<String, Object>> groups(JsonNode tree, boolean statedOnly) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Facts.Group g : Facts.groups(tree)) {
            List<Map<String, Object>> facts = new ArrayList<>();
            for (Facts.Fact f : g.facts()) {
                if (statedOnly && f.value().equals("unknown")) {
                    continue;
                }
                String id = "fact-" + (n++);
                List<Map<String, Object>> options = new ArrayList<>();
                for (String value : Facts.VALUES) {
                    options.add(Map.of("value", value, "label", value.replace('_', ' '),
                            "selected", value.equals(f.value())));
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id);
                m.put("path", f.path());
                m.put("name", f.name());
                m.put("description", f.description());
                m.put("value", f.value());
                m.put("options", options);
                facts.add(m);
            }
            if (!facts.isEmpty()) {
                out.add(Map.of("title", g.title(), "facts", facts));
            }
        }
        return out;
    }

    /** The state posted by the case form: the case as it was, the facts as the form now has them, the frame. */
    private record Edit(String scenarioId, JsonNode after, Frame frame, org.refugeelaw.model.CaseRecord record,
                        Assessment assessment, List<WhatIf.Change> changes) {
    }

    private Edit edit(Context ctx) {
        String scenarioId = ctx.formParam("scenario") == null ? "" : ctx.formParam("scenario");
        if (!scenarioId.isEmpty()) {
            scenario(scenarioId);
        }
        String text = ctx.formParam("case");
        if (text == null || text.isBlank()) {
            throw new WorkbenchException("The form carries no case: open a case from the library first.");
        }
        CaseJson.read(text);
        JsonNode before;
        try {
            before = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The case is not JSON: " + e.getOriginalMessage());
        }
        Frame beforeFrame = frame(ctx.formParam("assessedFrame"), "assessedFrame");
        Frame frame = frame(ctx.formParam("frame"), "frame");
        Map<String, String> current = Facts.values(before);
        JsonNode after = before;
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : current.entrySet()) {
            String given = ctx.formParam(e.getKey());
            if (given == null || given.equals(e.getValue())) {
                continue;
            }
            if (!Facts.VALUES.contains(given)) {
                problems.add(new InputProblem(e.getKey(), given, "one of " + Facts.VALUES,
                        e.getKey() + ": '" + given + "' is not a fact value; expected one of " + Facts.VALUES + "."));
                continue;
            }
            after = WhatIf.set(after, e.getKey(), given.equals("unknown") ? "null" : given);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        Assessor assessor = assessor(scenarioId);
        org.refugeelaw.model.CaseRecord record = CaseJson.fromTree(after);
        Assessment was = assessor.assess(CaseJson.fromTree(before), beforeFrame);
        Assessment now = assessor.assess(record, frame);
        return new Edit(scenarioId, after, frame, record, now, WhatIf.changes(was, now));
    }

    private static Frame frame(String value, String field) {
        if (value == null || value.isBlank()) {
            return Frame.UNHCR;
        }
        List<Frame> known = Frame.values();
        Frame f = known.stream().filter(k -> k.id().equals(value)).findFirst().orElse(null);
        if (f == null) {
            throw new InvalidCaseException(List.of(new InputProblem(field, value, "one of " + known,
                    field + ": '" + value + "' is not a legal frame; expected one of " + known + ".")));
        }
        return f;
    }

    private Assessor assessor(String scenarioId) {
        return scenarioId == null || scenarioId.isEmpty() ? runner.assessor() : runner.assessorFor(scenario(scenarioId));
    }

    private Scenario scenario(String id) {
        Scenario s = scenarios.get(id);
        if (s == null) {
            throw new NotFound(broken.containsKey(id) ? "The scenario " + id + " cannot be read: " + broken.get(id)
                    : "No scenario " + id + " in the library.");
        }
        return s;
    }

    private void reveal(Context ctx) {
        String id = ctx.pathParam("id");
        Scenario s = scenario(id);
        String trainee = ctx.formParam("trainee") == null ? "" : ctx.formParam("trainee").strip();
        if (trainee.isEmpty() || trainee.length() > Training.MAX_TRAINEE_LENGTH) {
            throw new WorkbenchException("Give the trainee's name or initials (1 to " + Training.MAX_TRAINEE_LENGTH
                    + " characters) before revealing.");
        }
        Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
        Map<String, String> predictions = new HashMap<>();
        for (Map<String, Object> q : Training.questions(a)) {
            String field = (String) q.get("field");
            String p = ctx.formParam(field);
            if (p != null && !p.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> options = (List<String>) q.get("options");
                if (!options.contains(p)) {
                    throw new InvalidCaseException(List.of(new InputProblem(field, p, "one of " + options,
                            field + ": '" + p + "' is not a possible answer; expected one of " + options + ".")));
                }
                predictions.put(field, p);
            }
        }
        List<Training.Item> items = Training.score(a, predictions);
        Training.Round round = training.record(trainee, id, s.frame().name(), items);
        Map<String, Object> v = page("Revealed: " + s.title());
        v.put("scenario", scenarioView(id, s, true));
        v.put("trainee", trainee);
        v.put("score", round.score());
        v.put("outOf", round.outOf());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Training.Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", i.label());
            m.put("predicted", Cascade.words(i.predicted()));
            m.put("actual", Cascade.words(i.actual()));
            m.put("correct", i.correct());
            m.put("reasons", i.reasons());
            m.put("legalBasis", i.legalBasis());
            m.put("hasLegalBasis", !i.legalBasis().isEmpty());
            rows.add(m);
        }
        v.put("items", rows);
        v.put("misses", rows.stream().filter(m -> !(Boolean) m.get("correct")).toList());
        ctx.html(Templates.render("reveal", v));
    }

    private static Map<String, Object> alternatives(Assessment a) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<Map<String, Object>> decisive = new ArrayList<>();
        for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
            List<Map<String, Object>> alts = new ArrayList<>();
            for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                alts.add(Map.of("value", alt.value(), "outcome", Cascade.words(alt.outcome()),
                        "changes", alt.changes()));
            }
            decisive.add(Map.of("fact", f.fact(), "alternatives", alts));
        }
        List<Map<String, Object>> counter = new ArrayList<>();
        for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
            counter.add(Map.of("changes", c.changes().stream().map(ch -> ch.fact() + ": " + Cascade.words(ch.from())
                    + " \u2192 " + Cascade.words(ch.to())).toList(), "outcome", Cascade.words(c.outcome()),
                    "summary", c.summary()));
        }
        v.put("decisive", decisive);
        v.put("hasDecisive", !decisive.isEmpty());
        v.put("counterfactuals", counter);
        v.put("hasCounterfactuals", !counter.isEmpty());
        v.put("notes", a.searchNotes());
        return v;
    }

    private static Map<String, Object> compare(FrameComparison fc) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("frames", fc.frames());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FrameComparison.Row r : fc.rows()) {
            rows.add(Map.of("item", r.item(), "values", r.values().stream().map(Cascade::words).toList(),
                    "differs", r.differs(), "reasons", r.reasons()));
        }
        v.put("rows", rows);
        v.put("differences", rows.stream().filter(m -> (Boolean) m.get("differs")).toList());
        v.put("hasDifferences", !fc.differences().isEmpty());
        return v;
    }

    private static Map<String, Object> page(String title) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("pageTitle", title);
        return v;
    }

    private static void problems(Context ctx, List<InputProblem> problems) {
        Map<String, Object> v = page("The input is not valid");
        List<Map<String, Object>> list = new ArrayList<>();
        for (InputProblem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path() == null ? "" : p.path());
            m.put("received", p.received() == null ? "" : p.received());
            m.put("expected", p.expected() == null ? "" : p.expected());
            m.put("message", p.message() == null ? "" : p.message());
            list.add(m);
        }
        v.put("problems", list);
        v.put("count", problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        v.put("partial", ctx.header("HX-Request") != null);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(Templates.render((Boolean) v.get("partial") ? "problems-body" : "problems", v));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        Map<String, Object> v = page(status.getMessage());
        v.put("message", message);
        v.put("partial", ctx.header("HX-Request") != null);
        ctx.status(status).html(Templates.render((Boolean) v.get("partial") ? "error-body" : "error", v));
    }

    /** Answers with an error page and runs no further handler. */
    private static void refuse(Context ctx, HttpStatus status, String message) {
        error(ctx, status, message);
        ctx.skipRemainingHandlers();
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        InputStream in = Workbench.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new NotFound("No such file: " + ctx.path());
        }
        try (in) {
            ctx.contentType(type + "; charset=utf-8");
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }

    private static String pretty(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : "";
    }

    /** A page or scenario that does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }
}
