package com.bridgecoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandParserPracticeTest {
    final CommandParser parser = new CommandParser();

    @Test
    void a_manager_names_the_rep_persona_and_scenario() {
        assertThat(parser.parse("practice <@U123ABC|jamie> cio territorial_protection"))
                .isEqualTo(new CoachCommand.Practice("U123ABC", "cio", "territorial_protection"));
    }

    @Test
    void every_part_is_optional() {
        assertThat(parser.parse("practice")).isEqualTo(new CoachCommand.Practice(null, null, null));
        assertThat(parser.parse("practice cmo")).isEqualTo(new CoachCommand.Practice(null, "cmo", null));
    }

    @Test
    void a_word_that_fits_nowhere_is_named_back() {
        assertThat(parser.parse("practice cio it_veto tomorrow")).isInstanceOf(CoachCommand.Unknown.class);
    }

    @Test
    void team_alone_or_with_a_session_id() {
        assertThat(parser.parse("team")).isEqualTo(new CoachCommand.Team(null));
        assertThat(parser.parse("team 0a1b2c3d4e5f")).isEqualTo(new CoachCommand.Team("0a1b2c3d4e5f"));
    }
}
