package org.refugeelaw.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A Mustache factory whose double-brace tags escape HTML (quotes included, so values are safe in attributes) and the
 * braces too, so that a value such as {@code {{x}}} cannot reach a client-side template engine. The HTML report and
 * the trainers' workbench compile their templates with it.
 */
public final class EscapingMustacheFactory extends DefaultMustacheFactory {
    /** Templates and partials by their full class-path name. */
    public EscapingMustacheFactory() {
        super();
    }

    /**
     * Templates and partials under a class-path folder.
     *
     * @param resourceRoot the resource root
     */
    public EscapingMustacheFactory(String resourceRoot) {
        super(resourceRoot);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            int from = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '{' || c == '}') {
                    HtmlEscaper.escape(value.substring(from, i), writer);
                    writer.write(c == '{' ? "&#123;" : "&#125;");
                    from = i + 1;
                }
            }
            HtmlEscaper.escape(value.substring(from), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
