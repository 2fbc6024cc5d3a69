package com.bridgecoach.translation;

import com.bridgecoach.content.Audience;
import com.bridgecoach.content.DraftLexicon;
import com.bridgecoach.content.TermMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a draft (an email, a message, talking points) as its audience would: a CMO for architecture
 * jargon, savings with no clinical payoff, the wrong opening and no clinical value; a CIO for hype,
 * clinical enthusiasm with nothing on integration, security or support, and the wrong opening.
 * Every flag quotes the draft's own words; the lexicon and the scoring are content.
 */
public final class DraftChecker {
    public static final int MAX_LENGTH = AudienceTranslator.MAX_LENGTH;
    private static final Pattern GREETING = Pattern.compile(
            "(?i)^\\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|subject:|re:|fwd?:|thanks|thank you)\\b.{0,80}$");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(Dr|Mr|Ms|Mrs|e\\.g|i\\.e|vs|etc|approx)\\.");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)|\\n");
    private static final int MAX_QUOTED = 4;

    private final DraftLexicon lexicon;
    private final TermMatcher jargon;
    private final Map<String, String> jargonInstead = new LinkedHashMap<>();
    private final TermMatcher hype;
    private final TermMatcher efficiency;
    private final TermMatcher clinical;
    private final TermMatcher integration;
    private final TermMatcher security;
    private final TermMatcher support;

    public DraftChecker(DraftLexicon lexicon) {
        this.lexicon = lexicon;
        this.jargon = new TermMatcher(lexicon.jargon().stream().map(DraftLexicon.Term::term).toList());
        lexicon.jargon().forEach(t -> jargonInstead.put(t.term(), t.sayInstead()));
        this.hype = new TermMatcher(lexicon.hype().stream().map(DraftLexicon.Term::term).toList());
        this.efficiency = new TermMatcher(lexicon.efficiency());
        this.clinical = new TermMatcher(lexicon.clinicalValue());
        this.integration = new TermMatcher(lexicon.integration());
        this.security = new TermMatcher(lexicon.security());
        this.support = new TermMatcher(lexicon.support());
    }

    /** Checks a non-blank draft of at most {@link #MAX_LENGTH} characters for the CMO or the CIO. */
    public FitCheck check(Audience audience, String draft) {
        String text = draft == null ? "" : draft.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("there is no draft to check");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the draft is " + text.length() + " characters; the limit is " + MAX_LENGTH);
        }
        return switch (audience) {
            case CMO -> forCmo(text);
            case CIO -> forCio(text);
            case BRIDGE -> throw new IllegalArgumentException("a draft is checked for the CMO or the CIO");
        };
    }

    private FitCheck forCmo(String text) {
        DraftLexicon.Scoring s = lexicon.scoring();
        DraftLexicon.Advice a = lexicon.advice();
        List<FitCheck.Flag> flags = new ArrayList<>();
        int score = 100;
        String opening = opening(text);

        List<TermMatcher.Match> jargonHits = distinct(jargon.find(text));
        for (TermMatcher.Match m : jargonHits) {
            String advice = flags.isEmpty() ? a.jargon() : a.jargonAgain();
            flags.add(new FitCheck.Flag("jargon", m.text(), advice.replace("{term}", m.text()).replace("{instead}", jargonInstead.get(m.term()))));
        }
        score -= Math.min(s.jargonMax(), s.jargonEach() * jargonHits.size());

        int clinicalCount = clinical.find(text).size();
        List<TermMatcher.Match> efficiencyHits = distinct(efficiency.find(text));
        if (clinicalCount == 0) {
            flags.add(new FitCheck.Flag("missing", a.missingClinicalText(), a.missingClinicalValue()));
            score -= s.missingClinicalValue();
        }
        if (!efficiencyHits.isEmpty() && clinicalCount < Math.max(2, efficiencyHits.size())) {
            flags.add(new FitCheck.Flag("efficiency_without_clinical_value", quote(efficiencyHits), a.efficiencyWithoutClinicalValue()));
            score -= s.efficiencyWithoutClinicalValue();
        }
        boolean opensOnMachinery = jargon.anyIn(opening) || efficiency.anyIn(opening);
        if (opensOnMachinery && !clinical.anyIn(opening)) {
            flags.add(new FitCheck.Flag("wrong_lens", opening, a.wrongLensCmo()));
            score -= s.wrongLens();
        }
        return result(Audience.CMO, score, flags);
    }

    private FitCheck forCio(String text) {
        DraftLexicon.Scoring s = lexicon.scoring();
        DraftLexicon.Advice a = lexicon.advice();
        List<FitCheck.Flag> flags = new ArrayList<>();
        int score = 100;
        String opening = opening(text);

        List<TermMatcher.Match> hypeHits = distinct(hype.find(text));
        for (TermMatcher.Match m : hypeHits) {
            flags.add(new FitCheck.Flag("hype", m.text(), (flags.isEmpty() ? a.hype() : a.hypeAgain()).replace("{term}", m.text())));
        }
        score -= Math.min(s.hypeMax(), s.hypeEach() * hypeHits.size());

        boolean hasIntegration = integration.anyIn(text);
        boolean hasSecurity = security.anyIn(text);
        boolean hasSupport = support.anyIn(text);
        int covered = (hasIntegration ? 1 : 0) + (hasSecurity ? 1 : 0) + (hasSupport ? 1 : 0);
        List<TermMatcher.Match> clinicalHits = clinical.find(text);
        if ((!hypeHits.isEmpty() || clinicalHits.size() >= 3) && covered <= 1) {
            List<TermMatcher.Match> quoted = hypeHits.isEmpty() ? distinct(clinicalHits) : hypeHits;
            flags.add(new FitCheck.Flag("enthusiasm_without_substance", quote(quoted), a.enthusiasmWithoutSubstance()));
            score -= s.enthusiasmWithoutSubstance();
        }
        boolean opensOnOperations = integration.anyIn(opening) || security.anyIn(opening) || support.anyIn(opening);
        if (!opensOnOperations && (hype.anyIn(opening) || clinical.anyIn(opening))) {
            flags.add(new FitCheck.Flag("wrong_lens", opening, a.wrongLensCio()));
            score -= s.wrongLens();
        }
        if (!hasIntegration) {
            flags.add(new FitCheck.Flag("missing", a.missingIntegrationText(), a.missingIntegration()));
            score -= s.missingEach();
        }
        if (!hasSecurity) {
            flags.add(new FitCheck.Flag("missing", a.missingSecurityText(), a.missingSecurity()));
            score -= s.missingEach();
        }
        if (!hasSupport) {
            flags.add(new FitCheck.Flag("missing", a.missingSupportText(), a.missingSupport()));
            score -= s.missingEach();
        }
        return result(Audience.CIO, score, flags);
    }

    private FitCheck result(Audience audience, int score, List<FitCheck.Flag> flags) {
        int bounded = Math.max(0, Math.min(100, score));
        return new FitCheck(audience, bounded >= lexicon.scoring().threshold() ? Fit.GOOD : Fit.POOR, bounded, flags);
    }

    /** The first sentence that says something: greetings, subject lines and sign-offs don't count. */
    static String opening(String text) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || GREETING.matcher(l).matches()) {
                continue;
            }
            String masked = ABBREVIATION.matcher(l).replaceAll("$1\u2024");
            var end = SENTENCE_END.matcher(masked);
            String first = end.find() ? masked.substring(0, end.start() + 1) : masked;
            return first.replace('\u2024', '.').strip();
        }
        return text.strip();
    }

    private static List<TermMatcher.Match> distinct(List<TermMatcher.Match> matches) {
        Map<String, TermMatcher.Match> seen = new LinkedHashMap<>();
        for (TermMatcher.Match m : matches) {
            seen.putIfAbsent(m.text().toLowerCase(Locale.ROOT), m);
        }
        return new ArrayList<>(seen.values());
    }

    private static String quote(List<TermMatcher.Match> matches) {
        return matches.stream().limit(MAX_QUOTED).map(TermMatcher.Match::text).collect(Collectors.joining(", "));
    }
}
