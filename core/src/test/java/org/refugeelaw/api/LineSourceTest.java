package org.refugeelaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugeelaw.internal.json.LineSource;

/** Line splitting, line ends, byte-order marks, over-long lines and bad UTF-8, for bytes and characters alike. */
class LineSourceTest {
    private static List<String> bytes(String s, int max) throws IOException {
        return all(new LineSource.Bytes(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max));
    }

    private static List<String> chars(String s, int max) throws IOException {
        return all(new LineSource.Chars(new StringReader(s), max));
    }

    private static List<String> all(LineSource src) throws IOException {
        List<String> out = new ArrayList<>();
        long expected = 1;
        for (LineSource.Line l = src.next(); l != null; l = src.next()) {
            assertThat(l.number()).isEqualTo(expected++);
            out.add(l.problem() == null ? l.text() : "!" + l.problem().received());
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        for (int max : new int[] {3, 100}) {
            assertThat(bytes("", max)).isEmpty();
            assertThat(chars("", max)).isEmpty();
            assertThat(bytes("\n", max)).containsExactly("");
            assertThat(bytes("a\nb", max)).containsExactly("a", "b");
            assertThat(chars("a\nb", max)).containsExactly("a", "b");
            assertThat(bytes("a\r\n\r\nb\n", max)).containsExactly("a", "", "b");
            assertThat(chars("a\r\n\r\nb\n", max)).containsExactly("a", "", "b");
            assertThat(bytes("abc\r\n", max)).containsExactly("abc");
        }
    }

    @Test
    void skipsOverLongLinesAndCarriesOn() throws IOException {
        String big = "x".repeat(300_000);
        assertThat(bytes("ab\n" + big + "\ncd", 10)).containsExactly("ab", "!(a line of 300000 bytes)", "cd");
        assertThat(chars("ab\n" + big + "\ncd", 10)).containsExactly("ab", "!(a line of 300000 characters)", "cd");
        assertThat(bytes("abcdefghijk\n", 10)).containsExactly("!(a line of 11 bytes)");
        assertThat(bytes("abcdefghij\n", 10)).containsExactly("abcdefghij");
        assertThat(bytes("abcdefghij\r\n", 10)).containsExactly("abcdefghij");
    }

    @Test
    void aLongLineIsNeverHeldWhole() throws IOException {
        // An endless line: the source must skip it in constant memory and end with one error line.
        long size = 50L * 1024 * 1024;
        InputStream endless = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        assertThat(all(new LineSource.Bytes(endless, 1000))).containsExactly("!(a line of " + size + " bytes)");
    }

    @Test
    void dropsAByteOrderMarkAndReportsBadUtf8() throws IOException {
        assertThat(bytes("\uFEFFab\n\uFEFFcd", 10)).containsExactly("ab", "\uFEFFcd");
        assertThat(chars("\uFEFFab\n", 10)).containsExactly("ab");
        byte[] bad = {'o', 'k', '\n', (byte) 0xC3, '(', '\n', (byte) 'z'};
        assertThat(all(new LineSource.Bytes(new ByteArrayInputStream(bad), 10)))
                .containsExactly("ok", "!(bytes that are not UTF-8)", "z");
    }
}
