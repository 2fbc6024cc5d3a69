package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases are found by text, stem, prefix or exact capitals, and listed by phrase, then by position. */
class PhraseMatcherTest {
    private final Tokenizer tokenizer = new Tokenizer(List.of("not", "no", "n't"), 3);

    private List<PhraseMatcher.Match> find(List<PhraseMatcher.Phrase> phrases, String message) {
        return new PhraseMatcher(phrases).find(message, tokenizer.tokenize(message));
    }

    private static PhraseMatcher.Phrase phrase(String key, String text) {
        return new PhraseMatcher.Phrase(key, text, 1);
    }

    @Test
    void a_word_matches_by_its_text_or_its_stem_in_either_direction() {
        List<PhraseMatcher.Phrase> phrases = List.of(phrase("review", "reviews"), phrase("board", "review board"));

        assertThat(find(phrases, "one review, two reviews, reviewed by the review board"))
                .extracting(PhraseMatcher.Match::key, PhraseMatcher.Match::from)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("review", 1), org.assertj.core.groups.Tuple.tuple("review", 3),
                        org.assertj.core.groups.Tuple.tuple("review", 4), org.assertj.core.groups.Tuple.tuple("review", 7),
                        org.assertj.core.groups.Tuple.tuple("board", 7));
    }

    @Test
    void a_prefix_matches_any_word_starting_with_it_and_only_those() {
        List<PhraseMatcher.Phrase> phrases = List.of(phrase("security", "secur*"), phrase("pen", "pen test*"));

        assertThat(find(phrases, "Security said insecure; pen testing and securing, pentest"))
                .extracting(PhraseMatcher.Match::key, PhraseMatcher.Match::from, PhraseMatcher.Match::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("security", 0, 1), org.assertj.core.groups.Tuple.tuple("security", 6, 7),
                        org.assertj.core.groups.Tuple.tuple("pen", 3, 5));
    }

    @Test
    void a_word_written_with_capitals_matches_only_the_same_capitals() {
        List<PhraseMatcher.Phrase> phrases = List.of(phrase("it", "IT"), phrase("epic", "Epic*"), phrase("team", "IT team"));

        assertThat(find(phrases, "it said IT and It; the IT team wants Epic's Epicare, not epic"))
                .extracting(PhraseMatcher.Match::key, PhraseMatcher.Match::from)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("it", 2), org.assertj.core.groups.Tuple.tuple("it", 6),
                        org.assertj.core.groups.Tuple.tuple("epic", 9), org.assertj.core.groups.Tuple.tuple("epic", 10),
                        org.assertj.core.groups.Tuple.tuple("team", 6));
    }

    @Test
    void a_phrase_does_not_reach_across_a_clause_break_and_carries_the_negation_of_its_first_word() {
        List<PhraseMatcher.Phrase> phrases = List.of(phrase("bandwidth", "bandwidth"), phrase("review", "security review"));

        assertThat(find(phrases, "no bandwidth for the security. review later; security review done"))
                .extracting(PhraseMatcher.Match::key, PhraseMatcher.Match::from, PhraseMatcher.Match::negated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bandwidth", 1, true), org.assertj.core.groups.Tuple.tuple("review", 7, false));
    }
}
