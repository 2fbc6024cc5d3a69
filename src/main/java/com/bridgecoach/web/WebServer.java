package com.bridgecoach.web;

import com.bridgecoach.http.InboundRequest;
import com.bridgecoach.http.OutboundResponse;
import com.bridgecoach.http.RequestHandler;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP face of Bridge Coach: Slack's one URL, plus health, readiness and metrics for the operator. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    static final long MAX_BODY_BYTES = 512 * 1024;

    /** A client that stops sending (or never reads) is cut off after this long without a byte. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** How long {@link #close()} waits for requests in flight to finish. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final Javalin javalin;
    private final AtomicInteger inFlight = new AtomicInteger();
    private Duration idleTimeout = IDLE_TIMEOUT;

    public WebServer(RequestHandler slack, BooleanSupplier ready, Supplier<String> metrics) {
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // acks are a few kilobytes on a fast link to Slack: compressing each one costs more CPU than it saves
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.modifyServer(server -> {
                // Javalin mounts its handler inside this one; on stop it lets requests in flight finish
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(DRAIN_TIMEOUT.toMillis());
            });
            config.routes.post("/slack/events", ctx -> {
                inFlight.incrementAndGet();
                try {
                    write(ctx, slack.handle(toInbound(ctx)));
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            config.routes.get("/health", ctx -> json(ctx, HttpStatus.OK, "{\"status\":\"ok\"}"));
            config.routes.get("/ready", ctx -> {
                boolean ok = ready.getAsBoolean();
                json(ctx, ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, ok ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
            });
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // the exception's message may quote the body: name the kind only
                log.warn("http=bad_request path={} kind={}", ctx.path(), e.getClass().getSimpleName());
                json(ctx, HttpStatus.BAD_REQUEST, "{\"error\":\"bad request\"}");
            });
        });
    }

    /** Replaces the default idle timeout; call before {@link #start}. */
    public WebServer idleTimeout(Duration timeout) {
        this.idleTimeout = timeout;
        return this;
    }

    /** Starts listening; port 0 picks a free one. */
    public WebServer start(String host, int port) {
        javalin.start(host, port);
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(idleTimeout.toMillis());
            }
        }
        return this;
    }

    /** Slack requests being answered right now. */
    public int inFlight() {
        return inFlight.get();
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Stops gracefully (Jetty's graceful stop): the listening socket closes so no new request arrives, the
     * requests in flight are answered (up to {@link #DRAIN_TIMEOUT}), then the server stops.
     */
    @Override
    public void close() {
        int busy = inFlight.get();
        if (busy > 0) {
            log.info("http=draining requests_in_flight={}", busy);
        }
        javalin.stop();
    }

    private static void json(Context ctx, HttpStatus status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    private static InboundRequest toInbound(Context ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return new InboundRequest(ctx.path(), headers, ctx.queryString(), ctx.body(), ctx.ip());
    }

    private static void write(Context ctx, OutboundResponse response) {
        ctx.status(response.status());
        response.headers().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        ctx.contentType(response.contentType());
        ctx.result(response.body());
    }
}
