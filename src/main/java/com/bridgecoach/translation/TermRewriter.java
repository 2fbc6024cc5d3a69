package com.bridgecoach.translation;

import com.bridgecoach.content.DraftLexicon;
import com.bridgecoach.content.TermMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the terms of a list in a text with their replacements, leaving every other word as written.
 * Neighbouring terms ("HL7 interface engine") become one replacement, the last term's; "a"/"an" before a
 * replacement is corrected; a term that reads as a name (capitalised mid-sentence) can be left alone.
 */
final class TermRewriter {
    /** Words that end the noun a replacement is about: "connection to the chart" is plural in "connection". */
    private static final Pattern AFTER_HEAD = Pattern.compile(" (?:to|into|inside|of|from|for|with|on|in) ");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])([Aa]n?)\\s+$");
    private final TermMatcher matcher;
    private final Map<String, String> replacements = new HashMap<>();
    private final boolean sparesNames;

    TermRewriter(List<DraftLexicon.Term> terms, boolean sparesNames) {
        this.matcher = new TermMatcher(terms.stream().map(DraftLexicon.Term::term).toList());
        terms.forEach(t -> replacements.put(t.term(), t.sayInstead()));
        this.sparesNames = sparesNames;
    }

    /** Where the terms are in the text, without the ones spared as names. */
    List<TermMatcher.Match> find(String text) {
        List<TermMatcher.Match> found = new ArrayList<>();
        for (TermMatcher.Match m : matcher.find(text)) {
            if (!(sparesNames && readsAsName(text, m))) {
                found.add(m);
            }
        }
        return found;
    }

    String rewrite(String text) {
        List<TermMatcher.Match> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        int i = 0;
        while (i < found.size()) {
            int start = found.get(i).start();
            int j = i;
            while (j + 1 < found.size() && text.substring(found.get(j).end(), found.get(j + 1).start()).matches("[\\s\\-/]*")) {
                j++;
            }
            int end = found.get(j).end();
            String replacement = plural(found.get(j), replacements.get(found.get(j).term()));
            out.append(text, at, start);
            boolean sentenceStart = startsSentence(out);
            if (replacement.isEmpty()) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                at = end;
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                fixArticle(out, text.substring(at));
                if (sentenceStart && at < text.length()) {
                    out.append(Character.toUpperCase(text.charAt(at)));
                    at++;
                }
            } else {
                fixArticle(out, replacement);
                out.append(sentenceStart ? capitalise(replacement) : replacement);
                at = end;
            }
            i = j + 1;
        }
        out.append(text.substring(at));
        return out.toString().replaceAll(" {2,}", " ").replace(" ,", ",").replace(" .", ".");
    }

    /** A capitalised word in mid-sentence that isn't an acronym: a product name such as Meditech MAGIC is spared. */
    private static boolean readsAsName(String text, TermMatcher.Match m) {
        String word = m.text();
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !startsSentence(new StringBuilder(text.substring(0, m.start())));
    }

    private static boolean startsSentence(CharSequence before) {
        int i = before.length() - 1;
        while (i >= 0 && Character.isWhitespace(before.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(before.charAt(i)) >= 0;
    }

    private static void fixArticle(StringBuilder out, String following) {
        Matcher m = ARTICLE_BEFORE.matcher(out);
        if (!m.find() || following.isEmpty()) {
            return;
        }
        String article = m.group(1);
        boolean vowel = "aeiouAEIOU".indexOf(following.charAt(0)) >= 0;
        String fixed = vowel ? "an" : "a";
        if (Character.isUpperCase(article.charAt(0))) {
            fixed = capitalise(fixed);
        }
        out.replace(m.start(1), m.end(1), fixed);
    }

    /** "interfaces" becomes "connections", and "HL7 interfaces" "standard connections to the chart". */
    private static String plural(TermMatcher.Match m, String replacement) {
        String term = m.term().toLowerCase(java.util.Locale.ROOT);
        String written = m.text().toLowerCase(java.util.Locale.ROOT);
        boolean pluralWritten = written.endsWith("s") && !term.endsWith("s") && !term.endsWith("*");
        if (!pluralWritten || replacement.isEmpty()) {
            return replacement;
        }
        Matcher after = AFTER_HEAD.matcher(replacement);
        int head = after.find() ? after.start() : replacement.length();
        return replacement.substring(0, head).endsWith("s") ? replacement
                : replacement.substring(0, head) + "s" + replacement.substring(head);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
