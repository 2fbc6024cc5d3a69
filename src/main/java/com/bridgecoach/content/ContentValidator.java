package com.bridgecoach.content;

import com.bridgecoach.content.ContentLoader.AudiencesFile;
import com.bridgecoach.content.ContentLoader.ExamplesFile;
import com.bridgecoach.content.ContentLoader.Parsed;
import com.bridgecoach.content.ContentLoader.PatternsFile;
import com.bridgecoach.content.ContentLoader.SeparatorsFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks that go beyond the YAML shape: counts, lengths, unique ids, and references that must resolve. */
final class ContentValidator {
    /** Slack's limit on a button label. */
    static final int MAX_BUTTON_LABEL = 75;
    static final int MIN_PROBING_LINES = 3;
    static final int MIN_EXAMPLES = 10;

    private final List<ContentError> errors;

    ContentValidator(List<ContentError> errors) {
        this.errors = errors;
    }

    void patterns(Parsed<PatternsFile> file) {
        Set<PatternId> seen = EnumSet.noneOf(PatternId.class);
        List<PatternPlaybook> patterns = file.value().patterns();
        for (int i = 0; i < patterns.size(); i++) {
            PatternPlaybook p = patterns.get(i);
            String at = "/patterns/" + i;
            if (!seen.add(p.id())) {
                errors.add(file.error(at + "/id", "duplicate pattern id '" + p.id().id() + "'"));
            }
            text(file, at + "/name", p.name());
            text(file, at + "/headline", p.headline());
            text(file, at + "/whats_going_on", p.whatsGoingOn());
            text(file, at + "/how_to_navigate", p.howToNavigate());
            text(file, at + "/next_step", p.nextStep());
            lines(file, at + "/probing_lines", p.probingLines(), MIN_PROBING_LINES);
            lines(file, at + "/avoid", p.avoid(), 1);
        }
        for (PatternId id : PatternId.values()) {
            if (!seen.contains(id)) {
                errors.add(file.error("/patterns", "no entry for pattern '" + id.id() + "'"));
            }
        }
    }

    void separators(Parsed<SeparatorsFile> file) {
        Set<String> ids = new HashSet<>();
        List<SeparatorQuestion> questions = file.value().questions();
        for (int i = 0; i < questions.size(); i++) {
            SeparatorQuestion q = questions.get(i);
            String at = "/questions/" + i;
            if (!ids.add(q.id())) {
                errors.add(file.error(at + "/id", "duplicate question id '" + q.id() + "'"));
            }
            text(file, at + "/ask", q.ask());
            if (q.between().size() < 2 || new HashSet<>(q.between()).size() != q.between().size()) {
                errors.add(file.error(at + "/between", "name two or more different patterns"));
            }
            if (q.between().contains(PatternId.UNCLEAR)) {
                errors.add(file.error(at + "/between", "'unclear' is what the question resolves, not a candidate"));
            }
            if (q.answers().size() < 2) {
                errors.add(file.error(at + "/answers", "give at least two answers"));
            }
            for (int j = 0; j < q.answers().size(); j++) {
                SeparatorQuestion.Answer a = q.answers().get(j);
                String aat = at + "/answers/" + j;
                text(file, aat + "/label", a.label());
                if (a.label().length() > MAX_BUTTON_LABEL) {
                    errors.add(file.error(aat + "/label", "longer than Slack's " + MAX_BUTTON_LABEL + "-character button label"));
                }
                if (!q.between().contains(a.pointsTo())) {
                    errors.add(file.error(aat + "/points_to", "'" + a.pointsTo().id() + "' is not one of this question's patterns"));
                }
            }
        }
        if (!ids.contains(ContentLoader.TRIAGE_ID)) {
            errors.add(file.error("/questions", "no question with id 'triage' (asked when nothing points anywhere yet)"));
        }
        List<PatternId> conflicts = PatternId.conflicts();
        for (int a = 0; a < conflicts.size(); a++) {
            for (int b = a + 1; b < conflicts.size(); b++) {
                PatternId x = conflicts.get(a);
                PatternId y = conflicts.get(b);
                if (questions.stream().noneMatch(q -> q.separates(x, y))) {
                    errors.add(file.error("/questions", "no question separates " + x.id() + " from " + y.id()));
                }
            }
        }
    }

    void audiences(Parsed<AudiencesFile> file) {
        Set<Audience> seen = EnumSet.noneOf(Audience.class);
        List<AudienceProfile> audiences = file.value().audiences();
        for (int i = 0; i < audiences.size(); i++) {
            AudienceProfile a = audiences.get(i);
            String at = "/audiences/" + i;
            if (a.id() == Audience.BRIDGE) {
                errors.add(file.error(at + "/id", "'bridge' is a translation, not a person: profile cmo and cio"));
            }
            if (!seen.add(a.id())) {
                errors.add(file.error(at + "/id", "duplicate audience id '" + a.id().id() + "'"));
            }
            text(file, at + "/title", a.title());
            text(file, at + "/lead_with", a.leadWith());
            lines(file, at + "/vocabulary", a.vocabulary(), 5);
        }
        for (Audience id : List.of(Audience.CMO, Audience.CIO)) {
            if (!seen.contains(id)) {
                errors.add(file.error("/audiences", "no profile for '" + id.id() + "'"));
            }
        }
    }

    void cues(Parsed<CueBook> file) {
        CueBook book = file.value();
        if (book.negationScope() < 1 || book.negationScope() > 10) {
            errors.add(file.error("/negation_scope", "must be between 1 and 10 words"));
        }
        lines(file, "/negators", book.negators(), 1);
        Set<PatternId> seen = EnumSet.noneOf(PatternId.class);
        Map<String, PatternId> owner = new HashMap<>();
        for (int i = 0; i < book.cues().size(); i++) {
            CueBook.PatternCues group = book.cues().get(i);
            String at = "/cues/" + i;
            if (!seen.add(group.pattern())) {
                errors.add(file.error(at + "/pattern", "cues for '" + group.pattern().id() + "' are given twice"));
            }
            for (int j = 0; j < group.phrases().size(); j++) {
                CueBook.Phrase phrase = group.phrases().get(j);
                String pat = at + "/phrases/" + j;
                text(file, pat + "/text", phrase.text());
                if (!(phrase.weight() > 0 && phrase.weight() <= 5)) {
                    errors.add(file.error(pat + "/weight", "must be above 0 and at most 5"));
                }
                String key = phrase.text().trim().toLowerCase(Locale.ROOT);
                PatternId before = owner.putIfAbsent(key, group.pattern());
                if (before != null) {
                    errors.add(file.error(pat + "/text", "'" + phrase.text() + "' is already a cue for " + before.id()));
                }
            }
        }
    }

    void concepts(Parsed<ConceptBook> file) {
        Set<String> ids = new HashSet<>();
        List<ConceptBook.Concept> concepts = file.value().concepts();
        for (int i = 0; i < concepts.size(); i++) {
            ConceptBook.Concept c = concepts.get(i);
            String at = "/concepts/" + i;
            if (c.id() == null || !c.id().matches("[a-z][a-z0-9_]*")) {
                errors.add(file.error(at + "/id", "ids are lower_snake_case"));
            } else if (!ids.add(c.id())) {
                errors.add(file.error(at + "/id", "duplicate concept id '" + c.id() + "'"));
            }
            lines(file, at + "/words", c.words(), 1);
            Set<String> words = new HashSet<>();
            for (int j = 0; j < c.words().size(); j++) {
                if (c.words().get(j) != null && !words.add(c.words().get(j))) {
                    errors.add(file.error(at + "/words/" + j, "'" + c.words().get(j) + "' is listed twice"));
                }
            }
        }
    }

    void examples(Parsed<ExamplesFile> file) {
        Map<String, PatternId> owner = new HashMap<>();
        for (PatternId id : PatternId.values()) {
            List<String> list = file.value().examples().get(id);
            String at = "/examples/" + id.id();
            if (list == null || list.size() < MIN_EXAMPLES) {
                errors.add(file.error(at, "give at least " + MIN_EXAMPLES + " examples for '" + id.id() + "'"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                String text = list.get(i);
                text(file, at + "/" + i, text);
                if (text == null) {
                    continue;
                }
                String key = text.trim().toLowerCase(Locale.ROOT);
                PatternId before = owner.putIfAbsent(key, id);
                if (before != null) {
                    errors.add(file.error(at + "/" + i, before == id
                            ? "the same example is given twice"
                            : "the same example is also under " + before.id()));
                }
            }
        }
    }

    void classifier(Parsed<ClassifierSettings> file) {
        ClassifierSettings s = file.value();
        range(file, "/temperature", s.temperature(), 0.05, 20);
        range(file, "/abstain_below", s.abstainBelow(), 0, 1);
        range(file, "/ambiguous_margin", s.ambiguousMargin(), 0, 1);
        range(file, "/cue_scale", s.cueScale(), 0, 10);
        range(file, "/epochs", s.epochs(), 1, 500);
        range(file, "/regularization", s.regularization(), 0, 1);
        range(file, "/unclear_bias", s.unclearBias(), -5, 5);
        range(file, "/char_ngram_weight", s.charNgramWeight(), 0, 5);
        range(file, "/concept_weight", s.conceptWeight(), 0, 5);
        range(file, "/pair_weight", s.pairWeight(), 0, 5);
    }

    void messages(Parsed<Messages> file) {
        Messages m = file.value();
        text(file, "/help/title", m.help().title());
        text(file, "/help/intro", m.help().intro());
        for (int i = 0; i < m.help().commands().size(); i++) {
            Messages.Command c = m.help().commands().get(i);
            text(file, "/help/commands/" + i + "/name", c.name());
            text(file, "/help/commands/" + i + "/usage", c.usage());
            text(file, "/help/commands/" + i + "/what", c.what());
        }
        List<String> missing = new ArrayList<>();
        for (Notice n : Notice.values()) {
            String v = m.notices().get(n.key());
            if (v == null || v.isBlank()) {
                missing.add(n.key());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(file.error("/notices", "missing notices: " + String.join(", ", missing)));
        }
    }

    /** The interview's questions must resolve: every answer value, condition and rewording names something real. */
    void interview(Parsed<InterviewScript> file, SeparatorsFile separators) {
        InterviewScript script = file.value();
        Set<String> champions = ids(file, "/champions", script.champions().stream().map(InterviewScript.Champion::id).toList());
        Set<String> variants = ids(file, "/variants", script.variants().stream().map(InterviewScript.Variant::id).toList());
        Set<String> stages = ids(file, "/cascade", script.cascade().stream().map(InterviewScript.Stage::id).toList());
        Set<String> patterns = new HashSet<>();
        for (PatternId p : PatternId.values()) {
            patterns.add(p.id());
        }
        Map<InterviewFact, Set<String>> allowed = Map.of(InterviewFact.CHAMPION, champions, InterviewFact.PATTERN, patterns,
                InterviewFact.VARIANT, variants, InterviewFact.STAGE, stages);
        Set<String> separatorIds = new HashSet<>();
        separators.questions().forEach(q -> separatorIds.add(q.id()));
        Set<String> questionIds = new HashSet<>();
        Set<InterviewFact> unconditional = EnumSet.noneOf(InterviewFact.class);
        Set<String> reachedVariants = new HashSet<>();
        List<InterviewScript.Question> questions = script.questions();
        for (int i = 0; i < questions.size(); i++) {
            InterviewScript.Question q = questions.get(i);
            String at = "/questions/" + i;
            if (!q.id().matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add(file.error(at + "/id", "use lower-case letters, digits and _ (at most 40), not '" + q.id() + "'"));
            }
            if (!questionIds.add(q.id())) {
                errors.add(file.error(at + "/id", "duplicate question id '" + q.id() + "'"));
            }
            if (separatorIds.contains(q.id())) {
                errors.add(file.error(at + "/id", "'" + q.id() + "' is already a question in " + ContentLoader.SEPARATORS));
            }
            text(file, at + "/ask", q.ask());
            if (q.when().isEmpty()) {
                unconditional.add(q.sets());
            }
            for (Map.Entry<String, List<String>> condition : q.when().entrySet()) {
                String wat = at + "/when/" + condition.getKey();
                var fact = InterviewFact.find(condition.getKey());
                if (fact.isEmpty()) {
                    errors.add(file.error(wat, "unknown fact '" + condition.getKey() + "'"));
                    continue;
                }
                if (fact.get() == q.sets()) {
                    errors.add(file.error(wat, "a question cannot depend on the fact it sets"));
                }
                for (String value : condition.getValue()) {
                    if (!allowed.get(fact.get()).contains(value)) {
                        errors.add(file.error(wat, "'" + value + "' is not a known " + fact.get().id()));
                    }
                }
            }
            for (String champion : q.askWhenChampion().keySet()) {
                if (!champions.contains(champion)) {
                    errors.add(file.error(at + "/ask_when_champion/" + champion, "'" + champion + "' is not a champion id"));
                }
            }
            q.askWhenChampion().forEach((k, v) -> text(file, at + "/ask_when_champion/" + k, v));
            if (q.answers().size() < 2) {
                errors.add(file.error(at + "/answers", "give at least two answers"));
            }
            List<String> onlyFor = q.when().getOrDefault(InterviewFact.PATTERN.id(), List.of());
            for (int j = 0; j < q.answers().size(); j++) {
                InterviewScript.Choice c = q.answers().get(j);
                String aat = at + "/answers/" + j;
                text(file, aat + "/label", c.label());
                if (c.label().length() > MAX_BUTTON_LABEL) {
                    errors.add(file.error(aat + "/label", "longer than Slack's " + MAX_BUTTON_LABEL + "-character button label"));
                }
                if (!allowed.get(q.sets()).contains(c.value())) {
                    errors.add(file.error(aat + "/value", "'" + c.value() + "' is not a known " + q.sets().id()));
                } else if (q.sets() == InterviewFact.VARIANT) {
                    reachedVariants.add(c.value());
                    PatternId of = script.variant(c.value()).orElseThrow().pattern();
                    if (!onlyFor.equals(List.of(of.id()))) {
                        errors.add(file.error(aat + "/value", "variant '" + c.value() + "' belongs to " + of.id()
                                + ": the question needs when: {pattern: [" + of.id() + "]}"));
                    }
                }
            }
        }
        for (InterviewFact f : List.of(InterviewFact.CHAMPION, InterviewFact.PATTERN, InterviewFact.STAGE)) {
            if (!unconditional.contains(f)) {
                errors.add(file.error("/questions", "no question without conditions sets '" + f.id() + "'"));
            }
        }
        for (int i = 0; i < script.champions().size(); i++) {
            InterviewScript.Champion c = script.champions().get(i);
            String at = "/champions/" + i;
            text(file, at + "/name", c.name());
            text(file, at + "/situation", c.situation());
            text(file, at + "/risk", c.risk());
            lines(file, at + "/needs", c.needs(), 2);
        }
        for (int i = 0; i < script.variants().size(); i++) {
            InterviewScript.Variant v = script.variants().get(i);
            String at = "/variants/" + i;
            if (!v.pattern().isConflict()) {
                errors.add(file.error(at + "/pattern", "a variant belongs to one of the four conflicts"));
            }
            if (!reachedVariants.contains(v.id())) {
                errors.add(file.error(at + "/id", "no interview answer leads to variant '" + v.id() + "'"));
            }
            text(file, at + "/name", v.name());
            text(file, at + "/read", v.read());
            lines(file, at + "/probing_lines", v.probingLines(), MIN_PROBING_LINES);
        }
        InterviewScript.Labels l = script.labels();
        text(file, "/labels/intro", l.intro());
        text(file, "/labels/progress", l.progress());
        text(file, "/labels/from_answers", l.fromAnswers());
        for (String[] button : new String[][] {{"back", l.back()}, {"start_over", l.startOver()}, {"walk_through", l.walkThrough()},
                {"translate", l.translate()}, {"practise", l.practise()}, {"share", l.share()}}) {
            text(file, "/labels/" + button[0], button[1]);
            if (button[1] != null && button[1].length() > MAX_BUTTON_LABEL) {
                errors.add(file.error("/labels/" + button[0], "longer than Slack's " + MAX_BUTTON_LABEL + "-character button label"));
            }
        }
        if (script.cascade().size() < 2) {
            errors.add(file.error("/cascade", "give at least two stages"));
        }
        for (int i = 0; i < script.cascade().size(); i++) {
            text(file, "/cascade/" + i + "/name", script.cascade().get(i).name());
            text(file, "/cascade/" + i + "/next_step", script.cascade().get(i).nextStep());
        }
    }

    private Set<String> ids(Parsed<?> file, String pointer, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !id.matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add(file.error(pointer + "/" + i + "/id", "use lower-case letters, digits and _ (at most 40)"));
            } else if (!seen.add(id)) {
                errors.add(file.error(pointer + "/" + i + "/id", "duplicate id '" + id + "'"));
            }
        }
        return seen;
    }

    void deals(Parsed<DealWords> file) {
        DealWords d = file.value();
        text(file, "/share/button", d.share().button());
        if (d.share().button().length() > MAX_BUTTON_LABEL) {
            errors.add(file.error("/share/button", "longer than Slack's " + MAX_BUTTON_LABEL + "-character button label"));
        }
        placeholder(file, "/share/shared_by", d.share().sharedBy(), "{user}");
        DealWords.Plan p = d.plan();
        for (ClinicalStatus s : ClinicalStatus.values()) {
            present(file, "/plan/clinical_statuses", s.id(), p.clinicalStatuses().get(s));
        }
        for (ItStatus s : ItStatus.values()) {
            present(file, "/plan/it_statuses", s.id(), p.itStatuses().get(s));
        }
        for (CascadeStage s : CascadeStage.values()) {
            DealWords.Stage stage = p.stages().get(s);
            if (stage == null) {
                errors.add(file.error("/plan/stages", "no entry for stage '" + s.id() + "'"));
            } else {
                text(file, "/plan/stages/" + s.id() + "/name", stage.name());
                text(file, "/plan/stages/" + s.id() + "/next_step", stage.nextStep());
            }
        }
        for (PlanWarning w : PlanWarning.values()) {
            present(file, "/plan/warning_texts", w.id(), p.warningTexts().get(w));
        }
        placeholder(file, "/plan/set_clinical", p.setClinical(), "{status}");
        placeholder(file, "/plan/set_it", p.setIt(), "{status}");
        placeholder(file, "/plan/stage_forward", p.stageForward(), "{stage}");
        placeholder(file, "/plan/stage_back", p.stageBack(), "{stage}");
        placeholder(file, "/plan/last_change", p.lastChange(), "{what}");
        for (Refusal r : Refusal.values()) {
            present(file, "/refusals", r.id(), d.refusals().get(r));
        }
        placeholder(file, "/refusals/rate_limited", d.refusals().getOrDefault(Refusal.RATE_LIMITED, ""), "{seconds}");
    }

    private void present(Parsed<?> file, String pointer, String key, String value) {
        if (value == null || value.isBlank()) {
            errors.add(file.error(pointer, "no words for '" + key + "'"));
        }
    }

    private void placeholder(Parsed<?> file, String pointer, String value, String placeholder) {
        text(file, pointer, value);
        if (value != null && !value.contains(placeholder)) {
            errors.add(file.error(pointer, "must contain " + placeholder));
        }
    }

    private void range(Parsed<?> file, String pointer, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            errors.add(file.error(pointer, "must be between " + min + " and " + max + " (is " + value + ")"));
        }
    }

    private void text(Parsed<?> file, String pointer, String value) {
        if (value == null || value.isBlank()) {
            errors.add(file.error(pointer, "must not be empty"));
        }
    }

    private void lines(Parsed<?> file, String pointer, List<String> values, int min) {
        if (values.size() < min) {
            errors.add(file.error(pointer, "give at least " + min + " (has " + values.size() + ")"));
        }
        for (int i = 0; i < values.size(); i++) {
            text(file, pointer + "/" + i, values.get(i));
        }
    }
}
