package com.bridgecoach.slack;

import com.bridgecoach.coach.DataRetention;
import com.bridgecoach.deals.DealDesk;
import com.bridgecoach.deals.HomeTab;
import java.time.Clock;

/** What the deal-channel surfaces need: the team's plans and shares, the Home tab, and forgetting. */
public record TeamFeatures(DealDesk desk, HomeTab home, DataRetention retention, Clock clock, Pause pause) {
}
