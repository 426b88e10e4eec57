package org.refugeelaw.examples;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Keeps what the runner prints from steering the terminal: control characters (C0 and C1, DEL), the Unicode line and
 * paragraph separators and the bidirectional overrides in a printed value are written as {@code \}{@code uXXXX}, so
 * that a case id, a title or a file name cannot move the cursor, recolour the screen or forge a line of output.
 */
final class Terminal {
    private Terminal() {
    }

    /** Whether a character must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                || c == '\u200f' || c == '\u061c';
    }

    /** A value for a one-line message: every unsafe character, line ends included, escaped. */
    static String value(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                escape(sb, c);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A path for a one-line message. */
    /**
     * The columns a text takes in a terminal: Hangul and Han characters (and full-width forms) take two, the rest one,
     * so that a table in Korean or Chinese lines up; an ASCII text takes its length.
     */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                    || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                    || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
            w += wide ? 2 : 1;
        }
        return w;
    }

    static String path(Path p) {
        return value(String.valueOf(p));
    }

    private static void escape(StringBuilder sb, char c) {
        sb.append(String.format("\\u%04X", (int) c));
    }

    /**
     * A writer that escapes unsafe characters in everything written through it, except the line ends the runner
     * itself writes: {@code \n}, and {@code \r} directly before {@code \n}; a tab is kept too. The escape is also a
     * valid JSON string escape, so JSON output stays JSON with the same values.
     */
    static Writer filter(Writer out) {
        return new FilterWriter(out) {
            private boolean pendingCr;

            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (pendingCr) {
                    pendingCr = false;
                    if (ch == '\n') {
                        out.write("\r\n");
                        return;
                    }
                    out.write("\\u000D");
                }
                if (ch == '\r') {
                    pendingCr = true;
                } else if (ch == '\n' || ch == '\t' || !unsafe(ch)) {
                    out.write(ch);
                } else {
                    StringBuilder sb = new StringBuilder(6);
                    escape(sb, ch);
                    out.write(sb.toString());
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                int from = off;
                int end = off + len;
                for (int i = off; i < end; i++) {
                    char ch = cbuf[i];
                    if (pendingCr || ch == '\r' || (ch != '\n' && ch != '\t' && unsafe(ch))) {
                        if (i > from) {
                            out.write(cbuf, from, i - from);
                        }
                        write(ch);
                        from = i + 1;
                    }
                }
                if (end > from) {
                    out.write(cbuf, from, end - from);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                write(str.toCharArray(), off, len);
            }

            @Override
            public void flush() throws IOException {
                // A pending \r is held until the next character says whether it ends a line.
                out.flush();
                if (out instanceof java.io.PrintWriter pw && pw.checkError()) {
                    // A PrintWriter swallows its errors; pass them on, so that a full disk is not a silent success.
                    throw new IOException("writing the output failed");
                }
            }

            @Override
            public void close() throws IOException {
                if (pendingCr) {
                    pendingCr = false;
                    out.write("\\u000D");
                }
                out.close();
            }
        };
    }
}
