package org.refugeelaw.examples.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.InputProblem;
import org.refugeelaw.api.InvalidCaseException;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.examples.Scenario;
import org.refugeelaw.examples.ScenarioLoader;
import org.refugeelaw.examples.ScenarioRunner;
import org.refugeelaw.examples.WhatIf;

/** The workbench over HTTP, without a browser: what-if, errors, escaping, and the access rules. */
class WorkbenchHttpTest {
    static final Path FOLDER = Path.of("scenarios");
    static final String S1 = "S1-hunger-defector-held-in-china";
    static ScenarioRunner runner;
    static Workbench wb;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        runner = new ScenarioRunner();
        wb = new Workbench(new Workbench.Options("127.0.0.1", 0, FOLDER, null), runner).start();
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        wb.close();
    }

    static String base() {
        return "http://127.0.0.1:" + wb.port();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void theLibraryListsEveryScenarioWithItsTitle() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        for (Path f : ScenarioLoader.files(FOLDER)) {
            Scenario s = ScenarioLoader.load(f);
            assertThat(r.body()).contains(escaped(s.title()));
        }
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void changingAFactReportsWhatTheEngineReportsAndOnlyThat() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        Assessment before = runner.assess(s);
        Assessment after = runner.assessorFor(s).assess(CaseJson.fromTree(
                WhatIf.set(s.caseTree(), "departure.withPermission", "established")), s.frame());
        List<WhatIf.Change> changes = WhatIf.changes(before, after);
        assertThat(changes).isNotEmpty();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("scenario", S1);
        form.put("case", s.caseTree().toString());
        form.put("assessedFrame", s.frame().name());
        form.put("frame", s.frame().name());
        form.put("$.departure.withPermission", "established");
        HttpResponse<String> r = post("/case/assess", form, "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-outcome=\"" + after.outcome() + "\"");
        for (WhatIf.Change c : changes) {
            assertThat(r.body()).contains("<strong>" + escaped(c.item()) + "</strong>");
            for (String reason : c.reasons()) {
                assertThat(r.body()).contains(escaped(reason));
            }
        }
        long marked = r.body().lines().filter(l -> l.contains("class=\"flag\">changed, was")).count();
        assertThat(marked).isEqualTo(changes.size());
        // The new state of the case travels back to the page, with the changed fact in it.
        assertThat(r.body()).contains("hx-swap-oob").contains(escaped("\"withPermission\":\"established\""));
    }

    @Test
    void anInvalidFactValueIsRefusedWithItsPathValueAndWhatIsExpected() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("scenario", S1);
        form.put("case", s.caseTree().toString());
        form.put("$.departure.withPermission", "<b>maybe</b>");
        HttpResponse<String> r = post("/case/assess", form, "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("$.departure.withPermission").contains("&lt;b&gt;maybe&lt;/b&gt;")
                .contains("established, not_established, unknown").doesNotContain("<b>maybe");
    }

    @Test
    void anInvalidCaseGetsTheSameProblemsAsTheCommandLineEveryValueEscaped() throws Exception {
        String json = "{\"schemaVersion\":\"1.0\",\"caseId\":\"<img src=x onerror=alert(1)>\","
                + "\"departure\":{\"withPermision\":\"established\"}}";
        List<InputProblem> expected;
        try {
            CaseJson.read(json);
            throw new AssertionError("the case should be invalid");
        } catch (InvalidCaseException e) {
            expected = e.problems();
        }
        HttpResponse<String> r = post("/open", Map.of("json", json));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).doesNotContain("<img src=x");
        for (InputProblem p : expected) {
            assertThat(r.body()).contains(escaped(p.message())).contains(escaped(p.path()));
        }
    }

    @Test
    void aCaseRecordFileTheTrainerChoosesOpensWithItsAssessment() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve(S1 + ".yaml"));
        String json = s.caseTree().toString();
        String boundary = "----workbench-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"S1.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/open"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Assessment a = runner.assessor().assess(CaseJson.fromTree(s.caseTree()), org.refugeelaw.api.Frame.UNHCR);
        assertThat(r.body()).contains("data-outcome=\"" + a.outcome() + "\"");
    }

    @Test
    void anOversizedCaseIsRefusedWithTheLibrarysOwnLimit() throws Exception {
        String json = "{\"schemaVersion\":\"1.0\",\"caseId\":\"" + "x".repeat(1_100_000) + "\"}";
        String message;
        try {
            CaseJson.read(json);
            throw new AssertionError("the case should be too large");
        } catch (InvalidCaseException e) {
            message = e.problems().get(0).message();
        }
        HttpResponse<String> r = post("/open", Map.of("json", json));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains(escaped(message));
    }

    @Test
    void aRequestBeyondTheServersLimitIsRefusedClearly() throws Exception {
        HttpResponse<String> r = post("/open", Map.of("json", "y".repeat((int) Workbench.MAX_REQUEST_BYTES + 10)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("1,000,000 bytes");
    }

    @Test
    void anUnknownScenarioIsNotFound() throws Exception {
        HttpResponse<String> r = get("/case/..%2F..%2Fpom");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(get("/train/NO-SUCH").body()).contains("No scenario NO-SUCH");
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> r = post("/open", Map.of("json", "{}"), "Origin", "https://example.org");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void onLoopbackItAnswersOnlyToItsOwnName() throws Exception {
        assertThat(rawGet(wb.port(), "attacker.example:" + wb.port(), "")).startsWith("HTTP/1.1 403");
        assertThat(rawGet(wb.port(), "localhost:" + wb.port(), "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void onANetworkInterfaceItNeedsAToken() {
        assertThatThrownBy(() -> new Workbench.Options("0.0.0.0", 0, FOLDER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("access token");
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        String token = Workbench.newToken();
        try (Workbench guarded = new Workbench(new Workbench.Options("127.0.0.1", 0, FOLDER, token), runner).start()) {
            int port = guarded.port();
            String host = "127.0.0.1:" + port;
            assertThat(rawGet(port, host, "")).startsWith("HTTP/1.1 401");
            assertThat(rawGet(port, host, "Cookie: " + Workbench.TOKEN_COOKIE + "=wrong\r\n")).startsWith("HTTP/1.1 401");
            String first = rawGet(port, host, "", "/?token=" + token);
            assertThat(first).startsWith("HTTP/1.1 303").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
            assertThat(rawGet(port, host, "Cookie: " + Workbench.TOKEN_COOKIE + "=" + token + "\r\n"))
                    .startsWith("HTTP/1.1 200");
            assertThat(guarded.url()).endsWith("/?token=" + token);
        }
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(Training.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Training.field("Ann, B.")).isEqualTo("\"Ann, B.\"");
    }

    @Test
    void noTemplateWritesAValueUnescaped() throws IOException {
        Path dir = Path.of("src/main/resources/org/refugeelaw/examples/workbench/templates");
        try (var files = java.nio.file.Files.list(dir)) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".mustache")).toList();
            assertThat(templates).isNotEmpty();
            for (Path t : templates) {
                String text = java.nio.file.Files.readString(t);
                assertThat(text).as(t.toString()).doesNotContain("{{{").doesNotContain("{{&");
            }
        }
    }

    /** A GET with a Host header of our choosing (the JDK's HTTP client will not send one). */
    static String rawGet(int port, String host, String extraHeaders) throws IOException {
        return rawGet(port, host, extraHeaders, "/");
    }

    static String rawGet(int port, String host, String extraHeaders, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(2_000_000), StandardCharsets.UTF_8);
        }
    }
}
