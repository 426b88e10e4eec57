package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's title and teaching points in other languages (the {@code translations:} block, issue 14 point 3):
 * the reader refuses what is not a translation, the reference scenarios S1-S6 carry both languages, and a
 * scenario without them shows in English.
 */
class ScenarioTranslationsTest {
    static final Path S6 = Path.of("scenarios/S6-labour-migrant.yaml");
    static final Locale ZH = Locale.forLanguageTag("zh-Hans");

    /** S6 without its translations, and with {@code block} in their place. */
    static Path withTranslations(Path dir, String block) throws IOException {
        String text = Files.readString(S6);
        int at = text.indexOf("\n# The title and teaching points in Korean");
        Path f = dir.resolve("S6-variant.yaml");
        Files.writeString(f, (at < 0 ? text : text.substring(0, at + 1)) + block);
        return f;
    }

    @Test
    void theReferenceScenariosCarryTheirTitleAndTeachingPointsInKoreanAndChinese() throws IOException {
        List<Path> reference = ScenarioLoader.files(Path.of("scenarios")).stream()
                .filter(p -> p.getFileName().toString().matches("S[1-6]-.*")).toList();
        assertThat(reference).hasSize(6);
        for (Path p : reference) {
            Scenario s = ScenarioLoader.load(p);
            for (Locale l : List.of(Locale.KOREAN, ZH)) {
                assertThat(s.translatedInto(l)).as(p + " " + l).isTrue();
                assertThat(s.title(l)).isNotEqualTo(s.title()).startsWith(s.title().substring(0, 3));
                assertThat(s.teaching(l)).hasSameSizeAs(s.teaching());
                for (String t : s.teaching(l)) {
                    assertThat(t).doesNotContainPattern("\\b(the|of|and|is|not|to|in)\\b");
                }
            }
            assertThat(s.title(Locale.ROOT)).isEqualTo(s.title());
            assertThat(s.title(Locale.FRENCH)).isEqualTo(s.title());
        }
    }

    @Test
    void aScenarioWithoutTranslationsShowsInEnglish() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/S9-facts-still-missing.yaml"));
        assertThat(s.translations()).isEmpty();
        assertThat(s.translatedInto(Locale.KOREAN)).isFalse();
        assertThat(s.title(Locale.KOREAN)).isEqualTo(s.title());
        assertThat(s.teaching(ZH)).isEqualTo(s.teaching());
    }

    @Test
    void aTitleAloneFallsBackToTheEnglishTeachingPoints(@TempDir Path dir) throws IOException {
        Scenario s = ScenarioLoader.load(withTranslations(dir, "translations:\n  zh:\n    title: \"S6. 劳务移民\"\n"));
        assertThat(s.title(ZH)).isEqualTo("S6. 劳务移民");
        assertThat(s.teaching(ZH)).isEqualTo(s.teaching());
        assertThat(s.translatedInto(ZH)).as("its teaching points are in English").isFalse();
        assertThat(s.translatedInto(Locale.KOREAN)).isFalse();
    }

    @Test
    void theReaderRefusesWhatIsNotATranslation(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ScenarioLoader.load(withTranslations(dir,
                "translations:\n  fr:\n    title: \"S6. Le migrant\"\n")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("translations.fr")
                .hasMessageContaining("[ko, zh]");
        assertThatThrownBy(() -> ScenarioLoader.load(withTranslations(dir,
                "translations:\n  ko:\n    title: \"S6. 노동 이주자\"\n    teaching:\n      - \"하나\"\n")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("translations.ko.teaching: 1 teaching"
                        + " points, but the English 'teaching' has 2");
        assertThatThrownBy(() -> ScenarioLoader.load(withTranslations(dir,
                "translations:\n  ko:\n    title: \"  \"\n")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("translations.ko.title: is blank");
        assertThatThrownBy(() -> ScenarioLoader.load(withTranslations(dir,
                "translations:\n  ko:\n    titel: \"S6\"\n")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("unknown field 'titel'");
        assertThatThrownBy(() -> ScenarioLoader.load(withTranslations(dir, "translations:\n  ko: {}\n")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("give a 'title', 'teaching' or both");
    }
}
