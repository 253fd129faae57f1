package org.classbell.app.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.classbell.store.testing.MutableClock;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ReadingTest {

	final MutableClock clock = new MutableClock();

	final List<Instant> reads = new ArrayList<>();

	boolean databaseDown;

	final Reading<Instant> reading = new Reading<>("the test figures", Reading.FRESH, this::read, this.clock);

	@Test
	void readsOncePerTenSecondsHoweverOftenItIsAsked() {
		assertThat(this.reading.get()).contains(MutableClock.START);
		this.clock.advance(Duration.ofMillis(9_999));
		assertThat(this.reading.get()).contains(MutableClock.START);
		assertThat(this.reading.get((at) -> at.getEpochSecond())).isEqualTo(MutableClock.START.getEpochSecond());

		this.clock.advance(Duration.ofMillis(1));

		assertThat(this.reading.get()).contains(MutableClock.START.plusSeconds(10));
		assertThat(this.reads).hasSize(2);
	}

	@Test
	void readsAgainWhenTheClockWasSetBack() {
		this.clock.advance(Duration.ofHours(1));
		this.reading.get();

		this.clock.reset();

		assertThat(this.reading.get()).contains(MutableClock.START);
		assertThat(this.reads).hasSize(2);
	}

	@Test
	void reportsNaNWhileTheDatabaseCannotBeReadAndLogsThatOnce(CapturedOutput output) {
		this.databaseDown = true;

		assertThat(this.reading.get((at) -> at.getEpochSecond())).isNaN();
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.reading.get()).isEmpty();
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.reading.get()).isEmpty();

		assertThat(this.reads).as("a failed reading serves its ten seconds too").hasSize(2);
		assertThat(output.getOut()
			.lines()
			.filter((line) -> line.contains("WARN")
					&& line.contains("Could not read the test figures for the metrics")))
			.hasSize(1);

		this.databaseDown = false;
		this.clock.advance(Duration.ofSeconds(5));

		assertThat(this.reading.get()).contains(MutableClock.START.plusSeconds(20));
		assertThat(output.getOut()).contains("The metrics of the test figures can be read again");
	}

	private Instant read(Instant now) {
		this.reads.add(now);
		if (this.databaseDown) {
			throw new DataAccessResourceFailureException("Connection refused");
		}
		return now;
	}

}
