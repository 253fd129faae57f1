package org.classbell.notifier.outbox;

/**
 * What became of the messages of one channel (or of all, where the channel is
 * {@code null}) written in a period, by their status now.
 *
 * @param channel the channel, or {@code null} for all of them
 * @param sent taken by the provider, delivered or not
 * @param delivered of those, confirmed delivered by the provider (SMS delivery reports;
 * Telegram confirms none)
 * @param failed given up on, with their reason in the outbox
 * @param cancelled withdrawn before they went, such as an undone absence's alert
 * @param waiting queued or being sent
 */
public record ChannelDelivery(Channel channel, int sent, int delivered, int failed, int cancelled, int waiting) {

	/**
	 * Every message written in the period.
	 */
	public int total() {
		return this.sent + this.failed + this.cancelled + this.waiting;
	}

	ChannelDelivery plus(ChannelDelivery other) {
		return new ChannelDelivery(null, this.sent + other.sent, this.delivered + other.delivered,
				this.failed + other.failed, this.cancelled + other.cancelled, this.waiting + other.waiting);
	}

}
