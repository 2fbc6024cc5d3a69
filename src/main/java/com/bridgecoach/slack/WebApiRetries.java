package com.bridgecoach.slack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries calls to Slack (Web API methods and response_url posts) that failed for reasons that pass:
 * HTTP 429 after its Retry-After, 5xx and failures to reach Slack after a growing backoff, up to
 * {@link #ATTEMPTS} attempts in all. A 429 asking for a longer wait than {@link #LONGEST_WAIT} is handed
 * back at once, for the caller to tell the rep. Waits go through {@link Pause}, so tests never sleep.
 *
 * <p>A request that reached Slack but whose answer was lost (a read timeout, a dropped connection) may have been
 * acted on. Reads and calls that can be repeated (updates, pins, deletions) are simply tried again. A
 * chat.postMessage carries a {@link PostMark}; before posting again the conversation is searched for it, and a post
 * found there is answered as if Slack's answer had arrived. Posts that cannot be looked for (ephemeral messages,
 * response_url, opening modals) are not repeated: the caller gets an {@link UnconfirmedPostException}.
 */
final class WebApiRetries implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(WebApiRetries.class);
    static final int ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    /** A Web API method's name ("chat.postMessage"), as opposed to the last part of a response_url's path. */
    private static final Pattern WEB_API_METHOD = Pattern.compile("[a-z]+(\\.[a-zA-Z]+)+");
    static final Duration LONGEST_BACKOFF = Duration.ofSeconds(2);
    /** How long to wait for a second look when a post whose answer was lost is not in the conversation at the first. */
    static final Duration SETTLE = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(1);
    /** Web API methods that do something new each time they are called; everything else may be repeated. */
    static final Set<String> ONE_SHOT = Set.of("chat.postMessage", "chat.postEphemeral", "chat.meMessage",
            "chat.scheduleMessage", "views.open", "views.push", "files.upload", "files.completeUploadExternal");

    private final Pause pause;
    private final boolean rateLimits;
    private final Clock clock;
    private final PostLookup lookup = new PostLookup();

    /** @param rateLimits whether 429s are retried here too (false where the caller handles them itself) */
    WebApiRetries(Pause pause, boolean rateLimits, Clock clock) {
        this.pause = pause;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /**
     * The client with these retries, and with OkHttp's own silent retry after a dropped connection turned off: that
     * one sends a post again without asking whether Slack already has it.
     */
    OkHttpClient install(OkHttpClient client) {
        return client.newBuilder().retryOnConnectionFailure(false)
                .addInterceptor(this)
                .addNetworkInterceptor(Attempt::mark)
                .build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String what = request.url().encodedPath();
        if (what.endsWith("/auth.test")) {
            // Bolt calls it inside a request, before the ack, and tries again on the next request by itself
            return chain.proceed(request);
        }
        String method = what.substring(what.lastIndexOf('/') + 1);
        // response_url paths name no Web API method: each post there is a new message
        boolean webApi = WEB_API_METHOD.matcher(method).matches();
        boolean oneShot = !webApi || ONE_SHOT.contains(method);
        // a response_url is a secret of its own: only its kind is logged
        String shown = webApi ? method : "response_url";
        Optional<PostMark.Marked> marked = method.equals("chat.postMessage") ? PostMark.mark(request) : Optional.empty();
        if (marked.isPresent()) {
            request = marked.get().request();
        }
        Instant firstAttempt = clock.instant();
        if (marked.isPresent() && marked.get().mark().resend()) {
            PostLookup.Result before = lookup.find(chain, request, marked.get().mark(), firstAttempt);
            if (before instanceof PostLookup.Posted p) {
                log.info("slack_call=already_posted method={}", shown);
                return p.asResponse(request);
            }
            if (before instanceof PostLookup.Unknown u) {
                throw new UnconfirmedPostException("an earlier post (" + u.why() + ")", null);
            }
        }
        // a trigger_id is good for three seconds: a longer wait cannot succeed
        Duration longest = what.endsWith("/views.open") || what.endsWith("/views.push") ? TRIGGER_LIFETIME : LONGEST_WAIT;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == ATTEMPTS;
            Attempt sent = new Attempt();
            Response response;
            try {
                response = chain.proceed(request.newBuilder().tag(Attempt.class, sent).build());
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                if (sent.reachedSlack() && oneShot) {
                    if (marked.isEmpty()) {
                        log.warn("slack_call=unconfirmed method={} attempt={} reason={}", shown, attempt, e.getClass().getSimpleName());
                        throw new UnconfirmedPostException(shown, e);
                    }
                    // the post may be in the conversation: give Slack a moment, then look for it before posting again
                    await(backoff(attempt));
                    PostLookup.Result found = lookup.find(chain, request, marked.get().mark(), firstAttempt);
                    if (found instanceof PostLookup.Absent) {
                        // a conversation's history can lag the post that Slack accepted: one more look, a little later
                        await(SETTLE);
                        found = lookup.find(chain, request, marked.get().mark(), firstAttempt);
                    }
                    if (found instanceof PostLookup.Posted p) {
                        log.info("slack_call=answer_lost_but_posted method={} attempt={}", shown, attempt);
                        return p.asResponse(request);
                    }
                    if (found instanceof PostLookup.Unknown u) {
                        log.warn("slack_call=unconfirmed method={} attempt={} lookup={}", shown, attempt, u.why());
                        throw new UnconfirmedPostException(shown, e);
                    }
                    if (last) {
                        throw e;
                    }
                    log.warn("slack_call=retry method={} attempt={} reason={} posted=no", shown, attempt, e.getClass().getSimpleName());
                    continue;
                }
                if (last) {
                    throw e;
                }
                log.warn("slack_call=retry method={} attempt={} reason={}", shown, attempt, e.getClass().getSimpleName());
                await(backoff(attempt));
                continue;
            }
            int code = response.code();
            Duration wait;
            if (code == 429 && rateLimits) {
                wait = retryAfter(response.header("Retry-After"));
                if (wait.compareTo(longest) > 0) {
                    return response;
                }
            } else if (code >= 500 && code <= 599) {
                wait = backoff(attempt);
                if (wait.compareTo(longest) > 0) {
                    return response;
                }
            } else {
                return response;
            }
            if (last) {
                log.warn("slack_call=gave_up method={} attempts={} status={}", shown, attempt, code);
                return response;
            }
            log.warn("slack_call=retry method={} attempt={} status={} wait_ms={}", shown, attempt, code, wait.toMillis());
            response.close();
            await(wait);
        }
    }

    private void await(Duration wait) throws IOException {
        try {
            pause.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry a Slack call");
        }
    }

    /** 250 ms, 500 ms, 1 s, 2 s, ... capped at {@link #LONGEST_BACKOFF}. */
    static Duration backoff(int attempt) {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        return d.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : d;
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "" : header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /**
     * Whether one attempt got as far as a connection to Slack. A network interceptor runs only once the connection
     * is up, just before the request is written; a failure before that (no route, refused, connect timeout) means
     * Slack never saw the request.
     */
    static final class Attempt {
        private volatile boolean reached;

        boolean reachedSlack() {
            return reached;
        }

        static Response mark(Chain chain) throws IOException {
            Attempt attempt = chain.request().tag(Attempt.class);
            if (attempt != null) {
                attempt.reached = true;
            }
            return chain.proceed(chain.request());
        }
    }
}
