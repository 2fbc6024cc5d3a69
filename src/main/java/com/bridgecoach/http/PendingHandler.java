package com.bridgecoach.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A handler still being built while the server already listens (start-up runs side by side with it). A
 * request that arrives first waits for the handler, up to {@code patience}, and is then answered by it; if
 * the handler is not there by then, or could not be built, the answer is 503, which Slack retries. Never an
 * answer the handler did not give.
 */
public final class PendingHandler implements RequestHandler {
    private final CompletableFuture<? extends RequestHandler> handler;
    private final Duration patience;

    public PendingHandler(CompletableFuture<? extends RequestHandler> handler, Duration patience) {
        this.handler = handler;
        this.patience = patience;
    }

    @Override
    public OutboundResponse handle(InboundRequest request) {
        RequestHandler ready;
        try {
            ready = handler.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return OutboundResponse.error(503, "starting up");
        } catch (ExecutionException e) {
            return OutboundResponse.error(503, "not available");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutboundResponse.error(503, "stopping");
        }
        return ready.handle(request);
    }
}
