package com.bridgecoach.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.content.PatternId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InterviewStateCodecTest {
    private final InterviewStateCodec codec = InterviewStateCodec.forSecret("signing-secret-for-tests");

    private static InterviewState longState() {
        return InterviewState.seeded(List.of(PatternId.IT_VETO, PatternId.TERRITORIAL_PROTECTION))
                .answer("champion", 3).answer("risk_or_turf", 2).answer("what_they_have", 1).answer("deal_stage", 3);
    }

    @Test
    void aStateComesBackAsItWasWritten() {
        for (InterviewState state : List.of(InterviewState.fresh(), InterviewState.quick(List.of()), longState(),
                InterviewState.seeded(List.of(PatternId.PRIORITY_CONFLICT)).answer("champion", 0))) {
            assertThat(codec.decode(codec.encode(state))).isEqualTo(new InterviewStateCodec.Reading.Valid(state));
        }
    }

    @Test
    void aTokenFitsWellInsideASlackButtonValue() {
        assertThat(codec.encode(longState()).length()).isLessThan(200);
    }

    @Nested
    class Tampering {
        @Test
        void changingAnyCharacterIsEvident() {
            String token = codec.encode(longState());
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
                assertThat(codec.decode(changed)).as("changed at %d", i).isInstanceOf(InterviewStateCodec.Reading.Tampered.class);
            }
        }

        @Test
        void aStateSignedWithAnotherKeyIsRejected() {
            String token = InterviewStateCodec.forSecret("another workspace").encode(longState());
            assertThat(codec.decode(token)).isInstanceOf(InterviewStateCodec.Reading.Tampered.class);
        }

        @Test
        void swappingInAnotherStatesAnswersIsEvident() {
            String mine = codec.encode(InterviewState.fresh().answer("champion", 0));
            String other = codec.encode(InterviewState.fresh().answer("champion", 1));
            String spliced = other.substring(0, other.indexOf('.')) + mine.substring(mine.indexOf('.'));
            assertThat(codec.decode(spliced)).isInstanceOf(InterviewStateCodec.Reading.Tampered.class);
        }

        @Test
        void textThatIsNoTokenAtAllIsRejected() {
            for (String junk : new String[] {null, "", ".", "q:triage:1", "abc.def.ghi", "!!!.???", "x".repeat(3000)}) {
                assertThat(codec.decode(junk)).as("%s", junk).isInstanceOf(InterviewStateCodec.Reading.Tampered.class);
            }
        }
    }

    @Nested
    class Staleness {
        @Test
        void aStateFromAnotherVersionIsStaleNotTampered() {
            assertThat(codec.decode(codec.seal("0|F||champion.1"))).isInstanceOf(InterviewStateCodec.Reading.Stale.class);
        }

        @Test
        void aSignedStateThatNoLongerParsesIsStale() {
            assertThat(codec.decode(codec.seal("1|F|no_such_pattern|"))).isInstanceOf(InterviewStateCodec.Reading.Stale.class);
            assertThat(codec.decode(codec.seal("1|X||"))).isInstanceOf(InterviewStateCodec.Reading.Stale.class);
        }
    }
}
