package com.bridgecoach.content;

import com.bridgecoach.content.ContentLoader.ConceptsFile;
import com.bridgecoach.content.ContentLoader.KitsFile;
import com.bridgecoach.content.ContentLoader.Parsed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the translation content beyond its YAML shape, across its files: enough concepts, no duplicate
 * match terms, every placeholder a shell needs, and no CMO wording that uses a word the lexicon says a
 * CMO must not get (nor CIO wording with hype), so an edit can't quietly break the translator's promises.
 */
final class TranslationValidator {
    static final int MIN_CONCEPTS = 60;
    static final int MIN_KIT_ITEMS = 4;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** Words that show the bridge covers each of its four promises. */
    private static final Map<String, Pattern> BRIDGE_COVERS = Map.of(
            "a clinical outcome", Pattern.compile("(?i)\\b(patient|clinical|outcome)"),
            "integration", Pattern.compile("(?i)\\bintegrat"),
            "support burden", Pattern.compile("(?i)\\bsupport"),
            "ROI", Pattern.compile("\\bROI\\b|(?i:\\breturn\\b)"));

    private static final Pattern CONCEPT_ID = Pattern.compile("[a-z0-9_]{2,60}");

    private final List<ContentError> errors;
    private final FieldChecks checks;

    TranslationValidator(List<ContentError> errors) {
        this.errors = errors;
        this.checks = new FieldChecks(errors);
    }

    void validate(Parsed<ConceptsFile> concepts, Parsed<TranslationFrames> frames, Parsed<DraftLexicon> lexicon,
                  Parsed<KitsFile> kits, Parsed<JointPlan> joint) {
        lexicon(lexicon);
        TermMatcher jargon = new TermMatcher(lexicon.value().jargon().stream().map(DraftLexicon.Term::term).toList());
        TermMatcher hype = new TermMatcher(lexicon.value().hype().stream().map(DraftLexicon.Term::term).toList());
        concepts(concepts, jargon, hype);
        frames(frames, jargon, hype);
        kits(kits);
        joint(joint);
    }

    private void lexicon(Parsed<DraftLexicon> file) {
        DraftLexicon l = file.value();
        terms(file, "/jargon", l.jargon(), true);
        terms(file, "/hype", l.hype(), false);
        checks.lines(file, "/efficiency", l.efficiency(), 5);
        checks.lines(file, "/clinical_value", l.clinicalValue(), 10);
        checks.lines(file, "/integration", l.integration(), 5);
        checks.lines(file, "/security", l.security(), 5);
        checks.lines(file, "/support", l.support(), 5);
        TermMatcher jargon = new TermMatcher(l.jargon().stream().map(DraftLexicon.Term::term).toList());
        for (int i = 0; i < l.jargon().size(); i++) {
            List<TermMatcher.Match> inside = jargon.find(l.jargon().get(i).sayInstead());
            if (!inside.isEmpty()) {
                errors.add(file.error("/jargon/" + i + "/say_instead", "uses '" + inside.get(0).text() + "', itself a word a CMO should not get"));
            }
        }
        DraftLexicon.Scoring s = l.scoring();
        checks.range(file, "/scoring/threshold", s.threshold(), 1, 100);
        checks.range(file, "/scoring/jargon_each", s.jargonEach(), 0, 100);
        checks.range(file, "/scoring/jargon_max", s.jargonMax(), 0, 100);
        checks.range(file, "/scoring/hype_each", s.hypeEach(), 0, 100);
        checks.range(file, "/scoring/hype_max", s.hypeMax(), 0, 100);
        checks.range(file, "/scoring/wrong_lens", s.wrongLens(), 0, 100);
        checks.range(file, "/scoring/efficiency_without_clinical_value", s.efficiencyWithoutClinicalValue(), 0, 100);
        checks.range(file, "/scoring/enthusiasm_without_substance", s.enthusiasmWithoutSubstance(), 0, 100);
        checks.range(file, "/scoring/missing_clinical_value", s.missingClinicalValue(), 0, 100);
        checks.range(file, "/scoring/missing_each", s.missingEach(), 0, 100);
        DraftLexicon.Advice a = l.advice();
        checks.text(file, "/advice/jargon", a.jargon());
        checks.text(file, "/advice/jargon_again", a.jargonAgain());
        checks.text(file, "/advice/hype", a.hype());
        checks.text(file, "/advice/hype_again", a.hypeAgain());
        checks.text(file, "/advice/wrong_lens_cmo", a.wrongLensCmo());
        checks.text(file, "/advice/wrong_lens_cio", a.wrongLensCio());
        checks.text(file, "/advice/efficiency_without_clinical_value", a.efficiencyWithoutClinicalValue());
        checks.text(file, "/advice/enthusiasm_without_substance", a.enthusiasmWithoutSubstance());
        checks.text(file, "/advice/missing_clinical_value", a.missingClinicalValue());
        checks.text(file, "/advice/missing_integration", a.missingIntegration());
        checks.text(file, "/advice/missing_security", a.missingSecurity());
        checks.text(file, "/advice/missing_support", a.missingSupport());
        checks.text(file, "/advice/missing_clinical_text", a.missingClinicalText());
        checks.text(file, "/advice/missing_integration_text", a.missingIntegrationText());
        checks.text(file, "/advice/missing_security_text", a.missingSecurityText());
        checks.text(file, "/advice/missing_support_text", a.missingSupportText());
    }

    private void concepts(Parsed<ConceptsFile> file, TermMatcher jargon, TermMatcher hype) {
        List<TranslationConcept> concepts = file.value().concepts();
        if (concepts.size() < MIN_CONCEPTS) {
            errors.add(file.error("/concepts", "give at least " + MIN_CONCEPTS + " concepts (has " + concepts.size() + ")"));
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            TranslationConcept c = concepts.get(i);
            String at = "/concepts/" + i;
            if (checks.id(file, at + "/id", c.id(), CONCEPT_ID, "use lower_snake_case, 2 to 60 characters") && !ids.add(c.id())) {
                errors.add(file.error(at + "/id", "duplicate concept id '" + c.id() + "'"));
            }
            if (c.match().isEmpty()) {
                errors.add(file.error(at + "/match", "give at least one term"));
            }
            for (int j = 0; j < c.match().size(); j++) {
                String term = c.match().get(j);
                checks.text(file, at + "/match/" + j, term);
                if (term == null || term.isBlank()) {
                    continue;
                }
                String before = owner.putIfAbsent(TermMatcher.key(term), c.id());
                if (before != null) {
                    errors.add(file.error(at + "/match/" + j, "'" + term + "' already names concept '" + before + "'"));
                }
            }
            checks.text(file, at + "/clinical", c.clinical());
            checks.text(file, at + "/technical", c.technical());
            checks.text(file, at + "/financial", c.financial());
            clean(file, at + "/clinical", c.clinical(), jargon, "a word a CMO should not get");
            clean(file, at + "/technical", c.technical(), hype, "clinical hype a CIO distrusts");
            clean(file, at + "/financial", c.financial(), hype, "hype");
        }
        negation(file, ids);
    }

    private void negation(Parsed<ConceptsFile> file, Set<String> ids) {
        ConceptNegation n = file.value().negation();
        checks.lines(file, "/negation/negators", n.negators(), 1);
        checks.range(file, "/negation/scope", n.scope(), 1, 6);
        n.opposites().forEach((absent, meant) -> {
            String at = "/negation/opposites/" + absent;
            if (!ids.contains(absent)) {
                errors.add(file.error(at, "'" + absent + "' is not a concept id"));
            } else if (!ids.contains(meant)) {
                errors.add(file.error(at, "'" + meant + "' is not a concept id"));
            } else if (absent.equals(meant)) {
                errors.add(file.error(at, "a concept cannot mean itself when absent"));
            }
        });
        for (int i = 0; i < n.dropped().size(); i++) {
            String id = n.dropped().get(i);
            String at = "/negation/dropped/" + i;
            if (!ids.contains(id)) {
                errors.add(file.error(at, "'" + id + "' is not a concept id"));
            } else if (n.opposites().containsKey(id)) {
                errors.add(file.error(at, "'" + id + "' already has an opposite: an absent concept is either dropped or its opposite"));
            }
        }
    }

    private void frames(Parsed<TranslationFrames> file, TermMatcher jargon, TermMatcher hype) {
        TranslationFrames f = file.value();
        frame(file, "/cmo", f.cmo(), jargon, "a word a CMO should not get");
        frame(file, "/cio", f.cio(), hype, "clinical hype a CIO distrusts");
        TranslationFrames.Bridge b = f.bridge();
        shells(file, "/bridge/structures", b.structures(), 2, Set.of("claim", "clinical", "technical", "support", "financial"), hype);
        for (int i = 0; i < b.structures().size(); i++) {
            for (Map.Entry<String, Pattern> cover : BRIDGE_COVERS.entrySet()) {
                if (!cover.getValue().matcher(b.structures().get(i)).find()) {
                    errors.add(file.error("/bridge/structures/" + i, "the bridge must name " + cover.getKey() + " in its own words"));
                }
            }
        }
        shells(file, "/bridge/support", b.support(), 2, Set.of(), hype);
        shells(file, "/bridge/clinical", b.clinical(), 2, Set.of(), hype);
        shells(file, "/bridge/technical", b.technical(), 2, Set.of(), hype);
        shells(file, "/bridge/financial", b.financial(), 2, Set.of(), hype);
        checks.text(file, "/hint", f.hint());
    }

    private void frame(Parsed<TranslationFrames> file, String at, TranslationFrames.Frame f, TermMatcher banned, String why) {
        shells(file, at + "/openers", f.openers(), 3, Set.of(), banned);
        shells(file, at + "/claim_leads", f.claimLeads(), 2, Set.of("claim"), banned);
        shells(file, at + "/connectors", f.connectors(), 3, Set.of("clause"), banned);
        shells(file, at + "/fallback", f.fallback(), 2, Set.of(), banned);
        shells(file, at + "/assurances", f.assurances(), 2, Set.of(), banned);
        shells(file, at + "/closers", f.closers(), 3, Set.of(), banned);
    }

    /** Shell lines: enough of them, each with exactly the placeholders it needs, none of the banned words. */
    private void shells(Parsed<?> file, String at, List<String> lines, int min, Set<String> placeholders, TermMatcher banned) {
        checks.lines(file, at, lines, min);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                continue;
            }
            Set<String> found = new HashSet<>();
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                found.add(m.group(1));
            }
            if (!found.equals(placeholders)) {
                errors.add(file.error(at + "/" + i, placeholders.isEmpty()
                        ? "takes no placeholders (has " + found + ")"
                        : "needs exactly the placeholders " + placeholders + " (has " + found + ")"));
            }
            clean(file, at + "/" + i, line.replaceAll("\\{[a-z_]+}", ""), banned, "a banned word for this audience");
        }
    }

    private void kits(Parsed<KitsFile> file) {
        Set<ChampionSide> seen = EnumSet.noneOf(ChampionSide.class);
        List<ChampionKit> kits = file.value().kits();
        for (int i = 0; i < kits.size(); i++) {
            ChampionKit k = kits.get(i);
            String at = "/kits/" + i;
            if (!seen.add(k.side())) {
                errors.add(file.error(at + "/side", "a second kit for '" + k.side().id() + "'"));
            }
            checks.text(file, at + "/title", k.title());
            checks.text(file, at + "/intro", k.intro());
            checks.text(file, at + "/next_step", k.nextStep());
            if (k.items().size() < MIN_KIT_ITEMS) {
                errors.add(file.error(at + "/items", "give at least " + MIN_KIT_ITEMS + " items (has " + k.items().size() + ")"));
            }
            for (int j = 0; j < k.items().size(); j++) {
                ChampionKit.Item item = k.items().get(j);
                checks.text(file, at + "/items/" + j + "/item", item.item());
                checks.text(file, at + "/items/" + j + "/must_contain", item.mustContain());
                checks.text(file, at + "/items/" + j + "/why_they_ask", item.whyTheyAsk());
            }
        }
        for (ChampionSide side : ChampionSide.values()) {
            if (!seen.contains(side)) {
                errors.add(file.error("/kits", "no kit for a " + side.id() + " champion"));
            }
        }
    }

    private void joint(Parsed<JointPlan> file) {
        JointPlan j = file.value();
        checks.text(file, "/title", j.title());
        checks.text(file, "/when", j.when());
        checks.text(file, "/invitation/subject", j.invitation().subject());
        checks.text(file, "/invitation/body", j.invitation().body());
        if (j.invite().size() < 2) {
            errors.add(file.error("/invite", "invite at least clinical and IT leadership (two or more)"));
        }
        for (int i = 0; i < j.invite().size(); i++) {
            checks.text(file, "/invite/" + i + "/who", j.invite().get(i).who());
            checks.text(file, "/invite/" + i + "/why", j.invite().get(i).why());
        }
        if (j.agenda().size() < 3) {
            errors.add(file.error("/agenda", "give at least three agenda items"));
        }
        for (int i = 0; i < j.agenda().size(); i++) {
            checks.range(file, "/agenda/" + i + "/minutes", j.agenda().get(i).minutes(), 1, 120);
            checks.text(file, "/agenda/" + i + "/item", j.agenda().get(i).item());
        }
        if (j.metrics().size() < 3) {
            errors.add(file.error("/metrics", "give at least three shared metrics"));
        }
        for (int i = 0; i < j.metrics().size(); i++) {
            checks.text(file, "/metrics/" + i + "/metric", j.metrics().get(i).metric());
            checks.text(file, "/metrics/" + i + "/cmo_why", j.metrics().get(i).cmoWhy());
            checks.text(file, "/metrics/" + i + "/cio_why", j.metrics().get(i).cioWhy());
        }
        checks.lines(file, "/avoid", j.avoid(), 1);
    }

    private void terms(Parsed<DraftLexicon> file, String at, List<DraftLexicon.Term> terms, boolean insteadRequired) {
        if (terms.size() < 5) {
            errors.add(file.error(at, "give at least 5 terms (has " + terms.size() + ")"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            DraftLexicon.Term t = terms.get(i);
            checks.text(file, at + "/" + i + "/term", t.term());
            if (insteadRequired) {
                checks.text(file, at + "/" + i + "/say_instead", t.sayInstead());
            }
            if (t.term() != null && !seen.add(TermMatcher.key(t.term()))) {
                errors.add(file.error(at + "/" + i + "/term", "'" + t.term() + "' is listed twice"));
            }
        }
    }

    private void clean(Parsed<?> file, String at, String value, TermMatcher banned, String why) {
        if (value == null) {
            return;
        }
        List<TermMatcher.Match> hits = banned.find(value);
        if (!hits.isEmpty()) {
            errors.add(file.error(at, "'" + hits.get(0).text() + "' is " + why));
        }
    }
}
