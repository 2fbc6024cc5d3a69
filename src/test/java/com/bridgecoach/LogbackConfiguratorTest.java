package com.bridgecoach;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logging is set up in code, with the levels logback.xml used to give, and LOG_LEVEL read as it was. */
class LogbackConfiguratorTest {

    @Test
    void the_running_logging_is_the_one_set_up_in_code() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
        assertThat(context.getLogger("com.slack.api.bolt.util.SlackRequestParser").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("com.slack.api.methods.SlackHttpClient").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.slack.api.methods.impl.TeamIdCache").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void log_level_is_info_unless_set_and_any_case_of_a_level_name_works() {
        assertThat(LogbackConfigurator.rootLevel(null)).isEqualTo(Level.INFO);
        assertThat(LogbackConfigurator.rootLevel("warn")).isEqualTo(Level.WARN);
        assertThat(LogbackConfigurator.rootLevel(" ERROR ")).isEqualTo(Level.ERROR);
        assertThat(LogbackConfigurator.rootLevel("DEBUG")).isEqualTo(Level.DEBUG);
    }

    @Test
    void a_configuration_file_named_by_the_operator_is_left_to_logback() {
        LoggerContext fresh = new LoggerContext();
        LogbackConfigurator configurator = new LogbackConfigurator();
        configurator.setContext(fresh);
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "operator-logback.xml");
        try {
            assertThat(configurator.configure(fresh)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(fresh.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
