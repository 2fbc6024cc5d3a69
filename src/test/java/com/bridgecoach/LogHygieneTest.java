package com.bridgecoach;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import com.bridgecoach.testing.FakeSlackApi;
import com.bridgecoach.testing.SignedRequests;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Logs are one key=value line per event, and carry no token, secret or deal text, whatever happens, unless
 * the operator turns on LOG_MESSAGE_TEXT, which writes what reps typed to bridgecoach.text at DEBUG.
 */
class LogHygieneTest {
    static final String TOKEN = "xoxb-hygiene-0123456789-SECRETTOKEN";
    static final String SECRET = "hygiene-signing-secret-4f9a";
    static final String DEAL = "Mercy General's CIO Dana Whitfield";

    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final Logger text = (Logger) LoggerFactory.getLogger("bridgecoach.text");
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        text.setLevel(Level.OFF);
    }

    @Test
    void nothing_logged_while_serving_names_a_secret_or_what_a_rep_typed(@TempDir Path dir) throws Exception {
        serve(dir);

        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent e : captured.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(TOKEN).doesNotContain(SECRET).doesNotContain("Whitfield").doesNotContain("Mercy General");
        }
    }

    @Test
    void with_the_debug_switch_on_what_reps_typed_is_logged_to_its_own_logger(@TempDir Path dir) throws Exception {
        assertThat(MessageTextLevel.levelFor("true")).isEqualTo("DEBUG");
        assertThat(MessageTextLevel.levelFor(null)).isEqualTo("OFF");
        assertThat(MessageTextLevel.levelFor("yes please")).isEqualTo("OFF");
        assertThat(text.getLevel()).isEqualTo(Level.OFF);
        text.setLevel(Level.DEBUG);

        serve(dir);

        List<ILoggingEvent> typed = captured.list.stream().filter(e -> e.getLoggerName().equals("bridgecoach.text")).toList();
        assertThat(typed).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(m -> assertThat(m).contains("kind=command").contains(DEAL));
        assertThat(typed).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(m -> assertThat(m).contains("kind=message").contains(DEAL));
    }

    @Test
    void each_event_is_one_key_value_line_with_the_message_quoted() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        LoggingEvent event = new LoggingEvent("x", context.getLogger("com.bridgecoach.Example"), Level.WARN,
                "slack_call=retry path=\"/api/chat.postMessage\"\nsecond line", null, null);
        String line = ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout().doLayout(event);

        assertThat(line).matches("time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z level=WARN thread=\\S+ logger=\\S+ "
                + "msg=\"slack_call=retry path=\\\\\"/api/chat.postMessage\\\\\" \\| second line\"\\R");
    }

    private void serve(Path dir) throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start();
             Application app = new Application(new Settings(TOKEN, SECRET, null, slack.apiUrl(), "127.0.0.1", 0,
                     "jdbc:sqlite:" + dir.resolve("logs.db"), "prompts"), Clock.systemUTC(), Ticker.systemTicker())) {
            slack.script("chat.postMessage", FakeSlackApi.Answer.error("not_in_channel"));
            URI server = URI.create("http://127.0.0.1:" + app.startHttp().port());
            SignedRequests signed = new SignedRequests(server, SECRET, Clock.systemUTC());
            signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("ULOG0001",
                    DEAL + " says there's no bandwidth for the interface", slack.responseUrl("c"))));
            signed.post(SignedRequests.FORM, SignedRequests.form(signed.slashCommand("ULOG0001", "practice cio it_veto " + DEAL,
                    slack.responseUrl("p"))));
            signed.post(SignedRequests.FORM, "text=" + DEAL, SignedRequests.Signing.WRONG_SECRET);
            signed.post(SignedRequests.JSON, "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":{\"x\":\"" + DEAL + "\"}}}");
            signed.post("application/json; charset=" + DEAL.replace(' ', '-').replace("'", ""), "{}");
            String dm = "{\"type\":\"event_callback\",\"team_id\":\"T0BRIDGE\",\"api_app_id\":\"A0BRIDGE\",\"event_id\":\"Ev0LOG1\","
                    + "\"event_time\":1800000000,\"event\":{\"type\":\"message\",\"channel\":\"D0LOG\",\"channel_type\":\"im\","
                    + "\"user\":\"ULOG0001\",\"text\":\"" + DEAL + " blocked the interface\",\"ts\":\"1800000000.000100\"}}";
            signed.post(SignedRequests.JSON, dm);
            slack.await(c -> "chat.postMessage".equals(c.method()), Duration.ofSeconds(20)).orElseThrow();
        }
    }
}
