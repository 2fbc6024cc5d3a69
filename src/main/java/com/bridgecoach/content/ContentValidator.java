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
import java.util.regex.Pattern;

/** Checks that go beyond the YAML shape: counts, lengths, unique ids, and references that must resolve. */
final class ContentValidator {
    /** Slack's limit on a button label. */
    static final int MAX_BUTTON_LABEL = FieldChecks.MAX_BUTTON_LABEL;
    /** Slack's limit on a modal's title and its close button. */
    static final int MAX_MODAL_TEXT = 24;
    static final int MIN_PROBING_LINES = 3;
    static final int MIN_EXAMPLES = 10;

    private static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final List<ContentError> errors;
    private final FieldChecks checks;

    ContentValidator(List<ContentError> errors) {
        this.errors = errors;
        this.checks = new FieldChecks(errors);
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
            checks.text(file, at + "/name", p.name());
            checks.text(file, at + "/headline", p.headline());
            checks.text(file, at + "/whats_going_on", p.whatsGoingOn());
            checks.text(file, at + "/how_to_navigate", p.howToNavigate());
            checks.text(file, at + "/next_step", p.nextStep());
            checks.lines(file, at + "/probing_lines", p.probingLines(), MIN_PROBING_LINES);
            checks.lines(file, at + "/avoid", p.avoid(), 1);
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
            checks.text(file, at + "/ask", q.ask());
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
                checks.label(file, aat + "/label", a.label());
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
            checks.text(file, at + "/title", a.title());
            checks.text(file, at + "/lead_with", a.leadWith());
            checks.lines(file, at + "/vocabulary", a.vocabulary(), 5);
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
        checks.lines(file, "/negators", book.negators(), 1);
        for (Map.Entry<String, String> spelling : book.spellings().entrySet()) {
            String at = "/spellings/" + spelling.getKey().replace("~", "~0").replace("/", "~1");
            if (!spelling.getKey().matches("[a-z0-9']+|[a-z]/[a-z]?")) {
                errors.add(file.error(at, "a spelling is one lower-case word as a rep types it ('bc', 'b/c', 'secuirty')"));
            } else if (spelling.getValue() == null || !spelling.getValue().matches("[a-z']+")) {
                errors.add(file.error(at, "must be the one lower-case word the spelling is read as"));
            } else if (spelling.getKey().equals(spelling.getValue())) {
                errors.add(file.error(at, "is read as itself"));
            }
        }
        CueBook.PointTurns point = book.pointTurns();
        checks.lines(file, "/point_turns/turn_words", point.turnWords(), 1);
        checks.lines(file, "/point_turns/pointing", point.pointing(), 1);
        checks.lines(file, "/point_turns/snags", point.snags(), 1);
        if (!(point.setAside() > 0 && point.setAside() <= 1)) {
            errors.add(file.error("/point_turns/set_aside", "must be above 0 and at most 1"));
        }
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
                checks.text(file, pat + "/text", phrase.text());
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
            if (checks.snakeId(file, at + "/id", c.id()) && !ids.add(c.id())) {
                errors.add(file.error(at + "/id", "duplicate concept id '" + c.id() + "'"));
            }
            checks.lines(file, at + "/words", c.words(), 1);
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
                checks.text(file, at + "/" + i, text);
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
        checks.decimalRange(file, "/temperature", s.temperature(), 0.05, 20);
        checks.decimalRange(file, "/abstain_below", s.abstainBelow(), 0, 1);
        checks.decimalRange(file, "/ambiguous_margin", s.ambiguousMargin(), 0, 1);
        checks.decimalRange(file, "/cue_scale", s.cueScale(), 0, 10);
        checks.decimalRange(file, "/epochs", s.epochs(), 1, 500);
        checks.decimalRange(file, "/regularization", s.regularization(), 0, 1);
        checks.decimalRange(file, "/unclear_bias", s.unclearBias(), -5, 5);
        checks.decimalRange(file, "/char_ngram_weight", s.charNgramWeight(), 0, 5);
        checks.decimalRange(file, "/concept_weight", s.conceptWeight(), 0, 5);
        checks.decimalRange(file, "/pair_weight", s.pairWeight(), 0, 5);
    }

    void messages(Parsed<Messages> file) {
        Messages m = file.value();
        checks.text(file, "/help/title", m.help().title());
        checks.text(file, "/help/intro", m.help().intro());
        for (int i = 0; i < m.help().commands().size(); i++) {
            Messages.Command c = m.help().commands().get(i);
            checks.text(file, "/help/commands/" + i + "/name", c.name());
            checks.text(file, "/help/commands/" + i + "/usage", c.usage());
            checks.text(file, "/help/commands/" + i + "/what", c.what());
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
        headings(file, m.headings());
    }

    /** Every heading is there (the YAML shape sees to that), with exactly the placeholders its reply fills in. */
    private void headings(Parsed<Messages> file, Headings h) {
        Headings.Diagnosis d = h.diagnosis();
        String at = "/headings/diagnosis/";
        checks.template(file, at + "commands", d.commands());
        checks.template(file, at + "whats_going_on", d.whatsGoingOn());
        checks.template(file, at + "how_to_navigate", d.howToNavigate());
        checks.template(file, at + "say_next", d.sayNext());
        checks.template(file, at + "avoid", d.avoid());
        checks.template(file, at + "next_step", d.nextStep());
        checks.template(file, at + "meanwhile_ask_them", d.meanwhileAskThem());
        checks.template(file, at + "sure", d.sure(), "pattern", "percent");
        checks.template(file, at + "sure_from", d.sureFrom(), "pattern", "percent", "evidence");
        checks.template(file, at + "you_said", d.youSaid(), "answer");
        checks.template(file, at + "reads_as", d.readsAs(), "pattern");
        Headings.Interview i = h.interview();
        at = "/headings/interview/";
        checks.template(file, at + "your_champion", i.yourChampion(), "name");
        checks.template(file, at + "champion_needs", i.championNeeds());
        checks.template(file, at + "cascade_next", i.cascadeNext(), "stage");
        checks.template(file, at + "from_situation", i.fromSituation(), "pattern");
        Headings.Practice p = h.practice();
        at = "/headings/practice/";
        checks.template(file, at + "card_title", p.cardTitle(), "title");
        checks.template(file, at + "meeting", p.meeting());
        checks.template(file, at + "persona", p.persona(), "name", "role");
        checks.template(file, at + "hospital", p.hospital(), "hospital");
        checks.template(file, at + "ehr", p.ehr(), "ehr");
        checks.template(file, at + "temperament", p.temperament(), "temperament");
        checks.template(file, at + "situation", p.situation());
        checks.template(file, at + "you_know", p.youKnow());
        checks.template(file, at + "goal", p.goal());
        checks.template(file, at + "scoring", p.scoring());
        checks.template(file, at + "criterion", p.criterion(), "name", "weight", "description");
        checks.template(file, at + "scorecard_title", p.scorecardTitle(), "score", "persona");
        checks.template(file, at + "by_criterion", p.byCriterion());
        checks.template(file, at + "criterion_score", p.criterionScore(), "name", "weight", "score", "feedback");
        checks.template(file, at + "keep_doing", p.keepDoing());
        checks.template(file, at + "change_one_thing", p.changeOneThing());
        checks.template(file, at + "try_this_line", p.tryThisLine());
        checks.template(file, at + "history_title", p.historyTitle());
        checks.template(file, at + "your_practice", p.yourPractice());
        checks.template(file, at + "transcripts_private", p.transcriptsPrivate());
        checks.template(file, at + "session", p.session(), "day", "scenario", "persona", "result", "id");
        checks.template(file, at + "in_progress", p.inProgress());
        checks.template(file, at + "session_result", p.sessionResult(), "score", "outcome");
        checks.template(file, at + "averages", p.averages());
        checks.template(file, at + "average", p.average(), "name", "average");
        checks.template(file, at + "trend_one", p.trendOne());
        checks.template(file, at + "trend_up", p.trendUp(), "points", "scored");
        checks.template(file, at + "trend_down", p.trendDown(), "points", "scored");
        checks.template(file, at + "trend_flat", p.trendFlat(), "scored");
        checks.template(file, at + "transcript_title", p.transcriptTitle(), "scenario", "persona");
        checks.template(file, at + "rep_said", p.repSaid(), "text");
        checks.template(file, at + "persona_said", p.personaSaid(), "persona", "text");
        checks.template(file, at + "scored", p.scored(), "score");
        checks.template(file, at + "transcript_score", p.transcriptScore(), "name", "score", "feedback");
        checks.template(file, at + "any_persona", p.anyPersona());
        checks.template(file, at + "you", p.you());
        Headings.Translation t = h.translation();
        at = "/headings/translation/";
        checks.template(file, at + "title", t.title());
        checks.template(file, at + "for_cmo", t.forCmo());
        checks.template(file, at + "for_cio", t.forCio());
        checks.template(file, at + "for_both", t.forBoth());
        checks.template(file, at + "built_from", t.builtFrom(), "concepts");
        checks.template(file, at + "message_title", t.messageTitle());
        checks.template(file, at + "as_written", t.asWritten(), "title");
        checks.label(file, at + "translate_button", t.translateButton());
        checks.template(file, at + "fit_title", t.fitTitle(), "audience", "fit", "score");
        checks.template(file, at + "what_to_fix", t.whatToFix());
        checks.template(file, at + "missing", t.missing(), "text", "advice");
        checks.template(file, at + "flagged", t.flagged(), "text", "advice");
        checks.template(file, at + "kit_item", t.kitItem(), "item");
        checks.template(file, at + "must_contain", t.mustContain(), "text");
        checks.template(file, at + "why_they_ask", t.whyTheyAsk(), "text");
        checks.template(file, at + "next_step", t.nextStep());
        checks.template(file, at + "when", t.when());
        checks.template(file, at + "who_to_invite", t.whoToInvite());
        checks.template(file, at + "invitee", t.invitee(), "who", "why");
        checks.template(file, at + "invitation", t.invitation());
        checks.template(file, at + "subject", t.subject(), "subject");
        checks.template(file, at + "agenda", t.agenda());
        checks.template(file, at + "agenda_item", t.agendaItem(), "minutes", "item");
        checks.template(file, at + "metrics", t.metrics());
        checks.template(file, at + "metric", t.metric(), "metric", "cmo", "cio");
        checks.template(file, at + "avoid", t.avoid());
        Headings.Slack s = h.slack();
        at = "/headings/slack/";
        checks.template(file, at + "role_play_for", s.rolePlayFor(), "rep");
        checks.template(file, at + "role_play_started_by", s.rolePlayStartedBy(), "rep", "starter");
        checks.limited(file, at + "modal_title", s.modalTitle(), MAX_MODAL_TEXT);
        checks.limited(file, at + "close", s.close(), MAX_MODAL_TEXT);
        checks.template(file, at + "parts_left_out", s.partsLeftOut(), "count");
        checks.template(file, "/headings/terminal/chat_intro", h.terminal().chatIntro());
        checks.template(file, "/headings/terminal/practice_prompt", h.terminal().practicePrompt());
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
            checks.id(file, at + "/id", q.id(), QUESTION_ID, "use lower-case letters, digits and _ (at most 40), not '" + q.id() + "'");
            if (!questionIds.add(q.id())) {
                errors.add(file.error(at + "/id", "duplicate question id '" + q.id() + "'"));
            }
            if (separatorIds.contains(q.id())) {
                errors.add(file.error(at + "/id", "'" + q.id() + "' is already a question in " + ContentLoader.SEPARATORS));
            }
            checks.text(file, at + "/ask", q.ask());
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
            q.askWhenChampion().forEach((k, v) -> checks.text(file, at + "/ask_when_champion/" + k, v));
            if (q.answers().size() < 2) {
                errors.add(file.error(at + "/answers", "give at least two answers"));
            }
            List<String> onlyFor = q.when().getOrDefault(InterviewFact.PATTERN.id(), List.of());
            for (int j = 0; j < q.answers().size(); j++) {
                InterviewScript.Choice c = q.answers().get(j);
                String aat = at + "/answers/" + j;
                checks.label(file, aat + "/label", c.label());
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
            checks.text(file, at + "/name", c.name());
            checks.text(file, at + "/situation", c.situation());
            checks.text(file, at + "/risk", c.risk());
            checks.lines(file, at + "/needs", c.needs(), 2);
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
            checks.text(file, at + "/name", v.name());
            checks.text(file, at + "/read", v.read());
            checks.lines(file, at + "/probing_lines", v.probingLines(), MIN_PROBING_LINES);
        }
        InterviewScript.Labels l = script.labels();
        checks.text(file, "/labels/intro", l.intro());
        checks.text(file, "/labels/progress", l.progress());
        checks.text(file, "/labels/from_answers", l.fromAnswers());
        for (String[] button : new String[][] {{"back", l.back()}, {"start_over", l.startOver()}, {"walk_through", l.walkThrough()},
                {"translate", l.translate()}, {"practise", l.practise()}, {"share", l.share()}}) {
            checks.label(file, "/labels/" + button[0], button[1]);
        }
        if (script.cascade().size() < 2) {
            errors.add(file.error("/cascade", "give at least two stages"));
        }
        for (int i = 0; i < script.cascade().size(); i++) {
            checks.text(file, "/cascade/" + i + "/name", script.cascade().get(i).name());
            checks.text(file, "/cascade/" + i + "/next_step", script.cascade().get(i).nextStep());
        }
    }

    private Set<String> ids(Parsed<?> file, String pointer, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (checks.id(file, pointer + "/" + i + "/id", id, QUESTION_ID, "use lower-case letters, digits and _ (at most 40)") && !seen.add(id)) {
                errors.add(file.error(pointer + "/" + i + "/id", "duplicate id '" + id + "'"));
            }
        }
        return seen;
    }

    void deals(Parsed<DealWords> file) {
        DealWords d = file.value();
        checks.label(file, "/share/button", d.share().button());
        checks.placeholder(file, "/share/shared_by", d.share().sharedBy(), "{user}");
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
                checks.text(file, "/plan/stages/" + s.id() + "/name", stage.name());
                checks.text(file, "/plan/stages/" + s.id() + "/next_step", stage.nextStep());
            }
        }
        for (PlanWarning w : PlanWarning.values()) {
            present(file, "/plan/warning_texts", w.id(), p.warningTexts().get(w));
        }
        checks.placeholder(file, "/plan/set_clinical", p.setClinical(), "{status}");
        checks.placeholder(file, "/plan/set_it", p.setIt(), "{status}");
        checks.placeholder(file, "/plan/stage_forward", p.stageForward(), "{stage}");
        checks.placeholder(file, "/plan/stage_back", p.stageBack(), "{stage}");
        checks.placeholder(file, "/plan/last_change", p.lastChange(), "{what}");
        for (Refusal r : Refusal.values()) {
            present(file, "/refusals", r.id(), d.refusals().get(r));
        }
        checks.placeholder(file, "/refusals/rate_limited", d.refusals().getOrDefault(Refusal.RATE_LIMITED, ""), "{seconds}");
    }

    private void present(Parsed<?> file, String pointer, String key, String value) {
        if (value == null || value.isBlank()) {
            errors.add(file.error(pointer, "no words for '" + key + "'"));
        }
    }

}
