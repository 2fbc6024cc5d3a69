package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.store.Database;
import com.bridgecoach.store.JdbcDiagnosisJournal;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.bridgecoach.web.WebServer;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SIGTERM runs (Application.close, from the shutdown hook): no new connections, the request in flight
 * answered, the work queued after acknowledgements finished and written before the store closes.
 */
class GracefulStopTest {
    static final String SECRET = "graceful-secret";

    @TempDir
    Path dir;

    @Test
    void a_request_in_flight_during_close_is_answered_while_new_connections_are_refused() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Application app = start(slack, "jdbc:sqlite:" + dir.resolve("stop.db"));
            WebServer server = app.startHttp();
            int port = server.port();
            SignedRequests signer = new SignedRequests(URI.create("http://127.0.0.1:" + port), SECRET, Clock.systemUTC());
            String body = SignedRequests.form(signer.slashCommand("USTOP001", "help", slack.responseUrl("stop")));
            String ts = String.valueOf(Clock.systemUTC().instant().getEpochSecond());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "X-Slack-Request-Timestamp: " + ts + "\r\nX-Slack-Signature: " + SignedRequests.signature(SECRET, ts, body)
                        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                awaitTrue(() -> server.inFlight() == 1);

                CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
                awaitTrue(() -> refusesConnections(port));
                assertThat(closing).isNotDone();

                out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                StringBuilder rest = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    rest.append(line).append('\n');
                }
                assertThat(rest.toString()).contains("/coach");
                closing.get(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void work_queued_after_the_ack_is_finished_and_stored_before_the_store_closes() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("queued.db");
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            slack.script("chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":true,\"channel\":\"D0STOP\",\"ts\":\"1800000000.000500\"}"));
            Application app = start(slack, url);
            URI server = URI.create("http://127.0.0.1:" + app.startHttp().port());
            String dm = SlackEvents.directMessage("Ev0STOP1", "D0STOP", "USTOP002", "the CIO says there's no bandwidth for the interface");
            assertThat(new SlackEvents(SECRET).post(server, SignedRequests.JSON, dm, null).get().statusCode()).isEqualTo(200);

            app.close();

            assertThat(slack.calls("chat.postMessage")).hasSize(1);
        }
        try (Database db = Database.open(url)) {
            assertThat(new JdbcDiagnosisJournal(db).countFor("USTOP002")).isEqualTo(1);
        }
    }

    private Application start(FakeSlackApi slack, String databaseUrl) {
        Settings settings = new Settings("xoxb-stop-token", SECRET, null, slack.apiUrl(), "127.0.0.1", 0, databaseUrl, "prompts");
        return new Application(settings, Clock.systemUTC(), Ticker.systemTicker());
    }

    private static boolean refusesConnections(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false;
        }
    }

    /** Polls a condition the server exposes (no fixed sleeps); fails after ten seconds. */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
