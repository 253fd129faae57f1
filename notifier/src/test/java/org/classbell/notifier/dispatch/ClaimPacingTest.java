package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimPacingTest {

	private static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

	@Test
	void takesEveryDueMessageToAnAddressWhereTheChannelHasNoLimitPerAddress() {
		ClaimPacing claim = new ClaimPacing(pacing(Duration.ZERO, Duration.ZERO), NOW);

		assertThat(claim.takes(Channel.SMS, "+79110000001")).isTrue();
		assertThat(claim.takes(Channel.SMS, "+79110000001")).isTrue();
		assertThat(claim.takes(Channel.SMS, "+79110000001")).isTrue();
	}

	@Test
	void takesTheFirstMessageToAChatThatCanGoWithinAGapAndLeavesTheRest() {
		ClaimPacing claim = new ClaimPacing(pacing(Duration.ofSeconds(1), Duration.ofMillis(400)), NOW);

		assertThat(claim.takes(Channel.TELEGRAM, "1001")).isTrue();
		assertThat(claim.takes(Channel.TELEGRAM, "1001")).isFalse();
		assertThat(claim.takes(Channel.TELEGRAM, "1002")).isTrue();
	}

	@Test
	void takesNothingForAChatTheProviderAskedToWait() {
		ClaimPacing claim = new ClaimPacing(pacing(Duration.ofSeconds(1), Duration.ofSeconds(7)), NOW);

		assertThat(claim.takes(Channel.TELEGRAM, "1001")).isFalse();
		assertThat(claim.takes(Channel.TELEGRAM, "1001")).isFalse();
	}

	private static Pacing pacing(Duration gap, Duration untilNext) {
		return new Pacing() {

			@Override
			public Duration untilNext(Channel channel, String address, Instant now) {
				return untilNext;
			}

			@Override
			public Duration gap(Channel channel) {
				return gap;
			}

		};
	}

}
