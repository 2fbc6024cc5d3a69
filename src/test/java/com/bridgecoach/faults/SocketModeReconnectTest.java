package com.bridgecoach.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.bridgecoach.Application;
import com.bridgecoach.Settings;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode against a loopback Socket Mode server: Slack's apps.connections.open hands out a ws:// URL on
 * it, the server greets with {@code hello}, sends envelopes and reads the acknowledgements. The server then
 * drops the connection and refuses the first reconnect: the bot waits, tries again with a longer wait,
 * comes back on a new URL, says all of it in the log, and answers the next command over the new connection.
 */
class SocketModeReconnectTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    /** Log lines as written, safe to read while the bot's threads still write. */
    final List<String> said = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> lines = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            said.add(event.getFormattedMessage());
        }
    };

    @BeforeEach
    void listen() {
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void stop() {
        root.detachAppender(lines);
    }

    /** A Socket Mode server on loopback: each connection gets a hello; what the client sends is queued. */
    static final class FakeSocketServer implements AutoCloseable {
        final Javalin server;
        final List<WsContext> sessions = new CopyOnWriteArrayList<>();
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        final AtomicInteger connections = new AtomicInteger();

        FakeSocketServer() {
            server = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.ws("/link", ws -> {
                    ws.onConnect(ctx -> {
                        ctx.enableAutomaticPings(1, TimeUnit.HOURS);
                        sessions.add(ctx);
                        connections.incrementAndGet();
                        ctx.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0BRIDGE\"},"
                                + "\"debug_info\":{\"host\":\"loopback\",\"approximate_connection_time\":3600}}");
                    });
                    ws.onMessage(ctx -> received.add(JSON.readTree(ctx.message())));
                    ws.onClose(ctx -> sessions.remove(ctx));
                });
            }).start("127.0.0.1", 0);
        }

        String url(int n) {
            return "ws://127.0.0.1:" + server.port() + "/link?ticket=" + n;
        }

        WsContext current() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (sessions.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(sessions).as("an open Socket Mode connection").isNotEmpty();
            return sessions.get(sessions.size() - 1);
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    @Test
    void after_a_dropped_connection_the_bot_backs_off_reconnects_on_a_new_url_and_answers_again() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start(); FakeSocketServer socketServer = new FakeSocketServer()) {
            AtomicInteger tickets = new AtomicInteger();
            AtomicInteger afterDrop = new AtomicInteger(-1);
            // after the drop, Slack refuses the first request for a URL (a bad moment), then hands out fresh ones
            slack.script("apps.connections.open", call -> {
                int n = tickets.incrementAndGet();
                return afterDrop.get() >= 0 && afterDrop.incrementAndGet() == 1 ? FakeSlackApi.Answer.error("internal_error")
                        : FakeSlackApi.Answer.ok("{\"ok\":true,\"url\":\"" + socketServer.url(n) + "\"}");
            });
            List<Duration> waits = new CopyOnWriteArrayList<>();
            Settings settings = new Settings("xoxb-socket-token", null, "xapp-1-socket-token", slack.apiUrl(), "127.0.0.1", 0,
                    "jdbc:sqlite:" + dir.resolve("socket.db"), "prompts");
            try (Application app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker()).withPause(waits::add)) {
                app.startSocket();
                SignedRequests commands = new SignedRequests(URI.create("http://unused"), "unused", Clock.systemUTC());

                JsonNode first = command(socketServer, commands, slack, "IT says they have no bandwidth until next year");
                assertThat(first.path("payload").toString()).contains("blocks");

                int connectionsBefore = socketServer.connections.get();
                int waitsBefore = waits.size();
                afterDrop.set(0);
                socketServer.current().closeSession(1011, "server going away");

                JsonNode second = command(socketServer, commands, slack, "the CIO wants to own the rollout");
                assertThat(second.path("payload").toString()).contains("blocks");
                awaitLine("socket_mode=reconnected");
                assertThat(socketServer.connections).as("one new connection after the drop").hasValue(connectionsBefore + 1);
                assertThat(afterDrop).as("a refused open, then a fresh URL").hasValue(2);
                assertThat(waits.subList(waitsBefore, waits.size())).as("a growing wait before each attempt").containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
                assertThat(said).anyMatch(l -> l.startsWith("socket_mode=disconnected code=1011"));
                assertThat(said).contains("socket_mode=reconnecting attempt=1 wait_ms=1000",
                        "socket_mode=reconnecting attempt=2 wait_ms=2000", "socket_mode=reconnected attempts=2");
                assertThat(said).anyMatch(l -> l.startsWith("socket_mode=reconnect_failed attempt=1"));
                assertThat(String.join("\n", said)).doesNotContain("xapp-1-socket-token").doesNotContain("ticket=");
            }
        }
    }

    private void awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && said.stream().noneMatch(l -> l.startsWith(prefix))) {
            Thread.sleep(10);
        }
        assertThat(said).as("a log line starting " + prefix).anyMatch(l -> l.startsWith(prefix));
    }

    /** Sends a /coach command as a slash_commands envelope over the live connection and returns its acknowledgement. */
    private static JsonNode command(FakeSocketServer server, SignedRequests commands, FakeSlackApi slack, String text) throws Exception {
        String envelopeId = UUID.randomUUID().toString();
        Map<String, String> fields = commands.slashCommand("USOCKET1", text, slack.responseUrl("socket"));
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", envelopeId);
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.set("payload", JSON.valueToTree(fields));
        server.current().send(JSON.writeValueAsString(envelope));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonNode ack = server.received.poll(100, TimeUnit.MILLISECONDS);
            if (ack != null && envelopeId.equals(ack.path("envelope_id").asText())) {
                return ack;
            }
        }
        throw new AssertionError("no acknowledgement for envelope " + envelopeId);
    }
}
