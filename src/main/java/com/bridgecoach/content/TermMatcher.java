package com.bridgecoach.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds content terms in free text: whole words, any case, plurals included; a space or hyphen in a
 * term matches a space, a hyphen or nothing ("sign-on", "sign on", "signon"); a term ending in
 * {@code *} matches any word starting with it. Longer terms win where matches overlap.
 */
public final class TermMatcher {
    private final List<Entry> entries;

    /** A match: where it is in the text, the words as written there, and the term that matched. */
    public record Match(int start, int end, String text, String term) {
    }

    /**
     * A term and its pattern; {@code needle} is a run of the term's letters every match contains, case-folded
     * as the pattern compares characters, so a text without it is passed over without running the pattern.
     */
    private record Entry(String term, Pattern pattern, String needle) {
    }

    public TermMatcher(List<String> terms) {
        List<Entry> list = new ArrayList<>();
        for (String term : terms) {
            if (term != null && !term.isBlank()) {
                list.add(new Entry(term, compile(term), needle(term)));
            }
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.term().length()).reversed());
        this.entries = List.copyOf(list);
    }

    static Pattern compile(String term) {
        String t = term.strip();
        boolean prefix = t.endsWith("*");
        if (prefix) {
            t = t.substring(0, t.length() - 1);
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '-') {
                regex.append("[\\s\\-]?");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append(prefix ? "[\\p{L}\\p{N}\\-]*" : "(?:s|es|'s|\u2019s)?");
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The longest run of the term between spaces and hyphens (the pattern matches it character by character),
     * case-folded; empty when the term has none.
     */
    static String needle(String term) {
        String t = term.strip();
        if (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1);
        }
        String longest = "";
        for (String run : t.split("[ \\-]")) {
            if (run.length() > longest.length()) {
                longest = run;
            }
        }
        return fold(longest);
    }

    /** Each character as a case-insensitive, Unicode-aware pattern compares it: lower case of upper case. */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** Every match, in order of position, without overlaps. */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        boolean[] taken = new boolean[text.length()];
        String folded = fold(text);
        for (Entry e : entries) {
            if (!folded.contains(e.needle())) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                found.add(new Match(m.start(), m.end(), m.group(), e.term()));
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    public boolean anyIn(String text) {
        return !find(text).isEmpty();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The term as a key for duplicate checks. */
    public static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "");
    }
}
