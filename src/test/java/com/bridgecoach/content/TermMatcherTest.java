package com.bridgecoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Terms are found as whole words in any case, plurals and spelling variants included; texts without a term's letters are passed over. */
class TermMatcherTest {

    @Test
    void finds_whole_words_in_any_case_with_plurals_and_space_or_hyphen_variants() {
        TermMatcher matcher = new TermMatcher(List.of("single sign-on", "interface", "HL7"));

        assertThat(matcher.find("Single Signon for the interfaces; no hl7, no signs, no interfaceless"))
                .extracting(TermMatcher.Match::text)
                .containsExactly("Single Signon", "interfaces", "hl7");
    }

    @Test
    void a_prefix_term_matches_any_word_starting_with_it_and_the_longer_term_wins_an_overlap() {
        TermMatcher matcher = new TermMatcher(List.of("secur*", "security review"));

        assertThat(matcher.find("the security review, then securing it; insecure"))
                .extracting(TermMatcher.Match::term)
                .containsExactly("security review", "secur*");
    }

    @Test
    void case_folding_follows_the_pattern_even_for_letters_outside_ascii() {
        // the Kelvin sign folds to k, a long s to s, dotless and dotted capital I to i
        assertThat(new TermMatcher(List.of("kpi")).find("our \u212API")).hasSize(1);
        assertThat(new TermMatcher(List.of("sso")).find("\u017FSO")).hasSize(1);
        assertThat(new TermMatcher(List.of("interface")).find("\u0130nterface")).hasSize(1);
        assertThat(new TermMatcher(List.of("\u0131t")).find("the IT team")).hasSize(1);
    }

    /** Passing a text over is only sound if every text the pattern matches contains the term's needle. */
    @Test
    void every_text_a_term_matches_contains_its_needle() throws IOException {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        List<String> terms = new ArrayList<>();
        DraftLexicon lexicon = content.translation().lexicon();
        lexicon.jargon().forEach(t -> terms.add(t.term()));
        lexicon.hype().forEach(t -> terms.add(t.term()));
        terms.addAll(lexicon.efficiency());
        terms.addAll(lexicon.clinicalValue());
        terms.addAll(lexicon.integration());
        terms.addAll(lexicon.security());
        terms.addAll(lexicon.support());
        content.translation().concepts().forEach(c -> terms.addAll(c.match()));
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("prompts"), Path.of("src/test/resources/translation"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    texts.addAll(Files.readAllLines(f));
                }
            }
        }
        assertThat(terms).hasSizeGreaterThan(100);

        int matched = 0;
        for (String term : terms) {
            String needle = TermMatcher.needle(term);
            java.util.regex.Pattern pattern = TermMatcher.compile(term);
            for (String text : texts) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    matched++;
                    assertThat(TermMatcher.fold(text)).as(term + " in " + text).contains(needle);
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
