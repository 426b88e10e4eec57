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
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.FrameComparison;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioException;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.examples.WhatIf;
import org.refugeelaw.report.ReportLabels;

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
            ctx.html(casePage(ctx.pathParam("id"), s.caseTree(), s.frame(), List.of(), List.of(), null,
                    locale(ctx), ctx.path()));
        });
        r.post("/case", ctx -> {
            Edit e = edit(ctx);
            ctx.html(casePage(e.scenarioId, e.after, e.frame, e.changes, e.shown, null, e.locale,
                    e.scenarioId.isEmpty() ? "/" : "/case/" + e.scenarioId));
        });
        r.post("/case/assess", ctx -> {
            Edit e = edit(ctx);
            Map<String, Object> v = caseState(e.scenarioId, e.after, e.frame, e.locale);
            v.put("w", labels(e.locale));
            v.put("assessment", Cascade.of(e.assessment, e.changes, e.shown, e.locale));
            ctx.html(Templates.render("assess-update", v));
        });
        r.post("/case/alternatives", ctx -> {
            Edit e = edit(ctx);
            Assessment a = assessor(e.scenarioId).assessWithAlternatives(e.record, e.frame);
            ctx.html(Templates.render("alternatives", alternatives(a, e.locale)));
        });
        r.post("/case/compare", ctx -> {
            Edit e = edit(ctx);
            ctx.html(Templates.render("compare", compare(assessor(e.scenarioId).compareFrames(e.record, e.locale),
                    e.locale)));
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
            java.util.Locale locale = locale(ctx);
            Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
            Map<String, Object> v = page(ReportLabels.text("report.workbench.trainingTitle", locale, s.title(locale)),
                    locale, ctx.path());
            v.put("id", id);
            v.put("scenario", scenarioView(id, s, false, locale));
            v.put("groups", groups(s.caseTree(), true, locale));
            v.put("caseJson", pretty(s.caseTree()));
            v.put("questions", Training.questions(a, locale));
            ctx.html(Templates.render("train", v));
        });
        r.post("/train/{id}", this::reveal);
        r.get("/scores", ctx -> {
            java.util.Locale locale = locale(ctx);
            Map<String, Object> v = page(ReportLabels.text("report.workbench.navScores", locale), locale, ctx.path());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Training.Round round : training.rounds()) {
                rows.add(Map.of("at", round.at().toString(), "trainee", round.trainee(), "scenario", round.scenario(),
                        "frame", round.frame(), "score", ReportLabels.text("report.workbench.scoreOf", locale,
                                String.valueOf(round.score()), String.valueOf(round.outOf())),
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
        r.exception(WorkbenchException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                e.text(safeLocale(ctx))));
        r.exception(ScenarioException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.text(safeLocale(ctx))));
        // The body was refused: the language can come only from the address.
        r.error(HttpStatus.CONTENT_TOO_LARGE.getCode(), "*", ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                ReportLabels.text("report.workbench.error.tooLarge", queryLocale(ctx),
                        String.valueOf(MAX_REQUEST_BYTES))));
        r.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                error(ctx, HttpStatus.NOT_FOUND, ReportLabels.text("report.workbench.error.noPage", safeLocale(ctx),
                        ctx.path()));
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
                refuse(ctx, HttpStatus.FORBIDDEN, ReportLabels.text("report.workbench.error.onlyAt", queryLocale(ctx),
                        port));
                return;
            }
        }
        String origin = ctx.header("Origin");
        if (!"GET".equals(ctx.method().name()) && origin != null && !origin.equals("null")
                && !origin.equals(ctx.scheme() + "://" + ctx.header("Host"))) {
            refuse(ctx, HttpStatus.FORBIDDEN, ReportLabels.text("report.workbench.error.otherSites",
                    queryLocale(ctx)));
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
                refuse(ctx, HttpStatus.UNAUTHORIZED, ReportLabels.text("report.workbench.error.token",
                        queryLocale(ctx)));
            }
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void library(Context ctx) {
        java.util.Locale locale = locale(ctx);
        Map<String, Object> v = page(ReportLabels.text("report.workbench.navLibrary", locale), locale, "/");
        List<Map<String, Object>> list = new ArrayList<>();
        scenarios.forEach((id, s) -> list.add(scenarioView(id, s, true, locale)));
        v.put("scenarios", list);
        List<Map<String, Object>> bad = new ArrayList<>();
        broken.forEach((id, msg) -> bad.add(Map.of("id", id, "message", msg)));
        v.put("broken", bad);
        v.put("hasBroken", !bad.isEmpty());
        ctx.html(Templates.render("library", v));
    }

    /** A scenario with its title and teaching points in {@code locale} (in English where it has none there). */
    private static Map<String, Object> scenarioView(String id, Scenario s, boolean teaching, java.util.Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        String title = s.title(locale);
        m.put("title", title);
        m.put("frame", s.frame().name());
        m.put("frameLabel", ReportLabels.text("report.workbench.frameOf", locale, s.frame().name()));
        m.put("frameSentence", ReportLabels.text("report.workbench.frameSentence", locale, s.frame().name()));
        m.put("openAria", ReportLabels.text("report.workbench.openAria", locale, title));
        m.put("trainAria", ReportLabels.text("report.workbench.trainAria", locale, title));
        m.put("provisions", s.provisions());
        m.put("hasProvisions", !s.provisions().isEmpty());
        m.put("teaching", teaching ? s.teaching(locale) : List.of());
        m.put("hasTeaching", teaching && !s.teaching().isEmpty());
        m.put("inEnglish", !s.translatedInto(locale));
        m.put("inEnglishNote", ReportLabels.text("report.runner.fallbackOne", locale));
        return m;
    }

    /**
     * The language a request asks for: {@code lang} (en, ko or zh) in the query or the form; English otherwise. Every
     * page carries it on, in its links ({@code langQuery}) and its forms (a hidden field).
     */
    static java.util.Locale locale(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null && !"GET".equals(ctx.method().name())) {
            lang = ctx.formParam("lang");
        }
        return locale(lang);
    }

    /** The language the address asks for ({@code lang} in the query), without reading the request's body. */
    static java.util.Locale queryLocale(Context ctx) {
        return locale(ctx.queryParam("lang"));
    }

    /** {@link #locale(Context)}, or the address's language where the form cannot be read. */
    static java.util.Locale safeLocale(Context ctx) {
        try {
            return locale(ctx);
        } catch (RuntimeException e) {
            return queryLocale(ctx);
        }
    }

    private static java.util.Locale locale(String lang) {
        return lang == null ? java.util.Locale.ROOT : switch (lang) {
            case "ko" -> java.util.Locale.KOREAN;
            case "zh" -> java.util.Locale.forLanguageTag("zh-Hans");
            default -> java.util.Locale.ROOT;
        };
    }

    /** The language's code as the workbench's {@code lang} parameter writes it: en, ko or zh. */
    static String lang(java.util.Locale locale) {
        String l = Scenario.language(locale);
        return l == null ? "en" : l;
    }

    /** The workbench's own labels in {@code locale} (catalog family {@code report}, keys report.workbench.*). */
    static Map<String, Object> labels(java.util.Locale locale) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("brand", ReportLabels.text("report.workbench.brand", locale));
        w.put("skip", ReportLabels.text("report.workbench.skip", locale));
        w.put("navLibrary", ReportLabels.text("report.workbench.navLibrary", locale));
        w.put("navScores", ReportLabels.text("report.workbench.navScores", locale));
        w.put("footer", ReportLabels.text("report.workbench.footer", locale));
        w.put("language", ReportLabels.text("report.workbench.language", locale));
        w.put("languageShow", ReportLabels.text("report.workbench.languageShow", locale));
        w.put("libraryIntro", ReportLabels.text("report.workbench.libraryIntro", locale));
        w.put("file", ReportLabels.text("report.workbench.file", locale));
        w.put("provisions", ReportLabels.text("report.workbench.provisions", locale));
        w.put("teachingPoints", ReportLabels.text("report.workbench.teachingPoints", locale));
        w.put("openCase", ReportLabels.text("report.workbench.openCase", locale));
        w.put("train", ReportLabels.text("report.workbench.train", locale));
        w.put("broken", ReportLabels.text("report.workbench.broken", locale));
        w.put("openOwn", ReportLabels.text("report.workbench.openOwn", locale));
        w.put("openOwnBefore", ReportLabels.text("report.workbench.openOwnBefore", locale));
        w.put("openOwnAfter", ReportLabels.text("report.workbench.openOwnAfter", locale));
        w.put("openFile", ReportLabels.text("report.workbench.openFile", locale));
        w.put("openPaste", ReportLabels.text("report.workbench.openPaste", locale));
        w.put("aboutSummary", ReportLabels.text("report.workbench.aboutSummary", locale));
        w.put("trainThis", ReportLabels.text("report.workbench.trainThis", locale));
        w.put("facts", ReportLabels.text("report.workbench.facts", locale));
        w.put("factsHint", ReportLabels.text("report.workbench.factsHint", locale));
        w.put("showPaths", ReportLabels.text("report.workbench.showPaths", locale));
        w.put("legalFrame", ReportLabels.text("report.workbench.legalFrame", locale));
        w.put("assessAgain", ReportLabels.text("report.workbench.assessAgain", locale));
        w.put("download", ReportLabels.text("report.workbench.download", locale));
        w.put("alternatives", ReportLabels.text("report.workbench.alternatives", locale));
        w.put("compareFrames", ReportLabels.text("report.workbench.compareFrames", locale));
        w.put("assessment", ReportLabels.text("report.workbench.assessment", locale));
        w.put("surPlaceWhat", ReportLabels.text("report.workbench.surPlaceWhat", locale));
        w.put("changesHeading", ReportLabels.text("report.workbench.changesHeading", locale));
        w.put("bindingHost", ReportLabels.text("report.workbench.bindingHost", locale));
        w.put("decidingFacts", ReportLabels.text("report.workbench.decidingFacts", locale));
        w.put("noDecisive", ReportLabels.text("report.workbench.noDecisive", locale));
        w.put("counterfactuals", ReportLabels.text("report.label.counterfactuals", locale));
        w.put("sideBySide", ReportLabels.text("report.workbench.sideBySide", locale));
        w.put("item", ReportLabels.text("report.workbench.item", locale));
        w.put("differs", ReportLabels.text("report.workbench.differs", locale));
        w.put("why", ReportLabels.text("report.compare.why", locale));
        w.put("agree", ReportLabels.text("report.compare.agree", locale));
        w.put("theFacts", ReportLabels.text("report.workbench.theFacts", locale));
        w.put("statedFactsHint", ReportLabels.text("report.workbench.statedFactsHint", locale));
        w.put("wholeRecord", ReportLabels.text("report.workbench.wholeRecord", locale));
        w.put("predictions", ReportLabels.text("report.workbench.predictions", locale));
        w.put("predictHint", ReportLabels.text("report.workbench.predictHint", locale));
        w.put("traineeName", ReportLabels.text("report.workbench.traineeName", locale));
        w.put("reveal", ReportLabels.text("report.workbench.reveal", locale));
        w.put("predictionsTable", ReportLabels.text("report.workbench.predictionsTable", locale));
        w.put("predicted", ReportLabels.text("report.workbench.predicted", locale));
        w.put("assessed", ReportLabels.text("report.workbench.assessed", locale));
        w.put("result", ReportLabels.text("report.workbench.result", locale));
        w.put("right", ReportLabels.text("report.workbench.right", locale));
        w.put("missed", ReportLabels.text("report.workbench.missed", locale));
        w.put("otherWay", ReportLabels.text("report.workbench.otherWay", locale));
        w.put("allRight", ReportLabels.text("report.workbench.allRight", locale));
        w.put("anotherRound", ReportLabels.text("report.workbench.anotherRound", locale));
        w.put("openInWorkbench", ReportLabels.text("report.workbench.openInWorkbench", locale));
        w.put("scoresIntro", ReportLabels.text("report.workbench.scoresIntro", locale));
        w.put("export", ReportLabels.text("report.workbench.export", locale));
        w.put("roundsTable", ReportLabels.text("report.workbench.roundsTable", locale));
        w.put("time", ReportLabels.text("report.workbench.time", locale));
        w.put("trainee", ReportLabels.text("report.workbench.trainee", locale));
        w.put("scenario", ReportLabels.text("report.workbench.scenario", locale));
        w.put("score", ReportLabels.text("report.workbench.score", locale));
        w.put("missedColumn", ReportLabels.text("report.workbench.missedColumn", locale));
        w.put("noRound", ReportLabels.text("report.workbench.noRound", locale));
        w.put("back", ReportLabels.text("report.workbench.back", locale));
        w.put("received", ReportLabels.text("report.workbench.received", locale));
        w.put("expected", ReportLabels.text("report.workbench.expected", locale));
        w.put("nav", ReportLabels.text("report.workbench.nav", locale));
        w.put("legalBasis", ReportLabels.text("report.label.legalBasis", locale));
        w.put("frame", ReportLabels.text("report.label.frame", locale));
        return w;
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
            throw new WorkbenchException(Message.of("report.workbench.error.noJsonToOpen"));
        }
        CaseJson.read(text);
        JsonNode tree = JSON.readTree(text);
        ctx.html(casePage("", tree, Frame.UNHCR, List.of(), List.of(), null, locale(ctx), "/"));
    }

    /**
     * The case page: the facts panel and, beside it, the assessment. {@code changes} key the marks (English items);
     * {@code shown} are the same changes for the reader of {@code locale}.
     */
    private String casePage(String scenarioId, JsonNode tree, Frame frame, List<WhatIf.Change> changes,
                            List<WhatIf.Change> shown, Assessment given, java.util.Locale locale, String here) {
        Assessment a = given != null ? given : assessor(scenarioId).assess(CaseJson.fromTree(tree), frame);
        Scenario s = scenarioId.isEmpty() ? null : scenarios.get(scenarioId);
        Map<String, Object> v = page(s == null ? ReportLabels.text("report.workbench.caseTitle", locale,
                text(tree.path("caseId"))) : s.title(locale), locale, here);
        v.putAll(caseState(scenarioId, tree, frame, locale));
        v.put("hasScenario", s != null);
        if (s != null) {
            v.put("scenario", scenarioView(scenarioId, s, true, locale));
        }
        v.put("groups", groups(tree, false, locale));
        List<Map<String, Object>> frames = new ArrayList<>();
        for (Frame f : Frame.values()) {
            frames.add(Map.of("name", f.name(), "selected", f == frame));
        }
        v.put("frames", frames);
        v.put("assessment", Cascade.of(a, changes, shown, locale));
        return Templates.render("case", v);
    }

    private static Map<String, Object> caseState(String scenarioId, JsonNode tree, Frame frame,
                                                 java.util.Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("scenarioId", scenarioId);
        v.put("caseJson", tree.toString());
        v.put("frame", frame.name());
        v.put("lang", lang(locale));
        return v;
    }

    /** A fact value's words for a reader of {@code locale}: established, not established, unknown. */
    private static String valueLabel(String value, java.util.Locale locale) {
        return switch (value) {
            case "established" -> ReportLabels.text("report.workbench.established", locale);
            case "not_established" -> ReportLabels.text("report.workbench.notEstablished", locale);
            case "unknown" -> ReportLabels.text("report.workbench.unknown", locale);
            default -> value.replace('_', ' ');
        };
    }

    /** The facts panel: every fact, or (for a trainee) only the facts the case states; values in {@code locale}. */
    private static List<Map<String, Object>> groups(JsonNode tree, boolean statedOnly, java.util.Locale locale) {
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
                    options.add(Map.of("value", value, "label", valueLabel(value, locale),
                            "selected", value.equals(f.value())));
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id);
                m.put("path", f.path());
                m.put("name", f.name());
                m.put("description", f.description());
                m.put("value", f.value());
                // The trainee's list of stated facts: the value as the record writes it in English, in words otherwise.
                m.put("valueShown", ReportLabels.english(locale) ? f.value() : valueLabel(f.value(), locale));
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
                        Assessment assessment, List<WhatIf.Change> changes, List<WhatIf.Change> shown,
                        java.util.Locale locale) {
    }

    private Edit edit(Context ctx) {
        String scenarioId = ctx.formParam("scenario") == null ? "" : ctx.formParam("scenario");
        if (!scenarioId.isEmpty()) {
            scenario(scenarioId);
        }
        String text = ctx.formParam("case");
        if (text == null || text.isBlank()) {
            throw new WorkbenchException(Message.of("report.workbench.error.noCase"));
        }
        CaseJson.read(text);
        JsonNode before;
        try {
            before = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException(Message.of("report.workbench.error.notJson", e.getOriginalMessage()));
        }
        java.util.Locale locale = locale(ctx);
        Frame beforeFrame = frame(ctx.formParam("assessedFrame"), "assessedFrame", locale);
        Frame frame = frame(ctx.formParam("frame"), "frame", locale);
        Map<String, String> current = Facts.values(before);
        JsonNode after = before;
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : current.entrySet()) {
            String given = ctx.formParam(e.getKey());
            if (given == null || given.equals(e.getValue())) {
                continue;
            }
            if (!Facts.VALUES.contains(given)) {
                problems.add(new InputProblem(e.getKey(), given, ReportLabels.text("report.workbench.error.oneOf",
                        locale, Facts.VALUES.toString()), ReportLabels.text("report.workbench.error.notFactValue",
                        locale, e.getKey(), given, Facts.VALUES.toString())));
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
        return new Edit(scenarioId, after, frame, record, now, WhatIf.changes(was, now), WhatIf.changes(was, now,
                locale), locale);
    }

    private static Frame frame(String value, String field, java.util.Locale locale) {
        if (value == null || value.isBlank()) {
            return Frame.UNHCR;
        }
        List<Frame> known = Frame.values();
        Frame f = known.stream().filter(k -> k.id().equals(value)).findFirst().orElse(null);
        if (f == null) {
            throw new InvalidCaseException(List.of(new InputProblem(field, value, ReportLabels.text(
                    "report.workbench.error.oneOf", locale, known.toString()), ReportLabels.text(
                    "report.workbench.error.notFrame", locale, field, value, known.toString()))));
        }
        return f;
    }

    private Assessor assessor(String scenarioId) {
        return scenarioId == null || scenarioId.isEmpty() ? runner.assessor() : runner.assessorFor(scenario(scenarioId));
    }

    private Scenario scenario(String id) {
        Scenario s = scenarios.get(id);
        if (s == null) {
            throw new NotFound(broken.containsKey(id) ? Message.of("report.workbench.error.cannotRead", id,
                    broken.get(id)) : Message.of("report.workbench.error.noScenario", id));
        }
        return s;
    }

    private void reveal(Context ctx) {
        String id = ctx.pathParam("id");
        Scenario s = scenario(id);
        java.util.Locale locale = locale(ctx);
        String trainee = ctx.formParam("trainee") == null ? "" : ctx.formParam("trainee").strip();
        if (trainee.isEmpty() || trainee.length() > Training.MAX_TRAINEE_LENGTH) {
            throw new WorkbenchException(Message.of("report.workbench.error.trainee",
                    String.valueOf(Training.MAX_TRAINEE_LENGTH)));
        }
        Assessment a = runner.assessorFor(s).assess(ScenarioRunner.caseOf(s), s.frame());
        Map<String, String> predictions = new HashMap<>();
        for (Map<String, Object> q : Training.questions(a, locale)) {
            String field = (String) q.get("field");
            String p = ctx.formParam(field);
            if (p != null && !p.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> options = (List<String>) q.get("values");
                if (!options.contains(p)) {
                    throw new InvalidCaseException(List.of(new InputProblem(field, p, ReportLabels.text(
                            "report.workbench.error.oneOf", locale, options.toString()), ReportLabels.text(
                            "report.workbench.error.notAnswer", locale, field, p, options.toString()))));
                }
                predictions.put(field, p);
            }
        }
        List<Training.Item> items = Training.score(a, predictions, locale);
        Training.Round round = training.record(trainee, id, s.frame().name(), items);
        Map<String, Object> v = page(ReportLabels.text("report.workbench.revealedTitle", locale, s.title(locale)),
                locale, "/train/" + id);
        v.put("scenario", scenarioView(id, s, true, locale));
        v.put("trainee", trainee);
        v.put("scoreLine", ReportLabels.text("report.workbench.scoreLine", locale, trainee,
                String.valueOf(round.score()), String.valueOf(round.outOf())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Training.Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            String predicted = Training.words(i.predicted(), locale);
            String actual = Training.words(i.actual(), locale);
            m.put("label", i.label());
            m.put("predicted", predicted);
            m.put("actual", actual);
            m.put("correct", i.correct());
            m.put("heading", ReportLabels.text("report.workbench.youPredicted", locale, i.label(), actual, predicted));
            m.put("reasons", i.reasons());
            m.put("legalBasis", i.legalBasis());
            m.put("hasLegalBasis", !i.legalBasis().isEmpty());
            rows.add(m);
        }
        v.put("items", rows);
        v.put("misses", rows.stream().filter(m -> !(Boolean) m.get("correct")).toList());
        ctx.html(Templates.render("reveal", v));
    }

    private static Map<String, Object> alternatives(Assessment a, java.util.Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<Map<String, Object>> decisive = new ArrayList<>();
        for (org.refugeelaw.assessment.DecisiveFact f : a.decisiveFacts()) {
            List<Map<String, Object>> alts = new ArrayList<>();
            for (org.refugeelaw.assessment.DecisiveFact.Alternative alt : f.alternatives()) {
                String outcome = ReportLabels.english(locale) ? Cascade.words(alt.outcome())
                        : ReportLabels.outcome(alt.outcome(), locale);
                alts.add(Map.of("value", alt.value(), "outcome", outcome, "changes", alt.changes(),
                        "line", ReportLabels.text("report.label.ifValue", locale, alt.value(), outcome)));
            }
            decisive.add(Map.of("fact", f.fact(), "alternatives", alts));
        }
        List<Map<String, Object>> counter = new ArrayList<>();
        for (org.refugeelaw.assessment.Counterfactual c : a.counterfactuals()) {
            counter.add(Map.of("changes", c.changes().stream().map(ch -> ch.fact() + ": "
                    + factWords(ch.from(), locale) + " \u2192 " + factWords(ch.to(), locale)).toList(),
                    "outcome", ReportLabels.english(locale) ? Cascade.words(c.outcome())
                            : ReportLabels.outcome(c.outcome(), locale), "summary", c.summary()));
        }
        v.put("decisive", decisive);
        v.put("hasDecisive", !decisive.isEmpty());
        v.put("counterfactuals", counter);
        v.put("hasCounterfactuals", !counter.isEmpty());
        v.put("notes", a.searchNotes());
        v.put("w", labels(locale));
        return v;
    }

    /** A fact's value in a counterfactual: in lower case in English (as always), in words otherwise. */
    private static String factWords(String value, java.util.Locale locale) {
        return ReportLabels.english(locale) || value == null ? Cascade.words(value) : valueLabel(value, locale);
    }

    private static Map<String, Object> compare(FrameComparison fc, java.util.Locale locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("w", labels(locale));
        v.put("frames", fc.frames());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FrameComparison.Row r : fc.rows()) {
            rows.add(Map.of("item", WhatIf.item(r.item(), locale), "values", r.values().stream()
                    .map(x -> ReportLabels.english(locale) ? Cascade.words(x) : WhatIf.value(x, locale)).toList(),
                    "differs", r.differs(), "reasons", r.reasons()));
        }
        v.put("rows", rows);
        v.put("differences", rows.stream().filter(m -> (Boolean) m.get("differs")).toList());
        v.put("hasDifferences", !fc.differences().isEmpty());
        return v;
    }

    /**
     * A page's frame in {@code locale}: its labels ({@code w}), its language ({@code htmlLang}, {@code lang}), the
     * query that keeps the language in its links ({@code langQuery}: empty in English) and the language selector,
     * which asks for {@code here} again in the chosen language.
     */
    private static Map<String, Object> page(String title, java.util.Locale locale, String here) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("pageTitle", title);
        v.put("w", labels(locale));
        String lang = lang(locale);
        v.put("lang", lang);
        v.put("htmlLang", lang.equals("zh") ? "zh-Hans" : lang);
        v.put("langQuery", lang.equals("en") ? "" : "?lang=" + lang);
        v.put("here", here);
        v.put("languages", List.of(
                Map.of("code", "en", "name", "English", "selected", lang.equals("en")),
                Map.of("code", "ko", "name", "\uD55C\uAD6D\uC5B4", "selected", lang.equals("ko")),
                Map.of("code", "zh", "name", "\u7B80\u4F53\u4E2D\u6587", "selected", lang.equals("zh"))));
        return v;
    }

    private static void problems(Context ctx, List<InputProblem> problems) {
        java.util.Locale locale = safeLocale(ctx);
        Map<String, Object> v = page(ReportLabels.text("report.workbench.invalid", locale), locale, "/");
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
        v.put("count", ReportLabels.text("report.workbench.invalidCount", locale, problems.size() == 1
                ? ReportLabels.text("report.workbench.oneProblem", locale)
                : ReportLabels.text("report.workbench.problemCount", locale, String.valueOf(problems.size()))));
        v.put("partial", ctx.header("HX-Request") != null);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(Templates.render((Boolean) v.get("partial") ? "problems-body" : "problems", v));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        java.util.Locale locale = queryOrFormLocale(ctx);
        Map<String, Object> v = page(statusWords(status, locale), locale, "/");
        v.put("message", message);
        v.put("partial", ctx.header("HX-Request") != null);
        ctx.status(status).html(Templates.render((Boolean) v.get("partial") ? "error-body" : "error", v));
    }

    /** The language of an error page: the form's only where the request got past the checks and its body was read. */
    private static java.util.Locale queryOrFormLocale(Context ctx) {
        return ctx.status() == HttpStatus.CONTENT_TOO_LARGE ? queryLocale(ctx) : safeLocale(ctx);
    }

    /** An error page's title: the status's reason phrase, in {@code locale}. */
    private static String statusWords(HttpStatus status, java.util.Locale locale) {
        return switch (status) {
            case BAD_REQUEST -> ReportLabels.text("report.workbench.status.badRequest", locale);
            case UNAUTHORIZED -> ReportLabels.text("report.workbench.status.unauthorized", locale);
            case FORBIDDEN -> ReportLabels.text("report.workbench.status.forbidden", locale);
            case NOT_FOUND -> ReportLabels.text("report.workbench.status.notFound", locale);
            case CONTENT_TOO_LARGE -> ReportLabels.text("report.workbench.status.contentTooLarge", locale);
            case UNPROCESSABLE_CONTENT -> ReportLabels.text("report.workbench.status.unprocessable", locale);
            default -> status.getMessage();
        };
    }

    /** Answers with an error page and runs no further handler. */
    private static void refuse(Context ctx, HttpStatus status, String message) {
        error(ctx, status, message);
        ctx.skipRemainingHandlers();
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        InputStream in = Workbench.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new NotFound(Message.of("report.workbench.error.noFile", ctx.path()));
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
        private final transient Message message;

        NotFound(Message message) {
            super(message.render(java.util.Locale.ROOT), null, false, false);
            this.message = message;
        }

        String text(java.util.Locale locale) {
            return message.render(locale);
        }
    }
}
