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
 * one gap (its sender waits the rest), or all of them where the channel has no limit per
 * address; none, when the provider asked the address to wait. The address's other queued
 * messages are then put off in their order, one gap apart from when the next may go, so
 * that they leave the head of the queue to other addresses and none overtakes another of
 * its address.
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
		if (next != null && gap.isZero() && !next.isAfter(this.now)) {
			return true;
		}
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
	 * Puts off the queued messages of the addresses that have more than the claim took,
	 * once the claim has taken its own (they are no longer queued). Rows another node's
	 * claim holds are left to it, so that two claims never wait on each other.
	 */
	void putOff(JdbcClient jdbc) {
		this.paced.forEach((address, from) -> jdbc.sql("""
				with mine as (
				    select id, next_attempt_at from notification
				    where status = 'queued' and channel = :channel and address = :address
				    for update skip locked),
				numbered as (
				    select id, next_attempt_at, row_number() over (order by next_attempt_at, id) as rn from mine),
				slots as (
				    select id, greatest(next_attempt_at,
				        cast(:from as timestamptz) + (rn - 1) * :gap * interval '1 microsecond') as at from numbered)
				update notification n set next_attempt_at = s.at, updated_at = :now
				from slots s
				where n.id = s.id and s.at > n.next_attempt_at
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
