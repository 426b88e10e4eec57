package org.refugeelaw.examples.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's command, {@code java -jar ... serve}, from the packaged jar: htmx, templates and rules all inside. */
class WorkbenchJarIT {
    private static final Path JAR = Path.of("target/refugee-law-examples.jar");
    private static final Pattern ADDRESS = Pattern.compile("Workbench: open (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void theJarServesTheWorkbenchOnLoopback() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "scenarios", "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String base = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 50 && base == null; i++) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = ADDRESS.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("the address the workbench prints").isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> htmx = http.send(HttpRequest.newBuilder(URI.create(base + "static/htmx.min.js"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(htmx.statusCode()).isEqualTo(200);
            assertThat(htmx.body()).contains("htmx");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base
                    + "case/S1-hunger-defector-held-in-china")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-outcome=\"REFUGEE SUR_PLACE\"")
                    .contains("data-path=\"$.departure.withPermission\"");
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
