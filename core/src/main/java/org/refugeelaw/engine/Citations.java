package org.refugeelaw.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How citations read under a frame on a decision date. The rules cite one instrument's numbering (for the EU, the
 * Qualification Directive: "QD 5(3)"); where the frame's data says that another instrument governs decisions on that
 * date (the EU from 1 July 2026: Regulation (EU) 2024/1347), every reason and legal basis shown under the frame reads
 * in that instrument's own abbreviation and article numbers, from the frame's {@code citationForms}.
 */
public final class Citations {
    private Citations() {
    }

    /** The identity where the frame has no instrument for the date, or the instrument changes no citation. */
    public static UnaryOperator<String> at(FramePolicy frame, LocalDate date) {
        FramePolicy.InstrumentPeriod period = frame.instrumentAt(date);
        if (period == null || period.citationForms().isEmpty()) {
            return UnaryOperator.identity();
        }
        List<UnaryOperator<String>> steps = new ArrayList<>();
        for (FramePolicy.CitationForm form : period.citationForms()) {
            List<String[]> words = new ArrayList<>();
            for (String w : form.words()) {
                words.add(w.split("=", 2));
            }
            words.sort(Comparator.comparingInt((String[] w) -> w[0].length()).reversed());
            steps.add(text -> rewrite(text, form, words));
        }
        return text -> {
            if (text == null) {
                return null;
            }
            String out = text;
            for (UnaryOperator<String> step : steps) {
                out = step.apply(out);
            }
            return out;
        };
    }

    /**
     * A message with its citations as the frame reads them: every {@link String} argument (citations, paths and data
     * quoted as cited, which the rewrite leaves alone unless they cite the rules' instrument) is rewritten; nested messages are rewritten in turn. A citation written into a catalog's
     * template is not reached: a converted rule passes its citations as String arguments.
     */
    public static org.refugeelaw.assessment.Message message(UnaryOperator<String> cite,
                                                          org.refugeelaw.assessment.Message m) {
        if (m == null || cite == UnaryOperator.<String>identity()) {
            return m;
        }
        Object[] args = new Object[m.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(cite, m.args().get(i));
        }
        return switch (m.key()) {
            case org.refugeelaw.assessment.Message.SENTENCES -> {
                List<org.refugeelaw.assessment.Message> list = new ArrayList<>();
                for (Object a : args) {
                    list.add((org.refugeelaw.assessment.Message) a);
                }
                yield org.refugeelaw.assessment.Message.sentences(list);
            }
            default -> org.refugeelaw.assessment.Message.of(m.key(), args);
        };
    }

    private static Object argument(UnaryOperator<String> cite, Object a) {
        if (a instanceof String s) {
            return cite.apply(s);
        }
        if (a instanceof org.refugeelaw.assessment.Message m) {
            return message(cite, m);
        }
        if (a instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(argument(cite, x));
            }
            return List.copyOf(out);
        }
        return a;
    }

    /** Applies {@link #at} to each string of a list. */
    public static List<String> all(UnaryOperator<String> cite, List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(cite.apply(t));
        }
        return out;
    }

    private static String rewrite(String text, FramePolicy.CitationForm form, List<String[]> words) {
        String out = text;
        for (String[] w : words) {
            out = out.replace(w[0], w[1]);
        }
        String from = Pattern.quote(form.from());
        // "QD arts. 15, 21(1) and 24(2)": the abbreviation changes; the listed article numbers keep theirs.
        out = out.replaceAll("\\b" + from + " arts\\. ", Matcher.quoteReplacement(form.to() + " arts. "));
        Matcher m = Pattern.compile("\\b" + from + " (\\d+)(\\([a-z0-9]+\\))?").matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String article = m.group(1);
            String point = m.group(2) == null ? "" : m.group(2);
            String mapped = form.articles().get(article + point);
            String replacement;
            if (mapped != null) {
                replacement = form.to() + " " + mapped;
            } else {
                String art = form.articles().getOrDefault(article, article);
                replacement = form.to() + " " + art + point;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
