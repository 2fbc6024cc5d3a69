package com.bridgecoach.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signed /coach slash commands as the benchmarks send them: number n, a fresh trigger id, a user under the rate limit. */
final class SignedCommands {
    private SignedCommands() {
    }

    static HttpRequest request(URI events, long n, String text, Duration timeout) {
        String body = "token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench"
                + "&user_id=UB" + (n % 50_000) + "&user_name=rep" + (n % 50_000) + "&command=%2Fcoach&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&api_app_id=A0BENCH&is_enterprise_install=false"
                + "&response_url=" + URLEncoder.encode("http://127.0.0.1:9/hooks/" + n, StandardCharsets.UTF_8)
                + "&trigger_id=" + n + ".bench." + Long.toHexString(System.nanoTime());
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        return HttpRequest.newBuilder(events).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String sign(String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(BenchRun.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
