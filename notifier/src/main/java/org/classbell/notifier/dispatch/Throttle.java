package org.classbell.notifier.dispatch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import org.classbell.notifier.outbox.Channel;
import org.classbell.store.cluster.SharedBuckets;

/**
 * Keeps one channel of one node within its provider's limits: a number of units a second
 * for each sender (a token bucket; the channel is one sender, but for SMS each Twilio
 * number or messaging service is one), a number of messages a second to one address, and
 * a pause all senders keep after the provider asked to slow down.
 */
final class Throttle {

	/** The key of the bucket of Telegram messages, shared by the nodes. */
	static final long TELEGRAM_KEY = SharedBuckets.KEY_BASE + 1;

	/** The key of the bucket of MAX messages, shared by the nodes. */
	static final long MAX_KEY = SharedBuckets.KEY_BASE + 2;

	/**
	 * What the keys of the buckets of SMS segments, one per Twilio sender and shared by
	 * the nodes, are derived from.
	 */
	static final long SMS_KEY = SharedBuckets.KEY_BASE + 3;

	/** The sender of a channel that has but one. */
	static final String ONE_SENDER = "";

	private final double perSecond;

	private final long capacity;

	private final long addressGapNanos;

	/**
	 * The buckets shared by the nodes (which hold one unit at a time), or {@code null}
	 * when this node keeps its limits on its own.
	 */
	private final SharedBuckets shared;

	private final long key;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<String, Long> nextToAddress = new ConcurrentHashMap<>();

	private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

	private volatile long pausedUntil = System.nanoTime();

	/**
	 * @param perSecond units a second for each sender, zero for no limit
	 * @param perAddressPerSecond messages a second to one address, zero for no limit
	 */
	Throttle(double perSecond, double perAddressPerSecond) {
		this(null, 0, perSecond, perAddressPerSecond);
	}

	/**
	 * A throttle whose limit for each sender is a bucket every node shares when
	 * {@code shared} is given: one message at a time, refilled at {@code perSecond}, so
	 * that the nodes together never pass it in any second.
	 */
	private Throttle(SharedBuckets shared, long key, double perSecond, double perAddressPerSecond) {
		this.perSecond = perSecond;
		this.capacity = (shared != null) ? 1 : Math.max(1, Math.round(perSecond));
		this.shared = shared;
		this.key = key;
		this.addressGapNanos = (perAddressPerSecond > 0) ? Math.round(1e9 / perAddressPerSecond) : 0;
	}

	/**
	 * The throttles of the channels, at the limits of the properties, each node on its
	 * own.
	 */
	static Map<Channel, Throttle> of(DispatchProperties properties) {
		return of(properties, null);
	}

	/**
	 * The throttles of the channels, at the limits of the properties. When {@code shared}
	 * is given, each limit in all (the Telegram bot's messages, MAX's, each Twilio
	 * sender's SMS segments) is a budget of the whole cluster, which every dispatching
	 * node takes from; the limits to one chat stay each node's own, as one chat's
	 * messages go from one node at a time.
	 */
	static Map<Channel, Throttle> of(DispatchProperties properties, SharedBuckets shared) {
		Map<Channel, Throttle> throttles = new EnumMap<>(Channel.class);
		throttles.put(Channel.TELEGRAM,
				throttle(shared, TELEGRAM_KEY, properties.telegramPerSecond(), properties.telegramChatPerSecond()));
		throttles.put(Channel.MAX, throttle(shared, MAX_KEY, properties.maxPerSecond(), properties.maxChatPerSecond()));
		throttles.put(Channel.SMS, throttle(shared, SMS_KEY, properties.smsPerSecond(), 0));
		return throttles;
	}

	private static Throttle throttle(SharedBuckets shared, long key, double perSecond, double perAddressPerSecond) {
		return new Throttle((perSecond > 0) ? shared : null, key, perSecond, perAddressPerSecond);
	}

	/**
	 * The key of a sender's shared bucket. A bucket keeps the limit it was made with:
	 * nodes given the same limit share one, and a limit changed in the configuration
	 * starts a bucket of its own. The channel's one sender has the channel's key; each
	 * other sender (an SMS number or messaging service) a key hashed from the channel's,
	 * the sender and the limit, the same on every node.
	 */
	static long key(long channelKey, String sender, double perSecond) {
		long limit = Math.round(perSecond * 1000);
		if (ONE_SENDER.equals(sender)) {
			return channelKey + (limit << 8);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((channelKey + "/" + sender + "/" + limit).getBytes(StandardCharsets.UTF_8));
			return SharedBuckets.KEY_BASE | (ByteBuffer.wrap(digest).getLong() & (SharedBuckets.KEY_BASE - 1));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

	/**
	 * Waits until a message of the given cost to the address may go from the channel's
	 * one sender.
	 */
	void acquire(String address, int cost) throws InterruptedException {
		acquire(ONE_SENDER, address, cost);
	}

	/**
	 * Waits until a message of the given cost to the address may go from the sender.
	 * @param sender the sender whose limit it takes from, {@link #ONE_SENDER} where the
	 * channel has one
	 */
	void acquire(String sender, String address, int cost) throws InterruptedException {
		waitUntil(this.pausedUntil);
		if (this.addressGapNanos > 0) {
			Long next = this.nextToAddress.get(address);
			if (next != null) {
				waitUntil(next);
			}
		}
		Bucket bucket = bucket(sender);
		if (bucket != null && this.shared != null) {
			// the shared bucket holds one unit, so that the nodes together never pass
			// the limit in any second: a message of several SMS segments takes them one
			// by one
			for (int unit = 0; unit < Math.max(cost, 1); unit++) {
				bucket.asBlocking().consume(1);
			}
		}
		else if (bucket != null) {
			bucket.asBlocking().consume(Math.min(Math.max(cost, 1), this.capacity));
		}
		if (this.addressGapNanos > 0) {
			this.nextToAddress.put(address, System.nanoTime() + this.addressGapNanos);
		}
	}

	/**
	 * The sender's bucket, made when first asked for; {@code null} when there is no
	 * limit.
	 */
	private Bucket bucket(String sender) {
		if (this.perSecond <= 0) {
			return null;
		}
		return this.buckets.computeIfAbsent((sender != null) ? sender : ONE_SENDER, (named) -> {
			if (this.shared != null) {
				return this.shared.bucket(key(this.key, named, this.perSecond),
						BucketConfiguration.builder()
							.addLimit(Bandwidth.builder()
								.capacity(1)
								.refillGreedy(1, Duration.ofNanos(Math.round(1e9 / this.perSecond)))
								.build())
							.build());
			}
			Duration period = Duration.ofNanos(Math.round(this.capacity * 1e9 / this.perSecond));
			return Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, period).build())
				.build();
		});
	}

	/**
	 * How long until the next message to the address may go, by the limit per address and
	 * what the provider asked of it.
	 */
	Duration untilNext(String address, Instant now) {
		Long next = this.nextToAddress.get(address);
		long wait = (next != null) ? next - System.nanoTime() : 0;
		Duration byLimit = (wait > 0) ? Duration.ofNanos(wait) : Duration.ZERO;
		Instant held = this.heldUntil.get(address);
		Duration asked = (held != null && held.isAfter(now)) ? Duration.between(now, held) : Duration.ZERO;
		return (asked.compareTo(byLimit) > 0) ? asked : byLimit;
	}

	/**
	 * The time between two messages to one address.
	 */
	Duration gap() {
		return Duration.ofNanos(this.addressGapNanos);
	}

	/**
	 * Holds messages to one address until then, as the provider asked of it.
	 */
	void hold(String address, Instant until) {
		this.heldUntil.merge(address, until, (before, after) -> after.isAfter(before) ? after : before);
	}

	/**
	 * Holds every sender of the channel for a while, as the provider asked.
	 */
	void pause(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		if (until - this.pausedUntil > 0) {
			this.pausedUntil = until;
		}
	}

	/**
	 * Forgets addresses that may be written to again right away.
	 */
	void forgetIdle(Instant at) {
		long now = System.nanoTime();
		this.nextToAddress.values().removeIf((next) -> next - now <= 0);
		this.heldUntil.values().removeIf((until) -> !until.isAfter(at));
	}

	private static void waitUntil(long deadline) throws InterruptedException {
		long wait;
		while ((wait = deadline - System.nanoTime()) > 0) {
			LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

}
