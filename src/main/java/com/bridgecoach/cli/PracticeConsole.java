package com.bridgecoach.cli;

import com.bridgecoach.coach.PracticeReplies;
import com.bridgecoach.content.Headings;
import com.bridgecoach.content.PracticeContent;
import com.bridgecoach.practice.Detection;
import com.bridgecoach.practice.PracticeSession;
import com.bridgecoach.practice.Scenario;
import com.bridgecoach.practice.Scorecard;
import com.bridgecoach.practice.TechniqueDetector;
import com.bridgecoach.practice.Turn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Runs one role-play over text lines: each line the rep types is a turn; {@code end} ends it. Text or JSON out. */
final class PracticeConsole {
    private final PracticeContent content;
    private final Headings words;
    private final ObjectMapper json = new ObjectMapper();
    private final TextRenderer renderer = new TextRenderer();

    PracticeConsole(PracticeContent content, Headings words) {
        this.content = content;
        this.words = words;
    }

    /**
     * @param prompt show the card and a prompt (a person is typing), or just the replies (a file is replayed)
     */
    void run(Scenario scenario, long seed, BufferedReader in, PrintWriter out, boolean asJson, boolean prompt) throws IOException {
        PracticeSession session = PracticeSession.begin(content, new TechniqueDetector(content.techniques()), scenario, seed);
        PracticeReplies replies = new PracticeReplies(content.rubric(), words.practice());
        String speaker = scenario.persona().name();
        // JSON carries one object per reply to a rep turn (CONTRACT), so the persona's opening is text-only
        if (!asJson) {
            if (prompt) {
                out.println(renderer.render(replies.card(scenario)));
            }
            out.println(said(speaker, session.opening()));
        }
        out.flush();
        while (!session.outcome().over()) {
            if (prompt && !asJson) {
                out.print(words.terminal().practicePrompt());
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                session.end();
                break;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.toLowerCase(Locale.ROOT).matches("end|/end|quit|exit")) {
                session.end();
                break;
            }
            Turn turn = session.say(text);
            if (asJson) {
                ObjectNode node = json.createObjectNode().put("turn", turn.number()).put("persona", speaker).put("reply", turn.reply())
                        .put("move", turn.move().name().toLowerCase(Locale.ROOT)).put("trust", turn.trustAfter());
                ArrayNode found = node.putArray("techniques");
                for (Detection d : turn.detections()) {
                    found.addObject().put("id", d.technique()).put("kind", d.kind().id()).put("quote", d.quote());
                }
                out.println(node);
            } else {
                out.println(said(speaker, turn.reply()));
            }
            out.flush();
        }
        Scorecard card = session.scorecard();
        if (asJson) {
            ObjectNode root = json.createObjectNode();
            ObjectNode sc = root.putObject("scorecard");
            sc.put("score", card.score());
            ArrayNode criteria = sc.putArray("criteria");
            for (Scorecard.CriterionScore c : card.criteria()) {
                criteria.addObject().put("id", c.id()).put("score", c.score()).put("feedback", c.feedback())
                        .put("name", c.name()).put("weight", c.weight());
            }
            sc.put("strength", card.strength());
            sc.put("fix", card.fix());
            sc.put("better_line", card.betterLine());
            sc.put("outcome", card.outcome().id());
            sc.put("scenario", scenario.id());
            out.println(root);
        } else {
            out.println();
            out.println(renderer.render(replies.scorecard(card, scenario)));
        }
        out.flush();
    }

    private String said(String persona, String text) {
        return Headings.fill(words.practice().personaSaid(), java.util.Map.of("persona", persona, "text", String.valueOf(text)));
    }
}
