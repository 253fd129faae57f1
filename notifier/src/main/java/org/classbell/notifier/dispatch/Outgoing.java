package org.classbell.notifier.dispatch;

import org.classbell.notifier.outbox.Channel;

/**
 * A notification claimed for sending.
 *
 * @param id the notification
 * @param channel how it goes
 * @param address the chat id or the E.164 phone number
 * @param body the text as it is sent (HTML for Telegram, plain for SMS)
 * @param kind what it is, such as {@code attendance}
 * @param schoolId the school it is from
 * @param guardianId who it goes to, or {@code null} for staff
 * @param attempts the attempts so far, this one included
 */
public record Outgoing(long id, Channel channel, String address, String body, String kind, long schoolId,
		Long guardianId, int attempts) {

	@Override
	public String toString() {
		return "Outgoing[id=" + this.id + ", channel=" + this.channel + ", kind=" + this.kind + ", attempts="
				+ this.attempts + "]";
	}

}
