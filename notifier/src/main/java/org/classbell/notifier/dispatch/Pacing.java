package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.classbell.notifier.outbox.Channel;

/**
 * When the next message to an address may go, as a claim asks, so that it takes only what
 * can go now and puts the rest of an address's queue off to the times it can: one chat
 * with a long queue then never holds up messages to others.
 */
interface Pacing {

	/** No limit per address. */
	Pacing NONE = new Pacing() {

		@Override
		public Duration untilNext(Channel channel, String address, Instant now) {
			return Duration.ZERO;
		}

		@Override
		public Duration gap(Channel channel) {
			return Duration.ZERO;
		}

	};

	/**
	 * The pacing the channels' throttles keep.
	 */
	static Pacing by(Map<Channel, Throttle> throttles) {
		return new Pacing() {

			@Override
			public Duration untilNext(Channel channel, String address, Instant now) {
				return throttles.get(channel).untilNext(address, now);
			}

			@Override
			public Duration gap(Channel channel) {
				return throttles.get(channel).gap();
			}

		};
	}

	/**
	 * How long until the next message to the address may go; zero when it may go now.
	 */
	Duration untilNext(Channel channel, String address, Instant now);

	/**
	 * The time between two messages to one address of the channel.
	 */
	Duration gap(Channel channel);

}
