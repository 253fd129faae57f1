package org.classbell.app.metrics;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.notifier.outbox.QueueFigures;
import org.classbell.notifier.outbox.QueueReport;
import org.classbell.store.testing.MutableClock;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OutboxMetricsTest {

	final MutableClock clock = new MutableClock();

	final QueueFigures figures = mock(QueueFigures.class);

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void readsTheQueueAndTheRecentMessagesIntoOneFamily() {
		Instant now = this.clock.instant();
		when(this.figures.queue(any())).thenReturn(new QueueReport(now,
				List.of(new QueueReport.Count(Channel.SMS, NotificationStatus.QUEUED, 7, 4)), now.minusSeconds(90)));
		when(this.figures.recent(any())).thenReturn(new QueueReport(now,
				List.of(new QueueReport.Count(Channel.SMS, NotificationStatus.FAILED, 3, 0)), null));
		new OutboxMetrics(this.figures, this.clock).bindTo(this.registry);

		assertThat(gauge("classbell.outbox.messages", "sms", "queued")).isEqualTo(7.0);
		assertThat(gauge("classbell.outbox.messages", "sms", "failed")).isEqualTo(3.0);
		assertThat(gauge("classbell.outbox.messages", "telegram", "failed")).isZero();
		assertThat(this.registry.get("classbell.outbox.due.messages").tag("channel", "sms").gauge().value())
			.isEqualTo(4.0);
		assertThat(this.registry.get("classbell.outbox.oldest.queued.age").gauge().value()).isEqualTo(90.0);
	}

	@Test
	void leavesTheGaugesNaNWhenTheDatabaseCannotBeRead() {
		when(this.figures.queue(any())).thenThrow(new DataAccessResourceFailureException("Connection refused"));
		when(this.figures.recent(any())).thenThrow(new DataAccessResourceFailureException("Connection refused"));
		new OutboxMetrics(this.figures, this.clock).bindTo(this.registry);

		assertThat(gauge("classbell.outbox.messages", "telegram", "queued")).isNaN();
		assertThat(gauge("classbell.outbox.messages", "sms", "sent")).isNaN();
		assertThat(this.registry.get("classbell.outbox.oldest.queued.age").gauge().value()).isNaN();
	}

	private double gauge(String name, String channel, String status) {
		return this.registry.get(name).tag("channel", channel).tag("status", status).gauge().value();
	}

}
