package org.refugeelaw.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refugeelaw.api.Frame;

/**
 * A training scenario: a case record with its teaching points and the outcome the law expects.
 *
 * @param file               where it was read from
 * @param title              the scenario's title
 * @param provisions         the provisions it exercises
 * @param teaching           the teaching points, for trainers
 * @param frame              the legal frame to assess it under
 * @param countryInformation a country-information file relative to the scenario, or null for the bundled dataset
 * @param replacesBundled    whether that file replaces the bundled country information (otherwise it adds to it)
 * @param caseTree           the case record, as a JSON tree (validated when assessed)
 * @param expected           the expected outcome
 * @param translations       the title and teaching points in other languages, by language ({@code ko}, {@code zh}):
 *                           the {@code translations:} block of the file (examples/README.md); empty if none
 */
public record Scenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                       String countryInformation, boolean replacesBundled, JsonNode caseTree, Expected expected,
                       Map<String, Translation> translations) {
    /** The languages a scenario may be translated into: Korean and simplified Chinese. */
    public static final List<String> LANGUAGES = List.of("ko", "zh");

    public Scenario {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A scenario without translations. */
    public Scenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                    String countryInformation, boolean replacesBundled, JsonNode caseTree, Expected expected) {
        this(file, title, provisions, teaching, frame, countryInformation, replacesBundled, caseTree, expected,
                Map.of());
    }

    /** A scenario whose own country information (if any) adds to the bundled data. */
    public Scenario(Path file, String title, List<String> provisions, List<String> teaching, Frame frame,
                    String countryInformation, JsonNode caseTree, Expected expected) {
        this(file, title, provisions, teaching, frame, countryInformation, false, caseTree, expected);
    }

    /**
     * The title and teaching points in one language. Either may be absent (null): the English one is shown instead.
     * Teaching points, when given, are as many as the English ones and in the same order.
     */
    public record Translation(String title, List<String> teaching) {
    }

    /** The language of {@code locale} as a key of {@link #translations()}: ko, zh, or null for English. */
    public static String language(Locale locale) {
        Locale catalog = org.refugeelaw.assessment.MessageRenderer.catalogLocale(locale);
        return catalog.getLanguage().equals("ko") ? "ko" : catalog.getLanguage().equals("zh") ? "zh" : null;
    }

    /** The title in {@code locale}, or the English title where the scenario has none in that language. */
    public String title(Locale locale) {
        Translation t = translation(locale);
        return t == null || t.title() == null ? title : t.title();
    }

    /** The teaching points in {@code locale}, or the English ones where the scenario has none in that language. */
    public List<String> teaching(Locale locale) {
        Translation t = translation(locale);
        return t == null || t.teaching() == null ? teaching : t.teaching();
    }

    /**
     * Whether the scenario shows in {@code locale} without falling back to English: English, or a translation with
     * a title and (if the scenario has teaching points) its teaching points.
     */
    public boolean translatedInto(Locale locale) {
        if (language(locale) == null) {
            return true;
        }
        Translation t = translation(locale);
        return t != null && t.title() != null && (teaching.isEmpty() || t.teaching() != null);
    }

    private Translation translation(Locale locale) {
        String lang = language(locale);
        return lang == null ? null : translations.get(lang);
    }
}
