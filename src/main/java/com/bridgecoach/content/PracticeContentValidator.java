package com.bridgecoach.content;

import com.bridgecoach.content.ContentLoader.Parsed;
import com.bridgecoach.content.ContentLoader.ScenariosFile;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks on {@code prompts/practice/} beyond the YAML shape: ranges, coverage, and ids that must resolve across files. */
final class PracticeContentValidator {
    static final int MIN_VARIANTS = 3;
    static final int MIN_LINES = 2;
    static final int MIN_REACTIONS = 2;
    /** The CMO scenarios the product promises. */
    static final List<String> CMO_SCENARIOS = List.of("skeptical_of_efficiency", "clinician_burden", "technical_champion_case");
    private static final Set<String> PERSONA_PLACEHOLDERS = Set.of("name", "hospital", "ehr", "counterpart");
    private static final Set<String> RUBRIC_PLACEHOLDERS = Set.of("quote", "name");
    /** A scenario is played by personas of either sex, so what it says about the persona names no sex. */
    private static final Pattern GENDERED = Pattern.compile("\\b(?:she|he|her|hers|him|his|herself|himself)\\b", Pattern.CASE_INSENSITIVE);

    private final List<ContentError> errors;
    private final FieldChecks checks;

    PracticeContentValidator(List<ContentError> errors) {
        this.errors = errors;
        this.checks = new FieldChecks(errors);
    }

    void validate(Parsed<PracticeRubric> rubric, Parsed<TechniqueBook> techniques, Parsed<PracticeReactions> reactions,
                  Parsed<ScenariosFile> cio, Parsed<ScenariosFile> cmo) {
        Set<String> techniqueIds = techniques(techniques);
        Set<String> criteria = rubric(rubric, techniqueIds);
        if (rubric.value().trust().wonNeeds().isEmpty()) {
            errors.add(rubric.error("/trust/won_needs", "name the moves that can win the persona over"));
        }
        refs(rubric, "/trust/won_needs", rubric.value().trust().wonNeeds(), techniqueIds);
        reactions(reactions, techniques.value());
        scenarios(cio, Audience.CIO, PatternId.conflicts().stream().map(PatternId::id).toList(), techniques.value(), criteria);
        scenarios(cmo, Audience.CMO, CMO_SCENARIOS, techniques.value(), criteria);
        Set<String> ids = new HashSet<>();
        for (Parsed<ScenariosFile> file : List.of(cio, cmo)) {
            List<PracticeScenario> list = file.value().scenarios();
            for (int i = 0; i < list.size(); i++) {
                if (!ids.add(list.get(i).id())) {
                    errors.add(file.error("/scenarios/" + i + "/id", "scenario id '" + list.get(i).id() + "' is used twice"));
                }
            }
        }
    }

    private Set<String> techniques(Parsed<TechniqueBook> file) {
        TechniqueBook book = file.value();
        checks.lines(file, "/question_starters", book.questionStarters(), 3, Set.of());
        checks.lines(file, "/negators", book.negators(), 3, Set.of());
        for (Audience a : List.of(Audience.CMO, Audience.CIO)) {
            List<String> words = book.lexicon().get(a);
            if (words == null || words.size() < 10) {
                errors.add(file.error("/lexicon", "give at least 10 words for '" + a.id() + "'"));
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < book.techniques().size(); i++) {
            TechniqueBook.Technique t = book.techniques().get(i);
            String at = "/techniques/" + i;
            checks.snakeId(file, at + "/id", t.id());
            if (!ids.add(t.id())) {
                errors.add(file.error(at + "/id", "duplicate technique id '" + t.id() + "'"));
            }
            checks.text(file, at + "/label", t.label(), Set.of());
            if (t.kind() == TechniqueBook.Kind.GOOD ? t.trust() <= 0 : t.trust() >= 0) {
                errors.add(file.error(at + "/trust", t.kind() == TechniqueBook.Kind.GOOD
                        ? "a good move must raise trust (above 0)" : "a bad move must lower trust (below 0)"));
            }
            if (Math.abs(t.trust()) > 50) {
                errors.add(file.error(at + "/trust", "keep trust moves within -50 to 50"));
            }
            if (t.audiences().isEmpty() || t.audiences().contains(Audience.BRIDGE)) {
                errors.add(file.error(at + "/audiences", "name cmo, cio or both"));
            }
            if (t.rule() == TechniqueBook.Rule.PHRASES && t.phrases().isEmpty()) {
                errors.add(file.error(at + "/phrases", "a phrases technique needs at least one phrase"));
            }
            if (t.rule() == TechniqueBook.Rule.OPEN_QUESTION && t.kind() != TechniqueBook.Kind.GOOD) {
                errors.add(file.error(at + "/rule", "open_question is a good move"));
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < t.phrases().size(); j++) {
                String phrase = t.phrases().get(j);
                checks.text(file, at + "/phrases/" + j, phrase, Set.of());
                if (phrase != null && !seen.add(phrase.strip().toLowerCase(Locale.ROOT))) {
                    errors.add(file.error(at + "/phrases/" + j, "'" + phrase + "' is listed twice"));
                }
            }
        }
        return ids;
    }

    private Set<String> rubric(Parsed<PracticeRubric> file, Set<String> techniqueIds) {
        PracticeRubric r = file.value();
        checks.range(file, "/max_turns", r.maxTurns(), 2, 20);
        PracticeRubric.Trust t = r.trust();
        checks.range(file, "/trust/reveal_at", t.revealAt(), 1, 99);
        checks.range(file, "/trust/won_at", t.wonAt(), 1, 100);
        checks.range(file, "/trust/walk_away_at", t.walkAwayAt(), 0, 50);
        checks.range(file, "/trust/silent_turn", t.silentTurn(), -20, 0);
        checks.range(file, "/trust/max_gain_per_turn", t.maxGainPerTurn(), 1, 60);
        checks.range(file, "/trust/repeat_after", t.repeatAfter(), 1, 10);
        if (!(t.keyBonus() >= 1 && t.keyBonus() <= 3)) {
            errors.add(file.error("/trust/key_bonus", "must be between 1 and 3"));
        }
        if (!(t.walkAwayAt() < t.revealAt() && t.revealAt() <= t.wonAt())) {
            errors.add(file.error("/trust", "walk_away_at < reveal_at <= won_at must hold"));
        }
        PracticeRubric.Wording w = r.scorecard();
        Set<String> wording = Set.of("name", "criterion", "score", "quote", "better", "concern", "turns");
        checks.text(file, "/scorecard/card_footer", w.cardFooter(), wording);
        checks.text(file, "/scorecard/no_turns", w.noTurns(), wording);
        checks.text(file, "/scorecard/strength_none", w.strengthNone(), wording);
        checks.text(file, "/scorecard/fix_change", w.fixChange(), wording);
        checks.text(file, "/scorecard/fix_close", w.fixClose(), wording);
        checks.text(file, "/scorecard/fix_fresh", w.fixFresh(), wording);
        checks.text(file, "/scorecard/won_over", w.wonOver(), wording);
        checks.text(file, "/scorecard/walked_away", w.walkedAway(), wording);
        checks.text(file, "/scorecard/out_of_turns", w.outOfTurns(), wording);
        checks.text(file, "/scorecard/ended_by_rep", w.endedByRep(), wording);
        checks.text(file, "/scorecard/real_concern", w.realConcern(), wording);
        Set<String> ids = new HashSet<>();
        int total = 0;
        boolean hasTrust = false;
        for (int i = 0; i < r.criteria().size(); i++) {
            PracticeRubric.Criterion c = r.criteria().get(i);
            String at = "/criteria/" + i;
            checks.snakeId(file, at + "/id", c.id());
            if (!ids.add(c.id())) {
                errors.add(file.error(at + "/id", "duplicate criterion id '" + c.id() + "'"));
            }
            checks.range(file, at + "/weight", c.weight(), 1, 100);
            total += c.weight();
            checks.text(file, at + "/name", c.name(), Set.of());
            checks.text(file, at + "/description", c.description(), Set.of());
            checks.text(file, at + "/praise", c.praise(), RUBRIC_PLACEHOLDERS);
            checks.text(file, at + "/missing", c.missing(), RUBRIC_PLACEHOLDERS);
            checks.text(file, at + "/penalty", c.penalty(), RUBRIC_PLACEHOLDERS);
            hasTrust |= c.basis() == PracticeRubric.Basis.TRUST;
            if (c.basis() == PracticeRubric.Basis.TECHNIQUES && c.rewards().isEmpty() && c.penalizes().isEmpty()) {
                errors.add(file.error(at + "/rewards", "a techniques criterion needs rewards, penalizes or both"));
            }
            refs(file, at + "/rewards", c.rewards(), techniqueIds);
            refs(file, at + "/penalizes", c.penalizes(), techniqueIds);
        }
        if (total != 100) {
            errors.add(file.error("/criteria", "weights must add up to 100 (they add up to " + total + ")"));
        }
        if (!hasTrust) {
            errors.add(file.error("/criteria", "one criterion must score where trust ended (basis: trust)"));
        }
        return ids;
    }

    private void reactions(Parsed<PracticeReactions> file, TechniqueBook book) {
        Map<Audience, Map<String, List<String>>> all = file.value().reactions();
        for (Audience a : List.of(Audience.CIO, Audience.CMO)) {
            Map<String, List<String>> mine = all.getOrDefault(a, Map.of());
            for (TechniqueBook.Technique t : book.techniques()) {
                if (t.appliesTo(a) && mine.getOrDefault(t.id(), List.of()).size() < MIN_REACTIONS) {
                    errors.add(file.error("/reactions/" + a.id(), "give at least " + MIN_REACTIONS + " reactions to '" + t.id() + "'"));
                }
            }
            for (Map.Entry<String, List<String>> e : mine.entrySet()) {
                String at = "/reactions/" + a.id() + "/" + e.getKey();
                if (book.technique(e.getKey()).filter(t -> t.appliesTo(a)).isEmpty()) {
                    errors.add(file.error(at, "'" + e.getKey() + "' is not a technique that applies to " + a.id()));
                }
                checks.lines(file, at, e.getValue(), 1, PERSONA_PLACEHOLDERS);
            }
        }
        if (all.containsKey(Audience.BRIDGE)) {
            errors.add(file.error("/reactions/bridge", "the bot plays a cmo or a cio, not 'bridge'"));
        }
    }

    private void scenarios(Parsed<ScenariosFile> file, Audience persona, List<String> required, TechniqueBook book, Set<String> criteria) {
        Set<String> ids = new HashSet<>();
        List<PracticeScenario> list = file.value().scenarios();
        for (int i = 0; i < list.size(); i++) {
            PracticeScenario s = list.get(i);
            String at = "/scenarios/" + i;
            ids.add(s.id());
            checks.snakeId(file, at + "/id", s.id());
            if (s.persona() != persona) {
                errors.add(file.error(at + "/persona", "scenarios in " + file.file() + " are played by the " + persona.id()));
            }
            checks.text(file, at + "/title", s.title(), Set.of());
            checks.text(file, at + "/situation", s.situation(), Set.of());
            checks.text(file, at + "/goal", s.goal(), Set.of());
            checks.text(file, at + "/real_concern", s.realConcern(), Set.of());
            checks.lines(file, at + "/rep_knows", s.repKnows(), 2, Set.of());
            unsexed(file, at + "/situation", s.situation());
            unsexed(file, at + "/goal", s.goal());
            unsexed(file, at + "/real_concern", s.realConcern());
            for (int j = 0; j < s.repKnows().size(); j++) {
                unsexed(file, at + "/rep_knows/" + j, s.repKnows().get(j));
            }
            if (s.keyTechniques().isEmpty()) {
                errors.add(file.error(at + "/key_techniques", "name at least one technique that matters most here"));
            }
            for (int j = 0; j < s.keyTechniques().size(); j++) {
                String id = s.keyTechniques().get(j);
                if (book.technique(id).filter(t -> t.kind() == TechniqueBook.Kind.GOOD && t.appliesTo(persona)).isEmpty()) {
                    errors.add(file.error(at + "/key_techniques/" + j, "'" + id + "' is not a good technique for a " + persona.id()));
                }
            }
            if (s.variants().size() < MIN_VARIANTS) {
                errors.add(file.error(at + "/variants", "give at least " + MIN_VARIANTS + " persona variants"));
            }
            for (int j = 0; j < s.variants().size(); j++) {
                PracticePersona p = s.variants().get(j);
                String vat = at + "/variants/" + j;
                checks.text(file, vat + "/name", p.name(), Set.of());
                checks.text(file, vat + "/role", p.role(), Set.of());
                checks.text(file, vat + "/hospital", p.hospital(), Set.of());
                checks.text(file, vat + "/ehr", p.ehr(), Set.of());
                checks.text(file, vat + "/temperament", p.temperament(), Set.of());
                checks.text(file, vat + "/counterpart", p.counterpart(), Set.of());
                checks.range(file, vat + "/starting_trust", p.startingTrust(), 10, 70);
            }
            checks.lines(file, at + "/opening", s.opening(), MIN_LINES, PERSONA_PLACEHOLDERS);
            PracticeScenario.Replies r = s.replies();
            banded(file, at + "/replies/soften", r.soften());
            banded(file, at + "/replies/harden", r.harden());
            banded(file, at + "/replies/hold", r.hold());
            banded(file, at + "/replies/time_up", r.timeUp());
            checks.lines(file, at + "/replies/reveal", r.reveal(), MIN_LINES, PERSONA_PLACEHOLDERS);
            checks.lines(file, at + "/replies/won_over", r.wonOver(), MIN_LINES, PERSONA_PLACEHOLDERS);
            checks.lines(file, at + "/replies/walk_away", r.walkAway(), MIN_LINES, PERSONA_PLACEHOLDERS);
            for (String c : criteria) {
                if (!s.betterLines().containsKey(c)) {
                    errors.add(file.error(at + "/better_lines", "no better line for criterion '" + c + "'"));
                }
            }
            for (Map.Entry<String, String> e : s.betterLines().entrySet()) {
                if (!criteria.contains(e.getKey())) {
                    errors.add(file.error(at + "/better_lines/" + e.getKey(), "'" + e.getKey() + "' is not a rubric criterion"));
                }
                checks.text(file, at + "/better_lines/" + e.getKey(), e.getValue(), PERSONA_PLACEHOLDERS);
            }
        }
        for (String id : required) {
            if (!ids.contains(id)) {
                errors.add(file.error("/scenarios", "no scenario '" + id + "' for the " + persona.id()));
            }
        }
    }

    private void banded(Parsed<?> file, String pointer, PracticeScenario.Banded banded) {
        checks.lines(file, pointer + "/low", banded.low(), MIN_LINES, PERSONA_PLACEHOLDERS);
        checks.lines(file, pointer + "/high", banded.high(), MIN_LINES, PERSONA_PLACEHOLDERS);
    }

    private void refs(Parsed<?> file, String pointer, List<String> ids, Set<String> known) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(file.error(pointer + "/" + i, "no technique '" + ids.get(i) + "' in " + ContentLoader.PRACTICE_TECHNIQUES));
            }
        }
    }

    /** "The CMO ... she" reads wrong when Dr. Rafael Duarte plays the scenario: name the role, or say "they". */
    private void unsexed(Parsed<ScenariosFile> file, String at, String text) {
        var found = GENDERED.matcher(text == null ? "" : text);
        if (found.find()) {
            errors.add(file.error(at, "'" + found.group() + "': the scenario's personas are of either sex; name the role or say 'they'"));
        }
    }
}
