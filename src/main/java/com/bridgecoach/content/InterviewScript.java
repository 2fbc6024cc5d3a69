package com.bridgecoach.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided interview as content ({@code prompts/interview.yml}): the questions in the order they are
 * considered, the champion situations, the variants of each pattern, and the stages of the commitment cascade.
 */
public record InterviewScript(List<Question> questions, List<Champion> champions, List<Variant> variants, List<Stage> cascade,
                              Labels labels) {

    public InterviewScript {
        questions = List.copyOf(questions);
        champions = List.copyOf(champions);
        variants = List.copyOf(variants);
        cascade = List.copyOf(cascade);
    }

    /**
     * One question. It is asked while the fact it {@code sets} is open and every fact under {@code when}
     * has one of the listed values.
     */
    public record Question(String id, InterviewFact sets, Map<String, List<String>> when, String ask,
                           Map<String, String> askWhenChampion, List<Choice> answers) {
        public Question {
            when = Map.copyOf(when);
            askWhenChampion = Map.copyOf(askWhenChampion);
            answers = List.copyOf(answers);
        }

        /** The wording for a rep whose champion is already known (or the plain wording). */
        public String ask(String champion) {
            return champion == null ? ask : askWhenChampion.getOrDefault(champion, ask);
        }
    }

    /** An answer the rep can click, and the value it gives the question's fact. */
    public record Choice(String label, String value) {
    }

    /** Who carries the deal, what that means, and what that champion needs from the rep. */
    public record Champion(String id, String name, String situation, List<String> needs, String risk) {
        public Champion {
            needs = List.copyOf(needs);
        }
    }

    /** One form of a conflict pattern (a deflection versus genuine capacity), with its own probing lines. */
    public record Variant(String id, PatternId pattern, String name, String read, List<String> probingLines) {
        public Variant {
            probingLines = List.copyOf(probingLines);
        }
    }

    /** A stage of the commitment cascade, with the next step from there. */
    public record Stage(String id, String name, String nextStep) {
    }

    /** The interview's own words: its opening line, progress, and the buttons around the questions. */
    public record Labels(String intro, String progress, String fromAnswers, String back, String startOver,
                         String walkThrough, String translate, String practise, String share) {
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Champion> champion(String id) {
        return champions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Variant> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Stage> stage(String id) {
        return cascade.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
