package org.classbell.notifier.outbox;

import java.util.List;
import java.util.Locale;

import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.school.SegmentBudgets;

/**
 * A guardian a message goes to, by the channel chosen for them.
 *
 * @param school their school
 * @param guardian who
 * @param language the language to write in
 * @param channel Telegram, MAX or SMS, or {@code null} when nothing reaches them
 * @param address the chat id or the phone number, or {@code null}
 * @param transliterate whether the school sends SMS in Latin letters
 * @param smsSegments the school's own SMS budgets, where it set them
 * @param smsFallback whether the guardian has a phone that SMS could go to should the
 * messengers prove unreachable (consent is checked then)
 * @param children the first names of the children the message is about, with their class
 * @param letterhead the school's texts, and whether its name heads the message
 */
public record Recipient(SchoolId school, GuardianId guardian, Language language, Channel channel, String address,
		boolean transliterate, SegmentBudgets smsSegments, boolean smsFallback, List<Child> children,
		Letterhead letterhead) {

	public Recipient {
		children = List.copyOf(children);
		letterhead = (letterhead != null) ? letterhead : Letterhead.NONE;
	}

	/**
	 * A recipient written to in the deployment's texts, their school not named.
	 */
	public Recipient(SchoolId school, GuardianId guardian, Language language, Channel channel, String address,
			boolean transliterate, SegmentBudgets smsSegments, boolean smsFallback, List<Child> children) {
		this(school, guardian, language, channel, address, transliterate, smsSegments, smsFallback, children,
				Letterhead.NONE);
	}

	public boolean isReachable() {
		return this.channel != null;
	}

	/**
	 * Whether they are reached in a messenger's chat, Telegram or MAX.
	 */
	public boolean byMessenger() {
		return this.channel != null && this.channel.isMessenger();
	}

	public Locale locale() {
		return this.language.locale();
	}

	/**
	 * The same recipient, reached by another channel.
	 */
	public Recipient withChannel(Channel other) {
		return new Recipient(this.school, this.guardian, this.language, other, this.address, this.transliterate,
				this.smsSegments, this.smsFallback, this.children, this.letterhead);
	}

	/**
	 * A child of the recipient, as messages name them.
	 */
	public record Child(StudentId studentId, String firstName, String className) {

	}

}
