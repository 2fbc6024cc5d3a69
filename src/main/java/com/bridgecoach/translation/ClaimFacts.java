package com.bridgecoach.translation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specifics in a claim that every translation must keep word for word: amounts of money,
 * percentages, durations and other numbers, quarters and fiscal years, and product or EHR names.
 */
public final class ClaimFacts {
    private static final String UNITS = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|shifts?"
            + "|clicks?|beds?|patients?|physicians?|nurses?|clinicians?|sites?|hospitals?|units?|visits?|encounters?|tickets?";
    private static final Pattern NUMBERS = Pattern.compile(
            "[$\u20ac\u00a3]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:[KkMmBb]|MM|million|billion|thousand)\\b)?"
                    + "|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b)"
                    + "|\\d[\\d,]*(?:\\.\\d+)?[\\s-]?(?:" + UNITS + ")\\b"
                    + "|\\bQ[1-4](?:\\s?(?:FY)?\\d{2,4})?\\b|\\bFY\\s?\\d{2,4}\\b"
                    + "|\\d+/\\d+|\\d[\\d,]*(?:\\.\\d+)?[xX]?");
    /** Capitalised words that are not the first of a sentence, and CamelCase names such as MyChart. */
    private static final Pattern NAME = Pattern.compile("\\b(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{2,})\\b");
    private static final Set<String> NOT_NAMES = Set.of("The", "Our", "We", "This", "That", "It", "Its", "Your", "You",
            "They", "Their", "With", "And", "But", "For", "From", "When", "What", "Which", "Who", "How", "Why", "All", "Every",
            "Each", "In", "On", "At", "By", "If", "So", "No", "Not", "One", "Two", "Three", "Four", "Five", "Ten", "Most",
            "More", "Less", "Fewer", "New", "Now", "Also", "Plus", "Just", "Only", "Then", "Than", "Because", "After", "Before",
            "Across", "Over", "Under", "Into", "Within", "Without", "Per", "Via", "Are", "Is", "Was", "Can", "Will", "Has", "Have",
            "Dr", "Mr", "Ms", "Mrs");

    private ClaimFacts() {
    }

    /** The numbers and names in the text, in order, each once. */
    public static List<String> of(String text) {
        Set<String> facts = new LinkedHashSet<>();
        Matcher n = NUMBERS.matcher(text);
        while (n.find()) {
            facts.add(n.group().strip());
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group()) && !sentenceStart(text, m.start())) {
                facts.add(m.group());
            }
        }
        return new ArrayList<>(facts);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;\"\u201c(\n".indexOf(text.charAt(i)) >= 0;
    }
}
