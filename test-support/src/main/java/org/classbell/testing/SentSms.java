package org.classbell.testing;

import java.time.ZonedDateTime;

/**
 * A message {@link FakeTwilio} created.
 *
 * @param sid its SID, {@code SM} and 32 hex digits
 * @param to the {@code To} number
 * @param from the {@code From} number, {@code null} when sent through a messaging service
 * only
 * @param messagingServiceSid the {@code MessagingServiceSid}, {@code null} when none
 * @param body the {@code Body} as received
 * @param statusCallback the {@code StatusCallback} URL, {@code null} when none
 * @param segments the segments the server counted
 * @param dateSent when it was taken, to the second
 */
public record SentSms(String sid, String to, String from, String messagingServiceSid, String body,
		String statusCallback, int segments, ZonedDateTime dateSent) {

}
