package com.bridgecoach.coach;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads the text after {@code /coach} into a {@link CoachCommand}. */
public final class CommandParser {
    public static final int MAX_LENGTH = 4_000;

    /**
     * Each command with what may follow it. A first word only counts as a command when what follows
     * fits, so "champion went dark on me" stays a situation to diagnose.
     */
    private static final Map<String, Predicate<String>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", String::isEmpty);
        COMMANDS.put("translate", rest -> true);
        COMMANDS.put("check", rest -> rest.isEmpty() || rest.matches("(cmo|cio)\\b.*"));
        COMMANDS.put("champion", rest -> rest.isEmpty() || rest.matches("(clinical|technical)\\b.*"));
        COMMANDS.put("joint", String::isEmpty);
        COMMANDS.put("practice", rest -> rest.isEmpty() || rest.matches("(<@|@|cmo\\b|cio\\b|[a-z]+_[a-z_]+).*"));
        COMMANDS.put("team", rest -> rest.isEmpty() || rest.matches("[0-9a-f]{6,16}"));
        COMMANDS.put("plan", String::isEmpty);
        COMMANDS.put("forget", "me"::equals);
    }


    public CoachCommand parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return new CoachCommand.TooLong(trimmed.length(), MAX_LENGTH);
        }
        if (trimmed.isEmpty()) {
            return new CoachCommand.StartInterview();
        }
        if (trimmed.equals("?")) {
            return new CoachCommand.Help();
        }
        String[] parts = WHITESPACE.split(trimmed, 2);
        String first = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        String restLower = rest.toLowerCase(Locale.ROOT);
        Predicate<String> fits = COMMANDS.get(first);
        if (fits != null && fits.test(restLower)) {
            if (first.equals("help")) {
                return new CoachCommand.Help();
            }
            CoachCommand translation = translation(first, rest);
            if (translation != null) {
                return translation;
            }
            if (first.equals("plan")) {
                return new CoachCommand.Plan();
            }
            if (first.equals("forget")) {
                return new CoachCommand.ForgetMe();
            }
            if (first.equals("practice")) {
                return practice(rest);
            }
            if (first.equals("team")) {
                return new CoachCommand.Team(restLower.isEmpty() ? null : restLower);
            }
        }
        String near = nearest(first, restLower);
        if (near != null) {
            return new CoachCommand.Unknown(parts[0], near.equals("forget") ? "forget me" : near);
        }
        return new CoachCommand.Diagnose(trimmed);
    }

    /** The translation commands (translate, check, champion, joint), or null for any other command. */
    private static CoachCommand translation(String command, String rest) {
        String[] words = WHITESPACE.split(rest, 2);
        String option = words[0].toLowerCase(Locale.ROOT);
        String after = words.length > 1 ? words[1].strip() : "";
        switch (command) {
            case "translate":
                return rest.isEmpty() ? new CoachCommand.Usage(command) : new CoachCommand.Translate(rest);
            case "check":
                return rest.isEmpty() || after.isEmpty()
                        ? new CoachCommand.Usage(command)
                        : new CoachCommand.Check(com.bridgecoach.content.Audience.find(option).orElseThrow(), after);
            case "champion":
                return com.bridgecoach.content.ChampionSide.find(option)
                        .<CoachCommand>map(CoachCommand.Champion::new)
                        .orElseGet(() -> new CoachCommand.Usage(command));
            case "joint":
                return new CoachCommand.Joint();
            default:
                return null;
        }
    }

    /** Compiled once: {@code String.split("\\s+")} would compile it on every call. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    /** {@code practice [<@U123|name>] [cmo|cio] [scenario_id]}, in any order. */
    private static CoachCommand practice(String rest) {
        String rep = null;
        String persona = null;
        String scenario = null;
        for (String word : rest.isEmpty() ? new String[0] : WHITESPACE.split(rest)) {
            java.util.regex.Matcher mention = MENTION.matcher(word);
            String lower = word.toLowerCase(Locale.ROOT);
            if (mention.matches() && rep == null) {
                rep = mention.group(1);
            } else if ((lower.equals("cmo") || lower.equals("cio")) && persona == null) {
                persona = lower;
            } else if (lower.matches("[a-z]+(_[a-z]+)+") && scenario == null) {
                scenario = lower;
            } else {
                return new CoachCommand.Unknown(word, "practice [@rep] [cmo|cio] [scenario]");
            }
        }
        return new CoachCommand.Practice(rep, persona, scenario);
    }

    /** The command a mistyped first word was probably meant to be, or null if it reads as a situation. */
    private static String nearest(String word, String rest) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Predicate<String>> command : COMMANDS.entrySet()) {
            String name = command.getKey();
            int allowed = name.length() >= 6 ? 2 : 1;
            if (Math.abs(word.length() - name.length()) > allowed) {
                // the distance is at least the difference in length: too far, without computing it
                continue;
            }
            int d = distance(word, name);
            if (d > 0 && d <= allowed && d < bestDistance && command.getValue().test(rest)) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
