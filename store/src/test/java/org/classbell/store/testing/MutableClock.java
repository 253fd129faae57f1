package org.classbell.store.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, so that no test depends on the wall clock.
 */
public class MutableClock extends Clock {

	/** The instant every test starts at: a school Wednesday morning in Moscow. */
	public static final Instant START = Instant.parse("2026-11-25T06:30:00Z");

	private volatile Instant now = START;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public void reset() {
		this.now = START;
	}

}
