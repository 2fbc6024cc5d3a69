package com.bridgecoach.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.Content;
import com.bridgecoach.content.ContentLoader;
import com.bridgecoach.content.ContentSource;
import com.bridgecoach.content.PatternId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accuracy gates of issue 3, on messages the classifier was never trained on.
 *
 * <p>{@code blind.jsonl} was written by a writer who saw neither the training utterances nor the
 * development set, and is never added to {@code prompts/}: it is the held-out part of the project's
 * development messages. (The other part, {@code devset.jsonl}, is in the training utterances.)
 *
 * <p>{@code blind2.jsonl} (298 messages, a third each easy, paraphrased and hard) was written later by another
 * writer who saw neither the training utterances, the development set nor {@code blind.jsonl} (two of the 300
 * lines it wrote, generic one-liners, turned out to be training utterances already and were dropped). Measured
 * once before any tuning (93.6%, README); the tuning after that was told its error categories in paraphrase,
 * never its lines, so it is nearly, not strictly, blind now.
 *
 * <p>{@code blind3.jsonl} (300 messages, written in the fifth session by a writer who saw no training utterance and
 * no other set, in reps' Slack style: lowercase fragments, typos, shorthand, mentions, emoji codes, quotes) scored
 * 83.0% when first measured. The tuning after that was told its error categories in paraphrase, never its lines,
 * and the 900 training utterances added then were written by writers who never saw it.
 *
 * <p>{@code blind4.jsonl} and {@code blind5.jsonl} (300 messages each, same session, two more writers who saw nothing
 * else) were never tuned on, not even by their error categories, and only ever measured whole. blind4: 77.7% before
 * the session's diagnosis work, 85.3% after the new word families and spellings, 90.0% after the training
 * utterances (and still 90.0% after the last 800; 90.3% with the abstain threshold lowered to 0.4). blind5, written last: 80.3% for the session's starting model,
 * 90.3% when first measured on the new one, 90.3% after the last 800 utterances. The sixth session tuned on
 * cross-validation over the six training writers' sets (each held out in turn) and measured these two once at the
 * end: blind4 92.3%, blind5 91.3%, 5 of 80 vague messages given a pattern on each. Their gates sit a little below that.
 */
class DiagnosisAccuracyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PatternClassifier classifier;

    record Labelled(String id, String text, List<String> acceptable, String difficulty) {
    }

    record Score(int right, int total, int unclearAnswered, int unclearTotal, Map<String, int[]> byDifficulty) {
        double accuracy() {
            return (double) right / total;
        }

        double unclearAnsweredRate() {
            return unclearTotal == 0 ? 0 : (double) unclearAnswered / unclearTotal;
        }
    }

    @BeforeAll
    static void trainOnTheRealContent() {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        classifier = new PatternClassifier(content);
    }

    static List<Labelled> load(String resource) {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = DiagnosisAccuracyTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<String> ok = new ArrayList<>(List.of(n.path("label").asText()));
                n.path("accept").forEach(a -> ok.add(a.asText()));
                rows.add(new Labelled(n.path("id").asText(), n.path("text").asText(), ok, n.path("difficulty").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Score score(List<Labelled> rows) {
        int right = 0;
        int unclearAnswered = 0;
        int unclearTotal = 0;
        Map<String, int[]> byDifficulty = new TreeMap<>();
        for (Labelled row : rows) {
            Diagnosis d = classifier.classify(row.text());
            boolean ok = row.acceptable().contains(d.pattern().id());
            right += ok ? 1 : 0;
            int[] cell = byDifficulty.computeIfAbsent(row.difficulty(), k -> new int[2]);
            cell[0] += ok ? 1 : 0;
            cell[1]++;
            if (row.acceptable().get(0).equals(PatternId.UNCLEAR.id())) {
                unclearTotal++;
                unclearAnswered += d.pattern() == PatternId.UNCLEAR ? 0 : 1;
            }
        }
        return new Score(right, rows.size(), unclearAnswered, unclearTotal, byDifficulty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/diagnosis/blind.jsonl", "/diagnosis/blind2.jsonl", "/diagnosis/blind3.jsonl"})
    void heldOutMessagesAreNamedRightAtLeastNineTimesInTen(String heldOut) {
        List<Labelled> blind = load(heldOut);
        assertThat(blind).hasSizeGreaterThanOrEqualTo(200);
        Score s = score(blind);
        System.out.printf(Locale.ROOT, "held-out %s: top-1 %.3f (%d/%d), unclear answered with a pattern %.3f (%d/%d), by difficulty %s%n",
                heldOut, s.accuracy(), s.right(), s.total(), s.unclearAnsweredRate(), s.unclearAnswered(), s.unclearTotal(),
                s.byDifficulty().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/diagnosis/blind.jsonl", "/diagnosis/blind2.jsonl", "/diagnosis/blind3.jsonl"})
    void heldOutUnclearMessagesGetAQuestionNotAPattern(String heldOut) {
        Score s = score(load(heldOut));
        assertThat(s.unclearTotal()).isGreaterThanOrEqualTo(40);
        assertThat(s.unclearAnsweredRate()).isLessThanOrEqualTo(0.05);
    }

    /** The strictest of the held-out sets: never tuned on (see above). */
    @ParameterizedTest
    @ValueSource(strings = {"/diagnosis/blind4.jsonl", "/diagnosis/blind5.jsonl"})
    void theUntunedHeldOutSetsAreNamedRightNearlyNineTimesInTen(String heldOut) {
        Score s = score(load(heldOut));
        assertThat(s.total()).isEqualTo(300);
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.88);
        assertThat(s.unclearAnsweredRate()).isLessThanOrEqualTo(0.08);
    }

    @Test
    void theLabelledExamplesShippedWithTheBriefAreNamedRight() {
        Score s = score(load("/diagnosis/shared-examples.jsonl"));
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * {@code devcheck3.jsonl}: messages written in the fifth session, never trained on, in the indirect ways reps
     * name a conflict (policy and hosting for a veto, decision rights and being bypassed for territory, EHR switches
     * and acquisitions for priority, hours and nobody to own it for resources) and the vague ones that must stay
     * {@code unclear}. "tuned": the content was tuned while looking at them; "fresh": written afterwards, measured
     * before and after one further round.
     */
    @Test
    void indirectlyNamedConflictsAndVagueMessagesFromTheDevCheckAreNamedRight() {
        Score s = score(load("/diagnosis/devcheck3.jsonl"));
        System.out.printf(Locale.ROOT, "devcheck3: top-1 %.3f (%d/%d), unclear answered with a pattern %d/%d, by part %s%n",
                s.accuracy(), s.right(), s.total(), s.unclearAnswered(), s.unclearTotal(),
                s.byDifficulty().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(s.unclearAnsweredRate()).isLessThanOrEqualTo(0.10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/diagnosis/blind.jsonl", "/diagnosis/blind2.jsonl", "/diagnosis/blind3.jsonl", "/diagnosis/blind4.jsonl", "/diagnosis/blind5.jsonl", "/diagnosis/devcheck3.jsonl"})
    void noHeldOutMessageIsAmongTheTrainingUtterances(String heldOut) {
        Content content = new ContentLoader().load(ContentSource.folder(Path.of("prompts")));
        var trained = content.examples().values().stream().flatMap(List::stream)
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        assertThat(load(heldOut)).noneMatch(r -> trained.contains(r.text().strip().toLowerCase(Locale.ROOT)));
    }
}
