package org.refugeelaw.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refugeelaw.model.Conduct;
import org.refugeelaw.model.Harm;

/** The message type and its rendering (issue 14). */
class MessageTest {
    private static final Locale KO = Locale.forLanguageTag("ko");
    private static final Locale ZH = Locale.forLanguageTag("zh");

    private static Message risk() {
        return Message.of("riskTest.risk.trigger.sourced", Message.country("KP"), Conduct.UNAUTHORISED_EXIT,
                List.of(Harm.FORCED_LABOUR, Harm.DEATH_PENALTY), "KP-UNAUTHORISED-EXIT");
    }

    @Test
    void englishRendersAsTheTextAlwaysDidWithTheCountryCodeAsCited() {
        assertThat(risk().render()).isEqualTo(
                "Risk on return to KP for unauthorised exit (forced labour, death penalty) [KP-UNAUTHORISED-EXIT]");
        assertThat(risk().render(Locale.ENGLISH)).isEqualTo(risk().render(Locale.ROOT));
        assertThat(risk().render(Locale.forLanguageTag("fr"))).isEqualTo(risk().render());
    }

    @Test
    void koreanAndChineseUseTheirCatalogsTermsAndTheJdkCountryNames() {
        String ko = risk().render(KO);
        assertThat(ko).contains(new Locale("", "KP").getDisplayCountry(KO)).contains("무단 출국")
                .contains("강제노동, 사형").contains("[KP-UNAUTHORISED-EXIT]").doesNotContain("Risk on return");
        String zh = risk().render(ZH);
        assertThat(zh).contains(new Locale("", "KP").getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
                .contains("非法出境").contains("强迫劳动、死刑").contains("[KP-UNAUTHORISED-EXIT]");
    }

    @Test
    void everySpellingOfSimplifiedChineseFindsTheSameCatalog() {
        String zh = risk().render(ZH);
        assertThat(risk().render(Locale.forLanguageTag("zh-Hans"))).isEqualTo(zh);
        assertThat(risk().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh);
        assertThat(risk().render(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(zh);
        assertThat(MessageRenderer.catalogLocale(ZH)).isEqualTo(Locale.forLanguageTag("zh-Hans"));
        // Traditional Chinese has no catalog yet: English throughout, not English text with Chinese country names.
        assertThat(risk().render(Locale.forLanguageTag("zh-TW"))).isEqualTo(risk().render());
    }

    @Test
    void catalogsAreReadAsUtf8WithEnglishBehindEachLanguageAndWithoutResourceBundleControl() throws Exception {
        // test catalogs (src/test/resources): the Korean one lacks a key on purpose
        assertThat(MessageRenderer.pattern("rendertest.both", KO)).isEqualTo("한국어 {0}");
        assertThat(MessageRenderer.pattern("rendertest.englishOnly", KO)).isEqualTo("Only in English");
        assertThat(MessageRenderer.pattern("rendertest.both", ZH)).isEqualTo("English {0}");
        assertThat(MessageRenderer.pattern("rendertest.both", Locale.ROOT)).isEqualTo("English {0}");
        assertThatThrownBy(() -> MessageRenderer.pattern("rendertest.absent", KO))
                .hasMessageContaining("rendertest.absent");
        assertThatThrownBy(() -> MessageRenderer.pattern("noSuchArea.key", KO)).hasMessageContaining("noSuchArea.key");
        // ResourceBundle.Control is not supported in named modules: the renderer must not use it (the module-path
        // consumer of ConsumerProjectsIT renders the reasons of an assessment)
        String source = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/main/java/org/refugeelaw/assessment/MessageRenderer.java")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(source).doesNotContain("ResourceBundle.Control").doesNotContain("ResourceBundle.getBundle");
    }

    @Test
    void compositionNestsMessagesAndSentencesEndWithTheLanguagesFullStop() {
        Message s = Message.sentences(List.of(Message.of("bars.parenthesis", "A"), Message.of("riskTest.reason",
                risk(), Message.of("bars.parenthesis", "b"))));
        // "(A.)" does not end with a full stop, so the sentence gets one
        assertThat(s.render()).isEqualTo("(A.). Risk on return to KP for unauthorised exit (forced labour, death"
                + " penalty) [KP-UNAUTHORISED-EXIT]: (b.).");
        assertThat(s.render(KO)).startsWith("(A.). ").contains("무단 출국").contains("[KP-UNAUTHORISED-EXIT]");
        assertThat(s.render(Locale.forLanguageTag("zh-Hans"))).startsWith("（A。）。").endsWith("。");
    }

    @Test
    void creatingAMessageChecksItsKeyAndArgumentsButFormatsNothing() {
        assertThatThrownBy(() -> Message.of("no spaces allowed", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.of("riskTest.reason", new Object())).isInstanceOf(IllegalArgumentException.class);
        // A key missing from the catalogs is found when rendered, not when created (creation formats nothing).
        Message missing = Message.of("riskTest.noSuchKey");
        assertThatThrownBy(missing::render).isInstanceOf(IllegalStateException.class).hasMessageContaining("riskTest.noSuchKey");
        assertThat(missing.toString()).isEqualTo("riskTest.noSuchKey[]");
    }

    @Test
    void jsonCarriesKeyTypedArgumentsAndTextInTheRequestedLanguage() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String en = m.writeValueAsString(risk());
        assertThat(en).isEqualTo("{\"key\":\"riskTest.risk.trigger.sourced\",\"args\":[{\"country\":\"KP\"},"
                + "{\"Conduct\":\"UNAUTHORISED_EXIT\"},[{\"Harm\":\"FORCED_LABOUR\"},{\"Harm\":\"DEATH_PENALTY\"}],"
                + "\"KP-UNAUTHORISED-EXIT\"],\"text\":\"" + risk().render() + "\"}");
        String ko = m.writer().withAttribute(MessageRenderer.LOCALE_ATTRIBUTE, KO).writeValueAsString(risk());
        assertThat(m.readTree(ko).get("text").asText()).isEqualTo(risk().render(KO));
    }

    @Test
    void aStringIsAKeyExactlyWhenTheKeyPatternMatchesIt() {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
        List<String> strings = new java.util.ArrayList<>(List.of("", "a", "a.", ".a", "a.b", "a..b", "a.b.", "A.b",
                "a.B9", "9.a", "a.b c", "bars.notBoundSigned", "riskTest.risk.trigger.sourced", "a.b-c", "é.a"));
        java.util.Random random = new java.util.Random(14);
        String alphabet = "aZ9._ -é";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            strings.add(sb.toString());
        }
        for (String s : strings) {
            assertThat(Message.isKey(s)).as("'%s'", s).isEqualTo(key.matcher(s).matches());
        }
    }
}
