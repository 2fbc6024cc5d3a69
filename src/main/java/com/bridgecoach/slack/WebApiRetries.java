package com.bridgecoach.slack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries calls to Slack (Web API methods and response_url posts) that failed for reasons that pass:
 * HTTP 429 after its Retry-After, 5xx and timeouts or dropped connections after a growing backoff, up to
 * {@link #ATTEMPTS} attempts in all. A 429 asking for a longer wait than {@link #LONGEST_WAIT} is handed
 * back at once, for the caller to tell the rep. Waits go through {@link Pause}, so tests never sleep.
 */
final class WebApiRetries implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(WebApiRetries.class);
    static final int ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration LONGEST_BACKOFF = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(1);

    private final Pause pause;
    private final boolean rateLimits;

    /** @param rateLimits whether 429s are retried here too (false where the caller handles them itself) */
    WebApiRetries(Pause pause, boolean rateLimits) {
        this.pause = pause;
        this.rateLimits = rateLimits;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String what = chain.request().url().encodedPath();
        if (what.endsWith("/auth.test")) {
            // Bolt calls it inside a request, before the ack, and tries again on the next request by itself
            return chain.proceed(chain.request());
        }
        // a trigger_id is good for three seconds: a longer wait cannot succeed
        Duration longest = what.endsWith("/views.open") || what.endsWith("/views.push") ? TRIGGER_LIFETIME : LONGEST_WAIT;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == ATTEMPTS;
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException e) {
                if (last || e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                log.warn("slack_call=retry path={} attempt={} reason={}", what, attempt, e.getClass().getSimpleName());
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
                log.warn("slack_call=gave_up path={} attempts={} status={}", what, attempt, code);
                return response;
            }
            log.warn("slack_call=retry path={} attempt={} status={} wait_ms={}", what, attempt, code, wait.toMillis());
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
}
