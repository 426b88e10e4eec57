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
 * {@link Bars#notBoundMessage}: a signature that does not bind is named with its date where the treaty data record one,
 * and said to be undated where they do not (issue 14 follow-up: it read "signed null", scenario R3).
 */
class BarsNotBoundTest {
    private static final Message TORTURE = Message.of("bars.instruments.torture");
    private static final Party ICCPR_SIGNED = new Party("XX", Instrument.ICCPR, PartyStatus.SIGNATORY,
            LocalDate.of(1998, 10, 5), "signature", null, null, null, "UN Treaty Collection", null, null);
    private static final Party CRC_SIGNED_UNDATED = new Party("XX", Instrument.CRC, PartyStatus.SIGNATORY, null,
            "signature", null, null, null, "UN Treaty Collection", null, null);
    private static final Party ECHR_NOT_PARTY = new Party("XX", Instrument.ECHR, PartyStatus.NOT_PARTY, null, null,
            null, null, null, "Council of Europe Treaty Office", null, null);

    private static final Locale KO = Locale.forLanguageTag("ko");
    private static final Locale ZH = Locale.forLanguageTag("zh-Hans");

    @Test
    void aDatedSignatureIsNamedWithItsDateKeptAsADate() {
        Message m = Bars.notBoundMessage("XX", List.of(ICCPR_SIGNED, ECHR_NOT_PARTY), TORTURE);
        assertThat(m.render(Locale.ENGLISH)).isEqualTo("XX is not bound by CAT, the ICCPR or the ECHR; it has only"
                + " signed: ICCPR (signed 1998-10-05, not ratified).");
        Message signed = (Message) m.args().get(2);
        assertThat(signed.key()).isEqualTo("bars.signed");
        assertThat(signed.args()).containsExactly("ICCPR", LocalDate.of(1998, 10, 5));
        assertThat(m.render(KO)).contains("ICCPR(1998-10-05 서명, 비준하지 않음)");
        assertThat(m.render(ZH)).contains("ICCPR（1998-10-05签署，未批准）");
    }

    @Test
    void anUndatedSignatureIsSaidToBeUndatedNeverSignedNull() {
        Message m = Bars.notBoundMessage("XX", List.of(CRC_SIGNED_UNDATED, ECHR_NOT_PARTY), TORTURE);
        assertThat(m.render(Locale.ENGLISH)).isEqualTo("XX is not bound by CAT, the ICCPR or the ECHR; it has only"
                + " signed: Convention on the Rights of the Child (signed, on a date not in the treaty data; not"
                + " ratified).");
        Message signed = (Message) m.args().get(2);
        assertThat(signed.key()).isEqualTo("bars.signedUndated");
        assertThat(signed.args()).containsExactly("Convention on the Rights of the Child");
        for (Locale l : List.of(Locale.ENGLISH, KO, ZH)) {
            assertThat(m.render(l)).doesNotContain("null");
        }
        assertThat(m.render(KO)).contains("서명일은 조약 자료에 없음").contains("비준하지 않음");
        assertThat(m.render(ZH)).contains("签署日期不在条约数据中").contains("未批准");
    }

    @Test
    void bothKindsOfSignatureInOneList() {
        Message m = Bars.notBoundMessage("XX", List.of(ICCPR_SIGNED, CRC_SIGNED_UNDATED), TORTURE);
        assertThat(m.render(Locale.ENGLISH)).endsWith("it has only signed: ICCPR (signed 1998-10-05, not ratified),"
                + " Convention on the Rights of the Child (signed, on a date not in the treaty data; not ratified).");
    }

    @Test
    void withoutASignatureOnlyTheInstrumentsAreNamed() {
        assertThat(Bars.notBoundMessage("XX", List.of(ECHR_NOT_PARTY), TORTURE).render(Locale.ENGLISH))
                .isEqualTo("XX is not bound by CAT, the ICCPR or the ECHR.");
    }
}
