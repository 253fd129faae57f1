package org.classbell.notifier.announcements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classbell.notifier.outbox.AnnouncementFigures;
import org.classbell.notifier.outbox.AnnouncementId;
import org.classbell.notifier.outbox.AnnouncementLog;
import org.classbell.notifier.outbox.Bodies;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a class teacher's or admin's announcement to every guardian of a class, or of the
 * whole school, once each however many children they have there, naming those children.
 */
@Component
public class Announcements {

	/** The longest announcement text, as the database takes it. */
	public static final int MAX_LENGTH = 3000;

	/** The catalogue key of an announcement to a class. */
	static final String TO_CLASS = "alert.announcement";

	/** The catalogue key of an announcement to the whole school. */
	static final String TO_SCHOOL = "alert.announcement_school";

	private final AnnouncementLog log;

	private final Recipients recipients;

	private final Outbox outbox;

	private final Bodies bodies;

	Announcements(AnnouncementLog log, Recipients recipients, Outbox outbox, Bodies bodies) {
		this.log = log;
		this.recipients = recipients;
		this.outbox = outbox;
		this.bodies = bodies;
	}

	/**
	 * Queues the announcement to the guardians of the class, or of the school when no
	 * class is given.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Announced announce(StaffMember author, SchoolClass schoolClass, String text, Instant now) {
		return announce(Author.of(author), schoolClass, text, now);
	}

	/**
	 * Queues the announcement to the guardians of the class, or of the school when no
	 * class is given, signed by the author (a staff member, or the school itself when the
	 * operator makes it in the console).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Announced announce(Author author, SchoolClass schoolClass, String text, Instant now) {
		AnnouncementId id = this.log.record(author.school(), author.staff(),
				(schoolClass != null) ? schoolClass.id() : null, text, now);
		List<Recipient> everyone = (schoolClass != null) ? this.recipients.ofClass(schoolClass.id())
				: this.recipients.ofSchool(author.school());
		List<Message> messages = new ArrayList<>();
		for (Recipient recipient : everyone) {
			if (recipient.isReachable()) {
				String children = recipient.children()
					.stream()
					.map((child) -> (schoolClass != null) ? child.firstName()
							: child.firstName() + ", " + child.className())
					.distinct()
					.collect(Collectors.joining("; "));
				Map<String, Object> arguments = Map.of("class", (schoolClass != null) ? schoolClass.name() : "",
						"children", children, "text", text, "author", author.signature());
				Bodies.Rendered rendered = this.bodies.render((schoolClass != null) ? TO_CLASS : TO_SCHOOL,
						Budget.ANNOUNCEMENT, recipient, arguments);
				messages.add(new Message(recipient, null, MessageKind.ANNOUNCEMENT, Topic.announcement(id),
						rendered.body(), rendered.smsBody(), id, false));
			}
		}
		this.outbox.queue(messages, now, now);
		this.log.unreachable(id, everyone.size() - messages.size());
		return new Announced(id, messages.size(), everyone.size() - messages.size());
	}

	/**
	 * How an announcement is doing (see {@link AnnouncementLog#figures}); empty when
	 * there is no such announcement or it is another school's.
	 */
	public Optional<AnnouncementFigures> figures(AnnouncementId id, StaffMember asker) {
		return this.log.figures(id, asker.school());
	}

	/**
	 * Who makes an announcement and how it is signed.
	 *
	 * @param school their school
	 * @param staff the staff member, or {@code null} for the operator
	 * @param signature the name the message ends with
	 */
	public record Author(SchoolId school, StaffId staff, String signature) {

		public Author {
			if (signature == null || signature.isBlank()) {
				throw new IllegalArgumentException("An announcement is signed");
			}
		}

		/**
		 * A staff member, signing with their given names and last name.
		 */
		public static Author of(StaffMember member) {
			return new Author(member.school(), member.id(), member.name().givenNames() + " " + member.name().last());
		}

	}

	/**
	 * An announcement queued: how many guardians it goes to, and how many nothing
	 * reaches.
	 */
	public record Announced(AnnouncementId id, int recipients, int unreachable) {

	}

}
