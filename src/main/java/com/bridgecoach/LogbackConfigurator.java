package com.bridgecoach;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The logging set-up, in code rather than logback.xml: the same output without loading logback's XML
 * configuration machinery at every start (registered in META-INF/services). An operator who points
 * {@code -Dlogback.configurationFile} at a file of their own gets that instead.
 *
 * <p>Logs go to stderr so that stdout stays clean for the command line's answers. One line per event, as
 * key=value pairs (logfmt); msg is quoted, with its quotes and line breaks escaped. {@code LOG_LEVEL} sets the
 * root level (INFO by default); {@code LOG_MESSAGE_TEXT=true} turns on what reps typed, at DEBUG, on
 * {@code bridgecoach.text} (deal details are confidential: see docs/operations.md first).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "time=%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} level=%level thread=%replace(%thread){' ','_'} "
            + "logger=%logger{36} msg=\"%replace(%replace(%msg){'\"','\\\\\"'}){'[\\r\\n]+',' | '}\"%n%ex{short}";

    /** Loggers quieter (or louder) than the root, and why. */
    private static final Map<String, Level> LEVELS = Map.of(
            // Bolt logs whole request bodies (deal details) when it cannot place a request: keep them out.
            "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
            "com.slack.api", Level.WARN,
            // Bolt names the unknown command or callback it got (text a sender chose): not at INFO or WARN.
            "com.slack.api.bolt.App", Level.ERROR,
            // A refused auth.test is reported once, briefly, by SlackCoachApp.warmUp and the events endpoint.
            "com.slack.api.methods.impl.TeamIdCache", Level.OFF,
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        context.getLogger("bridgecoach.text").setLevel(Level.toLevel(MessageTextLevel.levelFor(System.getenv("LOG_MESSAGE_TEXT"))));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(setting("LOG_LEVEL")));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** INFO unless set; a name logback does not know means DEBUG, as it did in logback.xml. */
    static Level rootLevel(String setting) {
        return setting == null ? Level.INFO : Level.toLevel(setting.strip());
    }

    /** A system property first, then the environment, as logback.xml's variables were looked up. */
    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
