package org.classbell.app.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures read from the database for the gauges: read at most once per period (by default
 * {@link #FRESH}) however often and by however many Prometheus servers they are scraped,
 * and shared by every gauge of a family. A reading that fails leaves the gauges NaN,
 * never the scrape broken, and is logged once until a reading succeeds again.
 *
 * @param <T> the figures
 */
final class Reading<T> {

	/** How long a reading of a cheap query serves. */
	static final Duration FRESH = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(Reading.class);

	private final String what;

	private final Duration fresh;

	private final Function<Instant, T> read;

	private final Clock clock;

	private Instant takenAt;

	private T figures;

	private boolean failing;

	/**
	 * @param what what is read, for the log
	 * @param fresh how long a reading serves
	 * @param read reads the figures as they stand at an instant
	 * @param clock the time
	 */
	Reading(String what, Duration fresh, Function<Instant, T> read, Clock clock) {
		this.what = what;
		this.fresh = fresh;
		this.read = read;
		this.clock = clock;
	}

	/**
	 * The figures, read again when the last reading is as old as the period it serves;
	 * empty when the last reading failed.
	 */
	synchronized Optional<T> get() {
		Instant now = this.clock.instant();
		if (this.takenAt == null || now.isBefore(this.takenAt) || !now.isBefore(this.takenAt.plus(this.fresh))) {
			this.takenAt = now;
			take(now);
		}
		return Optional.ofNullable(this.figures);
	}

	/**
	 * One figure of the reading, or NaN when there is none.
	 */
	double get(Function<T, ? extends Number> figure) {
		return get().map((figures) -> figure.apply(figures).doubleValue()).orElse(Double.NaN);
	}

	private void take(Instant now) {
		try {
			this.figures = this.read.apply(now);
			if (this.failing) {
				log.info("The metrics of {} can be read again", this.what);
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			this.figures = null;
			if (!this.failing) {
				log.warn("Could not read {} for the metrics; its gauges say NaN until it can be read again", this.what,
						ex);
				this.failing = true;
			}
		}
	}

}
