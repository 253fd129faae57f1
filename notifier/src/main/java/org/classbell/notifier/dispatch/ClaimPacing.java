package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.classbell.notifier.outbox.Channel;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one claim takes of each address's due messages: the first, when it can go within
 * one gap (its sender waits the rest); none, when the provider asked the address to wait.
 * The address's other queued messages are then put off in their order, one gap apart from
 * when the next may go, so that they leave the head of the queue to other addresses and
 * none overtakes another of its address.
 */
final class ClaimPacing {

	private final Pacing pacing;

	private final Instant now;

	private final Map<Address, Instant> seen = new LinkedHashMap<>();

	private final Map<Address, Instant> paced = new LinkedHashMap<>();

	ClaimPacing(Pacing pacing, Instant now) {
		this.pacing = pacing;
		this.now = now;
	}

	/**
	 * Whether the claim takes this due message, the claim's messages coming in their
	 * order.
	 */
	boolean takes(Channel channel, String address) {
		Address key = new Address(channel, address);
		Duration gap = this.pacing.gap(channel);
		Instant next = this.seen.get(key);
		if (next != null) {
			this.paced.putIfAbsent(key, next);
			return false;
		}
		Instant slot = this.now.plus(this.pacing.untilNext(channel, address, this.now));
		if (slot.isAfter(this.now.plus(gap))) {
			this.seen.put(key, slot);
			this.paced.put(key, slot);
			return false;
		}
		this.seen.put(key, (slot.isAfter(this.now) ? slot : this.now).plus(gap));
		return true;
	}

	/**
	 * Puts off the queued messages of the addresses that have more than the claim took.
	 */
	void putOff(JdbcClient jdbc) {
		this.paced.forEach((address, from) -> jdbc.sql("""
				update notification n
				set next_attempt_at = greatest(n.next_attempt_at,
				        cast(:from as timestamptz) + (q.rn - 1) * :gap * interval '1 microsecond'),
				    updated_at = :now
				from (select id, row_number() over (order by next_attempt_at, id) as rn from notification
				      where status = 'queued' and channel = :channel and address = :address) q
				where n.id = q.id
				""")
			.param("from", Timestamps.of(from))
			.param("gap", this.pacing.gap(address.channel()).toNanos() / 1000)
			.param("now", Timestamps.of(this.now))
			.param("channel", address.channel().code())
			.param("address", address.address())
			.update());
	}

	private record Address(Channel channel, String address) {

	}

}
