package org.refugeelaw.examples.workbench;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.refugeelaw.report.EscapingMustacheFactory;

/**
 * The workbench's server-side Mustache templates, compiled as the library's HTML report compiles its own: every value
 * reaches the page through a double-brace tag, which HTML-escapes it (quotes and braces too). The templates use no
 * triple-brace tag: nothing is written unescaped.
 */
final class Templates {
    private static final EscapingMustacheFactory FACTORY =
            new EscapingMustacheFactory("org/refugeelaw/examples/workbench/templates");
    private static final Map<String, Mustache> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** Renders {@code name}.mustache with the given view. */
    static String render(String name, Object view) {
        Mustache m = CACHE.computeIfAbsent(name, n -> FACTORY.compile(n + ".mustache"));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            m.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
