package com.bridgecoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class WebApiRetriesTest {

    @Test
    void a_refused_connection_is_tried_four_times_with_growing_backoff_then_reported() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        List<Duration> pauses = new ArrayList<>();
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new WebApiRetries(pauses::add, true)).build();
        Request request = new Request.Builder().url("http://127.0.0.1:" + closedPort + "/api/chat.postMessage").build();

        assertThatThrownBy(() -> client.newCall(request).execute().close()).isInstanceOf(IOException.class);
        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void backoff_doubles_and_is_capped() {
        assertThat(WebApiRetries.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(WebApiRetries.backoff(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebApiRetries.backoff(9)).isEqualTo(WebApiRetries.LONGEST_BACKOFF);
        assertThat(WebApiRetries.retryAfter("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(WebApiRetries.retryAfter("soon")).isEqualTo(WebApiRetries.DEFAULT_RETRY_AFTER);
    }
}
