package com.bridgecoach.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** While start-up runs, a request waits for the real handler and gets its answer, or a 503; never a made-up answer. */
class PendingHandlerTest {
    private static final InboundRequest REQUEST = new InboundRequest("/slack/events", Map.of("content-type", List.of("application/json")),
            null, "{}", "127.0.0.1");
    private static final OutboundResponse REAL = OutboundResponse.json(200, "{\"text\":\"the real answer\"}");

    @Test
    void once_the_handler_is_built_every_request_goes_to_it() {
        PendingHandler pending = new PendingHandler(CompletableFuture.completedFuture(request -> REAL), Duration.ZERO);

        assertThat(pending.handle(REQUEST)).isEqualTo(REAL);
    }

    @Test
    void a_request_that_arrives_first_waits_for_the_handler_and_gets_its_answer() throws Exception {
        CompletableFuture<RequestHandler> handler = new CompletableFuture<>();
        PendingHandler pending = new PendingHandler(handler, Duration.ofMinutes(1));

        CompletableFuture<OutboundResponse> answer = CompletableFuture.supplyAsync(() -> pending.handle(REQUEST));
        assertThat(answer).isNotDone();
        handler.complete(request -> REAL);

        assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo(REAL);
    }

    @Test
    void a_request_is_told_503_when_the_handler_is_not_there_in_time() {
        PendingHandler pending = new PendingHandler(new CompletableFuture<>(), Duration.ZERO);

        assertThat(pending.handle(REQUEST).status()).isEqualTo(503);
    }

    @Test
    void a_request_is_told_503_when_start_up_failed() {
        PendingHandler pending = new PendingHandler(CompletableFuture.failedFuture(new IllegalStateException("store down")), Duration.ZERO);

        OutboundResponse answer = pending.handle(REQUEST);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).doesNotContain("store down");
    }
}
