package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our one signature check accepts exactly the requests Bolt's verifier (which it replaces) accepts. */
class RequestSignatureTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = 1_800_000_000L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    static final SlackSignature.Generator SIGNER = new SlackSignature.Generator(SECRET);
    static final String BODY = "token=x&team_id=T1&user_id=U1&command=%2Fcoach&text=no+bandwidth&trigger_id=1.2.3";
    static final String JSON = "{\"type\":\"event_callback\",\"event\":{\"text\":\"plain ascii, quotes \\\" and = & < >\"}}";

    static Stream<Arguments> requests() {
        String ts = String.valueOf(NOW);
        String good = SIGNER.generate(ts, BODY);
        return Stream.of(
                Arguments.of("signed now", ts, good, BODY),
                Arguments.of("signed json", ts, SIGNER.generate(ts, JSON), JSON),
                Arguments.of("signed an empty body", ts, SIGNER.generate(ts, ""), ""),
                Arguments.of("four minutes old", String.valueOf(NOW - 240), SIGNER.generate(String.valueOf(NOW - 240), BODY), BODY),
                Arguments.of("six minutes old", String.valueOf(NOW - 360), SIGNER.generate(String.valueOf(NOW - 360), BODY), BODY),
                Arguments.of("exactly five minutes old", String.valueOf(NOW - 300), SIGNER.generate(String.valueOf(NOW - 300), BODY), BODY),
                Arguments.of("from the future", String.valueOf(NOW + 600), SIGNER.generate(String.valueOf(NOW + 600), BODY), BODY),
                Arguments.of("body changed", ts, good, BODY + "&x=1"),
                Arguments.of("timestamp changed", String.valueOf(NOW - 1), good, BODY),
                Arguments.of("signed with another secret", ts, new SlackSignature.Generator("another").generate(ts, BODY), BODY),
                Arguments.of("upper-case hex", ts, "v0=" + good.substring(3).toUpperCase(Locale.ROOT), BODY),
                Arguments.of("v1 scheme", ts, "v1=" + good.substring(3), BODY),
                Arguments.of("cut short", ts, good.substring(0, good.length() - 1), BODY),
                Arguments.of("empty signature", ts, "", BODY),
                Arguments.of("no signature", ts, null, BODY),
                Arguments.of("no timestamp", null, good, BODY),
                Arguments.of("timestamp not a number", "soon", good, BODY),
                Arguments.of("timestamp with spaces", " " + ts, good, BODY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void acceptsWhatBoltsVerifierAccepts(String what, String timestamp, String signature, String body) {
        boolean bolt = new SlackSignature.Verifier(SIGNER).isValid(timestamp, body, signature, CLOCK.millis());

        assertThat(new RequestSignature(SECRET, CLOCK).verifies(timestamp, signature, body)).isEqualTo(bolt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aSecondCallOnTheSameThreadGivesTheSameAnswer(String what, String timestamp, String signature, String body) {
        RequestSignature check = new RequestSignature(SECRET, CLOCK);
        boolean first = check.verifies(timestamp, signature, body);

        assertThat(check.verifies("garbage", "v0=00", BODY)).isFalse();
        assertThat(check.verifies(timestamp, signature, body)).isEqualTo(first);
    }
}
