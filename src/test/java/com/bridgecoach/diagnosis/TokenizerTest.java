package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a rep's Slack message becomes words: markup is not words, a rep's spellings read as the word. */
class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(List.of("not", "no", "n't", "without"), 4,
            Map.of("bc", "because", "b/c", "because", "w/", "with", "w/o", "without", "secuirty", "security", "wont", "won't"));

    private List<String> words(String message) {
        return tokenizer.tokenize(message).stream().map(Token::text).toList();
    }

    @Test
    void slackMentionsChannelsLinksAndEmojiCodesAreNotWords() {
        assertThat(words("<@U0123ABC> infosec said no :face_palm: see <#C024BE7LR|deal-mercy> <https://x.example/doc|doc>"))
                .containsExactly("infosec", "said", "no", "see");
        assertThat(words("blocked again :shrug::skin-tone-2: https://docs.example.com/a?b=c ugh")).containsExactly("blocked", "again", "ugh");
    }

    @Test
    void wordsAfterMarkupKeepTheirPlaceInTheOriginalMessage() {
        String message = "<@U0123ABC> the CISO :eyes: said no";
        Token ciso = tokenizer.tokenize(message).get(1);
        assertThat(message.substring(ciso.start(), ciso.end())).isEqualTo("CISO");
    }

    @Test
    void aRepsShorthandAndTyposReadAsTheWord() {
        assertThat(words("IT stalled bc secuirty w/ the CMO b/c reasons")).containsExactly(
                "it", "stalled", "because", "security", "with", "the", "cmo", "because", "reasons");
    }

    @Test
    void aShorthandNegatorNegates() {
        List<Token> tokens = tokenizer.tokenize("pilot w/o approval, they wont sign");
        assertThat(tokens.get(2).negated()).isTrue();
        assertThat(tokens.get(4).text()).isEqualTo("won't");
        assertThat(tokens.get(5).negated()).isTrue();
    }

    @Test
    void aColonInOrdinaryTextIsNotAnEmoji() {
        assertThat(words("IT said: not until 10:30 tomorrow")).containsExactly("it", "said", "not", "until", "10", "30", "tomorrow");
    }
}
