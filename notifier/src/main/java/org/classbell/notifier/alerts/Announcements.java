package org.classbell.notifier.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
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
				String body = this.bodies.render("alert.announcement" + ((schoolClass != null) ? "" : "_school"),
						recipient.channel(), recipient.locale(), arguments);
				messages.add(new Message(recipient, null, "announcement", "announcement:" + id, body, id));
			}
		}
		this.outbox.queue(messages, now, now);
		return new Announced(id, messages.size(), everyone.size() - messages.size());
	}

	/**
	 * An announcement queued: how many guardians it goes to, and how many nothing
	 * reaches.
	 */
	public record Announced(long id, int recipients, int unreachable) {

	}

}
