package org.classbell.notifier.dispatch;

import java.util.List;

import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.school.SmsSender;

/**
 * A notification claimed for sending.
 *
 * @param id the notification
 * @param channel how it goes
 * @param address the chat id or the E.164 phone number
 * @param body the text as it is sent (HTML for Telegram, plain for SMS)
 * @param school the school it is from
 * @param guardian who it goes to, or {@code null} for staff
 * @param attempts the attempts so far, this one included
 * @param buttons rows of buttons under it (messengers only)
 * @param smsSender the school's own SMS sender, or {@link SmsSender#DEPLOYMENT} when its
 * SMS come from the deployment's
 */
public record Outgoing(NotificationId id, Channel channel, String address, String body, SchoolId school,
		GuardianId guardian, int attempts, List<List<Button>> buttons, SmsSender smsSender) {

	public Outgoing {
		buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		smsSender = (smsSender != null) ? smsSender : SmsSender.DEPLOYMENT;
	}

	/**
	 * A message from a school that sends SMS from the deployment's sender.
	 */
	public Outgoing(NotificationId id, Channel channel, String address, String body, SchoolId school,
			GuardianId guardian, int attempts, List<List<Button>> buttons) {
		this(id, channel, address, body, school, guardian, attempts, buttons, SmsSender.DEPLOYMENT);
	}

	/**
	 * A message without buttons, from a school that sends SMS from the deployment's
	 * sender.
	 */
	public Outgoing(NotificationId id, Channel channel, String address, String body, SchoolId school,
			GuardianId guardian, int attempts) {
		this(id, channel, address, body, school, guardian, attempts, List.of());
	}

	@Override
	public String toString() {
		return "Outgoing[id=" + this.id + ", channel=" + this.channel + ", attempts=" + this.attempts + "]";
	}

}
