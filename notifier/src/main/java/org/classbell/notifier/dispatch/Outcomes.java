package org.classbell.notifier.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Channel;

import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Records what came of each attempt of a dispatcher: a message taken by its provider (by
 * group commit), a fault that may pass (retried with exponential backoff and jitter, or
 * after the wait the provider asked for, until the attempts run out), or a permanent
 * failure with what it means for the recipient; and counts them per channel.
 */
final class Outcomes {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private final Deliveries deliveries;

	private final DispatchProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	private final String node;

	private final SentOutcomes sent;

	private final Map<Channel, Map<String, Counter>> counters = new EnumMap<>(Channel.class);

	Outcomes(Deliveries deliveries, DispatchProperties properties, Clock clock, MeterRegistry meters, String node) {
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
		this.node = node;
		this.sent = new SentOutcomes(deliveries, node, clock);
		for (Channel channel : Channel.values()) {
			this.counters.put(channel, new ConcurrentHashMap<>());
		}
	}

	/**
	 * Records the outcome of an attempt to send the message.
	 * @param throttle the channel's rate limits, paused when the provider asks to wait
	 * @param on the channels this node can send by, for a fallback from a messenger
	 */
	void record(Outgoing message, Outcome outcome, Throttle throttle, Set<Channel> on) {
		Instant now = this.clock.instant();
		String result;
		if (outcome instanceof Outcome.Sent taken) {
			this.sent.record(message, taken);
			result = "sent";
		}
		else if (outcome instanceof Outcome.Retry retry) {
			if (retry.after() != null && message.channel().isMessenger()) {
				// a messenger's "too many requests" is about one chat: the others go on
				throttle.hold(message.address(), now.plus(retry.after()));
			}
			else if (retry.after() != null) {
				throttle.pause(retry.after());
			}
			if (message.attempts() >= this.properties.maxAttempts()) {
				this.deliveries.giveUp(message, "gave up after " + message.attempts() + " attempts: " + retry.error(),
						this.node, now);
				log.warn("Notification {} ({}) failed after {} attempts: {}", message.id(), message.channel().code(),
						message.attempts(), retry.error());
				result = "failed";
			}
			else {
				Duration wait = (retry.after() != null) ? retry.after() : backoff(message.attempts());
				this.deliveries.retry(message, retry.error(), now.plus(wait), this.node, now);
				log.info("Notification {} ({}) attempt {} failed, next in {}: {}", message.id(),
						message.channel().code(), message.attempts(), wait, retry.error());
				result = "retry";
			}
		}
		else {
			Outcome.Failed failed = (Outcome.Failed) outcome;
			String error = this.deliveries.failed(message, failed, on, this.node, now);
			log.warn("Notification {} ({}) failed: {}", message.id(), message.channel().code(), error);
			result = "failed";
		}
		this.counters.get(message.channel())
			.computeIfAbsent(result,
					(named) -> Counter.builder("classbell.notifications")
						.description("Attempts this node made to send a message, by what came of them: sent, "
								+ "retry (a passing fault) or failed (given up)")
						.tag("channel", message.channel().code())
						.tag("outcome", named)
						.register(this.meters))
			.increment();
	}

	/**
	 * The wait before the attempt after the given one: the first retry doubled for each
	 * attempt since, up to the longest, give or take a random half of the first.
	 */
	Duration backoff(int attempts) {
		ExponentialBackOff policy = new ExponentialBackOff(this.properties.firstRetry().toMillis(), 2.0);
		policy.setMaxInterval(this.properties.maxRetry().toMillis());
		policy.setJitter(this.properties.firstRetry().toMillis() / 2);
		BackOffExecution execution = policy.start();
		long wait = 0;
		for (int i = 0; i < Math.max(attempts, 1); i++) {
			long next = execution.nextBackOff();
			if (next == BackOffExecution.STOP) {
				break;
			}
			wait = next;
		}
		return Duration.ofMillis(wait);
	}

}
