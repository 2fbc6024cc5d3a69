package com.bridgecoach.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.bridgecoach.coach.CoachCommand;
import com.bridgecoach.coach.CommandParser;
import com.bridgecoach.coach.ShareValue;
import org.junit.jupiter.api.Test;

class ShareAndCommandsTest {

    @Test
    void a_share_value_carries_the_situation_or_for_long_ones_the_pattern_within_slacks_limit() {
        ShareValue short_ = ShareValue.ofSituation("CIO has no analysts until March", () -> "resource_constraint");
        assertThat(ShareValue.parse(short_.encode())).contains(short_);
        assertThat(short_.kind()).isEqualTo(ShareValue.Kind.DIAGNOSIS);

        ShareValue long_ = ShareValue.ofSituation("x".repeat(3000), () -> "it_veto");
        assertThat(long_).isEqualTo(new ShareValue(ShareValue.Kind.PATTERN, "it_veto"));
        assertThat(long_.encode().length()).isLessThanOrEqualTo(ShareValue.MAX_LENGTH);

        assertThat(ShareValue.parse("z|whatever")).isEmpty();
        assertThat(ShareValue.parse("d|")).isEmpty();
        assertThat(ShareValue.parse(null)).isEmpty();
    }

    @Test
    void plan_and_forget_me_are_commands_and_near_misses_stay_situations() {
        CommandParser parser = new CommandParser();
        assertThat(parser.parse("plan")).isInstanceOf(CoachCommand.Plan.class);
        assertThat(parser.parse("forget me")).isInstanceOf(CoachCommand.ForgetMe.class);
        assertThat(parser.parse("plan slipped because IT has no bandwidth")).isInstanceOf(CoachCommand.Diagnose.class);
        assertThat(parser.parse("forget the CMO, IT is the problem")).isInstanceOf(CoachCommand.Diagnose.class);
    }
}
