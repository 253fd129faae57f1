package org.classbell.notifier.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.Timestamps;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a class teacher's or admin's announcement to every guardian of a class, or of the
 * whole school, once each however many children they have there, naming those children.
 */
@Component
public class Announcements {

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Outbox outbox;

	private final Bodies bodies;

	Announcements(JdbcClient jdbc, Recipients recipients, Outbox outbox, Bodies bodies) {
		this.jdbc = jdbc;
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
		long id = this.jdbc.sql("""
				insert into announcement (school_id, author_id, class_id, text, created_at)
				values (?, ?, ?, ?, ?) returning id
				""")
			.params(author.school().value(), author.id().value(),
					(schoolClass != null) ? schoolClass.id().value() : null, text, Timestamps.of(now))
			.query(Long.class)
			.single();
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
						"children", children, "text", text, "author",
						author.name().givenNames() + " " + author.name().last());
				Bodies.Rendered rendered = this.bodies.render(
						"alert.announcement" + ((schoolClass != null) ? "" : "_school"), Budget.ANNOUNCEMENT, recipient,
						arguments);
				messages.add(new Message(recipient, null, "announcement", "announcement:" + id, rendered.body(),
						rendered.smsBody(), id, false));
			}
		}
		this.outbox.queue(messages, now, now);
		this.jdbc.sql("update announcement set unreachable = ? where id = ?")
			.params(everyone.size() - messages.size(), id)
			.update();
		return new Announced(id, messages.size(), everyone.size() - messages.size());
	}

	/**
	 * How an announcement is doing, counting each guardian once by the last message made
	 * for them (an SMS sent instead of an unreachable Telegram chat replaces it); empty
	 * when there is no such announcement or it is another school's.
	 */
	public Optional<Figures> figures(long id, StaffMember asker) {
		return this.jdbc.sql("""
				select a.author_id, a.unreachable,
				       count(*) filter (where n.status in ('queued', 'sending')) as pending,
				       count(*) filter (where n.status = 'sent') as sent,
				       count(*) filter (where n.status = 'delivered') as delivered,
				       count(*) filter (where n.status in ('failed', 'cancelled')) as failed
				from announcement a
				left join (select distinct on (guardian_id) guardian_id, status from notification
				           where announcement_id = :id order by guardian_id, id desc) n on true
				where a.id = :id and a.school_id = :school
				group by a.id
				""")
			.param("id", id)
			.param("school", asker.school().value())
			.query((row, index) -> new Figures(row.getLong("author_id"), row.getInt("pending"), row.getInt("sent"),
					row.getInt("delivered"), row.getInt("failed"), row.getInt("unreachable")))
			.optional();
	}

	/**
	 * The delivery figures of an announcement.
	 *
	 * @param authorId who made it
	 * @param pending not sent yet (waiting, held by quiet hours, or being retried)
	 * @param sent sent, no delivery report (yet); Telegram gives none
	 * @param delivered delivered, as the SMS provider reported
	 * @param failed could not be sent
	 * @param unreachable guardians with no channel at all
	 */
	public record Figures(long authorId, int pending, int sent, int delivered, int failed, int unreachable) {

	}

	/**
	 * An announcement queued: how many guardians it goes to, and how many nothing
	 * reaches.
	 */
	public record Announced(long id, int recipients, int unreachable) {

	}

}
