package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which part of a message the rep means, when they set something aside first (cues.yml, point_turns). */
class PointStartTest {
    private static final Content CONTENT = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
    private final Tokenizer tokenizer = new Tokenizer(List.of("not", "no", "n't", "isn't"), 4);
    private final FeatureExtractor extractor = new FeatureExtractor(CONTENT.cues(), CONTENT.concepts(), CONTENT.classifier());

    private String point(String message) {
        List<Token> tokens = tokenizer.tokenize(message);
        int start = extractor.pointStart(tokens);
        return start == 0 ? "" : message.substring(tokens.get(start).start());
    }

    @Test
    void whatFollowsAContrastIsThePoint() {
        assertThat(point("it's not a budget thing, it's that nobody can build it")).isEqualTo("nobody can build it");
        assertThat(point("security passed in may, the real blocker is the erp go-live")).isEqualTo("the erp go-live");
        assertThat(point("they have people and money; the hangup is the CISO")).isEqualTo("the CISO");
        assertThat(point("I thought it was timing but actually IT wrote their own tool")).isEqualTo("IT wrote their own tool");
        assertThat(point("honestly it's not a money thing, they have no analysts")).isEqualTo("they have no analysts");
    }

    @Test
    void aPlainButKeepsBothHalves() {
        assertThat(point("the CMO loves it but IT says our SSO is a risk")).isEmpty();
        assertThat(point("infosec won't approve the pen test results")).isEmpty();
    }

    @Test
    void aButAfterANegationTurnsToThePoint() {
        assertThat(point("not about the money but their team is two people")).isEqualTo("their team is two people");
    }
}
