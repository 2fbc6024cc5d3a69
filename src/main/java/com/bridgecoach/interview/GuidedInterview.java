package com.bridgecoach.interview;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.InterviewFact;
import com.bridgecoach.content.InterviewScript;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.content.SeparatorQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided interview: from the answers so far, decides the one question still worth asking, or what the
 * answers add up to. Questions come from {@code prompts/interview.yml}; when the conflict itself is still
 * open between two patterns (or unknown), the separating question comes from {@code prompts/separators.yml}.
 * Stateless: everything it needs is in the {@link InterviewState}, so any replica answers any click.
 */
public final class GuidedInterview {
    private final Content content;
    private final InterviewScript script;

    public GuidedInterview(Content content) {
        this.content = content;
        this.script = content.interview();
    }

    public InterviewStep next(InterviewState state) {
        Optional<Facts> replayed = replay(state);
        if (replayed.isEmpty()) {
            return new InterviewStep.Unreadable();
        }
        Facts facts = replayed.get();
        Optional<InterviewStep.Ask> ask = state.mode() == InterviewState.Mode.QUICK ? quickQuestion(state, facts) : fullQuestion(state, facts);
        if (ask.isPresent()) {
            return ask.get();
        }
        PatternId pattern = PatternId.find(facts.values.get(InterviewFact.PATTERN)).orElse(PatternId.UNCLEAR);
        return new InterviewStep.Finding(state, pattern,
                lookup(facts, InterviewFact.CHAMPION).flatMap(script::champion),
                lookup(facts, InterviewFact.VARIANT).flatMap(script::variant).filter(v -> v.pattern() == pattern),
                lookup(facts, InterviewFact.STAGE).flatMap(script::stage),
                facts.said);
    }

    private Optional<InterviewStep.Ask> quickQuestion(InterviewState state, Facts facts) {
        return facts.values.containsKey(InterviewFact.PATTERN) ? Optional.empty() : Optional.of(separating(state, facts));
    }

    private Optional<InterviewStep.Ask> fullQuestion(InterviewState state, Facts facts) {
        for (InterviewScript.Question q : script.questions()) {
            String known = facts.values.get(q.sets());
            if (q.sets() == InterviewFact.PATTERN) {
                if (known == null && state.candidates().isEmpty()) {
                    return Optional.of(ask(q, state, facts));
                }
                if (known == null || known.equals(PatternId.UNCLEAR.id())) {
                    return Optional.of(separating(state, facts));
                }
                continue;
            }
            if (known == null && applies(q, facts)) {
                return Optional.of(ask(q, state, facts));
            }
        }
        return Optional.empty();
    }

    /** The separator between the two candidates, or triage when IT's behaviour is still unknown. */
    private InterviewStep.Ask separating(InterviewState state, Facts facts) {
        List<PatternId> c = state.candidates();
        SeparatorQuestion q = c.size() == 2 && !PatternId.UNCLEAR.id().equals(facts.values.get(InterviewFact.PATTERN))
                ? content.separator(c.get(0), c.get(1)).orElse(content.triage())
                : content.triage();
        List<InterviewStep.Option> options = new ArrayList<>();
        for (int i = 0; i < q.answers().size(); i++) {
            options.add(new InterviewStep.Option(q.answers().get(i).label(), state.answer(q.id(), i)));
        }
        return new InterviewStep.Ask(q.id(), q.ask(), facts.said.size() + 1, options, state);
    }

    private InterviewStep.Ask ask(InterviewScript.Question q, InterviewState state, Facts facts) {
        List<InterviewStep.Option> options = new ArrayList<>();
        for (int i = 0; i < q.answers().size(); i++) {
            options.add(new InterviewStep.Option(q.answers().get(i).label(), state.answer(q.id(), i)));
        }
        return new InterviewStep.Ask(q.id(), q.ask(facts.values.get(InterviewFact.CHAMPION)), facts.said.size() + 1, options, state);
    }

    private static boolean applies(InterviewScript.Question q, Facts facts) {
        for (Map.Entry<String, List<String>> condition : q.when().entrySet()) {
            String value = InterviewFact.find(condition.getKey()).map(facts.values::get).orElse(null);
            if (value == null || !condition.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    /** The facts the answers establish, later answers winning; empty when an answer no longer resolves. */
    private Optional<Facts> replay(InterviewState state) {
        Facts facts = new Facts();
        if (state.candidates().size() == 1) {
            facts.values.put(InterviewFact.PATTERN, state.candidates().get(0).id());
        }
        for (InterviewState.Step step : state.steps()) {
            Optional<InterviewScript.Question> q = script.question(step.questionId());
            if (q.isPresent()) {
                if (step.choice() >= q.get().answers().size()) {
                    return Optional.empty();
                }
                InterviewScript.Choice choice = q.get().answers().get(step.choice());
                facts.values.put(q.get().sets(), choice.value());
                facts.said.add(choice.label());
                continue;
            }
            Optional<SeparatorQuestion> s = content.separatorById(step.questionId());
            if (s.isEmpty() || step.choice() >= s.get().answers().size()) {
                return Optional.empty();
            }
            SeparatorQuestion.Answer answer = s.get().answers().get(step.choice());
            facts.values.put(InterviewFact.PATTERN, answer.pointsTo().id());
            facts.said.add(answer.label());
        }
        return Optional.of(facts);
    }

    private static Optional<String> lookup(Facts facts, InterviewFact fact) {
        return Optional.ofNullable(facts.values.get(fact));
    }

    /** The facts so far and the answer labels that established them. */
    private static final class Facts {
        final Map<InterviewFact, String> values = new EnumMap<>(InterviewFact.class);
        final List<String> said = new ArrayList<>();
    }
}
