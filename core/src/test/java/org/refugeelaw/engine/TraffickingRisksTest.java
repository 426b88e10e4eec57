package org.refugeelaw.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties.Party;
import org.refugeelaw.model.Treaties.PartyStatus;

/**
 * The anti-trafficking instruments of the TRAFFICKING finding as a message (issue 14): the English is the sentence the
 * finding always ended with, and Korean and Chinese render it in their words, the citations kept as cited.
 */
class TraffickingRisksTest {
    private static final Party PALERMO = new Party("XX", Instrument.PALERMO_PROTOCOL, PartyStatus.PARTY,
            LocalDate.of(2010, 2, 8), "accession", LocalDate.of(2010, 3, 10), null, null, "UN Treaty Collection",
            null, null);
    private static final Party COE_UNDATED = new Party("XX", Instrument.COE_TRAFFICKING, PartyStatus.UNKNOWN,
            null, null, null, null, null, "Council of Europe Treaty Office", null, null);
    private static final Party CAT = new Party("XX", Instrument.CAT, PartyStatus.PARTY, LocalDate.of(1990, 1, 1),
            null, LocalDate.of(1990, 2, 1), null, null, "UN Treaty Collection", null, null);

    @Test
    void theHostsBindingInstrumentsAreOneSentenceInEnglishAsBefore() {
        Message m = TraffickingRisks.instruments("XX", List.of(CAT, PALERMO, COE_UNDATED));
        assertThat(m.render(Locale.ENGLISH)).isEqualTo("XX is bound by " + PALERMO.citation() + "; "
                + Instrument.COE_TRAFFICKING.title() + " (a party, but the date from which it binds XX is not in the"
                + " treaty data) (its duties towards victims of trafficking are not assessed here).");
    }

    @Test
    void koreanAndChineseKeepTheCitationsAndTranslateTheRest() {
        Message m = TraffickingRisks.instruments("XX", List.of(PALERMO, COE_UNDATED));
        String ko = m.render(Locale.forLanguageTag("ko"));
        String zh = m.render(Locale.forLanguageTag("zh-Hans"));
        assertThat(ko).contains(PALERMO.citation()).contains("구속된다").doesNotContain("is bound by")
                .doesNotContain("a party, but");
        assertThat(zh).contains(PALERMO.citation()).contains("约束").doesNotContain("is bound by")
                .doesNotContain("a party, but");
    }

    @Test
    void aHostBoundByNoAntiTraffickingInstrumentAddsNothing() {
        assertThat(TraffickingRisks.instruments("XX", List.of(CAT))).isNull();
    }
}
