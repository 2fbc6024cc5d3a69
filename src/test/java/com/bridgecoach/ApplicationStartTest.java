package com.bridgecoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bridgecoach.content.ContentException;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up builds content, classifier, store and server side by side; {@code startHttp} returns only when the bot
 * can answer, and when any part fails it reports that failure as it is and leaves nothing listening.
 */
class ApplicationStartTest {
    static final String SECRET = "start-signing-secret";

    @Test
    void when_start_http_returns_the_bot_is_ready_and_answers(@TempDir Path dir) throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start();
             Application app = new Application(settings(slack, dir.resolve("ok.db"), "prompts", 0), Clock.systemUTC(), Ticker.systemTicker())) {
            SignedRequests signed = new SignedRequests(URI.create("http://127.0.0.1:" + app.startHttp().port()), SECRET, Clock.systemUTC());

            assertThat(signed.get("/ready").statusCode()).isEqualTo(200);
            assertThat(signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("USTART01",
                    "the CIO says the security review blocks the pilot", slack.responseUrl("s")))).body()).contains("IT veto");
        }
    }

    @Test
    void broken_content_fails_start_up_with_the_content_errors_and_frees_the_port(@TempDir Path dir) throws Exception {
        Path prompts = copyOfPrompts(dir.resolve("prompts"));
        Files.writeString(prompts.resolve("diagnosis/classifier.yml"), "temperature: warm\n");
        int port = freePort();
        try (FakeSlackApi slack = FakeSlackApi.start();
             Application app = new Application(settings(slack, dir.resolve("c.db"), prompts.toString(), port), Clock.systemUTC(), Ticker.systemTicker())) {

            assertThatThrownBy(app::startHttp).isInstanceOf(ContentException.class).hasMessageContaining("classifier.yml");
            assertThat(canListenOn(port)).isTrue();
        }
    }

    @Test
    void a_store_that_cannot_be_opened_fails_start_up_with_what_went_wrong(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "in the way");
        int port = freePort();
        try (FakeSlackApi slack = FakeSlackApi.start();
             Application app = new Application(settings(slack, notAFolder.resolve("s.db"), "prompts", port), Clock.systemUTC(), Ticker.systemTicker())) {

            assertThatThrownBy(app::startHttp).isInstanceOf(RuntimeException.class).hasMessageContaining("store");
            assertThat(canListenOn(port)).isTrue();
        }
    }

    private static Settings settings(FakeSlackApi slack, Path db, String prompts, int port) {
        return new Settings("xoxb-start-token", SECRET, null, slack.apiUrl(), "127.0.0.1", port, "jdbc:sqlite:" + db, prompts);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean canListenOn(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path copyOfPrompts(Path target) throws IOException {
        Path root = Path.of("prompts");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(root.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        return target;
    }
}
