package org.refugeelaw.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.refugeelaw.api.InputProblem;

/**
 * Reads lines of at most a given length. A longer line is skipped to its end without being held in memory, and
 * comes back as a problem. Lines end with {@code \n}; a {@code \r} before it is dropped, as is a byte-order mark
 * at the start of the input.
 */
public abstract class LineSource {
    /** One line: its text, or the problem that kept it from being read. Numbered from 1. */
    public record Line(long number, String text, InputProblem problem) {
    }

    private static final int READ_BUFFER = 1 << 16;
    private static final int FIRST_LINE_BUFFER = 4096;

    public final int max;
    private final String unit;
    public long number;

    LineSource(int max, String unit) {
        this.max = max;
        this.unit = unit;
    }

    /** The next line, or null at the end of the input. */
    public abstract Line next() throws IOException;

    public Line tooLong(long length) {
        return new Line(number, null, new InputProblem("$", "(a line of " + length + " " + unit + ")",
                "a case record of at most " + max + " " + unit + " on one line",
                "Line " + number + " is " + length + " " + unit + " long, more than the limit of " + max + " "
                        + unit + "; it was skipped unread."));
    }

    /** Lines of UTF-8 bytes; a line that is not valid UTF-8 comes back as a problem. */
    public static final class Bytes extends LineSource {
        private final InputStream in;
        private final byte[] buf = new byte[READ_BUFFER];
        private int pos;
        private int limit;
        private boolean eof;
        private byte[] line = new byte[FIRST_LINE_BUFFER];
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        public Bytes(InputStream in, int max) {
            super(max, "bytes");
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            int len = 0;
            long length = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    if (eof || !fill()) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                int end = start;
                while (end < limit && buf[end] != '\n') {
                    end++;
                }
                int n = end - start;
                length += n;
                if (length <= max + 1) { // keep one more, for a trailing \r
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(len + n, Math.min(line.length * 2, max + 1)));
                    }
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
                pos = end;
                if (end < limit) { // at the \n
                    pos++;
                    break;
                }
            }
            number++;
            if (len > 0 && length == len && line[len - 1] == '\r') {
                len--;
                length--;
            }
            if (length > max) {
                return tooLong(length);
            }
            int from = 0;
            if (number == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF) {
                from = 3;
            }
            try {
                return new Line(number, utf8.decode(ByteBuffer.wrap(line, from, len - from)).toString(), null);
            } catch (CharacterCodingException e) {
                return new Line(number, null, new InputProblem("$", "(bytes that are not UTF-8)",
                        "a case record in UTF-8", "Line " + number + " is not valid UTF-8 text."));
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buf);
            while (n == 0) {
                n = in.read(buf);
            }
            if (n < 0) {
                eof = true;
                pos = 0;
                limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }
    }

    /** Lines of characters. */
    public static final class Chars extends LineSource {
        private final Reader in;
        private final char[] buf = new char[READ_BUFFER];
        private int pos;
        private int limit;
        private boolean eof;
        private char[] line = new char[FIRST_LINE_BUFFER];

        public Chars(Reader in, int max) {
            super(max, "characters");
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            int len = 0;
            long length = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    if (eof || !fill()) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                int end = start;
                while (end < limit && buf[end] != '\n') {
                    end++;
                }
                int n = end - start;
                length += n;
                if (length <= max + 1) {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(len + n, Math.min(line.length * 2, max + 1)));
                    }
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
                pos = end;
                if (end < limit) {
                    pos++;
                    break;
                }
            }
            number++;
            if (len > 0 && length == len && line[len - 1] == '\r') {
                len--;
                length--;
            }
            if (length > max) {
                return tooLong(length);
            }
            int from = number == 1 && len > 0 && line[0] == '\uFEFF' ? 1 : 0;
            return new Line(number, new String(line, from, len - from), null);
        }

        private boolean fill() throws IOException {
            int n = in.read(buf);
            while (n == 0) {
                n = in.read(buf);
            }
            if (n < 0) {
                eof = true;
                pos = 0;
                limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }
    }
}
