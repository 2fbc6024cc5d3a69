package com.bridgecoach.bench;

import com.bridgecoach.LoopbackSlack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
        return LoopbackSlack.signature(BenchRun.SECRET, ts, body);
    }
}
