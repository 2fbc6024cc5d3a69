package com.bridgecoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.Coach;
import com.bridgecoach.coach.DiagnosisJournal;
import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.diagnosis.PatternClassifier;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The interview in the terminal: numbered options stand in for buttons, read from stdin. */
class ChatInterviewTest {
    private static Coach coach;

    @BeforeAll
    static void build() {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        coach = new Coach(content, new PatternClassifier(content), DiagnosisJournal.none(), Clock.systemUTC());
    }

    private static String chat(String... lines) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ChatCommand(() -> coach,
                new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute()).isEqualTo(0);
        return out.toString();
    }

    @Test
    void anEmptyLineRunsTheInterviewWithBackAndStartOver() {
        String transcript = chat("", "3", "3", "3", "3", "2", "2", "quit");
        // both champions -> a tool they built -> Back -> the tool again -> a preferred vendor -> IT feasibility checked
        assertThat(transcript).contains("Who is carrying this deal inside the hospital today?",
                "Both sides are on board in principle. Where is IT's side of the work getting stuck?",
                "What is IT protecting?", "[3] Back", "[4] Start over");
        assertThat(transcript.indexOf("What is IT protecting?")).isLessThan(transcript.lastIndexOf("Where is IT's side of the work getting stuck?"));
        assertThat(transcript).contains("Territorial protection (a preferred vendor)", "CHAMPIONS ON BOTH SIDES",
                "How does your Epic roadmap cover this area", "NEXT IN THE COMMITMENT CASCADE (IT FEASIBILITY CHECKED)",
                "[1] Translate a claim", "[2] Practise this", "[3] Share to channel");
    }

    @Test
    void typingANewSituationMidInterviewGetsAFreshDiagnosis() {
        String transcript = chat("", "1", "IT says they have no bandwidth until the Epic upgrade is done, no analysts free", "quit");
        int question = transcript.indexOf("Your clinical champion is on board.");
        int diagnosis = transcript.indexOf("Resource constraint: IT doesn't object to the product");
        assertThat(question).isPositive();
        assertThat(diagnosis).isGreaterThan(question);
    }

    @Test
    void theCardsFollowUpsWorkInTheTerminalAndKeepTheCardsOptions() {
        String transcript = chat("", "2", "4", "1", "1", "2", "end", "quit");
        assertThat(transcript).contains("Priority conflict", "TECHNICAL CHAMPION SELLING TO CLINICAL",
                "Give me the claim to translate");
        // Practise this, picked after the translate hint: the options stayed, and the CIO of this pattern answers
        assertThat(transcript).contains("Practice:").contains("HOW YOU'LL BE SCORED").contains("Scorecard");
    }
}
