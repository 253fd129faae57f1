package org.classbell.notifier.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Channel;
import org.classbell.store.cluster.SharedBuckets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due notifications in batches, hands them to their
 * channel's carrier within the channel's rate limits (messages to one address in order),
 * and records each outcome as it comes. Faults that may pass are retried with exponential
 * backoff and jitter, or after the wait the provider asked for; permanent failures are
 * recorded with what they mean for the recipient.
 * <p>
 * A node that stops (even by {@code kill -9}) leaves its claimed notifications in
 * {@code sending}; when the claim lapses, any node takes them over: a notification the
 * provider can be asked about (Twilio) is recorded as sent if the provider has it and
 * sent otherwise; one it cannot (Telegram) is sent again.
 */
@Component
public class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Deliveries deliveries;

	private final Map<Channel, Carrier> carriers = new EnumMap<>(Channel.class);

	private final Map<Channel, Throttle> throttles;

	private final Pacing pacing;

	private final Map<Channel, ExecutorService> senders = new EnumMap<>(Channel.class);

	private final DispatchProperties properties;

	private final Clock clock;

	private final String node;

	private final Outcomes outcomes;

	private final Map<Channel, Timer> sendTimes = new EnumMap<>(Channel.class);

	private final Object idle = new Object();

	private volatile boolean running;

	private Thread loop;

	@Autowired
	Dispatcher(Deliveries deliveries, List<Carrier> carriers, DispatchProperties properties, Clock clock,
			ObjectProvider<MeterRegistry> meters, SharedBuckets shared) {
		this(deliveries, carriers, properties, clock, meters.getIfAvailable(SimpleMeterRegistry::new),
				ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8),
				shared);
	}

	/**
	 * A dispatcher that names itself {@code node} in the claims it makes, within limits
	 * of its own.
	 */
	public Dispatcher(Deliveries deliveries, List<Carrier> carriers, DispatchProperties properties, Clock clock,
			MeterRegistry meters, String node) {
		this(deliveries, carriers, properties, clock, meters, node, null);
	}

	/**
	 * A dispatcher that names itself {@code node} in the claims it makes, and keeps the
	 * limits that nodes share (each channel's in all) in {@code shared}.
	 */
	public Dispatcher(Deliveries deliveries, List<Carrier> carriers, DispatchProperties properties, Clock clock,
			MeterRegistry meters, String node, SharedBuckets shared) {
		this.deliveries = deliveries;
		carriers.forEach((carrier) -> this.carriers.put(carrier.channel(), carrier));
		this.properties = properties;
		this.clock = clock;
		this.node = node;
		this.outcomes = new Outcomes(deliveries, properties, clock, meters, node);
		for (Channel channel : Channel.values()) {
			this.sendTimes.put(channel,
					Timer.builder("classbell.notifications.send")
						.description("How long handing a message to its channel's provider took")
						.tag("channel", channel.code())
						.register(meters));
		}
		this.throttles = Throttle.of(properties, shared);
		this.pacing = Pacing.by(this.throttles);
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			log.info("Dispatch is off on this node (classbell.notifier.dispatch.enabled=false)");
			return;
		}
		AtomicInteger threads = new AtomicInteger();
		this.carriers.keySet()
			.forEach((channel) -> this.senders.put(channel,
					Executors.newFixedThreadPool(this.properties.threads(), (task) -> {
						Thread thread = new Thread(task,
								"dispatch-" + channel.code() + "-" + threads.incrementAndGet());
						thread.setDaemon(true);
						return thread;
					})));
		this.running = true;
		this.loop = new Thread(this::run, "dispatcher");
		this.loop.setDaemon(true);
		this.loop.start();
		if (this.carriers.isEmpty()) {
			log.info("No channel is on, so nothing is sent; due notifications fail with what would turn a channel on");
		}
		else {
			log.info("Dispatching {} as node {}", this.carriers.keySet(), this.node);
		}
	}

	// senders begin no message now: they end what is in flight and put the rest back
	@Override
	public void stop() {
		this.running = false;
		wake();
		try {
			if (this.loop != null) {
				this.loop.join(TimeUnit.SECONDS.toMillis(20));
			}
			for (ExecutorService senders : this.senders.values()) {
				senders.shutdown();
				senders.awaitTermination(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.loop = null;
		this.senders.values().forEach(ExecutorService::shutdownNow);
		this.senders.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Looks for due notifications now rather than at the next poll.
	 */
	public void wake() {
		synchronized (this.idle) {
			this.idle.notifyAll();
		}
	}

	private void run() {
		while (this.running) {
			int handled = 0;
			try {
				handled = dispatchOnce();
			}
			catch (RuntimeException ex) {
				log.warn("Dispatch round failed; trying again in {}", this.properties.pollInterval(), ex);
			}
			if (handled < this.properties.batchSize() && this.running) {
				synchronized (this.idle) {
					try {
						this.idle.wait(this.properties.pollInterval().toMillis());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
	}

	/**
	 * One round: fails what no channel can send, resolves what stopped nodes left, then
	 * claims and sends one batch.
	 * @return how many notifications were claimed
	 */
	int dispatchOnce() {
		Instant now = this.clock.instant();
		for (Channel channel : Channel.values()) {
			if (!this.carriers.containsKey(channel)) {
				int failed = this.deliveries.failOff(channel, offReason(channel), now);
				if (failed > 0) {
					log.warn("{} {} notification(s) failed: {}", failed, channel.code(), offReason(channel));
				}
			}
		}
		recover(now);
		this.throttles.values().forEach((throttle) -> throttle.forgetIdle(now));
		List<Outgoing> batch = this.deliveries.claim(this.carriers.keySet(), this.properties.batchSize(), this.node,
				this.properties.lease(), now, this.pacing);
		if (!batch.isEmpty()) {
			send(batch, System.nanoTime() + this.properties.lease().toNanos() / 2);
		}
		return batch.size();
	}

	private void recover(Instant now) {
		List<Outgoing> stale = this.deliveries.adoptStale(this.properties.batchSize(), this.node,
				this.properties.lease(), now);
		for (Outgoing message : stale) {
			Carrier carrier = this.carriers.get(message.channel());
			if (carrier != null && carrier.canFind()) {
				var found = carrier.find(message, now.minus(this.properties.lease().multipliedBy(2)));
				if (found.isPresent()) {
					this.deliveries.sent(message, found.get(), this.node, now);
					log.info("Notification {} was sent by a node that stopped; found at the provider, not sent again",
							message.id());
					continue;
				}
				this.deliveries.retry(message, "the node sending it stopped before the provider took it", now,
						this.node, now);
			}
			else {
				this.deliveries.retry(message, "the node sending it stopped; whether " + message.channel().code()
						+ " took it is unknown, so it is sent again", now, this.node, now);
			}
			log.info("Notification {} was left sending by a node that stopped; queued again", message.id());
		}
	}

	private void send(List<Outgoing> batch, long deadline) {
		Map<Channel, Map<String, List<Outgoing>>> groups = new EnumMap<>(Channel.class);
		for (Outgoing message : batch) {
			groups.computeIfAbsent(message.channel(), (channel) -> new LinkedHashMap<>())
				.computeIfAbsent(message.address(), (address) -> new ArrayList<>())
				.add(message);
		}
		List<Future<?>> running = new ArrayList<>();
		groups.forEach((channel, byAddress) -> byAddress.values()
			.forEach((messages) -> running
				.add(this.senders.get(channel).submit(() -> sendInOrder(channel, messages, deadline)))));
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				log.warn("A sender failed", ex.getCause());
			}
		}
	}

	/**
	 * Sends the messages to one address, one after the other; those not begun when the
	 * node stops or half the claim's lease has passed go back to the queue untried, so
	 * that no attempt runs past the lease.
	 */
	private void sendInOrder(Channel channel, List<Outgoing> messages, long deadline) {
		Carrier carrier = this.carriers.get(channel);
		Throttle throttle = this.throttles.get(channel);
		for (int i = 0; i < messages.size(); i++) {
			Outgoing message = messages.get(i);
			try {
				if (!this.running || System.nanoTime() - deadline > 0) {
					throw new InterruptedException();
				}
				throttle.acquire(carrier.sender(message), message.address(), carrier.cost(message));
			}
			catch (InterruptedException ex) {
				this.deliveries.release(messages.subList(i, messages.size()), this.node, this.clock.instant());
				return;
			}
			long started = System.nanoTime();
			Outcome outcome;
			try {
				outcome = carrier.send(message);
			}
			catch (RuntimeException ex) {
				outcome = new Outcome.Retry(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
			}
			this.sendTimes.get(channel).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			this.outcomes.record(message, outcome, throttle, this.carriers.keySet());
		}
	}

	private static String offReason(Channel channel) {
		return switch (channel) {
			case TELEGRAM -> "the Telegram channel is off: set CLASSBELL_TELEGRAM_TOKEN";
			case MAX -> "the MAX channel is off: set CLASSBELL_MAX_TOKEN";
			case SMS -> "the SMS channel is off: set CLASSBELL_TWILIO_ACCOUNT_SID, CLASSBELL_TWILIO_AUTH_TOKEN and "
					+ "CLASSBELL_TWILIO_FROM or CLASSBELL_TWILIO_MESSAGING_SERVICE_SID";
		};
	}

}
