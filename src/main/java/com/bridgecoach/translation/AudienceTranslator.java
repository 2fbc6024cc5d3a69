package com.bridgecoach.translation;

import com.bridgecoach.content.ConceptKind;
import com.bridgecoach.content.TermMatcher;
import com.bridgecoach.content.TranslationConcept;
import com.bridgecoach.content.TranslationContent;
import com.bridgecoach.content.TranslationFrames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rewrites a rep's claim for the CMO, the CIO and both, from the concept map and audience frames in
 * content. Deterministic: the same claim always gets the same words; different claims get different
 * shells. The claim's own words survive in every version, except architecture jargon for the CMO and
 * hype for the CIO and the bridge, so every number and name in it is kept.
 */
public final class AudienceTranslator {
    public static final int MAX_LENGTH = 4_000;
    /** More concepts than this and a version stops reading like something a person would say. */
    private static final int MAX_CONCEPTS = 3;
    /** What separates the words of a connector's lead ("For your clinicians, "). */
    private static final Pattern LEAD_WORDS = Pattern.compile("[^\\p{L}']+");
    private static final java.util.Set<String> ORDINARY_FIRST_WORDS = java.util.Set.of("Our", "We", "The", "This", "It", "Its",
            "Your", "A", "An", "Each", "Every", "All", "Any", "With", "By", "In", "On", "For", "From", "No", "Over", "Across",
            "Most", "Physicians", "Nurses", "Clinicians", "Patients", "Cut", "Cuts", "Saves", "Reduces", "Reduced", "Lowered",
            "Improves", "Improved", "Single", "One", "Fewer", "Less", "More", "Full", "Annual", "Built", "Runs", "Trusted");

    private final TranslationFrames frames;
    private final ConceptFinder concepts;
    private final TermRewriter jargon;
    private final TermRewriter hype;

    public AudienceTranslator(TranslationContent content) {
        this.frames = content.frames();
        this.concepts = new ConceptFinder(content.concepts(), content.negation());
        this.jargon = new TermRewriter(content.lexicon().jargon(), false);
        this.hype = new TermRewriter(content.lexicon().hype(), true);
    }

    /** The three versions of a claim; the claim must be non-blank and at most {@link #MAX_LENGTH} characters. */
    public Translation translate(String claim) {
        String text = claim == null ? "" : claim.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("there is no claim to translate");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the claim is " + text.length() + " characters; the limit is " + MAX_LENGTH);
        }
        List<TranslationConcept> found = concepts.find(text);
        List<TranslationConcept> used = found.subList(0, Math.min(MAX_CONCEPTS, found.size()));
        Choice choice = new Choice(text);
        String forCmo = hype.rewrite(jargon.rewrite(text));
        String forCio = hype.rewrite(text);

        String cmo = cmo(choice, sentence(forCmo), used);
        String cio = cio(choice, sentence(forCio), used);
        String bridge = bridge(choice, bare(forCio), found);

        List<String> facts = ClaimFacts.of(text);
        List<String> spokenForCmo = new ArrayList<>(inside(jargon.find(text), text));
        spokenForCmo.addAll(inside(hype.find(text), text));
        cmo = keepFacts(cmo, facts, spokenForCmo);
        cio = keepFacts(cio, facts, List.of());
        bridge = keepFacts(bridge, facts, List.of());
        String hint = found.isEmpty() ? frames.hint() : "";
        return new Translation(text, cmo, cio, bridge, found.stream().map(TranslationConcept::id).toList(), hint);
    }

    private String cmo(Choice choice, String claim, List<TranslationConcept> used) {
        TranslationFrames.Frame f = frames.cmo();
        List<String> parts = new ArrayList<>();
        parts.add(choice.pick(f.openers(), 1));
        parts.add(lead(choice.pick(f.claimLeads(), 2), claim));
        parts.addAll(clauses(choice, f, used, TranslationConcept::clinical));
        parts.add(choice.pick(f.assurances(), 4));
        parts.add(choice.pick(f.closers(), 5));
        return String.join(" ", parts);
    }

    private String cio(Choice choice, String claim, List<TranslationConcept> used) {
        TranslationFrames.Frame f = frames.cio();
        List<String> parts = new ArrayList<>();
        parts.add(choice.pick(f.openers(), 1));
        parts.addAll(clauses(choice, f, used, TranslationConcept::technical));
        parts.add(choice.pick(f.assurances(), 4));
        parts.add(lead(choice.pick(f.claimLeads(), 2), claim));
        parts.add(choice.pick(f.closers(), 5));
        return String.join(" ", parts);
    }

    /**
     * One connector per concept, each a different one while they last, or a fallback clause when nothing was
     * recognised. A connector that names the clause's first word ("For your clinicians, clinicians …") gives way
     * to the next one.
     */
    private static List<String> clauses(Choice choice, TranslationFrames.Frame f, List<TranslationConcept> used,
                                        Function<TranslationConcept, String> clause) {
        List<String> connectors = f.connectors();
        int first = choice.index(connectors.size(), 3);
        if (used.isEmpty()) {
            String fallback = choice.pick(f.fallback(), 6);
            return List.of(fill(connectors.get(fitting(connectors, first, fallback, List.of())), fallback));
        }
        List<String> out = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            String text = clause.apply(used.get(i));
            int at = fitting(connectors, first + i, text, taken);
            taken.add(at);
            out.add(fill(connectors.get(at), text));
        }
        return out;
    }

    /** From {@code start} on, the first connector not yet taken that doesn't echo the clause's first word. */
    private static int fitting(List<String> connectors, int start, String clause, List<Integer> taken) {
        String firstWord = clause.split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
        int fallback = Math.floorMod(start, connectors.size());
        for (int step = 0; step < connectors.size(); step++) {
            int at = Math.floorMod(start + step, connectors.size());
            String connector = connectors.get(at);
            String lead = connector.substring(0, Math.max(0, connector.indexOf("{clause}"))).toLowerCase(Locale.ROOT);
            boolean echoes = !firstWord.isEmpty() && Arrays.asList(LEAD_WORDS.split(lead)).contains(firstWord);
            if (!echoes && !taken.contains(at)) {
                return at;
            }
        }
        return fallback;
    }

    private String bridge(Choice choice, String claim, List<TranslationConcept> found) {
        TranslationFrames.Bridge b = frames.bridge();
        String clinical = prefer(found, ConceptKind.CLINICAL, TranslationConcept::clinical, choice, b.clinical());
        String technical = prefer(found, ConceptKind.TECHNICAL, TranslationConcept::technical, choice, b.technical());
        String financial = prefer(found, ConceptKind.FINANCIAL, TranslationConcept::financial, choice, b.financial());
        return TermRewriter.capitalise(choice.pick(b.structures(), 7)
                .replace("{claim}", claim)
                .replace("{clinical}", clinical)
                .replace("{technical}", technical)
                .replace("{support}", choice.pick(b.support(), 8))
                .replace("{financial}", financial));
    }

    /** The phrasing of the first concept of the wanted kind, else of the first concept, else a fallback. */
    private static String prefer(List<TranslationConcept> found, ConceptKind kind, Function<TranslationConcept, String> phrasing,
                                 Choice choice, List<String> fallback) {
        return found.stream().filter(c -> c.kind() == kind).findFirst()
                .or(() -> found.stream().findFirst())
                .map(phrasing)
                .orElseGet(() -> choice.pick(fallback, 9));
    }

    /** After "…: " an ordinary first word reads better in lower case; names and acronyms keep their capitals. */
    private static String lead(String shell, String claim) {
        int at = shell.indexOf("{claim}");
        String first = claim.split("[\\s,]", 2)[0];
        boolean afterColon = shell.substring(0, at).stripTrailing().endsWith(":");
        String c = afterColon && ORDINARY_FIRST_WORDS.contains(first) ? Character.toLowerCase(claim.charAt(0)) + claim.substring(1) : claim;
        return shell.replace("{claim}", c);
    }

    private static String fill(String connector, String clause) {
        return connector.replace("{clause}", clause);
    }

    /** A last guard: a number or name the rewording lost is put back, so no version drops a specific. */
    private static String keepFacts(String version, List<String> facts, List<String> spokenFor) {
        List<String> missing = new ArrayList<>();
        for (String fact : facts) {
            if (!version.contains(fact) && spokenFor.stream().noneMatch(s -> s.contains(fact))) {
                missing.add(fact);
            }
        }
        return missing.isEmpty() ? version : version + " (" + String.join(", ", missing) + ")";
    }

    private static List<String> inside(List<TermMatcher.Match> matches, String text) {
        return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** The claim as a sentence of its own: capitalised, ending in a full stop. */
    private static String sentence(String claim) {
        String s = bare(claim);
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            s = TermRewriter.capitalise(s);
        }
        return s + ".";
    }

    /** The claim without its closing punctuation, to sit inside a longer statement. */
    private static String bare(String claim) {
        return claim.strip().replaceAll("[\\s.!?;:,]+$", "");
    }

    /** Picks shells by a stable hash of the claim, so variety comes from the claim, not from chance. */
    private static final class Choice {
        private final int seed;

        Choice(String claim) {
            this.seed = claim.hashCode();
        }

        int index(int size, int salt) {
            return Math.floorMod(seed * 31 + salt * 0x9E3779B9, size);
        }

        String pick(List<String> options, int salt) {
            return options.get(index(options.size(), salt));
        }
    }
}
