package org.classbell.notifier.outbox;

import java.time.LocalDate;

/**
 * What became of the messages of one channel written on one day (school time), by their
 * status now.
 *
 * @param day the day
 * @param channel the channel
 * @param sent taken by the provider, delivered or not
 * @param delivered of those, confirmed delivered
 * @param failed given up on
 */
public record DailyDelivery(LocalDate day, Channel channel, int sent, int delivered, int failed) {

}
