package org.refugeelaw.examples;

import java.io.FilterInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The pieces of a batch run that can be interrupted and resumed without losing or repeating a line: the results go
 * to {@code <output>.partial} in the target folder, which is renamed to the output only when complete; a resumed
 * run keeps the complete lines of the partial file and continues from the next input line, provided that it asks for
 * the same kind of line as the interrupted run ({@link Settings}, in {@code <output>.partial.settings}).
 */
final class ResumableOutput {
    private ResumableOutput() {
    }

    /** The partial file beside the output. */
    static Path partial(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".partial");
    }

    /** The settings file beside the partial file: the options of the run that wrote it ({@link Settings}). */
    static Path settings(Path output) {
        Path p = partial(output);
        return p.resolveSibling(p.getFileName() + ".settings");
    }

    /**
     * The options that decide what a line of the output holds: {@code --detail} (with or without rendered reasons),
     * {@code --frame} and, where reasons are rendered, {@code --lang}. Recorded beside the partial file when a run
     * starts, so that a resumed run with other options is refused instead of mixing two kinds of line in one output.
     */
    record Settings(String detail, String frame, String lang) {
        private static final String HEADER = "# The options of the interrupted 'batch' run that wrote the .partial file"
                + " beside this one; --resume checks them. Delete both files to start again.";

        /** Writes these settings to {@code file}, replacing it. */
        void write(Path file) throws IOException {
            Files.writeString(file, HEADER + "\ndetail=" + detail + "\nframe=" + frame + "\nlang=" + lang + "\n",
                    StandardCharsets.UTF_8);
        }

        /** The settings in {@code file}, or null where it does not exist (a partial file of an earlier version). */
        static Settings read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return new Settings(p.getProperty("detail"), p.getProperty("frame"), p.getProperty("lang"));
        }

        /**
         * Where this run's options ({@code now}) differ from these, the interrupted run's: one phrase per option, such
         * as {@code --detail full (the interrupted run) and --detail findings (this run)}. The language is compared
         * only where reasons are rendered: without them a line is the same in every language.
         */
        List<String> differences(Settings now) {
            List<String> d = new ArrayList<>();
            compare(d, "--detail", detail, now.detail);
            compare(d, "--frame", frame, now.frame);
            if ("full".equals(now.detail) && "full".equals(detail)) {
                compare(d, "--lang", lang, now.lang);
            }
            return d;
        }

        private static void compare(List<String> d, String option, String before, String now) {
            if (!Objects.equals(before, now)) {
                d.add(option + " " + Terminal.value(String.valueOf(before)) + " (the interrupted run) and " + option
                        + " " + now + " (this run)");
            }
        }
    }

    /**
     * Keeps the complete lines of a partial output (cuts off an incomplete last line) and returns how many there are.
     * Each complete line must be the result for its input line ({@code {"line":n,...}} with n = 1, 2, ...), so that
     * a file that is not a partial batch output is never extended.
     *
     * @throws ScenarioException if a line is not the result for its input line
     */
    static long keepCompleteLines(Path partial) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(partial.toFile(), "rw")) {
            long length = f.length();
            long lines = 0;
            long endOfLastComplete = 0;
            byte[] buf = new byte[1 << 16];
            StringBuilder head = new StringBuilder();
            boolean atLineStart = true;
            long pos = 0;
            f.seek(0);
            while (pos < length) {
                int n = f.read(buf, 0, (int) Math.min(buf.length, length - pos));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (atLineStart && head.length() < 32 && b != '\n') {
                        head.append((char) (b & 0xff));
                    }
                    if (b == '\n') {
                        lines++;
                        String expected = "{\"line\":" + lines + ",";
                        if (!head.toString().startsWith(expected)) {
                            throw new ScenarioException(Exit.DATA_ERROR, Terminal.path(partial) + ", line " + lines
                                    + ": is not the batch result for input line " + lines + "; this file is not a"
                                    + " partial output of 'batch'. Move it away and run again without --resume.");
                        }
                        head.setLength(0);
                        endOfLastComplete = pos + i + 1;
                        atLineStart = true;
                    } else if (head.length() >= 32) {
                        atLineStart = false;
                    }
                }
                pos += n;
            }
            f.setLength(endOfLastComplete);
            return lines;
        }
    }

    /**
     * The input with the text of its first {@code skip} lines removed (their line ends kept): the batch then numbers
     * every line as before, and the skipped lines come back as cheap "blank line" records that
     * {@link #dropLines(Writer, long)} removes again.
     */
    static InputStream blankFirstLines(InputStream in, long skip) {
        return new FilterInputStream(in) {
            private long left = skip;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n;
                do {
                    n = read(one, 0, 1);
                } while (n == 0);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (true) {
                    int n = super.read(b, off, len);
                    if (n <= 0 || left == 0) {
                        return n;
                    }
                    int w = off;
                    for (int i = off; i < off + n; i++) {
                        if (left == 0) {
                            b[w++] = b[i];
                        } else if (b[i] == '\n') {
                            b[w++] = '\n';
                            left--;
                        }
                    }
                    if (w > off) {
                        return w - off;
                    }
                }
            }

            @Override
            public long skip(long n) throws IOException {
                throw new IOException("skip is not supported");
            }
        };
    }

    /** A writer that drops the first {@code lines} lines written to it and passes the rest on. */
    static Writer dropLines(Writer out, long lines) {
        return new FilterWriter(out) {
            private long left = lines;

            @Override
            public void write(int c) throws IOException {
                if (left > 0) {
                    if (c == '\n') {
                        left--;
                    }
                    return;
                }
                out.write(c);
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                int i = off;
                int end = off + len;
                while (left > 0 && i < end) {
                    if (cbuf[i++] == '\n') {
                        left--;
                    }
                }
                if (i < end) {
                    out.write(cbuf, i, end - i);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                write(str.toCharArray(), off, len);
            }
        };
    }
}
