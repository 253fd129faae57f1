package org.classbell.notifier.outbox;

import org.classbell.store.GuardianId;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;
import java.time.LocalDate;

import org.classbell.store.StudentId;
import org.classbell.store.journal.NoteId;

/**
 * What a notification is about, so that a later change finds the messages it makes stale,
 * and a message that goes once per topic and guardian goes once. Written in the outbox as
 * {@code attendance:<student>:<day>}, {@code note:<id>}, {@code announcement:<id>},
 * {@code report:<kind>:<first day>:<student>}, {@code digest:<day>:<student>} or
 * {@code parent:<guardian>:<student>}.
 *
 * @param value the topic as the outbox keeps it
 */
public record Topic(String value) {

	private static final Pattern PARENT = Pattern.compile("parent:([1-9][0-9]{0,17}):([1-9][0-9]{0,17})");

	public Topic {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A topic is not blank");
		}
	}

	/**
	 * A child's attendance of a day.
	 */
	public static Topic attendance(StudentId student, LocalDate day) {
		return new Topic("attendance:" + student.value() + ":" + day);
	}

	/**
	 * A behaviour note.
	 */
	public static Topic note(NoteId note) {
		return new Topic("note:" + note.value());
	}

	public static Topic announcement(AnnouncementId announcement) {
		return new Topic("announcement:" + announcement.value());
	}

	/**
	 * A child's periodic report of a kind ({@code day}, {@code week}...) for the period
	 * from a day.
	 */
	public static Topic report(String kind, LocalDate from, StudentId student) {
		return new Topic("report:" + kind + ":" + from + ":" + student.value());
	}

	/**
	 * A child's end-of-day digest.
	 */
	public static Topic digest(LocalDate day, StudentId student) {
		return new Topic("digest:" + day + ":" + student.value());
	}

	/**
	 * A guardian's word about a child to the staff (a message, an answer to an absence
	 * alert), so that a staff member's reply to it in the messenger reaches that
	 * guardian.
	 */
	public static Topic parent(GuardianId guardian, StudentId student) {
		return new Topic("parent:" + guardian.value() + ":" + student.value());
	}

	/**
	 * The guardian and child of a {@link #parent} topic; empty for any other.
	 */
	public Optional<ParentAndChild> parentAndChild() {
		Matcher matcher = PARENT.matcher(this.value);
		return matcher.matches() ? Optional.of(new ParentAndChild(new GuardianId(Long.parseLong(matcher.group(1))),
				new StudentId(Long.parseLong(matcher.group(2))))) : Optional.empty();
	}

	/**
	 * A guardian and the child they wrote about.
	 */
	public record ParentAndChild(GuardianId guardian, StudentId student) {

	}

	/**
	 * The n-th part of a message about this topic too long for one (n from 2).
	 */
	public Topic part(int n) {
		return new Topic(this.value + ":part" + n);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
