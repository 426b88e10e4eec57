package org.refugeelaw.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The provision-block format that the rule book and RuleBookTest read. */
class ProvisionBlockTest {
    private static final String PACKAGE = "package org.refugeelaw.rules.inclusion;\n\nrule \"x\" when then end\n";

    @Test
    void readsProvisionsQuotesSourcesContinuationsAndTheReading() {
        ProvisionBlock b = ProvisionBlock.parse("f.drl", """
                // @provision RC 1E | Convention relating to the Status of Refugees (1951), art. 1E
                // @source read at
                //     https://example.org/rc
                // > E. This Convention shall not apply to a person who is recognized
                // > by the competent authorities.
                // >
                // > A second paragraph.
                // @provision HB 144-146 | UNHCR Handbook, paras. 144-146
                // @unverified text not verified: not found
                // @reading
                // The project's reading,
                // in two lines.
                //
                // A second paragraph.
                """ + PACKAGE);
        assertThat(b.provisions()).hasSize(2);
        assertThat(b.provisions().get(0).id()).isEqualTo("RC 1E");
        assertThat(b.provisions().get(0).sources()).containsExactly("read at https://example.org/rc");
        assertThat(b.provisions().get(0).text()).containsExactly(
                "E. This Convention shall not apply to a person who is recognized by the competent authorities.",
                "A second paragraph.");
        assertThat(b.provisions().get(1).unverified()).containsExactly("text not verified: not found");
        assertThat(b.reading()).containsExactly("The project's reading, in two lines.", "A second paragraph.");
    }

    @Test
    void aQuoteNeedsASource() {
        assertThatThrownBy(() -> ProvisionBlock.parse("f.drl", """
                // @provision RC 1E | Convention, art. 1E
                // > E. This Convention shall not apply
                // @reading
                // r
                """ + PACKAGE)).hasMessageContaining("f.drl:3: RC 1E: quoted text without an @source");
    }

    @Test
    void aProvisionNeedsItsTextOrANoteThatItWasNotVerified() {
        assertThatThrownBy(() -> ProvisionBlock.parse("f.drl", """
                // @provision RC 1E | Convention, art. 1E
                // @source somewhere
                // @reading
                // r
                """ + PACKAGE)).hasMessageContaining("neither quoted text nor an @unverified note");
    }

    @Test
    void theOldParaphraseAloneIsNotABlock() {
        assertThatThrownBy(() -> ProvisionBlock.parse("f.drl", "// RC 1E: a paraphrase\n" + PACKAGE))
                .hasMessageContaining("f.drl:1: the block opens with @provision");
        assertThatThrownBy(() -> ProvisionBlock.parse("f.drl", """
                // @provision RC 1E | Convention, art. 1E
                // @unverified text not verified: x
                """ + PACKAGE)).hasMessageContaining("no @reading before the package line");
    }
}
