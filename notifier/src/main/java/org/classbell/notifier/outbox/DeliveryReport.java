package org.classbell.notifier.outbox;

import java.util.List;

import org.classbell.store.monitoring.DayRange;

/**
 * The delivery figures of a period: per channel, all channels together, the guardians who
 * opted out, and the SMS segments spent.
 *
 * @param period the days
 * @param channels Telegram, then SMS
 * @param total both channels together
 * @param optOuts guardians who opted out in the period (by SMS STOP, the bot's /stop or
 * the carrier's report) and have not opted in again
 * @param smsSegments the SMS segments spent
 */
public record DeliveryReport(DayRange period, List<ChannelDelivery> channels, ChannelDelivery total, int optOuts,
		SmsSegments smsSegments) {

	public DeliveryReport {
		channels = List.copyOf(channels);
	}

}
