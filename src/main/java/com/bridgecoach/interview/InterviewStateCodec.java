package com.bridgecoach.interview;

import com.bridgecoach.content.PatternId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes an {@link InterviewState} as a short token for a button value and reads it back. The token is
 * {@code base64url(text).base64url(mac)}: the MAC (HMAC-SHA256, cut to 128 bits) makes a changed state
 * evident, and the version at the front of the text makes a state from an older build recognisable.
 */
public final class InterviewStateCodec {
    static final String VERSION = "1";
    private static final int MAC_BYTES = 16;
    private static final String LOCAL_KEY = "bridge-coach local interview state";

    /** Each thread keeps a keyed MAC: looking one up and keying it costs more than the MAC itself. */
    private final ThreadLocal<Mac> macs;

    private InterviewStateCodec(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        });
    }

    /** A codec whose key is derived from a secret (in Slack, the signing secret), never the secret itself. */
    public static InterviewStateCodec forSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the interview state key needs a secret");
        }
        return new InterviewStateCodec(hmac(secret.getBytes(StandardCharsets.UTF_8),
                "bridge-coach interview state".getBytes(StandardCharsets.UTF_8)));
    }

    /** For the terminal, where the state never leaves the process: a fixed key is enough. */
    public static InterviewStateCodec local() {
        return forSecret(LOCAL_KEY);
    }

    /** What a token turned out to be. */
    public sealed interface Reading {
        /** Signed by us and written by this version. */
        record Valid(InterviewState state) implements Reading {
        }

        /** Not what we signed: changed, cut short, or not a token at all. */
        record Tampered() implements Reading {
        }

        /** Signed by us, but by a version of the coach that wrote state differently. */
        record Stale() implements Reading {
        }
    }

    public String encode(InterviewState state) {
        return seal(text(state));
    }

    /** Signs any text as a token; {@link #encode} is the only caller outside tests. */
    String seal(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(bytes) + "." + b64.encodeToString(mac(bytes));
    }

    public Reading decode(String token) {
        if (token == null || token.length() > 2000) {
            return new Reading.Tampered();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Reading.Tampered();
        }
        byte[] bytes;
        byte[] given;
        try {
            bytes = Base64.getUrlDecoder().decode(token.substring(0, dot));
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Reading.Tampered();
        }
        if (!MessageDigest.isEqual(mac(bytes), given)) {
            return new Reading.Tampered();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] parts = text.split("\\|", -1);
        if (parts.length == 0 || !parts[0].equals(VERSION)) {
            return new Reading.Stale();
        }
        return parse(parts).<Reading>map(Reading.Valid::new).orElseGet(Reading.Stale::new);
    }

    /** {@code version|mode|candidate,candidate|question.choice,question.choice} */
    static String text(InterviewState state) {
        StringBuilder out = new StringBuilder(VERSION).append('|').append(state.mode().code()).append('|');
        out.append(String.join(",", state.candidates().stream().map(PatternId::id).toList())).append('|');
        out.append(String.join(",", state.steps().stream().map(s -> s.questionId() + "." + s.choice()).toList()));
        return out.toString();
    }

    private static Optional<InterviewState> parse(String[] parts) {
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            List<PatternId> candidates = new ArrayList<>();
            for (String id : split(parts[2])) {
                candidates.add(PatternId.find(id).orElseThrow(() -> new IllegalArgumentException(id)));
            }
            List<InterviewState.Step> steps = new ArrayList<>();
            for (String step : split(parts[3])) {
                int dot = step.lastIndexOf('.');
                steps.add(new InterviewState.Step(step.substring(0, Math.max(dot, 0)), Integer.parseInt(step.substring(dot + 1))));
            }
            return Optional.of(new InterviewState(InterviewState.Mode.ofCode(parts[1]), candidates, steps));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private byte[] mac(byte[] bytes) {
        return Arrays.copyOf(macs.get().doFinal(bytes), MAC_BYTES);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
