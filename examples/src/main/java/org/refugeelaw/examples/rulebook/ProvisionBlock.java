package org.refugeelaw.examples.rulebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The leading comment block of a DRL file, above its {@code package} line: the provisions the file encodes, each with
 * its text as read and where it was read, then the project's reading. The format, one directive a line, every line a
 * {@code //} comment:
 *
 * <pre>
 * // @provision RC 1A(2) | Convention relating to the Status of Refugees (1951), art. 1A(2)
 * // @source English text (authentic), read at
 * //     https://... (a line indented by three or more spaces continues the @source or @unverified above it)
 * // &gt; For the purposes of the present Convention, the term "refugee" shall apply to any person who: ...
 * // &gt; (a further quoted line; a line holding only "&gt;" starts a new paragraph)
 * // @unverified text not verified: what could not be read, and why
 * // @reading
 * // The project's reading, in its own words, to the package line ("//" alone starts a new paragraph).
 * </pre>
 *
 * A line {@code // messages: converted ...} (the marker of docs/messages.md) may stand anywhere in the block and is
 * not part of it. A provision carries its text with at least one {@code @source}, or says with {@code @unverified} that its text was
 * not verified (it may do both, when only part was read). A quote is always the text as read, word for word.
 *
 * @param provisions the provisions, in the order the file gives them
 * @param reading    the project's reading, as paragraphs
 */
public record ProvisionBlock(List<Provision> provisions, List<String> reading) {
    public ProvisionBlock {
        provisions = List.copyOf(provisions);
        reading = List.copyOf(reading);
    }

    /**
     * One provision.
     *
     * @param id         the short citation, as the rules' {@code @legalBasis} writes it (e.g. {@code RC 1A(2)})
     * @param title      the instrument and article in full
     * @param sources    where the quoted text was read
     * @param text       the quoted text, as paragraphs
     * @param unverified what could not be verified, if anything
     */
    public record Provision(String id, String title, List<String> sources, List<String> text, List<String> unverified) {
        public Provision {
            sources = List.copyOf(sources);
            text = List.copyOf(text);
            unverified = List.copyOf(unverified);
        }
    }

    /** Thrown for a block that does not follow the format; the message names the line. */
    public static final class FormatException extends RuntimeException {
        FormatException(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    /**
     * Reads the block at the head of a DRL file.
     *
     * @param file the file's name, for messages
     * @param drl  the file's text
     * @throws FormatException where the block is missing or does not follow the format
     */
    public static ProvisionBlock parse(String file, String drl) {
        List<Provision> provisions = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        String id = null;
        String title = null;
        List<String> sources = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        StringBuilder para = null;
        boolean inReading = false;
        boolean sawPackage = false;
        List<String> continued = null;
        int n = 0;
        for (String raw : drl.lines().toList()) {
            n++;
            String line = raw.strip();
            if (line.startsWith("package ")) {
                sawPackage = true;
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("//")) {
                throw new FormatException(file, n, "only // comments may stand above the package line");
            }
            String body = line.substring(2).strip();
            if (body.startsWith("messages: ")) {
                continue; // the marker of docs/messages.md (LegacyMessagesTest), not part of the block
            }
            if (!inReading && line.substring(2).startsWith("   ") && !body.isEmpty()) {
                if (continued == null || continued.isEmpty()) {
                    throw new FormatException(file, n, "an indented line continues only an @source or @unverified");
                }
                continued.set(continued.size() - 1, continued.get(continued.size() - 1) + " " + body);
                continue;
            }
            continued = null;
            if (inReading) {
                if (body.isEmpty()) {
                    para = flush(reading, para);
                } else if (body.startsWith("@") || body.startsWith(">")) {
                    throw new FormatException(file, n, "the reading comes last: no directive after @reading");
                } else {
                    para = append(para, body);
                }
                continue;
            }
            if (body.startsWith("@provision ")) {
                if (id != null) {
                    flush(text, para);
                    para = null;
                    provisions.add(provision(file, n, id, title, sources, text, unverified));
                    sources = new ArrayList<>();
                    text = new ArrayList<>();
                    unverified = new ArrayList<>();
                }
                String rest = body.substring("@provision ".length()).strip();
                int bar = rest.indexOf('|');
                if (bar < 0) {
                    throw new FormatException(file, n, "@provision needs 'ID | title'");
                }
                id = rest.substring(0, bar).strip();
                title = rest.substring(bar + 1).strip();
                if (id.isEmpty() || title.isEmpty()) {
                    throw new FormatException(file, n, "@provision needs 'ID | title'");
                }
            } else if (id == null && !body.equals("@reading")) {
                throw new FormatException(file, n, "the block opens with @provision, got: " + clip(body));
            } else if (body.startsWith("@source ")) {
                sources.add(body.substring("@source ".length()).strip());
                continued = sources;
            } else if (body.startsWith("@unverified ")) {
                unverified.add(body.substring("@unverified ".length()).strip());
                continued = unverified;
            } else if (body.equals(">")) {
                para = flush(text, para);
            } else if (body.startsWith("> ")) {
                para = append(para, body.substring(2).strip());
            } else if (body.equals("@reading")) {
                if (id == null) {
                    throw new FormatException(file, n, "@reading before any @provision");
                }
                flush(text, para);
                para = null;
                provisions.add(provision(file, n, id, title, sources, text, unverified));
                inReading = true;
            } else {
                throw new FormatException(file, n, "expected @provision, @source, @unverified, '> quote' or @reading,"
                        + " got: " + clip(body));
            }
        }
        if (!sawPackage) {
            throw new FormatException(file, n, "no package line");
        }
        if (!inReading) {
            throw new FormatException(file, n, "no @reading before the package line");
        }
        flush(reading, para);
        if (reading.isEmpty()) {
            throw new FormatException(file, n, "the @reading is empty");
        }
        return new ProvisionBlock(provisions, reading);
    }

    private static Provision provision(String file, int n, String id, String title, List<String> sources,
                                       List<String> text, List<String> unverified) {
        if (!text.isEmpty() && sources.isEmpty()) {
            throw new FormatException(file, n, id + ": quoted text without an @source");
        }
        if (text.isEmpty() && unverified.isEmpty()) {
            throw new FormatException(file, n, id + ": neither quoted text nor an @unverified note");
        }
        return new Provision(id, title, sources, text, unverified);
    }

    private static StringBuilder append(StringBuilder para, String s) {
        if (para == null) {
            return new StringBuilder(s);
        }
        return para.append(' ').append(s);
    }

    private static StringBuilder flush(List<String> into, StringBuilder para) {
        if (para != null && !para.isEmpty()) {
            into.add(para.toString());
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
