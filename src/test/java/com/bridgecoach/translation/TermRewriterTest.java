package com.bridgecoach.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.DraftLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A term written in the plural is replaced by its replacement in the plural, on the noun it is about. */
class TermRewriterTest {
    private final TermRewriter rewriter = new TermRewriter(List.of(
            new DraftLexicon.Term("HL7 interface", "standard connection to the chart"),
            new DraftLexicon.Term("API", "direct connection"),
            new DraftLexicon.Term("cloud", "hosted service")), false);

    @Test
    void thePluralGoesOnTheNounNotOnTheEndOfTheReplacement() {
        assertThat(rewriter.rewrite("Our HL7 interfaces keep the med list in sync"))
                .isEqualTo("Our standard connections to the chart keep the med list in sync");
    }

    @Test
    void aReplacementThatIsOnlyTheNounTakesItsPluralAtTheEnd() {
        assertThat(rewriter.rewrite("We publish APIs for every module")).isEqualTo("We publish direct connections for every module");
    }

    @Test
    void aSingularTermStaysSingular() {
        assertThat(rewriter.rewrite("One HL7 interface and the cloud")).isEqualTo("One standard connection to the chart and the hosted service");
    }
}
