package org.classbell.store.families;

import java.time.Instant;
import java.util.List;

import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.Messenger;

/**
 * A guardian as the class page shows them: how they are reached, their consent and their
 * opt-outs.
 *
 * @param id the guardian
 * @param name their name
 * @param phone their phone (E.164), or {@code null}
 * @param language the language they get messages in
 * @param messengers the messengers they linked, Telegram first; empty when none
 * @param linkedAt when they first linked a messenger, or {@code null}
 * @param chatConsentedAt when they first confirmed consent in the bot (in either
 * messenger), or {@code null}
 * @param consentAt when consent to processing was given, or {@code null}
 * @param consentSource where that consent came from (roster, telegram, max, sms, admin),
 * or {@code null}
 * @param consentWithdrawnAt when consent was last withdrawn, if it is withdrawn now
 * @param smsStoppedAt when SMS were stopped (STOP by SMS, {@code /stop} in the bot), or
 * {@code null}
 * @param smsStopSource where the stop came from ({@code telegram}, {@code max} or
 * {@code sms}), or {@code null}
 * @param phoneFlagged whether SMS to the phone failed for good
 */
public record GuardianContact(GuardianId id, String name, String phone, Language language, List<Messenger> messengers,
		Instant linkedAt, Instant chatConsentedAt, Instant consentAt, String consentSource, Instant consentWithdrawnAt,
		Instant smsStoppedAt, String smsStopSource, boolean phoneFlagged) {

	public GuardianContact {
		messengers = List.copyOf(messengers);
	}

	public LinkStatus status() {
		if (!this.messengers.isEmpty()) {
			return LinkStatus.MESSENGER;
		}
		if (this.phone != null && this.consentAt != null && this.smsStoppedAt == null && !this.phoneFlagged) {
			return LinkStatus.SMS;
		}
		return LinkStatus.NONE;
	}

}
