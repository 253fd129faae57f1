package org.classbell.app.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs at the speed of the system clock from an instant the benchmark chose,
 * so that the application lives in the week the city's journal was written for.
 */
final class ShiftedClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/**
	 * Makes it the given instant now.
	 */
	void moveTo(Instant instant) {
		this.offset = Duration.between(Instant.now(), instant);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The benchmark's clock is in UTC");
	}

}
