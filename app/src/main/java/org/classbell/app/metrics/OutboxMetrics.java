package org.classbell.app.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.notifier.outbox.QueueFigures;
import org.classbell.notifier.outbox.QueueReport;

import org.springframework.stereotype.Component;

/**
 * The outbox's gauges, for every school together:
 * {@code classbell_outbox_messages{status, channel}},
 * {@code classbell_outbox_due_messages{channel}} and
 * {@code classbell_outbox_oldest_queued_age_seconds}. The queue is read at most once per
 * {@link Reading#FRESH}; what left it in the last day, which takes longer to count on a
 * city's outbox, once per {@link #RECENT_FRESH}. Every node of a city reports the same
 * values.
 */
@Component
class OutboxMetrics implements MeterBinder {

	/** How long a count of the messages that left the queue serves. */
	static final Duration RECENT_FRESH = Duration.ofMinutes(1);

	private final Reading<QueueReport> queue;

	private final Reading<QueueReport> recent;

	OutboxMetrics(QueueFigures figures, Clock clock) {
		this.queue = new Reading<>("the outbox's queue", Reading.FRESH, figures::queue, clock);
		this.recent = new Reading<>("the outbox's recent messages", RECENT_FRESH, figures::recent, clock);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Channel channel : Channel.values()) {
			for (NotificationStatus status : NotificationStatus.values()) {
				Reading<QueueReport> reading = (status == NotificationStatus.QUEUED
						|| status == NotificationStatus.SENDING) ? this.queue : this.recent;
				Gauge.builder("classbell.outbox.messages", () -> reading.get((now) -> now.messages(channel, status)))
					.description("Messages in the outbox by status now: every one queued or sending; "
							+ "of the others, those written in the last 24 hours")
					.tag("status", status.code())
					.tag("channel", channel.code())
					.register(registry);
			}
			Gauge.builder("classbell.outbox.due.messages", () -> this.queue.get((now) -> now.due(channel)))
				.description("Queued messages whose time has come: not held for quiet hours, a retry or a rate limit")
				.tag("channel", channel.code())
				.register(registry);
		}
		Gauge
			.builder("classbell.outbox.oldest.queued.age",
					() -> this.queue.get((now) -> now.oldestDueWait().toMillis() / 1000.0))
			.description("How long the oldest due message has waited since it became due; 0 when none waits")
			.baseUnit("seconds")
			.register(registry);
	}

}
