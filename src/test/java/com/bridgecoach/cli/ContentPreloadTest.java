package com.bridgecoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content is loaded while the command line is parsed only for commands that will use it. */
class ContentPreloadTest {

    @Test
    void commands_that_coach_serve_or_translate_need_the_content() {
        assertThat(CommandLineInterface.needsContent()).isTrue();
        assertThat(CommandLineInterface.needsContent("serve")).isTrue();
        assertThat(CommandLineInterface.needsContent("socket")).isTrue();
        assertThat(CommandLineInterface.needsContent("classify", "--json", "the CIO blocked us")).isTrue();
        assertThat(CommandLineInterface.needsContent("translate", "cuts documentation time")).isTrue();
    }

    @Test
    void help_version_and_validate_do_not() {
        assertThat(CommandLineInterface.needsContent("--help")).isFalse();
        assertThat(CommandLineInterface.needsContent("-V")).isFalse();
        assertThat(CommandLineInterface.needsContent("validate", "some/other/prompts")).isFalse();
    }
}
