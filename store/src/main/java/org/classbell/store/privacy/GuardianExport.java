package org.classbell.store.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything ClassBell holds about a guardian, as the export gives it.
 *
 * @param exportedAt when it was gathered
 * @param guardian who they are
 * @param settings how they want to be messaged
 * @param children their children, with their classes
 * @param telegram their linked Telegram account, or {@code null}
 * @param max their linked MAX account, or {@code null}
 * @param consents their consent history, oldest first
 * @param notifications every message written to them that is still kept, oldest first
 * @param erasures the erasures of their data, if an admin erased it
 * @param classTeacherMessages what they and the class teachers wrote each other through
 * the bot or by SMS, oldest first
 * @param alertAnswers their answers to absence alerts, oldest first
 * @param pollAnswers their answers to polls, oldest first
 */
public record GuardianExport(Instant exportedAt, Person guardian, Settings settings, List<Child> children,
		Account telegram, Account max, List<Consent> consents, List<Notification> notifications, List<Erasure> erasures,
		List<ClassTeacherMessage> classTeacherMessages, List<AlertAnswer> alertAnswers, List<PollAnswer> pollAnswers) {

	/**
	 * This export with these messages.
	 */
	public GuardianExport withNotifications(List<Notification> messages) {
		return new GuardianExport(this.exportedAt, this.guardian, this.settings, this.children, this.telegram, this.max,
				this.consents, List.copyOf(messages), this.erasures, this.classTeacherMessages, this.alertAnswers,
				this.pollAnswers);
	}

	/**
	 * @param id the guardian's id in ClassBell
	 * @param name their full name as the school's roster gives it
	 * @param phone their phone, or {@code null}
	 * @param language the language of their messages
	 * @param createdAt when the school's roster first brought them
	 * @param erasedAt when their data was erased, or {@code null}
	 */
	public record Person(long id, String name, String phone, String language, Instant createdAt, Instant erasedAt) {

	}

	/**
	 * @param preferredChannel {@code telegram}, {@code max}, {@code sms}, or {@code null}
	 * for the messenger they linked last
	 * @param reportFrequency how often progress reports come
	 * @param quietFrom the start of their own quiet hours, or {@code null} for the
	 * school's
	 * @param quietTo the end of them
	 * @param digestAt the time of their end-of-day digest, or {@code null}
	 * @param smsOptedOutAt when they asked for no more SMS, or {@code null}
	 * @param phoneFlaggedAt when the phone was found not to take SMS, or {@code null}
	 */
	public record Settings(String preferredChannel, String reportFrequency, LocalTime quietFrom, LocalTime quietTo,
			LocalTime digestAt, Instant smsOptedOutAt, Instant phoneFlaggedAt) {

	}

	/**
	 * @param name the child's full name
	 * @param className their class
	 * @param listNo their number in the class register
	 * @param active whether they are on the roster now
	 */
	public record Child(String name, String className, int listNo, boolean active) {

	}

	/**
	 * @param userId the messenger's id for the guardian
	 * @param chatId the chat messages go to
	 * @param linkedAt when it was linked
	 * @param consentedAt when consent was confirmed in it, or {@code null}
	 */
	public record Account(long userId, long chatId, Instant linkedAt, Instant consentedAt) {

	}

	/**
	 * @param purpose {@code processing} or {@code sms}
	 * @param given whether it was given, or withdrawn
	 * @param source {@code roster}, {@code telegram}, {@code max}, {@code sms} or
	 * {@code admin}
	 * @param detail such as the roster line
	 * @param actor who recorded it
	 * @param at when
	 */
	public record Consent(String purpose, boolean given, String source, String detail, String actor, Instant at) {

	}

	/**
	 * @param createdAt when it was written
	 * @param kind such as {@code absence}, {@code report}
	 * @param channel {@code telegram} or {@code sms}
	 * @param status its status
	 * @param body its text, or empty where it was blanked
	 * @param sentAt when the provider took it
	 * @param deliveredAt when it was delivered, where the provider says
	 * @param error why it failed or was cancelled
	 */
	public record Notification(Instant createdAt, String kind, String channel, String status, String body,
			Instant sentAt, Instant deliveredAt, String error) {

	}

	/**
	 * @param at when
	 * @param actor who erased it
	 * @param reason why
	 */
	public record Erasure(Instant at, String actor, String reason) {

	}

	/**
	 * @param at when it was written
	 * @param child the child it was about
	 * @param className the child's class
	 * @param direction {@code to_teacher} (theirs) or {@code to_parent} (a class
	 * teacher's reply)
	 * @param status {@code relayed}, or kept without being passed on: {@code muted},
	 * {@code no_teacher}
	 * @param channel how it came: {@code telegram}, {@code max} or {@code sms}
	 * @param body its text, or empty where it was blanked
	 */
	public record ClassTeacherMessage(Instant at, String child, String className, String direction, String status,
			String channel, String body) {

	}

	/**
	 * @param student the child it was about
	 * @param day the day of the absence
	 * @param answer {@code ill}, {@code reason} or {@code contact}
	 * @param source where they answered: {@code telegram}, {@code max} or {@code sms}
	 * @param answeredAt when
	 * @param excusedAt when the absence was excused on the strength of it, or
	 * {@code null}
	 */
	public record AlertAnswer(String student, LocalDate day, String answer, String source, Instant answeredAt,
			Instant excusedAt) {

	}

	/**
	 * @param question what the poll asked
	 * @param className the class it asked, or {@code null} for the whole school
	 * @param anonymous whether the poll was anonymous (its results name no one)
	 * @param chosen the options they chose
	 * @param channel how they answered: {@code telegram}, {@code max} or {@code sms}
	 * @param answeredAt when they last answered
	 */
	public record PollAnswer(String question, String className, boolean anonymous, List<String> chosen, String channel,
			Instant answeredAt) {

	}

}
