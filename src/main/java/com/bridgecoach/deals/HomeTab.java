package com.bridgecoach.deals;

import com.bridgecoach.coach.Reply;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.DealWords;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A rep's Home tab: recent diagnoses, shares, practice scores with their trend, and ways to start. */
public final class HomeTab {
    static final int RECENT = 5;
    /** A change in average score smaller than this is noise, not a trend. */
    static final double TREND_THRESHOLD = 3.0;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM").withZone(ZoneOffset.UTC);

    private final Content content;
    private final DiagnosisHistory diagnoses;
    private final SharedRecommendations shares;
    private final PracticeHistory practice;

    public HomeTab(Content content, DiagnosisHistory diagnoses, SharedRecommendations shares, PracticeHistory practice) {
        this.content = content;
        this.diagnoses = diagnoses;
        this.shares = shares;
        this.practice = practice;
    }

    /** The direction of a rep's scores, newest first. */
    public enum Trend {
        UP, DOWN, FLAT, NONE;

        static Trend of(List<Integer> newestFirst) {
            if (newestFirst.size() < 2) {
                return NONE;
            }
            int half = newestFirst.size() / 2;
            double recent = newestFirst.subList(0, half).stream().mapToInt(Integer::intValue).average().orElse(0);
            double earlier = newestFirst.subList(half, newestFirst.size()).stream().mapToInt(Integer::intValue).average().orElse(0);
            if (recent - earlier >= TREND_THRESHOLD) {
                return UP;
            }
            if (earlier - recent >= TREND_THRESHOLD) {
                return DOWN;
            }
            return FLAT;
        }
    }

    public Reply render(String userId) {
        DealWords.Home w = content.deals().home();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(Reply.Section.text(null, w.intro()));

        List<String> diagnosed = diagnoses.recentFor(userId, RECENT).stream()
                .map(d -> content.playbook(d.pattern()).name() + " (" + Math.round(d.confidence() * 100) + "% sure), " + DAY.format(d.at()))
                .toList();
        sections.add(diagnosed.isEmpty() ? Reply.Section.text(w.recentDiagnoses(), w.noDiagnoses())
                : new Reply.Section(w.recentDiagnoses(), Reply.Style.LIST, diagnosed));

        List<String> shared = shares.recentBy(userId, RECENT).stream()
                .map(s -> s.title() + ", " + DAY.format(s.sharedAt())).toList();
        sections.add(shared.isEmpty() ? Reply.Section.text(w.recentShares(), w.noShares())
                : new Reply.Section(w.recentShares(), Reply.Style.LIST, shared));

        List<PracticeHistory.Score> scores = practice.recentFor(userId, RECENT * 2);
        if (scores.isEmpty()) {
            sections.add(Reply.Section.text(w.practice(), w.noPractice()));
        } else {
            List<String> lines = new ArrayList<>(scores.stream().limit(RECENT)
                    .map(s -> s.score() + "/100 with the " + s.persona().toUpperCase(java.util.Locale.ROOT)
                            + (s.pattern().isBlank() ? "" : " (" + s.pattern().replace('_', ' ') + ")") + ", " + DAY.format(s.at()))
                    .toList());
            sections.add(new Reply.Section(w.practice(), Reply.Style.LIST, lines));
            String trend = switch (Trend.of(scores.stream().map(PracticeHistory.Score::score).toList())) {
                case UP -> w.trendUp();
                case DOWN -> w.trendDown();
                case FLAT -> w.trendFlat();
                case NONE -> null;
            };
            if (trend != null) {
                sections.add(new Reply.Section(null, Reply.Style.CONTEXT, List.of(trend)));
            }
        }
        List<Reply.Action> actions = List.of(
                new Reply.Action(Reply.ActionKind.START, w.startDiagnosis(), "diagnose"),
                new Reply.Action(Reply.ActionKind.START, w.startTranslation(), "translate"),
                new Reply.Action(Reply.ActionKind.START, w.startPractice(), "practice"));
        return new Reply(w.title(), sections, actions);
    }

    /** The prompt for the form a Start button opens; the value is the button's. */
    public String prompt(String start) {
        DealWords.Home w = content.deals().home();
        return switch (start) {
            case "translate" -> w.translationPrompt();
            case "practice" -> w.practicePrompt();
            default -> w.diagnosisPrompt();
        };
    }

    /** The /coach text a form's answer stands for. */
    public static String commandText(String start, String answer) {
        String text = answer == null ? "" : answer.strip();
        return switch (start) {
            case "translate", "practice" -> start + " " + text;
            default -> text;
        };
    }
}
