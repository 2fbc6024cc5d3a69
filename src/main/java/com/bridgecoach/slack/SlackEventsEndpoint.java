package com.bridgecoach.slack;

import com.bridgecoach.http.InboundRequest;
import com.bridgecoach.http.OutboundResponse;
import com.bridgecoach.http.RequestHandler;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates one HTTP request into a Bolt {@link Request}, runs it through the app (signature check
 * first), and translates Bolt's {@link Response} back. Anything Slack could never have sent is a 400;
 * nothing that happens inside becomes a 5xx. The signature is checked here, once: the app's own check is
 * switched off (see {@link SlackCoachApp}), so this is the only way HTTP requests reach it.
 */
public final class SlackEventsEndpoint implements RequestHandler {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);

    private final SlackCoachApp coachApp;
    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final MeterRegistry metrics;
    /** One timer per kind and status, looked up once: building and registering a meter costs more than a request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public SlackEventsEndpoint(SlackCoachApp coachApp, MeterRegistry metrics) {
        this(coachApp, metrics, Clock.systemUTC());
    }

    /** @param clock tells whether a request's timestamp is recent */
    public SlackEventsEndpoint(SlackCoachApp coachApp, MeterRegistry metrics, Clock clock) {
        this.coachApp = coachApp;
        this.app = coachApp.app();
        this.parser = new SlackRequestParser(app.config());
        this.signature = new RequestSignature(app.config().getSigningSecret(), clock);
        this.metrics = metrics;
    }

    @Override
    public OutboundResponse handle(InboundRequest http) {
        long start = System.nanoTime();
        String kind = "unknown";
        OutboundResponse response;
        try {
            String mediaType = mediaType(http.header("content-type"));
            if (!mediaType.equals("application/x-www-form-urlencoded") && !mediaType.equals("application/json")) {
                response = OutboundResponse.error(415, "Slack sends application/x-www-form-urlencoded or application/json");
            } else {
                Request<?> request = parse(http);
                if (request == null) {
                    response = OutboundResponse.error(400, "not a Slack request");
                } else {
                    kind = request.getRequestType().name().toLowerCase(Locale.ROOT);
                    // Checked before Bolt sees it: Bolt's first run calls auth.test, and a forged request must touch nothing.
                    response = signed(http) ? translate(app.run(request)) : OutboundResponse.error(401, "invalid request");
                }
            }
        } catch (Exception e) {
            if (slackUnreachable(e)) {
                // Bolt checks the bot token with auth.test on its first run; Slack didn't answer. Not the sender's fault.
                log.warn("slack_api=unreachable kind={} reason={}", kind, e.getClass().getSimpleName());
                response = OutboundResponse.json(200, kind.equals("command") ? coachApp.unreachableAnswer() : "");
            } else if (isMalformedPayload(e)) {
                // signed, but with fields of the wrong type: Slack never sends that
                log.warn("refused a malformed Slack {} payload: {}", kind, e.getClass().getSimpleName());
                response = OutboundResponse.error(400, "malformed payload");
            } else {
                log.error("failed to answer a Slack {} request", kind, e);
                response = OutboundResponse.json(200, "");
            }
        }
        timer(kind, response.status()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return response;
    }

    private Timer timer(String kind, int status) {
        return timers.computeIfAbsent(kind + ' ' + status, key -> Timer.builder("slack.requests")
                .description("Slack requests by kind and status")
                .tag("kind", kind).tag("status", String.valueOf(status))
                .register(metrics));
    }

    private boolean signed(InboundRequest http) {
        return signature.verifies(http.header("x-slack-request-timestamp"), http.header("x-slack-signature"), http.body());
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Bolt's first run checks the bot token with auth.test and, when Slack can't be reached or refuses it, throws
     * "The token is invalid (error: …)": a fault on our side of Slack, not in the request.
     */
    static boolean slackUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof com.slack.api.methods.SlackApiException
                    || t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().startsWith("The token is invalid")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when Bolt itself (its JSON reader or its middleware) tripped over the payload's shape before any of
     * our handlers ran, as opposed to a fault in a handler.
     */
    static boolean isMalformedPayload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.google.gson.JsonParseException) {
                return true;
            }
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("com.bridgecoach.")) {
                return frame.getClassName().equals(SlackEventsEndpoint.class.getName());
            }
        }
        return false;
    }

    private Request<?> parse(InboundRequest http) {
        RequestHeaders headers = new RequestHeaders(http.headers());
        Map<String, List<String>> query = QueryStringParser.toMap(http.query());
        try {
            if (isSlashCommand(http.body())) {
                // what Bolt's parser would build, without reading the form twice more to decide so
                return prepared(new SlashCommandRequest(http.body(), headers), query, headers, http.remoteAddress());
            }
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(http.path())
                    .queryString(query)
                    .headers(headers)
                    .requestBody(http.body())
                    .remoteAddress(http.remoteAddress())
                    .build());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /**
     * True exactly when Bolt's parser would make a slash command of this body: a form (not JSON) with a
     * {@code command} field and no {@code payload} field, fields read as Bolt reads them.
     */
    static boolean isSlashCommand(String body) {
        String trimmed = body.trim();
        if (trimmed.isEmpty() || trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[') {
            return false;
        }
        boolean command = false;
        for (String pair : body.split("&")) {
            String[] fields = pair.split("=");
            if (fields.length == 2) {
                String name = formName(fields[0]);
                if (name.equals("payload")) {
                    return false;
                }
                command |= name.equals("command");
            }
        }
        return command;
    }

    /** A form field's name as Bolt decodes it: trimmed, line breaks dropped, URL-decoded. */
    private static String formName(String raw) {
        String name = raw.trim();
        if (name.indexOf('\n') >= 0) {
            name = name.replace("\n", "");
        }
        return name.indexOf('%') >= 0 || name.indexOf('+') >= 0 ? URLDecoder.decode(name, StandardCharsets.UTF_8) : name;
    }

    /** What Bolt's parser does to every request it builds: the app's context, the query string, the client's address. */
    private Request<?> prepared(Request<?> request, Map<String, List<String>> query, RequestHeaders headers, String remoteAddress) {
        request.updateContext(app.config());
        query.forEach((name, values) -> request.getQueryString().computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        String forwardedFor = headers.getFirstValue("X-FORWARDED-FOR");
        request.setClientIpAddress(forwardedFor != null ? forwardedFor : remoteAddress);
        return request;
    }

    private static OutboundResponse translate(Response r) {
        int status = r.getStatusCode() == null ? 200 : r.getStatusCode();
        if (status >= 500) {
            // Bolt reports a failed handler as 500; Slack would retry and show an error. Answer quietly instead.
            status = 200;
        }
        Map<String, List<String>> headers = r.getHeaders() == null ? Map.of() : r.getHeaders();
        return new OutboundResponse(status, r.getContentType() == null ? "text/plain" : r.getContentType(), headers, r.getBody());
    }
}
